/**
 * The decision (quyết định) around the plan: number, date, issuer, title, signature, and the
 * unit-plan deadline that Article 2 sets in prose. Layout tables (the header and signature blocks
 * of a .docx) come through as tab-separated lines; each of their cells is read as a line.
 */
import { localDate, type LocalDate } from "@tthc/calendar";
import { findDayDeadlines } from "../timeframe/index.ts";
import { foldAligned } from "@tthc/text";
import { collapseSpaces, isUpperCaseLine } from "../text/vietnamese-text.ts";
import type { DecisionInfo, ImportWarning, PlanYears } from "./import-types.ts";

export interface DecisionHeader {
  decision: DecisionInfo;
  unitPlanDeadline: LocalDate | null;
  plan: { year: number | null; title: string | null };
  /** The calendar years the plan covers: "năm 2025" is one, "giai đoạn 2026 - 2030" five. */
  years: PlanYears | null;
  warnings: ImportWarning[];
}

/** Capitalised lines that are not the issuer: the national motto and document-type headings. */
const NOT_ISSUER =
  /^(?:cong hoa xa hoi chu nghia viet nam|doc lap - tu do - hanh phuc|quyet dinh:?|ke hoach|nghi quyet|thong bao|chi thi|cong van|quyet nghi:?)$/;
/** Signing capacity: TM. (on behalf of), KT. (for), TL., TUQ., Q. (acting). */
const SIGNING_CAPACITY = /^(?:TM|KT|TL|TUQ|Q)\.\s*\S/;

export function readDecisionHeader(lines: readonly string[]): DecisionHeader {
  const pieces = lines.flatMap((line) => line.split("\t")).map((piece) => collapseSpaces(piece));
  const folded = pieces.map(foldAligned);
  const warnings: ImportWarning[] = [];

  const decisionTitle = paragraphAfter(pieces, folded.indexOf("quyet dinh"));
  const planTitle = paragraphAfter(pieces, folded.indexOf("ke hoach"));
  const years = yearsIn(planTitle) ?? yearsIn(decisionTitle);
  const planYear = years?.first ?? null;
  if (planYear === null) {
    warnings.push({ code: "PLAN_YEAR_UNKNOWN", message: "Không xác định được năm của kế hoạch từ tiêu đề; vui lòng nhập năm kế hoạch." });
  }

  const number = decisionNumber(pieces, folded, warnings);
  const { place, date } = placeAndDate(pieces, folded, warnings);
  const unitPlanDeadline = article2Deadline(pieces, folded, planYear ?? (date ? Number(date.slice(0, 4)) + 1 : null));
  if (unitPlanDeadline === null) {
    warnings.push({
      code: "UNIT_PLAN_DEADLINE_NOT_FOUND",
      message:
        "Không tìm thấy hạn gửi kế hoạch của các đơn vị trong Điều 2 của quyết định (ví dụ “… trước ngày 10/01/2024”); vui lòng nhập hạn này.",
    });
  }

  return {
    decision: { number, date, place, issuer: issuer(pieces, folded), title: decisionTitle, ...signature(pieces) },
    unitPlanDeadline,
    plan: { year: planYear, title: planTitle },
    years,
    warnings,
  };
}

/**
 * The lines after a heading, up to a blank line, a capitalised line or the "(Ban hành kèm theo…)"
 * note. A title written in capitals ("PHÁT TRIỂN KINH TẾ SỐ … GIAI ĐOẠN 2026 - 2030") is one
 * capitalised paragraph right after the heading.
 */
function paragraphAfter(pieces: readonly string[], heading: number): string | null {
  if (heading < 0) return null;
  const text: string[] = [];
  let capitals = false;
  for (const piece of pieces.slice(heading + 1)) {
    if (piece === "" && text.length === 0) continue;
    const upper = isUpperCaseLine(piece);
    if (text.length === 0 && upper && !/^(?:TM|KT|TL|TUQ|Q)\./.test(piece) && !NOT_ISSUER.test(foldAligned(piece))) capitals = true;
    else if (piece === "" || piece.startsWith("(") || upper !== capitals || /^can cu\b/.test(foldAligned(piece))) break;
    text.push(piece);
    if (capitals) break; // the capitalised title is one paragraph; the issuer's name may follow it
  }
  return text.length > 0 ? text.join(" ") : null;
}

/** "năm 2025" → 2025–2025; "giai đoạn 2026 - 2030", "2026–2030" → 2026–2030; the last mention wins. */
function yearsIn(text: string | null): PlanYears | null {
  const mentions = [...(text ?? "").matchAll(/(?:năm|giai đoạn)\s+(\d{4})(?:\s*[-–—]\s*(\d{4}))?\b|\b(\d{4})\s*[-–—]\s*(\d{4})\b/giu)];
  // A range is the plan's span; a single year after "tầm nhìn đến" is a vision, not a year of work.
  const kept = mentions.filter((m) => !/tầm nhìn\s+(?:đến\s+)?$/iu.test((text ?? "").slice(0, m.index)));
  const last = kept.filter((m) => m[2] ?? m[4]).at(-1) ?? kept.at(-1);
  if (!last) return null;
  const first = Number(last[1] ?? last[3]);
  const end = Number(last[2] ?? last[4] ?? first);
  if (first < 2000 || end < first || end - first > 10) return null;
  return { first, last: end };
}

