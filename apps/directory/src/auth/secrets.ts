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
