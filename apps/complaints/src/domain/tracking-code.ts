/**
 * What the sender gets back (mã tra cứu + mã bí mật): a tracking code to quote, which is not a
 * secret, and a secret shown once that proves the sender is the sender.
 */
import { toLocalDate } from "@tthc/calendar";

/** No 0/O, 1/I/L: a code read aloud on the phone or copied from a printed receipt stays unambiguous. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_RANDOM_LENGTH = 6;
/** 20 symbols of 31 ≈ 99 bits, above the 80 bits that rule out guessing. */
export const SECRET_LENGTH = 20;
export const SECRET_BITS = SECRET_LENGTH * Math.log2(CODE_ALPHABET.length);

/** Random bytes, given by the caller: the domain draws no randomness itself (security/secrets.ts does). */
export type RandomSource = (size: number) => Uint8Array;

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
export function trackingCodeFrom(receivedAt: Date, random: RandomSource): string {
  return `PAKN-${toLocalDate(receivedAt).slice(0, 4)}-${randomSymbols(CODE_RANDOM_LENGTH, random)}`;
}

const TRACKING_CODE = new RegExp(`^PAKN-\\d{4}-[${CODE_ALPHABET}]{${CODE_RANDOM_LENGTH}}$`);

/** A typed code made canonical (case, spaces), or null when it cannot be a code. */
export function parseTrackingCode(input: string): string | null {
  const code = input.trim().toUpperCase().replace(/\s+/g, "");
  return TRACKING_CODE.test(code) ? code : null;
}

/** The secret in groups of four for a printed receipt: `7K3Q-X9AB-…`. */
export function secretFrom(random: RandomSource): string {
  return randomSymbols(SECRET_LENGTH, random).match(/.{4}/g)!.join("-");
}

/** Users retype secrets with other separators or in lower case; only the symbols count. */
export function normalizeSecret(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}
