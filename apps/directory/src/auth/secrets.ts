import { createHash, randomBytes } from "node:crypto";

/** An unguessable token (refresh tokens, API keys), URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/**
 * Tokens are looked up by their SHA-256: they are random and long, so a fast hash suffices
 * (a slow password hash is for low-entropy secrets) and the database never holds a usable token.
 */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

// No look-alikes (0/O, 1/l/I): a one-time password is read off a terminal and typed by hand.
const READABLE = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password of 16 readable characters (about 93 bits), with letters and digits as the password rule wants. */
export function oneTimePassword(): string {
  for (;;) {
    const password = Array.from(randomBytes(16), (b) => READABLE[b % READABLE.length]).join("");
    if (/\d/.test(password) && /[a-z]/i.test(password)) return password;
  }
}
