/**
 * Vietnamese text helpers: people search with or without diacritics ("le loi" finds "Lê Lợi") and
 * expect lists in Vietnamese alphabetical order (a, ă, â, b, c, d, đ, …).
 */
import { foldVietnamese } from "@tthc/text";

/** What a unit's search matches: its names and code, folded. */
export function unitSearchText(unit: { code: string; name: string; shortName: string | null }): string {
  return foldVietnamese([unit.name, unit.shortName ?? "", unit.code].join(" "));
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
