/**
 * The phrases a timeframe cell is read from. Patterns run on the folded text (lower case, no
 * diacritics; see foldAligned in @tthc/text), so "Quý II", "quy ii" and "QUÝ II" read alike. Text already
 * read is masked with MASK, which also ends a clause.
 */
import { localDate, monthRange, type LocalDate, type Quarter } from "@tthc/calendar";
import { romanToNumber } from "../text/roman-numerals.ts";
import type { TimeframeContext, TimeframePart } from "./timeframe-types.ts";

export const MASK = "\u0001";

/** A clause runs to ";", "hoặc" or the end: plan names and trigger conditions contain commas. */
const CLAUSE = String.raw`[^;\u0001]*?`;
const CLAUSE_END = String.raw`(?=\s*(?:[;\u0001]|\bhoac\b|$))`;
const DEADLINE_PREFIX = String.raw`(?:\b(?:(?:muon|cham) nhat(?:\s+la)?(?:\s+vao)?|truoc|den het|den|han(?:\s+chot)?)\s+)?`;

export type Reading = { part: TimeframePart } | { note: string };

export interface TimeframePattern {
  regex: RegExp;
  read(match: RegExpExecArray, original: string, ctx: TimeframeContext): Reading | null;
}

function slice(original: string, match: RegExpExecArray, group = 0): string {
  const span = match.indices?.[group];
  return span ? original.slice(span[0], span[1]).trim() : "";
}

function dateOf(year: number, month: number, day: number): LocalDate | null {
  try {
    return localDate(year, month, day);
  } catch {
    return null; // "31/02" is a typo to show the user, not a date to guess
  }
}

function dayDeadline(match: RegExpExecArray, original: string, ctx: TimeframeContext): Reading | null {
  const year = match[3] ? Number(match[3]) : ctx.planYear;
  const date = dateOf(year, Number(match[2]), Number(match[1]));
  return date ? { part: { kind: "deadline", date, text: slice(original, match) } } : null;
}

function recurring(every: "month" | "quarter" | "half-year" | "year"): TimeframePattern["read"] {
  return (match, original) => ({ part: { kind: "recurring", every, text: slice(original, match) } });
}

function triggered(trigger: "staff-change" | "document-received" | "on-request" | "other"): TimeframePattern["read"] {
  return (match, original) => ({ part: { kind: "triggered", trigger, text: slice(original, match) } });
}

const note: TimeframePattern["read"] = (match, original) => ({ note: slice(original, match) });

/**
 * "Trước ngày 10/01/2024", "chậm nhất ngày 15/3", "ngày 10 tháng 01 năm 2024": the named day X is
 * the due day. "Trước ngày X" is read as X, not X−1, because plans use it interchangeably with
 * "chậm nhất ngày X": the receiving office counts a report that arrives on X as on time, so
 * showing X−1 would mark late the units that the office itself accepts. The author's wording is
 * kept in `text` for the UI, and due-soon reminders give the margin before X.
 */
export const DAY_DEADLINE_PATTERNS: readonly TimeframePattern[] = [
  {
    regex: new RegExp(String.raw`${DEADLINE_PREFIX}(?:\bngay\s+)?\b(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d\/])`, "gd"),
    read: dayDeadline,
  },
  {
    regex: new RegExp(String.raw`${DEADLINE_PREFIX}\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?\b`, "gd"),
    read: dayDeadline,
  },
];

/**
 * Order matters: clauses that may contain dates or numbers (another plan's name, a trigger
 * condition) are read before the dates, and full dates before month-only ones.
 */
