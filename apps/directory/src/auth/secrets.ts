import { createHash, randomBytes, randomInt } from "node:crypto";

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

// No look-alikes (0/O, 1/l/I): a one-time password is read off a screen or terminal and typed by hand.
const READABLE = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A one-time password (mật khẩu tạm) of readable characters with letters and digits, as the password
 * rule wants: 12 characters (about 70 bits) for an account an administrator creates, 16 for the first
 * administrator of a deployment.
 */
export function oneTimePassword(length = 12): string {
  for (;;) {
    const password = Array.from({ length }, () => READABLE[randomInt(READABLE.length)]!).join("");
    if (/\d/.test(password) && /[a-z]/i.test(password)) return password;
  }
}
