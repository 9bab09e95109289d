import { collapseSpaces } from "../text/vietnamese-text.ts";

/**
 * Only the list wrappers that Word-to-text converters leave behind (the seed has unclosed
 * `<ul style=…>`) are structure; any other `<…>`, `<script>` included, is the author's text and
 * stays literal, for the UI to show as text.
 */
const LIST_MARKUP = /<\/?(?:ul|ol|li)\b[^<>]*>/gi;

export function stripListMarkup(text: string): { text: string; stripped: boolean } {
  return { text: collapseSpaces(text.replace(LIST_MARKUP, " ")), stripped: text.search(LIST_MARKUP) !== -1 };
}

/**
 * An item starts with "- " at the start of the cell or after ":", ";" or ".". A dash between
 * words is not a marker: unit names such as "HĐND - UBND" contain one.
 */
const ITEM_MARKER = /(?:^|(?<=[:;.]))\s*-\s+/g;

/** Separates the paragraphs of a .docx cell in the row text (U+2029 PARAGRAPH SEPARATOR); pasted text has none. */
export const PARAGRAPH = "\u2029";

/** A cell's paragraphs as one line, as they read when pasted: joined by a space. */
export function joinParagraphs(cell: string): string {
  return cell.split(PARAGRAPH).join(" ");
}

/**
 * The items of a result cell. In a .docx each "- " paragraph is an item even where the author
 * ended it without ";" (the text reader only sees a marker after ":", ";" or ".").
 */
export function resultItemsOf(cell: string): string[] {
  const paragraphs = cell
    .split(PARAGRAPH)
    .map((p) => stripListMarkup(p).text)
    .filter((p) => p !== "");
  const text = paragraphs.reduce((all, paragraph) => {
    if (all === "") return paragraph;
    return all + (/^-\s/.test(paragraph) && !/[:;.]$/.test(all) ? "; " : " ") + paragraph;
  }, "");
  return splitResultItems(text);
}

export function splitResultItems(result: string): string[] {
  if (result === "") return [];
  const pieces = result.split(ITEM_MARKER);
  if (pieces.length === 1) return [result];
  // The text before the first marker is a lead-in ("Các Kế hoạch của UBND thành phố:"), not an item.
  return pieces
    .slice(1)
    .map((item) => item.trim().replace(/;$/, "").trim())
    .filter((item) => item !== "");
}
