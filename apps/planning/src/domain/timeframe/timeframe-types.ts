import type { LocalDate, Quarter } from "@tthc/calendar";

export type RecurrenceUnit = "month" | "quarter" | "half-year" | "year";

/** What starts a triggered task: staff change (thay đổi nhân sự), a document received, a request. */
export type Trigger = "staff-change" | "document-received" | "on-request" | "other";

/** Every part keeps `text`, the words it was read from, so the UI can show them next to the reading. */
export type TimeframePart =
  | { kind: "deadline"; date: LocalDate; text: string }
  | { kind: "quarters"; quarters: Quarter[]; year: number; text: string }
  /** Work in calendar years "Năm 2026", "2026 - 2030", "giai đoạn 2026 - 2030": from ≤ to. */
  | { kind: "years"; from: number; to: number; text: string }
  | { kind: "recurring"; every: RecurrenceUnit; text: string }
  | { kind: "continuous"; text: string }
  | { kind: "triggered"; trigger: Trigger; text: string }
  | { kind: "per-plan"; planRef: string; text: string };

export interface ParsedTimeframe {
  /** In the order they appear in the text. */
  parts: TimeframePart[];
  /** Recognised qualifiers that set no date ("theo quy định", "bám sát tình hình thực tiễn"). */
  notes: string[];
  /** Words that were not understood: shown to the user, never guessed. */
  unparsed: string[];
}

export interface TimeframeContext {
  /** The year a date without a year ("trước ngày 10/01") belongs to. */
  planYear: number;
}
