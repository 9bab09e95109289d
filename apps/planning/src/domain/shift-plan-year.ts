/**
 * Copying a plan as next year's draft (kế hoạch năm sau): every plan-relative year moves by the
 * difference, so the office edits the copy instead of retyping it.
 */
import { localDate, localDateParts, monthRange, type LocalDate } from "@tthc/calendar";
import { foldAligned } from "@tthc/text";
import { normaliseInput } from "./text/vietnamese-text.ts";
import type { ParsedTimeframe, TimeframePart } from "./timeframe/index.ts";

export interface ShiftableTask {
  timeframeText: string;
  content?: string;
  expectedResult?: string;
  resultItems?: string[];
  timeframe?: ParsedTimeframe;
}

/**
 * A cited legal document ("Quyết định số 18/2015/QĐ-UBND ngày 29/9/2015") names a document that
 * exists; its year and date must not move with the plan.
 */
const CITATION = /\bso\s+\d+\s*\/[^\s,;)]*(?:\s+ngay\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})?/g;
const YEAR = /(?<!\d)\d{4}(?!\d)/g;

/**
 * Shifts the years of `text` that lie within one year of `fromYear` ("tháng 12/2023" before a 2024
 * plan, "năm 2024", "trước ngày 15/01/2025" after it), outside citations.
 */
export function shiftYearsInText(text: string, fromYear: number, toYear: number): string {
  const source = normaliseInput(text);
  const folded = foldAligned(source);
  const protectedSpans = [...folded.matchAll(CITATION)].map((m) => [m.index, m.index + m[0].length] as const);
  return source.replace(YEAR, (year, at: number) => {
    const value = Number(year);
    if (Math.abs(value - fromYear) > 1) return year;
    if (protectedSpans.some(([start, end]) => at >= start && at < end)) return year;
    return String(value + toYear - fromYear);
  });
}

export function shiftPlanYear<T extends ShiftableTask>(tasks: readonly T[], fromYear: number, toYear: number): T[] {
  const text = (value: string) => shiftYearsInText(value, fromYear, toYear);
  const years = toYear - fromYear;
  return tasks.map((task) => ({
    ...task,
    timeframeText: text(task.timeframeText),
    ...(task.content === undefined ? {} : { content: text(task.content) }),
    ...(task.expectedResult === undefined ? {} : { expectedResult: text(task.expectedResult) }),
    ...(task.resultItems === undefined ? {} : { resultItems: task.resultItems.map(text) }),
    ...(task.timeframe === undefined
      ? {}
      : {
          timeframe: {
            parts: task.timeframe.parts.map((part) => shiftPart(part, years, text)),
            notes: task.timeframe.notes.map(text),
            unparsed: task.timeframe.unparsed.map(text),
          },
        }),
  }));
}

function shiftPart(part: TimeframePart, years: number, text: (value: string) => string): TimeframePart {
  switch (part.kind) {
    case "deadline":
      return { ...part, date: shiftDate(part.date, years), text: text(part.text) };
    case "quarters":
      return { ...part, year: part.year + years, text: text(part.text) };
    case "years":
      return { ...part, from: part.from + years, to: part.to + years, text: text(part.text) };
    case "per-plan":
      return { ...part, planRef: text(part.planRef), text: text(part.text) };
    default:
      return { ...part, text: text(part.text) };
  }
}

/** 29/02 becomes 28/02 in a common year: the end of February stays the end of February. */
export function shiftDate(date: LocalDate, years: number): LocalDate {
  const { year, month, day } = localDateParts(date);
  const lastDay = localDateParts(monthRange(year + years, month).end).day;
  return localDate(year + years, month, Math.min(day, lastDay));
}
