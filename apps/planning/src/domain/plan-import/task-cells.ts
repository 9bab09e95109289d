/** Turns the raw cells of one task (page-break pieces already merged) into an imported task. */
import { taskLabel } from "../task-label.ts";
import type { ImportedSection, ImportedTask, ImportWarning, TaskField } from "./import-types.ts";
import { joinParagraphs, PARAGRAPH, resultItemsOf, stripListMarkup } from "./cell-text.ts";
import { splitUnitNames, type UncertainSplit, type UnitNameKnowledge } from "./unit-list.ts";

/** The cells of one task row; a cell's paragraphs (from a .docx) are separated by PARAGRAPH. */
export type RawCells = Record<TaskField, string> & { attributes: Record<string, string> };

const FIELD_NAMES: Record<TaskField, string> = {
  number: "Stt",
  content: "Nội dung công việc",
  timeframe: "Thời gian thực hiện",
  lead: "Đơn vị chủ trì",
  coordinating: "Đơn vị phối hợp",
  result: "Kết quả",
};

export function fieldName(field: TaskField): string {
  return FIELD_NAMES[field];
}

export interface FinalisedTask {
  task: ImportedTask;
  warnings: ImportWarning[];
  uncertain: Array<{ split: UncertainSplit; field: "lead" | "coordinating" }>;
}

export function finaliseTask(raw: RawCells, section: ImportedSection, knowledge: UnitNameKnowledge = {}): FinalisedTask {
  const warnings: ImportWarning[] = [];
  const uncertain: FinalisedTask["uncertain"] = [];
  const label = taskLabel(section, raw.number);
  const where = (field: TaskField) => ({ sectionOrder: section.order, section: section.number, task: raw.number, field });

  const clean = (field: TaskField, keepParagraphs = false): string => {
    const cell = keepParagraphs ? raw[field] : joinParagraphs(raw[field]);
    const { text, stripped } = keepParagraphs
      ? cell.split(PARAGRAPH).reduce(
          (all, paragraph) => {
            const one = stripListMarkup(paragraph);
            return { text: all.text === "" ? one.text : `${all.text}\n${one.text}`, stripped: all.stripped || one.stripped };
          },
          { text: "", stripped: false },
        )
      : stripListMarkup(cell);
    if (stripped) {
      warnings.push({
        code: "MARKUP_STRIPPED",
        message: `Nhiệm vụ ${label}, cột “${FIELD_NAMES[field]}”: đã bỏ thẻ định dạng danh sách (<ul>, <li>) còn sót lại từ văn bản gốc; nội dung các mục được giữ nguyên.`,
        location: where(field),
      });
    }
    return text;
  };

  const units = (field: "lead" | "coordinating"): string[] => {
    const split = splitUnitNames(clean(field, true), knowledge);
    const { names, suspicious } = split;
    uncertain.push(...split.uncertain.map((one) => ({ split: one, field })));
    for (const { name, suggestion } of suspicious) {
      warnings.push({
        code: "SUSPICIOUS_UNIT_NAME",
        message: `Nhiệm vụ ${label}, cột “${FIELD_NAMES[field]}”: tên đơn vị “${name}” có từ bị lặp, có thể là “${suggestion}”. Tên được giữ như văn bản gốc; vui lòng kiểm tra.`,
        location: where(field),
      });
    }
    return names;
  };

  const content = clean("content");
  const timeframeText = clean("timeframe");
  const leadUnitNames = units("lead");
  const coordinatingUnitNames = units("coordinating");
  const expectedResult = clean("result");

  if (content === "") {
    warnings.push({ code: "EMPTY_CONTENT", message: `Nhiệm vụ ${label} không có nội dung công việc.`, location: where("content") });
  }
  if (leadUnitNames.length === 0) {
    warnings.push({
      code: "EMPTY_LEAD_UNIT",
      message: `Nhiệm vụ ${label} không có đơn vị chủ trì: ô “Đơn vị chủ trì” để trống. Hãy chọn đơn vị chủ trì trước khi ban hành kế hoạch.`,
      location: where("lead"),
    });
  }

  return {
    task: {
      sectionOrder: section.order,
      number: raw.number,
      content,
      timeframeText,
      leadUnitNames,
      coordinatingUnitNames,
      expectedResult,
      resultItems: resultItemsOf(raw.result),
      ...(Object.keys(raw.attributes).length > 0
        ? { attributes: mapValues(raw.attributes, (v) => stripListMarkup(joinParagraphs(v)).text) }
        : {}),
    },
    warnings,
    uncertain,
  };
}

function mapValues(record: Record<string, string>, f: (value: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
}
