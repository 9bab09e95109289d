/**
 * The public form's proof of work (chống gửi tự động, no third-party captcha): the server hands out
 * a nonce; the browser finds a counter such that SHA-256(`nonce:counter`) starts with `difficulty`
 * zero bits — about 2^difficulty hashes for the client, one for the server. An anti-automation
 * mechanism over node:crypto, not a rule about PAKN, so it lives beside the other crypto (secrets.ts).
 */
import { createHash } from "node:crypto";

export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function proofOfWorkDigest(nonce: string, counter: string): Uint8Array {
  return createHash("sha256").update(`${nonce}:${counter}`).digest();
}

export function isValidProofOfWork(nonce: string, counter: string, difficulty: number): boolean {
  // A bounded counter: the check stays one cheap hash whatever a client sends.
  if (!/^\d{1,16}$/.test(counter)) return false;
  return leadingZeroBits(proofOfWorkDigest(nonce, counter)) >= difficulty;
}

/** What the browser does (and tests, benches): the first counter that satisfies the difficulty. */
export function solveProofOfWork(nonce: string, difficulty: number): string {
  for (let counter = 0; ; counter++) {
    if (isValidProofOfWork(nonce, String(counter), difficulty)) return String(counter);
  }
}

/**
 * The difficulty of the next challenge, from the challenges taken in the recent window by this client
 * (an IPv4 address or an IPv6 /64) and by everyone. Within the free allowances it is `base`; each
 * doubling beyond one adds a bit, i.e. doubles the work, up to `max`. A client that floods pays
 * exponentially more while a citizen behind the same carrier address still gets through, only slower;
 * a flood spread over many addresses raises the cost for everyone until it stops.
 */
export function challengeDifficulty(
  recent: { client: number; global: number },
  pow: { base: number; max: number; clientFree: number; globalFree: number },
): number {
  const extra = (taken: number, free: number) => (taken < free ? 0 : Math.floor(Math.log2(taken / free)) + 1);
  return Math.min(pow.max, pow.base + extra(recent.client, pow.clientFree) + extra(recent.global, pow.globalFree));
}
