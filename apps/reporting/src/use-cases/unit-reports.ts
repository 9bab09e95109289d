/**
 * Unit reports: expected submissions per unit and period (from the registry and the unit replica), the
 * pre-filled figures with the unit's corrections, submission, the city office's review, the deadline lock
 * and its exception. Every refusal is a Vietnamese error thrown before anything changes.
 */
import { fromDbDate, fromDbDateOrNull, toDbDate, type LocalDate, type WorkingCalendar } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import {
  type Actor,
  badInput,
  forbidden,
  isUuid,
  notFound,
  requireRole,
  requireScope,
  requireUser,
  type UserActor,
} from "@tthc/service-kit";
import type { Db, Tx } from "../db/client.ts";
import { Prisma, type UnitReport } from "../db/generated/client.ts";
import { findKind } from "../db/registry.ts";
import { reportCounts } from "../db/report-counts.ts";
import type { Figure } from "../domain/report-figures.ts";
import { reportPeriod, type PeriodInput } from "../domain/report-periods.ts";
import {
  allowedActions,
  canEdit,
  canReview,
  checkCorrection,
  checkException,
  checkReturnComment,
  isLocked,
  type Check,
  type ReportAction,
  type ReportState,
} from "../domain/unit-report.ts";
import { reportEvent, reportRef } from "../events/outgoing.ts";
import { formFigures } from "./report-figures.ts";

export interface ReportDeps {
  calendar: WorkingCalendar;
  today: LocalDate;
  now: Date;
}

const CITY_READERS = ["CITY_ADMIN", "LEADER", "INSPECTOR"] as const;

function ensure(check: Check): void {
  if (!check.ok) throw badInput(check.message, check.field);
}

export const stateOf = (r: UnitReport): ReportState => ({
  status: r.status,
  deadline: fromDbDate(r.deadline),
  exceptionUntil: fromDbDateOrNull(r.exceptionUntil),
  lockedOn: fromDbDateOrNull(r.lockedOn),
});

/** Who reads all reports: the city office, leaders, inspectors, partners with reports:read. Null = every unit. */
export function readableUnit(actor: Actor): string | null {
  if (actor.kind === "partner") {
    requireScope(actor, "reports:read");
    return null;
  }
  const user = requireUser(actor);
  if (user.roles.some((r) => (CITY_READERS as readonly string[]).includes(r))) return null;
  if (user.roles.includes("UNIT_OFFICER") && user.unitId) return user.unitId;
  throw forbidden("Bạn không có quyền xem báo cáo.");
}

async function loadReport(tx: Tx, id: string): Promise<UnitReport> {
  const report = isUuid(id) ? await tx.unitReport.findUnique({ where: { id } }) : null;
  if (!report) throw notFound("Không tìm thấy báo cáo.");
  return report;
}

/** The unit's own report, or one a reorganisation handed to it from a closed unit (heldByUnitId). */
const heldBy = (report: UnitReport, unitId: string | null | undefined) =>
  unitId !== null && unitId !== undefined && (report.heldByUnitId ?? report.unitId) === unitId;

/** A report the actor may read; a unit officer only its own unit's, or one it was handed. */
export async function readReport(tx: Tx, actor: Actor, id: string): Promise<UnitReport> {
  const unit = readableUnit(actor);
  const report = await loadReport(tx, id);
  if (unit !== null && report.unitId !== unit && !heldBy(report, unit)) throw forbidden("Bạn chỉ xem được báo cáo của đơn vị mình.");
  return report;
}

/** What the actor may do with a report it has read (partners only read). */
export function actionsFor(report: UnitReport, actor: Actor, today: LocalDate): ReportAction[] {
  if (actor.kind !== "user") return [];
  return allowedActions(stateOf(report), { roles: actor.roles, holdsReport: heldBy(report, actor.unitId) }, today);
}

