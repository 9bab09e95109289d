const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** 1–39, enough for section and quarter numbers; null for anything else. */
export function romanToNumber(text: string): number | null {
  const upper = text.toUpperCase();
  if (upper === "" || !ROMAN.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = VALUES[upper.charAt(i)] ?? 0;
    const next = VALUES[upper.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function numberToRoman(n: number): string {
  const tens = "X".repeat(Math.floor(n / 10));
  const units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n % 10] ?? "";
  return tens + units;
}