export const TIMEFRAME_PATTERNS: readonly TimeframePattern[] = [
  {
    // "Theo Kế hoạch kiểm tra năm 2024 của UBND thành phố", "theo thời hạn được giao tại Kế hoạch của UBND tỉnh"
    regex: new RegExp(
      String.raw`\btheo\s+(?:(?:dung\s+)?(?:thoi han|tien do|lo trinh)\s+(?:duoc giao\s+)?(?:tai|theo|trong)\s+)?((?:ke hoach|chuong trinh)\b${CLAUSE})${CLAUSE_END}`,
      "gd",
    ),
    read: (match, original) => ({ part: { kind: "per-plan", planRef: slice(original, match, 1), text: slice(original, match) } }),
  },
  {
    regex: new RegExp(
      String.raw`\b(?:ngay\s+)?(?:khi|sau khi)\s+co\s+(?:su\s+)?thay doi\s+(?:ve\s+)?(?:nhan su|can bo|cong chuc)${CLAUSE}${CLAUSE_END}`,
      "gd",
    ),
    read: triggered("staff-change"),
  },
  {
    regex: new RegExp(
      String.raw`\b(?:ngay\s+)?(?:khi|sau khi)\s+(?:nhan duoc|co|tiep nhan)\s+(?:cac\s+)?van ban${CLAUSE}${CLAUSE_END}`,
      "gd",
    ),
    read: triggered("document-received"),
  },
  {
    regex: /\b(?:dot xuat(?:\s+(?:khi co|theo)\s+yeu cau)?|(?:khi co|theo)\s+yeu cau)\b/dg,
    read: triggered("on-request"),
  },
  {
    regex: new RegExp(String.raw`\b(?:ngay\s+)?(?:khi|sau khi)\s+\S${CLAUSE}${CLAUSE_END}`, "gd"),
    read: triggered("other"),
  },
  ...DAY_DEADLINE_PATTERNS,
  {
    // "Muộn nhất trong tháng 01/2024" → the last day of that month; "trước tháng 6" is left unread
    regex:
      /(?<!\btruoc\s+)(?:\b(?:muon|cham) nhat\s+)?(?:\b(?:trong|het|cuoi|den het)\s+)?\bthang\s+(\d{1,2})(?:(?:\s*\/\s*|\s+nam\s+)(\d{4}))?(?![\d/])/dg,
    read: (match, original, ctx) => {
      const month = Number(match[1]);
      if (month < 1 || month > 12) return null;
      const date = monthRange(match[2] ? Number(match[2]) : ctx.planYear, month).end;
      return { part: { kind: "deadline", date, text: slice(original, match) } };
    },
  },
  { regex: /\b(?:dinh ky\s+)?(?:(?:hang|moi)\s+thang|thang\s+mot\s+lan)\b/dg, read: recurring("month") },
  { regex: /\b(?:dinh ky\s+)?(?:(?:hang|moi)\s+quy|quy\s+mot\s+lan)\b/dg, read: recurring("quarter") },
  {
    // "6 tháng" is a half-year report; "6 tháng đầu năm" names one half and is left to the user
    regex: /\b(?:dinh ky\s+)?(?:(?:0?6|sau)\s+thang(?:\s+(?:mot|1)\s+lan)?|(?:hang|moi)\s+nua nam)\b(?!\s*(?:dau|cuoi))/dg,
    read: recurring("half-year"),
  },
  { regex: /\b(?:dinh ky\s+)?(?:(?:hang|moi)\s+nam|(?:0?1|mot)\s+nam(?:\s+(?:mot|1)\s+lan)?)\b(?!\s*\d)/dg, read: recurring("year") },
  {
    // "Quý II, IV", "quý 3/2024", "Quý IV-2025", "Quí I năm 2026"; "Quý II - IV" may mean a range, so a
    // dash does not list quarters (a dash before a four-digit year is the year)
    regex:
      /\b(?:(?:trong|cuoi|het)\s+)?qu[yi]\s+((?:[ivx]{1,3}|[1-4])(?:\s*(?:,|\bva\b)\s*(?:[ivx]{1,3}|[1-4]))*)(?:\s*(?:\/|-|–|nam)\s*(\d{4}))?\b/dg,
    read: (match, original, ctx) => {
      const quarters = (match[1] ?? "").split(/\s*(?:,|\bva\b)\s*/).map((q) => (/^\d$/.test(q) ? Number(q) : romanToNumber(q)));
      if (quarters.some((q) => q === null || q < 1 || q > 4)) return null;
      const unique = [...new Set(quarters as number[])].sort() as Quarter[];
      const year = match[2] ? Number(match[2]) : ctx.planYear;
      return { part: { kind: "quarters", quarters: unique, year, text: slice(original, match) } };
    },
  },
  {
    // "Năm 2025 - 2026", "giai đoạn 2026 - 2030", "2026-2027", "từ năm 2026 đến năm 2028"
    regex:
      /\b(?:(?:trong|hoan thanh trong|thuc hien trong|tu)\s+)?(?:(?:giai doan|nam|cac nam)\s+)?((?:19|20)\d{2})\s*(?:-|–|—|\bden\b(?:\s+nam)?)\s*((?:19|20)\d{2})\b/dg,
    read: (match, original) => {
      const from = Number(match[1]);
      const to = Number(match[2]);
      return to >= from ? { part: { kind: "years", from, to, text: slice(original, match) } } : null;
    },
  },
  {
    // "2025", "Năm 2026", "trong năm 2026": the work of that calendar year. "Trước năm 2030" is a
    // time limit, left to the user: it may mean by the end of 2029 or by 2030.
    regex:
      /(?<!\b(?:truoc|sau)\s+)(?:\b(?:trong|het|cuoi|den het)\s+)?(?:\bnam\s+)?(?<![\d/.-])(?<!\b(?:truoc|sau)\s+(?:nam\s+)?)\b((?:19|20)\d{2})\b(?![\d/.-]|\s*(?:-|–)\s*\d)/dg,
    read: (match, original) => {
      const year = Number(match[1]);
      return { part: { kind: "years", from: year, to: year, text: slice(original, match) } };
    },
  },
  {
    regex: /\b(?:theo doi\s+)?(?:thuong xuyen|lien tuc|ca nam|trong nam(?:\s+\d{4})?)\b/dg,
    read: (match, original) => ({ part: { kind: "continuous", text: slice(original, match) } }),
  },
  {
    // "Thực hiện thường xuyên", "Ban hành trong năm 2026", "(nếu có)": what is done, not when
    regex: /\b(?:thuc hien|trien khai|ban hanh|hoan thanh|(?:\(\s*)?neu co(?:\s*\))?)\b/dg,
    read: note,
  },
  {
    regex: /\b(?:bam sat(?:\s+theo)?\s+tinh hinh thuc (?:tien|te)|theo tinh hinh thuc (?:tien|te)|theo quy dinh(?:\s+cua phap luat)?)\b/dg,
    read: note,
  },
];

/** Punctuation and the words "hoặc", "và" that join parts; they carry no meaning of their own. */
export const CONNECTORS = /[,;.:()\-–]|\b(?:hoac|va)\b/g;
