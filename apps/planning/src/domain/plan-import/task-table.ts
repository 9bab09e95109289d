/**
 * Reads the task table from the tab-separated text of the document: one line per table row,
 * cells separated by tabs (Word's "copy as text" layout; parseDocx produces the same).
 *
 * The rows printed across a page break are the reason for most of the rules here: the header row
 * is repeated and skipped, and a row with an empty number continues the cells of the task above
 * on the next page, so it is merged into that task column by column.
 */
import { romanToNumber } from "../text/roman-numerals.ts";
import { collapseSpaces } from "../text/vietnamese-text.ts";
import type { ImportedSection, ImportedTask, ImportWarning, TaskField } from "./import-types.ts";
import { stripListMarkup } from "./cell-text.ts";
import { columnMapOf, EXPECTED_COLUMNS, isHeaderRow, type ColumnMap } from "./table-header.ts";
import { fieldName, finaliseTask, type RawCells } from "./task-cells.ts";

export interface TaskTable {
  sections: ImportedSection[];
  tasks: ImportedTask[];
  warnings: ImportWarning[];
}

/** "1", "2.", "1.2", "a)": a task number. */
const TASK_NUMBER = /^(\d+(?:\.\d+)*|[a-zđ])[.)]?$/iu;
/** "VIII. Tiếp nhận…" in one cell. */
const SECTION_IN_ONE_CELL = /^([IVX]+)\s*[.)]\s*(\S.*)$/;

export function findTableStart(lines: readonly string[]): number {
  return lines.findIndex((line) => line.includes("\t") && isHeaderRow(line.split("\t")));
}

export function readTaskTable(lines: readonly string[], start: number): TaskTable {
  const sections: ImportedSection[] = [];
  const raws: Array<{ raw: RawCells; section: ImportedSection }> = [];
  const warnings: ImportWarning[] = [];
  let columns: ColumnMap = {};
  let current: { raw: RawCells; section: ImportedSection } | null = null;
  let outside: number[] = [];

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

  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    const cells = line.split("\t").map((cell) => cell.trim());

    if (isHeaderRow(cells)) {
      if (i === start) warnings.push(...missingColumnWarnings(columnMapOf(cells)));
      columns = columnMapOf(cells);
      warnings.push(...ignoredText(lines, outside));
      outside = [];
      continue;
    }
    const heading = sectionHeading(cells, columns);
    if (!line.includes("\t") && !heading) {
      outside.push(i); // page furniture inside the table, or the text after it
      continue;
    }
    warnings.push(...ignoredText(lines, outside));
    outside = [];

    if (heading) {
      const order = sections.length + 1;
      if (sections.some((s) => s.number === heading.number)) {
        warnings.push({
          code: "DUPLICATE_SECTION_NUMBER",
          message: `Số thứ tự mục “${heading.number}” bị lặp: mục thứ ${order} (“${heading.title}”) trùng số với một mục trước. Cả hai mục được giữ theo đúng thứ tự trong văn bản; vui lòng kiểm tra lại việc đánh số.`,
          location: { sectionOrder: order, section: heading.number },
        });
      }
      sections.push({ ...heading, order });
      current = null;
      continue;
    }

    const raw = rawCells(cells, columns);
    if (TASK_NUMBER.test(raw.number)) {
      current = { raw: { ...raw, number: raw.number.replace(/[.)]$/, "") }, section: section() };
      raws.push(current);
    } else if (raw.number === "") {
      if (current) mergeInto(current.raw, raw);
      else if (Object.values(raw).some((cell) => cell !== "")) warnings.push(orphan(i, raw, sections.at(-1)));
    } else {
      warnings.push({
        code: "UNRECOGNISED_ROW",
        message: `Dòng ${i + 1} không đọc được: ô “Stt” (“${raw.number}”) không phải số thứ tự nhiệm vụ hay số mục La Mã. Dòng này bị bỏ qua; nếu đây là một nhiệm vụ, hãy sửa số thứ tự.`,
        location: { line: i + 1 },
      });
    }
  }

  const tasks: ImportedTask[] = [];
  for (const { raw, section } of raws) {
    const finalised = finaliseTask(raw, section);
    tasks.push(finalised.task);
    warnings.push(...finalised.warnings);
  }
  return { sections, tasks, warnings };
}

function rawCells(cells: readonly string[], columns: ColumnMap): RawCells {
  const cell = (field: TaskField) => {
    const index = columns[field];
    return index === undefined ? "" : (cells[index] ?? "");
  };
  return {
    number: cell("number"),
    content: cell("content"),
    timeframe: cell("timeframe"),
    lead: cell("lead"),
    coordinating: cell("coordinating"),
    result: cell("result"),
  };
}

/** Word breaks a row at a word boundary, so the two pieces of a cell join with a space. */
function mergeInto(target: RawCells, continuation: RawCells): void {
  for (const field of EXPECTED_COLUMNS) {
    const more = continuation[field];
    if (more !== "") target[field] = target[field] === "" ? more : `${target[field]} ${more}`;
  }
}

function sectionHeading(cells: readonly string[], columns: ColumnMap): { number: string; title: string } | null {
  const filled = cells.filter((cell) => cell !== "");
  const single = filled.length === 1 && cells[0] !== "" ? SECTION_IN_ONE_CELL.exec(cells[0] ?? "") : null;
  if (single && romanToNumber(single[1] ?? "") !== null) return { number: single[1] ?? "", title: cleanTitle(single[2] ?? "") };

  // The numeral in the "Stt" column and the title in the content column.
  const raw = rawCells(cells, columns);
  const numeral = raw.number.replace(/\.$/, "");
  const onlyTitle = filled.length === 2 && raw.content !== "";
  return onlyTitle && romanToNumber(numeral) !== null ? { number: numeral, title: cleanTitle(raw.content) } : null;
}

function cleanTitle(title: string): string {
  return collapseSpaces(stripListMarkup(title).text);
}

function missingColumnWarnings(columns: ColumnMap): ImportWarning[] {
  return EXPECTED_COLUMNS.filter((field) => columns[field] === undefined).map((field) => ({
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
    Object.values(raw)
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
  const flat = collapseSpaces(text);
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
