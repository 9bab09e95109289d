/**
 * Reads the task table from the tab-separated text of the document: one line per table row,
 * cells separated by tabs (Word's "copy as text" layout; parseDocx produces the same, with a
 * cell's paragraphs separated by PARAGRAPH).
 *
 * Rows without a number are the subtle part. Right after a repeated header row (a page break), or
 * where every filled cell carries on the cell above mid-sentence, the row continues the task above
 * and is merged into it column by column. Otherwise it is a sub-row: a task of its own whose empty
 * cells are the cells merged down from the row above (what Word gives when a table with vertical
 * merges is copied as text), so it takes them from there.
 */
import { romanToNumber } from "../text/roman-numerals.ts";
import { collapseSpaces, isUpperCaseLine } from "../text/vietnamese-text.ts";
import { taskLabel } from "../task-label.ts";
import type { ImportedSection, ImportedTask, ImportWarning, TaskField, UnitSplitReport } from "./import-types.ts";
import { joinParagraphs, stripListMarkup } from "./cell-text.ts";
import { columnLayoutOf, EXPECTED_COLUMNS, isHeaderRow, type ColumnLayout, type ColumnOverrides } from "./table-header.ts";
import { fieldName, finaliseTask, type RawCells } from "./task-cells.ts";
import type { UnitNameKnowledge } from "./unit-list.ts";

export interface TaskTable {
  sections: ImportedSection[];
  tasks: ImportedTask[];
  warnings: ImportWarning[];
  /** The columns of the first header row and what each feeds. */
  columns: ColumnLayout["columns"];
  uncertainSplits: UnitSplitReport[];
}

export interface TableOptions {
  knowledge?: UnitNameKnowledge;
  columns?: ColumnOverrides;
}

