/**
 * Text helpers shared by the importer and the timeframe parser. Pasted Vietnamese text arrives
 * in every shape (decomposed diacritics from some keyboards, no-break spaces from Word), so
 * everything is normalised once, then matched on a folded copy.
 */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** NFC, Unix line ends, no invisible characters, plain spaces. */
export function normaliseInput(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(ODD_SPACES, " ");
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Lower-case copy without diacritics and of the same length as `text` (NFC input), so that an
 * index found in the copy slices the original. This lets patterns accept "Quý"/"quy"/"QUY" alike
 * while the parts keep the author's wording.
 */
export function foldVietnamese(text: string): string {
  let folded = "";
  for (let i = 0; i < text.length; i++) folded += foldChar(text.charAt(i));
  return folded;
}

function foldChar(ch: string): string {
  if (ch === "đ" || ch === "Đ") return "d";
  const base = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  // A character without a one-character base (a stray combining mark, a surrogate half) keeps
  // its slot so that indices stay aligned; it can never match a pattern letter.
  return base.length === 1 ? base : "\u0000";
}

/** A line written in capitals, as the issuing authority and document type are in state documents. */
export function isUpperCaseLine(line: string): boolean {
  return /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase("vi");
}
