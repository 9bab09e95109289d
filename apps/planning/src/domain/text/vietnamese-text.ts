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

/** A line written in capitals, as the issuing authority and document type are in state documents. */
export function isUpperCaseLine(line: string): boolean {
  return /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase("vi");
}
