/**
 * The task table is found by its header row ("Stt | Nội dung công việc | …"), which Word repeats
 * after every page break; columns are mapped by their header words, not by position.
 */
import { foldAligned } from "@tthc/text";
import { collapseSpaces } from "../text/vietnamese-text.ts";
import type { TaskField } from "./import-types.ts";

export type ColumnMap = Partial<Record<TaskField, number>>;

const COLUMN_WORDS: ReadonlyArray<[TaskField, RegExp]> = [
  ["number", /^(?:stt|tt|so tt|so thu tu)\.?$/],
  ["content", /noi dung|nhiem vu/],
  ["timeframe", /thoi gian|thoi han/],
  ["lead", /chu tri|don vi thuc hien|co quan thuc hien/],
  ["coordinating", /phoi hop/],
  ["result", /ket qua|san pham/],
];

export const EXPECTED_COLUMNS: readonly TaskField[] = COLUMN_WORDS.map(([field]) => field);

export function isHeaderRow(cells: readonly string[]): boolean {
  const map = columnMapOf(cells);
  return map.number === 0 && map.content !== undefined;
}

export function columnMapOf(cells: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  cells.forEach((cell, index) => {
    const folded = foldAligned(collapseSpaces(cell));
    const match = COLUMN_WORDS.find(([field, words]) => map[field] === undefined && words.test(folded));
    if (match) map[match[0]] = index;
  });
  return map;
}
