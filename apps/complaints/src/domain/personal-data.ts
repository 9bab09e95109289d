/**
 * Finds personal data (dữ liệu cá nhân cơ bản, Decree 13/2023 Art 2.3) in a text before it is
 * published, so a person can review the highlights and confirm the redaction. Detection suggests;
 * the person decides, so the patterns prefer catching too much over missing a phone number.
 *
 * Offsets are UTF-16 indices into the text as given; the intake stores text in NFC.
 */
import { foldWithIndex, type FoldedText } from "@tthc/text";

export type PersonalDataKind = "phone" | "email" | "id-number" | "address" | "name";

export interface PersonalDataSpan {
  start: number;
  /** Exclusive. */
  end: number;
  kind: PersonalDataKind;
}

/** What the office knows about the sender, matched with or without diacritics. */
export interface KnownSender {
  name?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
}

// Starts only where a run of address characters starts: a 10 000-letter word is scanned once, not from every letter.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** Mobile 0xxx xxx xxx (10 digits), landline 02xx xxxx xxx (11), also as +84 / (+84). */
const PHONE = /(?<![\d+])(?:\(\+84\)\s?|\+84\s?|0)(?:[ .-]?\d){9,10}(?![\d])/g;
/** Citizen ID (CCCD, 12 digits, sometimes in groups of three) and the old ID card (CMND, 9 digits). */
const CITIZEN_ID = /(?<![\d.,])\d{3} ?\d{3} ?\d{3} ?\d{3}(?![\d])/g;
const OLD_ID = /(?<![\d.,])\d{9}(?![\d.,]?\d)/g;

/** Either case of the first letter: sentence-initial "Thôn", running-text "thôn". */
const anyCase = (word: string) => `[${word[0]!.toLowerCase()}${word[0]!.toUpperCase()}]${word.slice(1).replace(/\./g, "\\.")}`;
const alternation = (words: readonly string[]) => words.map(anyCase).join("|");

// Longer keywords first, so "số nhà" wins over "số" and "tổ dân phố" over "tổ".
const PLACE_KEYWORDS = [
  "số nhà",
  "tổ dân phố",
  "khu phố",
  "số",
  "thôn",
  "xóm",
  "tổ",
  "ngõ",
  "ngách",
  "hẻm",
  "kiệt",
  "ấp",
  "khóm",
  "đường",
  "phố",
];
const UNIT_KEYWORDS = ["phường", "xã", "quận", "huyện", "thị xã", "thị trấn", "tỉnh", "thành phố", "TP.", "TP"];
const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
const NUMBER = String.raw`\d+[A-Za-z]?(?:\/\d+[A-Za-z]?)*(?![\p{L}\p{N}\/])`;
const CAPITALISED = String.raw`\p{Lu}[\p{Ll}\p{M}]*${NOT_WORD_AFTER}`;
const NAME = `(?:${NUMBER}|${CAPITALISED})(?: (?:${NUMBER}|${CAPITALISED}))*`;
const KEYWORD = `(?:${alternation(PLACE_KEYWORDS)}|${alternation(UNIT_KEYWORDS)})`;

const PLACE_TRIGGER = new RegExp(`${NOT_WORD_BEFORE}(${alternation(PLACE_KEYWORDS)})\\s+`, "gu");
const NUMBER_AT = new RegExp(NUMBER, "uy");
const NAME_AT = new RegExp(NAME, "uy");
/** "số 12" is an address only when a street or place follows: not "Quyết định số 12/2023/QĐ-UBND". */
const STREET_AFTER_NUMBER_AT = new RegExp(`\\s+(?:${KEYWORD}\\s+)?${NAME}`, "uy");
const CONTINUATION_AT = new RegExp(`(?:\\s*,\\s*(?:${KEYWORD}\\s+)?${NAME}|\\s+${KEYWORD}\\s+${NAME})`, "uy");

function matchAt(pattern: RegExp, text: string, position: number): number | null {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match ? position + match[0].length : null;
}

/** "thành phố": a city, not a street. Only the few characters before the keyword are read. */
const CITY_BEFORE = /thành\s+$/iu;

function addressSpans(text: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  // Each trigger's span runs over the capitalised words after it; a trigger inside a span already
  // found would only find a part of it (merged away anyway), so it is skipped: every character is
  // read by one span, and the whole pass stays linear in the text.
  let covered = 0;
  for (const trigger of text.matchAll(PLACE_TRIGGER)) {
    if (trigger.index < covered) continue;
    const keyword = trigger[1]!.toLowerCase();
    if (keyword === "phố" && CITY_BEFORE.test(text.slice(Math.max(0, trigger.index - 32), trigger.index))) continue;
    const afterKeyword = trigger.index + trigger[0].length;
    let end: number | null;
    if (keyword === "số" || keyword === "số nhà") {
      const afterNumber = matchAt(NUMBER_AT, text, afterKeyword);
      end = afterNumber === null ? null : matchAt(STREET_AFTER_NUMBER_AT, text, afterNumber);
    } else {
      end = matchAt(NAME_AT, text, afterKeyword);
    }
    if (end === null) continue;
    for (let next = matchAt(CONTINUATION_AT, text, end); next !== null; next = matchAt(CONTINUATION_AT, text, end)) end = next;
    spans.push({ start: trigger.index, end, kind: "address" });
    covered = end;
  }
  return spans;
}

