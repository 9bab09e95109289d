/**
 * Vietnamese text helpers: people search with or without diacritics ("le loi" finds "Lê Lợi") and
 * expect lists in Vietnamese alphabetical order (a, ă, â, b, c, d, đ, …).
 */
import { foldVietnamese } from "@tthc/text";

/** What a unit's search matches: its names (alternative ones too) and code, folded. */
export function unitSearchText(unit: {
  code: string;
  name: string;
  shortName: string | null;
  alternativeNames?: readonly string[];
}): string {
  return foldVietnamese([unit.name, unit.shortName ?? "", ...(unit.alternativeNames ?? []), unit.code].join(" "));
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
