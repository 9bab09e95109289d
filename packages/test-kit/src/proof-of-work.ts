import { createHash } from "node:crypto";

/**
 * What a client of the public PAKN form does (the browser in apps/web/src/public/proof-of-work.ts):
 * the first counter whose SHA-256(`nonce:counter`) starts with `difficulty` zero bits. For the suites that
 * submit a PAKN through the gateway as a citizen would.
 */
export function solveProofOfWork(nonce: string, difficulty: number): string {
  for (let counter = 0; ; counter++) {
    const digest = createHash("sha256").update(`${nonce}:${counter}`).digest();
    let bits = 0;
    for (const byte of digest) {
      if (byte === 0) {
        bits += 8;
        continue;
      }
      bits += Math.clz32(byte) - 24;
      break;
    }
    if (bits >= difficulty) return String(counter);
  }
}
