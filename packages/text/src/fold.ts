/**
 * Vietnamese folding: people search and paste with or without diacritics ("le loi" finds "Lê Lợi",
 * "QUÝ II" reads like "quy ii"), so text is compared on a lower-case copy without diacritics.
 */

const COMBINING_MARKS = /\p{M}/gu;

/** One character folded: lower case, diacritics dropped, đ → d (đ is a letter, not a mark). */
function foldChar(char: string): string {
  if (char === "đ" || char === "Đ") return "d";
  return char.toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "");
}

export interface FoldedText {
  folded: string;
  /** index[i] is the position in the original text of folded[i]. */
  index: number[];
}

/**
 * Folds like foldVietnamese but keeps, for each folded character, where it came from, so a match
 * in folded text maps back to a span of the original (e.g. highlighting personal data).
 */
export function foldWithIndex(text: string): FoldedText {
  let folded = "";
  const index: number[] = [];
  let offset = 0;
  for (const char of text) {
    if (/\s/u.test(char)) {
      if (!folded.endsWith(" ")) {
        folded += " ";
        index.push(offset);
      }
    } else {
      for (const c of foldChar(char)) {
        folded += c;
        index.push(offset);
      }
    }
    offset += char.length;
  }
  return { folded, index };
}

/** Lower case, no diacritics, đ → d, one space between words, trimmed: what search compares. */
export function foldVietnamese(text: string): string {
  return foldWithIndex(text).folded.trim();
}

/**
 * Lower-case copy without diacritics and of the same length as `text` (NFC input), so that an
 * index found in the copy slices the original: patterns match "Quý"/"quy"/"QUY" alike while the
 * parts cut from the original keep the author's wording.
 */
export function foldAligned(text: string): string {
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const base = foldChar(text.charAt(i));
    // A character without a one-character base (a stray combining mark, a surrogate half) keeps
    // its slot so that indices stay aligned; it can never match a pattern letter.
    folded += base.length === 1 ? base : "\u0000";
  }
  return folded;
}