/** The unit's own officer, for writing; locks the row so two submissions cannot race. */
async function ownReportForUpdate(tx: Tx, actor: Actor, id: string): Promise<{ user: UserActor; report: UnitReport }> {
  const user = requireRole(actor, "UNIT_OFFICER");
  if (!isUuid(id)) throw notFound("Không tìm thấy báo cáo.");
  await tx.$executeRaw`SELECT 1 FROM "UnitReport" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const report = await loadReport(tx, id);
  // Whoever holds it submits it: the unit, or after a reorganisation its successor (not the closed unit's former officers).
  if (!heldBy(report, user.unitId)) throw forbidden("Bạn chỉ sửa được báo cáo của đơn vị mình.");
  return { user, report };
}

async function reviewableForUpdate(tx: Tx, actor: Actor, id: string): Promise<{ admin: UserActor; report: UnitReport }> {
  const admin = requireRole(actor, "CITY_ADMIN");
  if (!isUuid(id)) throw notFound("Không tìm thấy báo cáo.");
  await tx.$executeRaw`SELECT 1 FROM "UnitReport" WHERE "id" = ${id}::uuid FOR UPDATE`;
  return { admin, report: await loadReport(tx, id) };
}

export async function kindOf(tx: Tx, code: string) {
  const kind = await findKind(tx, code);
  if (!kind || !kind.active) throw badInput("Không có loại báo cáo này.", "kindCode");
  return kind;
}

/**
 * Create the expected report of every unit that exists during the period (and is of a level the kind asks),
 * once: running it again, or after units came and went, only adds the missing ones. City office only.
 */
export async function generateExpectedReports(
  db: Db,
  actor: Actor,
  kindCode: string,
  input: PeriodInput,
  deps: ReportDeps,
): Promise<number> {
  requireRole(actor, "CITY_ADMIN");
  return db.$transaction(async (tx) => {
    const kind = await kindOf(tx, kindCode);
    const result = reportPeriod(kind, input, deps.calendar);
    if (!result.ok) throw badInput(result.message, result.field);
    const p = result.period;
    return tx.$executeRaw`
      INSERT INTO "UnitReport" ("id", "kindCode", "periodKey", "periodLabel", "periodStart", "periodEnd", "deadline", "unitId", "updatedAt")
      SELECT gen_random_uuid(), ${kind.code}, ${p.key}, ${p.label}, ${p.start}::date, ${p.end}::date, ${p.deadline}::date, u.id, ${deps.now}
      FROM unit_replica u
      WHERE u.valid_from <= ${p.end}::date AND (u.valid_to IS NULL OR u.valid_to >= ${p.start}::date)
        AND (cardinality(${kind.unitLevelCodes}::text[]) = 0 OR u.level_code = ANY(${kind.unitLevelCodes}::text[]))
      ON CONFLICT ("kindCode", "periodKey", "unitId") DO NOTHING`;
  });
}

export interface ReportFilter {
  kindCode?: string | null;
  periodKey?: string | null;
  unitId?: string | null;
  status?: string | null;
  first?: number | null;
  offset?: number | null;
}

/** A page of reports the actor may read, newest period first. */
export async function listReports(db: Db, actor: Actor, filter: ReportFilter) {
  const own = readableUnit(actor);
  if (own !== null && filter.unitId && filter.unitId !== own) throw forbidden("Bạn chỉ xem được báo cáo của đơn vị mình.");
  const first = filter.first ?? 50;
  const offset = filter.offset ?? 0;
  if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput("Số dòng mỗi trang phải từ 1 đến 200.", "first");
  if (!Number.isInteger(offset) || offset < 0) throw badInput("Vị trí trang không hợp lệ.", "offset");
  const unitId = own ?? filter.unitId;
  const conditions = [
    filter.kindCode ? Prisma.sql`r."kindCode" = ${filter.kindCode}` : null,
    filter.periodKey ? Prisma.sql`r."periodKey" = ${filter.periodKey}` : null,
    filter.status ? Prisma.sql`r."status" = ${filter.status}` : null,
    // A unit's list holds its own reports and those handed to it by a reorganisation.
    unitId ? Prisma.sql`(r."unitId" = ${unitId} OR r."heldByUnitId" = ${unitId})` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  // Within a period and kind, units in Vietnamese alphabetical order of the name the pages show (the
  // directory's current name, which the unit replica holds), not by their ids.
  // The page and its total in one statement, so both see the same snapshot. Counted apart, a list read while
  // the city office generated the period's reports could get its rows before the commit and its count after
  // (a browser test once saw "33 báo cáo" over an empty page).
  const page = await db.$queryRaw<Array<{ id: string; total: number }>>`
    SELECT r.id, (count(*) OVER ())::int AS total FROM "UnitReport" r LEFT JOIN unit_replica u ON u.id = r."unitId" ${where}
    ORDER BY r."periodEnd" DESC, r."kindCode", u.name COLLATE "vi-VN-x-icu", r."unitId"
    LIMIT ${first} OFFSET ${offset}`;
  // A page past the end has no row to carry the total: only then is it counted on its own.
  const total =
    page[0]?.total ??
    (offset === 0 ? 0 : ((await db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "UnitReport" r ${where}`)[0]?.n ?? 0));
  const ids = page.map((row) => row.id);
  const byId = new Map((await db.unitReport.findMany({ where: { id: { in: ids } } })).map((r) => [r.id, r]));
  return { items: ids.map((id) => byId.get(id)!), total };
}

