import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, parseTrackingCode, SECRET_BITS } from "../../src/domain/tracking-code.ts";
import { hashSecret, newSecret, newTrackingCode, verifySecret } from "../../src/security/secrets.ts";

const pepper = "a-pepper-from-the-environment";

/** A deterministic byte source for exact expectations. */
function bytes(values: number[]) {
  let i = 0;
  return (size: number) => Uint8Array.from({ length: size }, () => values[i++ % values.length]!);
}

describe("tracking code", () => {
  it("has the year of receipt in Hanoi and six unambiguous symbols", () => {
    const code = newTrackingCode(new Date("2024-12-31T18:00:00Z")); // 01:00 on 01/01/2025 in Hanoi
    expect(code).toMatch(/^PAKN-2025-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("draws symbols uniformly by rejecting bytes at or above 248", () => {
    // 250 and 255 are rejected; 0 → '2', 30 → 'Z', 31 → '2' (31 mod 31), 247 → 247 mod 31 = 30 → 'Z'.
    expect(newTrackingCode(new Date("2025-03-01T03:00:00Z"), bytes([250, 0, 255, 30, 31, 247, 1, 2]))).toBe("PAKN-2025-2Z2Z34");
  });

  it("accepts a code typed in lower case with spaces and refuses anything else", () => {
    expect(parseTrackingCode(" pakn-2025-7k3qx9 ")).toBe("PAKN-2025-7K3QX9");
    expect(parseTrackingCode("PAKN-2025-7K3QX0")).toBeNull(); // 0 is not in the alphabet
    expect(parseTrackingCode("PAKN-2025-7K3QX")).toBeNull();
    expect(parseTrackingCode("'; DROP TABLE complaint; --")).toBeNull();
  });
});

describe("secret", () => {
  it("carries at least 80 random bits, in groups of four", () => {
    expect(SECRET_BITS).toBeGreaterThanOrEqual(80);
    expect(newSecret()).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}(-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}){4}$/);
    expect(new Set(Array.from({ length: 200 }, () => newSecret())).size).toBe(200);
  });

  it("verifies the secret however it is retyped, and nothing else", () => {
    const secret = newSecret();
    const hash = hashSecret(secret, pepper);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
    expect(verifySecret(secret.toLowerCase().replace(/-/g, " "), hash, pepper)).toBe(true);
    expect(verifySecret(newSecret(), hash, pepper)).toBe(false);
    expect(verifySecret(secret, hash, "another-pepper-of-16+")).toBe(false);
    expect(verifySecret(secret, "not-a-hash", pepper)).toBe(false);
  });

  it("refuses a short pepper", () => {
    expect(() => hashSecret("X", "short")).toThrow(RangeError);
  });
});
