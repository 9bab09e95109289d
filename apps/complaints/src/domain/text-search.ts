/**
 * Accent-insensitive search and duplicate suggestions (gợi ý PAKN trùng). Citizens often type
 * without diacritics, so everything compares on folded text: "phan anh" finds "phản ánh".
 */
import { foldVietnamese } from "@tthc/text";

/** The folded words of a text (what a search query is split into). */
export function words(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** True when every word of the query occurs in the text, ignoring case and diacritics. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = foldVietnamese(text);
  return words(query).every((w) => haystack.includes(w));
}

/** Word trigrams as PostgreSQL's pg_trgm builds them ("  w", " wo", "wor", …, "rd "). */
function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of words(text)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/**
 * The distinct trigrams of a text, sorted: computed once when a PAKN's text is stored (the
 * `trigrams` column), so comparing it later needs no folding. Linear in the text.
 */
export function trigramsOf(text: string): string[] {
  return [...trigrams(text)].sort();
}

/**
 * Jaccard similarity of the trigram sets of the folded texts, 0…1. The same measure as
 * pg_trgm's similarity() over folded text, so the database can pre-select candidates with its
 * index and this function ranks them with the same meaning of the threshold.
 */
export function similarity(a: string, b: string): number {
  return jaccard(trigrams(a), trigrams(b));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Vietnamese syllables are short, so unrelated complaints already share ~0.2–0.26 of their
 * trigrams; restatements of one problem score 0.55–0.8 (test/domain/text-search.test.ts).
 */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.4;

export interface DuplicateSuggestion {
  id: string;
  score: number;
}

/**
 * Open PAKN that look like the new one, best first; a person confirms before merging. Each PAKN is
 * its text or, better, its stored trigrams (trigramsOf), which spare folding every candidate again:
 * the work is then one set lookup per candidate trigram.
 */
export function suggestDuplicates(
  newText: string | readonly string[],
  openOnes: readonly ({ id: string; text: string } | { id: string; trigrams: readonly string[] })[],
  threshold = DEFAULT_DUPLICATE_THRESHOLD,
  limit = 5,
): DuplicateSuggestion[] {
  const grams = typeof newText === "string" ? trigrams(newText) : new Set(newText);
  return openOnes
    .map((one) => ({ id: one.id, score: jaccard(grams, "text" in one ? trigrams(one.text) : new Set(one.trigrams)) }))
    .filter((s) => s.score >= threshold)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit);
}
