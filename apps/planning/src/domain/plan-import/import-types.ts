import type { TableColumn } from "./table-header.ts";
import type { UncertainSplit } from "./unit-list.ts";
import type { LocalDate } from "@tthc/calendar";

export interface DecisionInfo {
  /** "2684/QĐ-UBND"; null while the number is still blank (a draft awaiting signature). */
  number: string | null;
  date: LocalDate | null;
  /** Place of issue (địa danh), e.g. "TP. Hưng Yên". */
  place: string | null;
  /** Issuing authority as written, e.g. "ỦY BAN NHÂN DÂN THÀNH PHỐ HƯNG YÊN". */
  issuer: string | null;
  title: string | null;
  signer: string | null;
  /** Position of the signer, e.g. "CHỦ TỊCH". */
  signerTitle: string | null;
  /** Signing capacity (thẩm quyền ký), e.g. "TM. ỦY BAN NHÂN DÂN" (on behalf of the committee). */
  signingCapacity: string | null;
}

export interface ImportedSection {
  /** Roman numeral as written ("VIII"); null for tasks that precede any section heading. */
  number: string | null;
  title: string;
  /** 1-based position in the document, the identity of a section (numbers can repeat). */
  order: number;
}

export interface ImportedTask {
  sectionOrder: number;
  number: string;
  content: string;
  timeframeText: string;
  leadUnitNames: string[];
  coordinatingUnitNames: string[];
  expectedResult: string;
  /** The "- " items of the result; a result without items is one item. */
  resultItems: string[];
  /** Cells of the columns that are none of the above (funding source, notes…), by their header; absent when there are none. */
  attributes?: Record<string, string>;
}

export type TaskField = "number" | "content" | "timeframe" | "lead" | "coordinating" | "result";

export type ImportWarningCode =
  | "DECISION_NUMBER_BLANK"
  | "DECISION_DATE_BLANK"
  | "UNIT_PLAN_DEADLINE_NOT_FOUND"
  | "PLAN_YEAR_UNKNOWN"
  | "MISSING_COLUMN"
  | "DUPLICATE_SECTION_NUMBER"
  | "TASK_WITHOUT_SECTION"
  | "UNRECOGNISED_ROW"
  | "ORPHAN_CONTINUATION"
  | "IGNORED_TEXT"
  | "EMPTY_CONTENT"
  | "EMPTY_LEAD_UNIT"
  | "SUSPICIOUS_UNIT_NAME"
  | "MARKUP_STRIPPED"
  | "UNPARSED_TIMEFRAME";

export interface WarningLocation {
  sectionOrder?: number;
  section?: string | null;
  task?: string;
  field?: TaskField;
  /** 1-based line of the pasted text, where the warning is about a line. */
  line?: number;
}

export interface ImportWarning {
  code: ImportWarningCode;
  /** Vietnamese, shown in the import preview. */
  message: string;
  location?: WarningLocation;
}

/** The first and last calendar year of a plan (equal for a one-year plan). */
export interface PlanYears {
  first: number;
  last: number;
}

/** An uncertain split and the task cells it occurs in. */
export type UnitSplitReport = UncertainSplit & {
  places: Array<{ sectionOrder: number; task: string; field: "lead" | "coordinating" }>;
};

export interface ImportResult {
  /** The task table's columns as read (header, and the field each feeds), for the user to correct. */
  columns: TableColumn[];
  /** Unit cells split (or kept whole) on a guess or by the issuer's earlier choice, each with its readings. */
  unitSplits: UnitSplitReport[];
  decision: DecisionInfo;
  /** The day units must file their own plan by (Article 2, "… trước ngày 10/01/2024"). */
  unitPlanDeadline: LocalDate | null;
  plan: { year: number | null; title: string | null };
  /** The years the title names; null when it names none (the user gives the year). */
  years: PlanYears | null;
  sections: ImportedSection[];
  tasks: ImportedTask[];
  warnings: ImportWarning[];
}
