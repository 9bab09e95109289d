/**
 * The cryptography behind a PAKN's tracking code and secret (node:crypto): the system's random
 * bytes for new codes, and the peppered hash of a secret. The codes' format and rules are the
 * domain's (domain/tracking-code.ts), which stays free of node:crypto.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { normalizeSecret, secretFrom, trackingCodeFrom, type RandomSource } from "../domain/index.ts";

const systemRandom: RandomSource = (size) => new Uint8Array(randomBytes(size));

/** A new tracking code from the system's randomness (a caller may bring its own bytes). */
export function newTrackingCode(receivedAt: Date, random: RandomSource = systemRandom): string {
  return trackingCodeFrom(receivedAt, random);
}

/** A new secret from the system's randomness (a caller may bring its own bytes). */
export function newSecret(random: RandomSource = systemRandom): string {
  return secretFrom(random);
}

/**
 * HMAC-SHA-256 keyed with a pepper held outside the database. A slow hash (argon2) protects
 * low-entropy passwords against offline guessing; this secret is ~99 random bits, so even with the
 * table and the pepper stolen, 2^98 SHA-256 trials on average are out of reach, and a fast hash
 * keeps look-ups cheap enough that rate limiting, not CPU, bounds online guessing.
 */
export function hashSecret(secret: string, pepper: string): string {
  if (pepper.length < 16) throw new RangeError("The secret pepper must have at least 16 characters");
  return createHmac("sha256", pepper).update(normalizeSecret(secret)).digest("hex");
}

/** Constant-time in the secret's content: a timing difference never tells which digits matched. */
export function verifySecret(secret: string, storedHash: string, pepper: string): boolean {
  const actual = Buffer.from(hashSecret(secret, pepper), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}
