/**
 * What the sender gets back (mã tra cứu + mã bí mật): a tracking code to quote, which is not a
 * secret, and a secret shown once that proves the sender is the sender.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { toLocalDate } from "@tthc/calendar";

/** No 0/O, 1/I/L: a code read aloud on the phone or copied from a printed receipt stays unambiguous. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_RANDOM_LENGTH = 6;
/** 20 symbols of 31 ≈ 99 bits, above the 80 bits that rule out guessing. */
export const SECRET_LENGTH = 20;
export const SECRET_BITS = SECRET_LENGTH * Math.log2(CODE_ALPHABET.length);

export type RandomSource = (size: number) => Uint8Array;

const systemRandom: RandomSource = (size) => new Uint8Array(randomBytes(size));

/** Uniform symbols: bytes ≥ 248 (the largest multiple of 31 below 256) are drawn again. */
function randomSymbols(count: number, random: RandomSource): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let out = "";
  while (out.length < count) {
    for (const byte of random(count * 2)) {
      if (byte < limit && out.length < count) out += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return out;
}

/**
 * `PAKN-2025-7K3QX9`: the year of receipt (Hanoi) and 6 random symbols (31⁶ ≈ 887 million per
 * year). Uniqueness is the database's job: insert, and on a conflict draw again.
 */
export function newTrackingCode(receivedAt: Date, random: RandomSource = systemRandom): string {
  return `PAKN-${toLocalDate(receivedAt).slice(0, 4)}-${randomSymbols(CODE_RANDOM_LENGTH, random)}`;
}

const TRACKING_CODE = new RegExp(`^PAKN-\\d{4}-[${CODE_ALPHABET}]{${CODE_RANDOM_LENGTH}}$`);

/** A typed code made canonical (case, spaces), or null when it cannot be a code. */
export function parseTrackingCode(input: string): string | null {
  const code = input.trim().toUpperCase().replace(/\s+/g, "");
  return TRACKING_CODE.test(code) ? code : null;
}

/** The secret in groups of four for a printed receipt: `7K3Q-X9AB-…`. */
export function newSecret(random: RandomSource = systemRandom): string {
  return randomSymbols(SECRET_LENGTH, random).match(/.{4}/g)!.join("-");
}

/** Users retype secrets with other separators or in lower case; only the symbols count. */
export function normalizeSecret(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
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