type Correction = { correctedValue: number; reason: string };

/**
 * The report's figures: as submitted once it was, else pre-filled from the projections with the unit's corrections,
 * as they stand `today` when the period's window is not over yet.
 */
export async function reportFigures(tx: Tx, report: UnitReport, today: LocalDate): Promise<Figure[]> {
  if (report.figures !== null) return report.figures as unknown as Figure[];
  const kind = await findKind(tx, report.kindCode);
  if (!kind) return [];
  const corrections = await tx.reportCorrection.findMany({ where: { reportId: report.id } });
  return formFigures(
    tx,
    kind.indicatorCodes,
    { start: fromDbDate(report.periodStart), end: fromDbDate(report.periodEnd) },
    report.unitId,
    today,
    new Map<string, Correction>(corrections.map((c) => [c.indicatorCode, c])),
  );
}

export async function saveNarrative(db: Db, actor: Actor, id: string, narrative: string, deps: ReportDeps): Promise<UnitReport> {
  return db.$transaction(async (tx) => {
    const { report } = await ownReportForUpdate(tx, actor, id);
    ensure(canEdit(stateOf(report), deps.today));
    if (narrative.length > 50_000) throw badInput("Phần thuyết minh dài quá 50.000 ký tự.", "narrative");
    return tx.unitReport.update({ where: { id }, data: { narrative } });
  });
}

/** Replace a pre-filled figure, keeping the projected one beside it with the reason. */
export async function correctFigure(
  db: Db,
  actor: Actor,
  id: string,
  indicatorCode: string,
  value: number,
  reason: string,
  deps: ReportDeps,
): Promise<UnitReport> {
  return db.$transaction(async (tx) => {
    const { user, report } = await ownReportForUpdate(tx, actor, id);
    ensure(canEdit(stateOf(report), deps.today));
    ensure(checkCorrection(value, reason));
    const figure = (await reportFigures(tx, report, deps.today)).find((f) => f.code === indicatorCode);
    if (!figure) throw badInput("Báo cáo này không có chỉ tiêu đó.", "indicatorCode");
    const row = {
      originalValue: figure.projected,
      correctedValue: value,
      reason: reason.trim(),
      correctedBy: user.userId,
      correctedAt: deps.now,
    };
    await tx.reportCorrection.upsert({
      where: { reportId_indicatorCode: { reportId: id, indicatorCode } },
      create: { reportId: id, indicatorCode, ...row },
      update: row,
    });
    return tx.unitReport.update({ where: { id }, data: { updatedAt: deps.now } });
  });
}

/** Submit: the figures are frozen as they stand, and reporting.report.submitted goes out. */
export async function submitReport(db: Db, actor: Actor, id: string, deps: ReportDeps): Promise<UnitReport> {
  return db.$transaction(async (tx) => {
    const { user, report } = await ownReportForUpdate(tx, actor, id);
    ensure(canEdit(stateOf(report), deps.today));
    if (!report.narrative || report.narrative.trim() === "")
      throw badInput("Cần nhập phần thuyết minh trước khi gửi báo cáo.", "narrative");
    const kind = await kindOf(tx, report.kindCode);
    const figures = await reportFigures(tx, report, deps.today);
    const late = deps.today > fromDbDate(report.deadline);
    const updated = await tx.unitReport.update({
      where: { id },
      data: {
        status: "submitted",
        figures: figures as unknown as object,
        submittedOn: toDbDate(deps.today),
        submittedLate: late,
        submittedBy: user.userId,
        reviewComment: null,
      },
    });
    const ref = reportRef(updated, kind.periodKind);
    await enqueue(
      tx,
      reportEvent(
        "reporting.report.submitted",
        updated,
        {
          reportId: ref.reportId,
          unitId: ref.unitId,
          periodKind: ref.periodKind,
          periodLabel: ref.periodLabel,
          submittedOn: deps.today,
          link: ref.link,
          periodStart: ref.periodStart,
          periodEnd: ref.periodEnd,
          kindCode: ref.kindCode,
          late,
        },
        actor,
        deps.now,
      ),
    );
    return updated;
  });
}