function decisionNumber(pieces: readonly string[], folded: readonly string[], warnings: ImportWarning[]): string | null {
  const at = folded.findIndex((f) => /^so\s*:/.test(f));
  const written = at < 0 ? "" : (pieces[at] ?? "").replace(/^\S+\s*:\s*/, "");
  const match = /^(\d+)\s*\/\s*(\S+)/.exec(written);
  if (match) return `${match[1]}/${match[2]}`;
  warnings.push({
    code: "DECISION_NUMBER_BLANK",
    message:
      at < 0
        ? "Không tìm thấy số quyết định (dòng “Số: …/QĐ-…”); vui lòng nhập số quyết định."
        : `Số quyết định còn để trống (“${pieces[at]}”): văn bản có thể là bản dự thảo chưa lấy số. Vui lòng nhập số quyết định khi có.`,
  });
  return null;
}

function placeAndDate(
  pieces: readonly string[],
  folded: readonly string[],
  warnings: ImportWarning[],
): { place: string | null; date: LocalDate | null } {
  const at = folded.findIndex((f) => /^[^,]+,\s*ngay\b/.test(f));
  const piece = pieces[at] ?? "";
  const place = at < 0 ? null : piece.slice(0, piece.indexOf(",")).trim();
  const f = folded[at] ?? "";
  const parts =
    /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(f) ?? /ngay\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(f);
  const date = parts ? safeDate(Number(parts[3]), Number(parts[2]), Number(parts[1])) : null;
  if (date === null) {
    warnings.push({
      code: "DECISION_DATE_BLANK",
      message:
        at < 0
          ? "Không tìm thấy ngày ban hành quyết định (dòng “…, ngày … tháng … năm …”); vui lòng nhập ngày ban hành."
          : `Ngày ban hành quyết định còn để trống hoặc không hợp lệ (“${piece}”); vui lòng nhập ngày ban hành khi có.`,
    });
  }
  return { place, date };
}

function safeDate(year: number, month: number, day: number): LocalDate | null {
  try {
    return localDate(year, month, day);
  } catch {
    return null;
  }
}

function issuer(pieces: readonly string[], folded: readonly string[]): string | null {
  const end = folded.findIndex((f) => f.startsWith("can cu"));
  const run: string[] = [];
  let afterHeading = false;
  for (const [i, piece] of pieces.slice(0, end < 0 ? pieces.length : end).entries()) {
    // "ỦY BAN NHÂN DÂN" / "" / "TỈNH BẮC NINH": a blank line inside the letterhead does not end the issuer.
    if (piece === "") continue;
    const heading = NOT_ISSUER.test(folded[i] ?? "");
    // A title in capitals right under "NGHỊ QUYẾT" / "KẾ HOẠCH" is the title, not the issuer.
    const title = !heading && afterHeading;
    afterHeading = heading;
    const candidate = isUpperCaseLine(piece) && !heading && !title && !SIGNING_CAPACITY.test(piece);
    if (candidate) run.push(piece);
    else if (run.length > 0) break;
  }
  return run.length > 0 ? run.join(" ") : null;
}

function signature(pieces: readonly string[]): Pick<DecisionInfo, "signer" | "signerTitle" | "signingCapacity"> {
  const at = pieces.findIndex((piece) => SIGNING_CAPACITY.test(piece));
  if (at < 0) return { signer: null, signerTitle: null, signingCapacity: null };
  const rest = pieces.slice(at + 1).filter((piece) => piece !== "");
  const titleLines = rest.slice(
    0,
    Math.max(
      0,
      rest.findIndex((piece) => !isUpperCaseLine(piece)),
    ),
  );
  const signer = rest[titleLines.length];
  return {
    signingCapacity: pieces[at] ?? null,
    signerTitle: titleLines.length > 0 ? titleLines.join(" ") : null,
    signer: signer && !/^(?:ke hoach|noi nhan)/.test(foldAligned(signer)) ? signer : null,
  };
}

function article2Deadline(pieces: readonly string[], folded: readonly string[], year: number | null): LocalDate | null {
  const start = folded.findIndex((f) => /^dieu 2\b/.test(f));
  if (start < 0 || year === null) return null;
  const end = folded.findIndex((f, i) => i > start && /^(?:dieu 3\b|noi nhan)/.test(f));
  const article = pieces.slice(start, end < 0 ? undefined : end).join(" ");
  const deadline = findDayDeadlines(article, { planYear: year })[0];
  return deadline?.kind === "deadline" ? deadline.date : null;
}
