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

// No look-alikes (0/O, 1/l/I): the administrator reads the temporary password out or copies it by hand.
const LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";

/** A temporary password (mật khẩu tạm): 12 characters with letters and digits, about 70 bits. */
export function temporaryPassword(): string {
  const alphabet = LETTERS + DIGITS;
  for (;;) {
    const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]!).join("");
    if (/[a-zA-Z]/.test(chars) && /\d/.test(chars)) return chars;
  }
}
