/**
 * Vietnamese collation: "Đ" sorts after "D" and tones are secondary differences, which a plain
 * code-point sort gets wrong ("Đống Đa" would land after "Yên Hòa").
 */
const vietnameseCollator = new Intl.Collator("vi", { numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
