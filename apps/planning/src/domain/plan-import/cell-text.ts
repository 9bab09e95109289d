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