/** "1", "2.", "1.2", "2.1.3", "a)": a task number. */
const TASK_NUMBER = /^(\d+(?:\.\d+)*|[a-zđ])[.)]?$/u;
/** "VIII", "III.1", "III.1.2" (a section and its sub-sections), or a part letter "A". */
const SECTION_NUMBER = /^([IVX]+(?:\.\d+)*|[A-ZĐ])[.)]?$/u;
/** "VIII. Tiếp nhận…" or "A. BỘ …" in one cell. */
const SECTION_IN_ONE_CELL = /^([IVX]+(?:\.\d+)*|[A-ZĐ])\s*[.)]\s*(\S.*)$/u;
/** A heading paragraph between two tables ("1. Các nhiệm vụ về …"). */
const HEADING_PARAGRAPH = /^(\d+|[IVX]+|[A-ZĐ])\s*[.)]\s+(\S.*)$/u;
/** A cell that stops mid-sentence: its next row on the page carries on from here. */
const DANGLING_END = /(?:[,(–-]|\s(?:của|và|với|trên|tại|cho|theo|thuộc|các|về|để|từ|đến|trong|ngoài|gồm|là|được|đã|có|những|hoặc|bằng))$/u;

export function findTableStart(lines: readonly string[]): number {
  return lines.findIndex((line) => line.includes("\t") && isHeaderRow(line.split("\t")));
}

export function readTaskTable(lines: readonly string[], start: number, options: TableOptions = {}): TaskTable {
  const sections: ImportedSection[] = [];
  const raws: Array<{ raw: RawCells; section: ImportedSection }> = [];
  const warnings: ImportWarning[] = [];
  let layout: ColumnLayout = { map: {}, columns: [] };
  let firstLayout: ColumnLayout | null = null;
  let current: { raw: RawCells; section: ImportedSection } | null = null;
  /** The row line above, as written, to tell a continuation from a sub-row. */
  let above: RawCells | null = null;
  let afterHeader = false;
  let outside: number[] = [];

  const addSection = ({ number, title }: { number: string | null; title: string }) => {
    const heading = { number, title };
    const order = sections.length + 1;
    if (heading.number !== null && sections.some((s) => s.number === heading.number)) {
      warnings.push({
        code: "DUPLICATE_SECTION_NUMBER",
        message: `Số thứ tự mục “${heading.number}” bị lặp: mục thứ ${order} (“${heading.title}”) trùng số với một mục trước. Cả hai mục được giữ theo đúng thứ tự trong văn bản; vui lòng kiểm tra lại việc đánh số.`,
        location: { sectionOrder: order, section: heading.number },
      });
    }
    sections.push({ ...heading, order });
    current = null;
    above = null;
  };

  const section = (): ImportedSection => {
    const last = sections.at(-1);
    if (last) return last;
    const implicit: ImportedSection = { number: null, title: "", order: 1 };
    sections.push(implicit);
    warnings.push({
      code: "TASK_WITHOUT_SECTION",
      message: "Có nhiệm vụ đứng trước mục đầu tiên (chưa có tiêu đề mục La Mã); các nhiệm vụ này được xếp vào một mục không tên.",
      location: { sectionOrder: 1, section: null },
    });
    return implicit;
  };

  // A heading paragraph right above the first table names its first section (tables split by headings).
  const before = headingAbove(lines, start);
  if (before) addSection(before);

  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    const cells = line.split("\t").map((cell) => cell.trim());

    if (isHeaderRow(cells)) {
      layout = columnLayoutOf(cells, options.columns);
      if (firstLayout === null) {
        firstLayout = layout;
        warnings.push(...missingColumnWarnings(layout));
      } else {
        const heading = headingAbove(lines, i);
        warnings.push(...ignoredText(lines, heading ? outside.filter((at) => at !== heading.line) : outside));
        if (heading) addSection(heading);
      }
      outside = [];
      afterHeader = true;
      continue;
    }
    const heading = sectionHeading(cells, layout);
    if (!line.includes("\t") && !heading) {
      outside.push(i); // page furniture inside the table, a heading between tables, or the text after it
      continue;
    }
    warnings.push(...ignoredText(lines, outside));
    outside = [];

    if (heading) {
      addSection(heading);
      afterHeader = false;
      continue;
    }

    const raw = rawCells(cells, layout);
    const wasAfterHeader = afterHeader;
    afterHeader = false;
    if (TASK_NUMBER.test(raw.number)) {
      current = { raw: { ...raw, number: raw.number.replace(/[.)]$/, "") }, section: section() };
      raws.push(current);
    } else if (raw.number === "") {
      if (!hasText(raw)) continue;
      if (current && (wasAfterHeader || continuesAbove(raw, above))) mergeInto(current.raw, raw);
      else if (current) {
        current = { raw: inheritFrom(current.raw, raw), section: current.section };
        raws.push(current);
      } else if (raw.content !== "" && raw.lead !== "") {
        // A first task with an empty number ("" as written): a task all the same.
        current = { raw, section: section() };
        raws.push(current);
      } else warnings.push(orphan(i, raw, sections.at(-1)));
    } else {
      warnings.push({
        code: "UNRECOGNISED_ROW",
        message: `Dòng ${i + 1} không đọc được: ô “Stt” (“${raw.number}”) không phải số thứ tự nhiệm vụ hay số mục La Mã. Dòng này bị bỏ qua; nếu đây là một nhiệm vụ, hãy sửa số thứ tự.`,
        location: { line: i + 1 },
      });
    }
    above = raw;
  }

  const tasks: ImportedTask[] = [];
  const uncertainSplits = new Map<string, UnitSplitReport>();
  for (const { raw, section } of raws) {
    const finalised = finaliseTask(raw, section, options.knowledge);
    tasks.push(finalised.task);
    warnings.push(...finalised.warnings);
    for (const { split, field } of finalised.uncertain) {
      const report = uncertainSplits.get(split.text) ?? { ...split, places: [] };
      report.places.push({ sectionOrder: section.order, task: taskLabel(section, finalised.task.number), field });
      uncertainSplits.set(split.text, report);
    }
  }
  return { sections, tasks, warnings, columns: firstLayout?.columns ?? [], uncertainSplits: [...uncertainSplits.values()] };
}

function rawCells(cells: readonly string[], layout: ColumnLayout): RawCells {
  const cell = (field: TaskField) => {
    const index = layout.map[field];
    return index === undefined ? "" : (cells[index] ?? "");
  };
  const attributes: Record<string, string> = {};
  for (const column of layout.columns) if (column.role === "extra") attributes[column.header] = cells[column.index] ?? "";
  return {
    number: cell("number"),
    content: cell("content"),
    timeframe: cell("timeframe"),
    lead: cell("lead"),
    coordinating: cell("coordinating"),
    result: cell("result"),
    attributes,
  };
}

function hasText(raw: RawCells): boolean {
  return EXPECTED_COLUMNS.some((field) => raw[field] !== "") || Object.values(raw.attributes).some((v) => v !== "");
}

/** Every filled cell goes on from the cell above it: it starts in lower case, or the one above stops mid-sentence. */
function continuesAbove(raw: RawCells, above: RawCells | null): boolean {
  if (above === null) return false;
  const pairs: Array<[string, string]> = [
    ...EXPECTED_COLUMNS.map((field): [string, string] => [raw[field], above[field]]),
    ...Object.keys(raw.attributes).map((key): [string, string] => [raw.attributes[key] ?? "", above.attributes[key] ?? ""]),
  ];
  const filled = pairs.filter(([text]) => text !== "");
  return filled.some(([text, prior]) => prior !== "" && (/^\p{Ll}/u.test(text) || DANGLING_END.test(joinParagraphs(prior).trimEnd())));
}

