/**
 * The task table is found by its header row ("Stt | Nội dung công việc | …"), which Word repeats
 * after every page break; columns are mapped by their header words, not by position. A column that
 * feeds none of the task's fields (funding source, notes, "Văn bản giao nhiệm vụ") is kept as a
 * task attribute under its header. The user can correct the map (ColumnOverrides) in the preview.
 */
import { foldAligned } from "@tthc/text";
import { collapseSpaces } from "../text/vietnamese-text.ts";
import type { TaskField } from "./import-types.ts";

export type ColumnMap = Partial<Record<TaskField, number>>;

/** What a column feeds: a task field, an attribute ("extra") or nothing ("ignore"). */
export type ColumnRole = TaskField | "extra" | "ignore";

/** The user's corrections, by the header's key (columnKey). */
export type ColumnOverrides = Readonly<Record<string, ColumnRole>>;

export interface TableColumn {
  index: number;
  /** The header as written, footnote markers ("[1]") dropped. */
  header: string;
  role: ColumnRole;
}

export interface ColumnLayout {
  map: ColumnMap;
  columns: TableColumn[];
}

/**
 * Most specific first: "Chỉ tiêu đạt được" is a result, "Thuộc nhóm nhiệm vụ" is not the content,
 * "Người đứng đầu chịu trách nhiệm" is not the lead unit. The content is the column whose header
 * starts with its words.
 */
const COLUMN_WORDS: ReadonlyArray<[TaskField, RegExp]> = [
  ["number", /^(?:stt|tt|so tt|so thu tu)\.?$/],
  ["lead", /chu tri|^don vi thuc hien|^co quan thuc hien/],
  ["coordinating", /phoi hop/],
  ["timeframe", /^(?:thoi gian|thoi han|tien do|moc thoi gian)/],
  ["result", /^(?:ket qua|san pham|chi tieu dat duoc)/],
  ["content", /^(?:noi dung|ten (?:nhiem vu|de an|du an|cong viec|hoat dong)|nhiem vu|cong viec|hoat dong|chi tieu$)/],
];

export const EXPECTED_COLUMNS: readonly TaskField[] = ["number", "content", "timeframe", "lead", "coordinating", "result"];

export function isHeaderRow(cells: readonly string[]): boolean {
  const { map } = columnLayoutOf(cells);
  return map.number === 0 && map.content !== undefined;
}

export function headerText(cell: string): string {
  return collapseSpaces(cell.replace(/\[\d+\]/g, ""));
}

/** The key a header is corrected by: folded, so "Nguồn kinh phí" and "NGUỒN KINH PHÍ" are one column. */
export function columnKey(header: string): string {
  return foldAligned(headerText(header));
}

export function columnLayoutOf(cells: readonly string[], overrides: ColumnOverrides = {}): ColumnLayout {
  const map: ColumnMap = {};
  const columns: TableColumn[] = cells.map((cell, index) => {
    const header = headerText(cell);
    const key = columnKey(header);
    const given = overrides[key];
    const found = COLUMN_WORDS.find(([field, words]) => map[field] === undefined && words.test(key))?.[0];
    const role: ColumnRole = given ?? found ?? (header === "" ? "ignore" : "extra");
    if (role !== "extra" && role !== "ignore") {
      if (map[role] === undefined) map[role] = index;
      else return { index, header, role: "extra" as const }; // a second column of one field stays an attribute
    }
    return { index, header, role };
  });
  return { map, columns };
}