function patternSpans(text: string, pattern: RegExp, kind: PersonalDataKind): PersonalDataSpan[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind }));
}

/** Occurrences of `needle` in the folded `text` ignoring case and diacritics, on word boundaries. */
function foldedOccurrences(text: string, foldedText: FoldedText, needle: string, kind: PersonalDataKind): PersonalDataSpan[] {
  const target = foldWithIndex(needle).folded.trim();
  if (target.length < 2) return [];
  const { folded, index } = foldedText;
  const spans: PersonalDataSpan[] = [];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = folded.indexOf(target); at !== -1; at = folded.indexOf(target, at + 1)) {
    const last = at + target.length - 1;
    if (isWordChar(folded[at - 1]) || isWordChar(folded[last + 1])) continue;
    const endChar = index[last]!;
    spans.push({ start: index[at]!, end: endChar + String.fromCodePoint(text.codePointAt(endChar)!).length, kind });
  }
  return spans;
}

const HONORIFICS = ["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ"];

function senderNameSpans(text: string, folded: FoldedText, name: string): PersonalDataSpan[] {
  const spans = foldedOccurrences(text, folded, name, "name");
  // "ông An", "chị Lan": the given name (the last word) after a form of address.
  const given = name.trim().split(/\s+/).at(-1);
  if (given && given !== name.trim()) {
    for (const honorific of HONORIFICS) {
      for (const span of foldedOccurrences(text, folded, `${honorific} ${given}`, "name")) {
        spans.push({ start: span.end - given.length, end: span.end, kind: "name" });
      }
    }
  }
  return spans;
}

/** The sender's number however it is written: 0912…, +84 912…, 0912.345.678. */
function senderPhoneSpans(text: string, phone: string): PersonalDataSpan[] {
  const digits = phone.replace(/\D/g, "").replace(/^(84|0)/, "");
  if (digits.length < 8) return [];
  const pattern = new RegExp(`(?<!\\d)(?:\\(?\\+?84\\)?[\\s.-]?|0)${[...digits].join("[\\s.-]?")}(?!\\d)`, "g");
  return patternSpans(text, pattern, "phone");
}

function senderAddressSpans(text: string, folded: FoldedText, address: string): PersonalDataSpan[] {
  // The whole address and its first part ("số 12 ngõ 34 phố Huế"), which is the identifying one.
  const first = address.split(",")[0]?.trim() ?? "";
  return [
    ...foldedOccurrences(text, folded, address, "address"),
    ...(first.length >= 6 ? foldedOccurrences(text, folded, first, "address") : []),
  ];
}

/** Linear in the text (bench/complaints-text-work.ts): the form bounds its length, and staff views run this on every read. */
export function detectPersonalData(text: string, sender: KnownSender = {}): PersonalDataSpan[] {
  // Folded once for every sender field, not once per field and form of address.
  const folded = sender.name || sender.address || sender.email ? foldWithIndex(text) : { folded: "", index: [] };
  const spans = [
    ...patternSpans(text, EMAIL, "email"),
    ...patternSpans(text, CITIZEN_ID, "id-number"),
    ...patternSpans(text, OLD_ID, "id-number"),
    ...patternSpans(text, PHONE, "phone"),
    ...addressSpans(text),
    ...(sender.name ? senderNameSpans(text, folded, sender.name) : []),
    ...(sender.address ? senderAddressSpans(text, folded, sender.address) : []),
    ...(sender.phone ? senderPhoneSpans(text, sender.phone) : []),
    ...(sender.email ? foldedOccurrences(text, folded, sender.email, "email") : []),
  ];
  return mergeSpans(spans);
}

/** Sorted, without overlaps; where two overlap the union keeps the kind of the longer one. */
export function mergeSpans(spans: readonly PersonalDataSpan[]): PersonalDataSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDataSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      const kind = span.end - span.start > last.end - last.start ? span.kind : last.kind;
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end), kind };
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

export const REDACTION_LABELS: Readonly<Record<PersonalDataKind, string>> = {
  phone: "[số điện thoại đã ẩn]",
  email: "[email đã ẩn]",
  "id-number": "[số giấy tờ đã ẩn]",
  address: "[địa chỉ đã ẩn]",
  name: "[họ tên đã ẩn]",
};

/** Replaces each span (as the reviewer confirmed them) with a label saying what was removed. */
export function redact(text: string, spans: readonly PersonalDataSpan[]): string {
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) {
      throw new RangeError(`Span ${s.start}–${s.end} does not lie inside the text (length ${text.length})`);
    }
  }
  let out = "";
  let cursor = 0;
  for (const s of mergeSpans(spans)) {
    out += text.slice(cursor, s.start) + REDACTION_LABELS[s.kind];
    cursor = s.end;
  }
  return out + text.slice(cursor);
}