/** Word breaks a row at a word boundary, so the two pieces of a cell join with a space. */
function mergeInto(target: RawCells, continuation: RawCells): void {
  for (const field of EXPECTED_COLUMNS) {
    const more = continuation[field];
    if (more !== "") target[field] = target[field] === "" ? more : `${target[field]} ${more}`;
  }
  for (const [key, more] of Object.entries(continuation.attributes)) {
    const before = target.attributes[key] ?? "";
    if (more !== "") target.attributes[key] = before === "" ? more : `${before} ${more}`;
  }
}

/** A sub-row: its own cells, and the ones merged down from the row above where it has none. */
function inheritFrom(upper: RawCells, row: RawCells): RawCells {
  const pick = (own: string, merged: string) => (own === "" ? merged : own);
  const attributes = { ...upper.attributes };
  for (const [key, value] of Object.entries(row.attributes)) attributes[key] = pick(value, upper.attributes[key] ?? "");
  return {
    number: upper.number,
    content: pick(row.content, upper.content),
    timeframe: pick(row.timeframe, upper.timeframe),
    lead: pick(row.lead, upper.lead),
    coordinating: row.lead !== "" ? row.coordinating : pick(row.coordinating, upper.coordinating),
    result: pick(row.result, upper.result),
    attributes,
  };
}

function sectionHeading(cells: readonly string[], layout: ColumnLayout): { number: string | null; title: string } | null {
  const filled = cells.filter((cell) => cell !== "");
  const numberAt = layout.map.number ?? 0;
  const numberCell = (cells[numberAt] ?? "").trim();

  // One filled cell: "VIII. Title" wherever it is (a merged row, or the numeral inside the content cell).
  if (filled.length === 1) {
    const text = joinParagraphs(filled[0] ?? "");
    const single = SECTION_IN_ONE_CELL.exec(text);
    if (single && isSectionNumber(single[1] ?? "")) return { number: single[1] ?? "", title: cleanTitle(single[2] ?? "") };
    // A merged row in capitals without a numeral ("NHIỆM VỤ TRỌNG TÂM") heads a section all the same.
    if (numberCell === "" && cells.length > 1 && /\p{L}{2}/u.test(text) && isUpperCaseLine(text))
      return { number: null, title: cleanTitle(text) };
    return null;
  }
  // The numeral in the number column and the title in exactly one other cell.
  const numeral = SECTION_NUMBER.exec(numberCell)?.[1];
  if (filled.length === 2 && numeral && isSectionNumber(numeral)) {
    const title = cells.find((cell, index) => index !== numberAt && cell !== "") ?? "";
    return { number: numeral, title: cleanTitle(title) };
  }
  return null;
}

function isSectionNumber(number: string): boolean {
  const roman = number.split(".")[0] ?? "";
  return romanToNumber(roman) !== null || /^[A-ZĐ]$/u.test(number);
}

/** The paragraph just above a header row, when it is a numbered heading. */
function headingAbove(lines: readonly string[], header: number): { number: string; title: string; line: number } | null {
  let k = header - 1;
  while (k >= 0 && (lines[k] ?? "").trim() === "") k--;
  const text = (lines[k] ?? "").trim();
  if (text.includes("\t")) return null;
  const match = HEADING_PARAGRAPH.exec(text);
  return match ? { number: match[1] ?? "", title: cleanTitle(match[2] ?? ""), line: k } : null;
}

function cleanTitle(title: string): string {
  return collapseSpaces(stripListMarkup(joinParagraphs(title)).text.replace(/\[\d+\]/g, ""));
}

function missingColumnWarnings(layout: ColumnLayout): ImportWarning[] {
  return EXPECTED_COLUMNS.filter((field) => layout.map[field] === undefined).map((field) => ({
    code: "MISSING_COLUMN" as const,
    message: `Bảng kế hoạch không có cột “${fieldName(field)}”; trường này của mọi nhiệm vụ sẽ để trống.`,
    location: { field },
  }));
}

function ignoredText(lines: readonly string[], indices: readonly number[]): ImportWarning[] {
  return indices.map((i) => ({
    code: "IGNORED_TEXT" as const,
    message: `Dòng ${i + 1} nằm giữa bảng kế hoạch nhưng không phải một dòng của bảng (“${preview(lines[i] ?? "")}”), nên đã được bỏ qua.`,
    location: { line: i + 1 },
  }));
}

function orphan(i: number, raw: RawCells, section: ImportedSection | undefined): ImportWarning {
  const text = preview(
    EXPECTED_COLUMNS.map((field) => raw[field])
      .filter((cell) => cell !== "")
      .join(" "),
  );
  return {
    code: "ORPHAN_CONTINUATION",
    message: `Dòng ${i + 1} không có số thứ tự và không có nhiệm vụ nào phía trên để nối vào (“${text}”), nên đã được bỏ qua.`,
    location: { line: i + 1, ...(section ? { sectionOrder: section.order, section: section.number } : {}) },
  };
}

function preview(text: string): string {
  const flat = collapseSpaces(joinParagraphs(text));
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
