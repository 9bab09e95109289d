/**
 * The browser's half of the anti-automation challenge: the first counter whose
 * SHA-256(`nonce:counter`) starts with `difficulty` zero bits (the server checks it with one hash).
 */
function leadingZeroBits(bytes: Uint8Array): number {
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

export async function solveChallenge(nonce: string, difficulty: number): Promise<string> {
  const encoder = new TextEncoder();
  for (let counter = 0; ; counter++) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(`${nonce}:${counter}`)));
    if (leadingZeroBits(digest) >= difficulty) return String(counter);
  }
}