/** The city office accepts a submitted report, or returns it with a comment (the unit edits and submits again). */
export async function reviewReport(
  db: Db,
  actor: Actor,
  id: string,
  decision: "accept" | "return",
  comment: string | null | undefined,
  deps: ReportDeps,
): Promise<UnitReport> {
  if (decision === "return") ensure(checkReturnComment(comment));
  return db.$transaction(async (tx) => {
    const { admin, report } = await reviewableForUpdate(tx, actor, id);
    ensure(canReview(stateOf(report)));
    const kind = await kindOf(tx, report.kindCode);
    const text = comment?.trim() || null;
    const updated = await tx.unitReport.update({
      where: { id },
      data:
        decision === "accept"
          ? { status: "accepted", reviewComment: text, reviewedBy: admin.userId }
          : // Returned: the frozen figures go, so the unit sees the projections and its corrections again.
            {
              status: "returned",
              reviewComment: text,
              reviewedBy: admin.userId,
              figures: Prisma.DbNull,
              submittedOn: null,
              submittedLate: null,
            },
    });
    const ref = reportRef(updated, kind.periodKind);
    await enqueue(
      tx,
      decision === "accept"
        ? reportEvent("reporting.report.accepted", updated, { ...ref, comment: text }, actor, deps.now)
        : reportEvent("reporting.report.returned", updated, { ...ref, comment: text! }, actor, deps.now),
    );
    return updated;
  });
}

/** The city office lets a unit submit after the deadline, up to `until`. */
export async function grantException(db: Db, actor: Actor, id: string, until: LocalDate, deps: ReportDeps): Promise<UnitReport> {
  ensure(checkException(until, deps.today));
  return db.$transaction(async (tx) => {
    const { report } = await reviewableForUpdate(tx, actor, id);
    if (report.status === "submitted" || report.status === "accepted") throw badInput("Báo cáo đã gửi, không cần cho phép nộp muộn.");
    return tx.unitReport.update({ where: { id }, data: { exceptionUntil: toDbDate(until), lockedOn: null } });
  });
}

/**
 * Lock every report not submitted by its deadline (nor within an exception), once each, with
 * reporting.report.locked for inspections' late-report signal. The periodic job's work; safe beside
 * another replica's run (rows claimed with SKIP LOCKED).
 */
export async function lockOverdueReports(db: Db, deps: ReportDeps): Promise<number> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "UnitReport"
      WHERE "status" IN ('expected', 'returned') AND "lockedOn" IS NULL AND "deadline" < ${deps.today}::date
        AND ("exceptionUntil" IS NULL OR "exceptionUntil" < ${deps.today}::date)
      ORDER BY "deadline", "id" LIMIT 500 FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return 0;
    const kinds = new Map((await tx.reportKind.findMany()).map((k) => [k.code, k.periodKind]));
    for (const { id } of due) {
      const report = await tx.unitReport.update({ where: { id }, data: { lockedOn: toDbDate(deps.today) } });
      if (!isLocked(stateOf(report), deps.today)) continue;
      const ref = reportRef(report, kinds.get(report.kindCode) ?? "ad-hoc");
      await enqueue(tx, reportEvent("reporting.report.locked", report, { ...ref, deadline: fromDbDate(report.deadline) }, null, deps.now));
    }
    return due.length;
  });
}

/** Expected vs received, on time vs late, per period of a kind (the completeness board); city readers only. */
export async function completeness(db: Db, actor: Actor, kindCode: string, periodKey: string, today: LocalDate) {
  if (readableUnit(actor) !== null) throw forbidden("Chỉ Văn phòng, lãnh đạo và cán bộ kiểm tra xem được tình hình nộp báo cáo.");
  return { kindCode, periodKey, ...(await completenessCounts(db, kindCode, periodKey, today)) };
}

/** The board's counts, also printed in the city report (no reader check: the callers check). */
export async function completenessCounts(tx: Tx, kindCode: string, periodKey: string, today: LocalDate) {
  const { due: _, ...r } = await reportCounts(tx, { kindCode, periodKey }, today);
  return { ...r, missing: r.expected - r.submitted };
}
