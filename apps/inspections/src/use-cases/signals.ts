/**
 * What the platform knows about a unit (the signals read model, `events/signals.ts`): its figures for an
 * inspection's period, and the risk ranking that suggests unannounced inspections. Both read in SQL,
 * one statement for however many units.
 */
import { fromDbDate, fromDbDateOrNull, type LocalDate } from "@tthc/calendar";
import type { Actor, ChangeContext } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { Inspection, Prisma } from "../db/generated/client.ts";
import { seesEveryUnit, isCityOffice, refusal } from "../domain/index.ts";
import { domainError, forbiddenVi } from "./errors.ts";

type Tx = Prisma.TransactionClient;

/** The unit's figures over a period; null = no data (nothing the platform heard tells it). */
export interface UnitFigures {
  from: LocalDate;
  to: LocalDate;
  complaintsReceived: number;
  complaintsOverdue: number;
  complaintsAnsweredLate: number;
  occurrencesOverdue: number;
  occurrencesDoneLate: number;
  /** Null until reporting publishes events that say whether a report was late. */
  lateReports: number | null;
}

/**
 * The period an inspection's figures cover: from the start of its year to the visit's last day (the
 * window's end before the team sets the visit), the usual span of a year's inspection (kỳ kiểm tra).
 */
export function figuresPeriod(inspection: Pick<Inspection, "windowStart" | "windowEnd" | "endDay">): { from: LocalDate; to: LocalDate } {
  const to = fromDbDateOrNull(inspection.endDay) ?? fromDbDate(inspection.windowEnd);
  return { from: `${fromDbDate(inspection.windowStart).slice(0, 4)}-01-01` as LocalDate, to };
}

interface FiguresRow {
  key: string;
  received: number;
  overdue: number;
  answered_late: number;
  occ_overdue: number;
  occ_done_late: number;
  late_reports: number;
  reports_known: number;
}

/** The figures of several (unit, period) pairs in one statement, by `key`. */
export async function unitFigures(
  db: Db | Tx,
  requests: readonly { key: string; unitId: string; from: LocalDate; to: LocalDate }[],
): Promise<Map<string, UnitFigures>> {
  if (requests.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<FiguresRow[]>(
    `SELECT k.key,
       count(DISTINCT s.subject) FILTER (WHERE s.kind = 'complaint-received')::int AS received,
       count(DISTINCT s.subject) FILTER (WHERE s.kind = 'complaint-overdue')::int AS overdue,
       count(DISTINCT s.subject) FILTER (WHERE s.kind = 'complaint-answered-late')::int AS answered_late,
       count(DISTINCT s.subject) FILTER (WHERE s.kind = 'occurrence-overdue')::int AS occ_overdue,
       count(DISTINCT s.subject) FILTER (WHERE s.kind = 'occurrence-done-late')::int AS occ_done_late,
       count(DISTINCT s.subject) FILTER (WHERE s.kind = 'report-submitted' AND s.late)::int AS late_reports,
       count(*) FILTER (WHERE s.kind = 'report-submitted' AND s.late IS NOT NULL)::int AS reports_known
     FROM unnest($1::text[], $2::text[], $3::date[], $4::date[]) AS k(key, unit_id, from_day, to_day)
     LEFT JOIN unit_signal s ON s.unit_id = k.unit_id AND s.day BETWEEN k.from_day AND k.to_day
     GROUP BY k.key`,
    requests.map((r) => r.key),
    requests.map((r) => r.unitId),
    requests.map((r) => r.from),
    requests.map((r) => r.to),
  );
  const byKey = new Map(requests.map((r) => [r.key, r]));
  return new Map(
    rows.map((row) => {
      const request = byKey.get(row.key)!;
      return [
        row.key,
        {
          from: request.from,
          to: request.to,
          complaintsReceived: row.received,
          complaintsOverdue: row.overdue,
          complaintsAnsweredLate: row.answered_late,
          occurrencesOverdue: row.occ_overdue,
          occurrencesDoneLate: row.occ_done_late,
          lateReports: row.reports_known === 0 ? null : row.late_reports,
        },
      ];
    }),
  );
}

/** The kinds the risk score weighs (issue 11 item 7), as stored in risk_weight. */
export const RISK_KINDS = ["complaint-overdue", "occurrence-overdue", "repeated-finding", "late-report", "recommendation-overdue"] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

/** Who reads the ranking: those who read every unit's inspections (city office, leaders, inspectors). */
function requireRiskReader(actor: Actor): void {
  if (!seesEveryUnit(actor))
    throw forbiddenVi("Bạn không có quyền xem xếp hạng rủi ro của các đơn vị.", "You may not read the risk ranking.");
}

export async function riskWeights(db: Db, actor: Actor) {
  requireRiskReader(actor);
  const rows = await db.riskWeight.findMany();
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return RISK_KINDS.map((kind) => ({ kind, weight: byKind.get(kind)?.weight ?? 1, updatedAt: byKind.get(kind)?.updatedAt ?? null }));
}

export const MAX_WEIGHT = 100;

/** The city office sets weights (0–100); every weight is checked first, so a bad one changes nothing. */
export async function setRiskWeights(db: Db, weights: readonly { kind: RiskKind; weight: number }[], ctx: ChangeContext) {
  if (!isCityOffice(ctx.actor))
    throw forbiddenVi("Chỉ Văn phòng được thay đổi trọng số rủi ro.", "Only the city office sets the risk weights.");
  for (const w of weights) {
    if (!RISK_KINDS.includes(w.kind))
      throw domainError(refusal("UNKNOWN_KIND", "Loại tín hiệu rủi ro không hợp lệ.", "Unknown kind of signal.", "kind"));
    if (!Number.isFinite(w.weight) || w.weight < 0 || w.weight > MAX_WEIGHT)
      throw domainError(
        refusal("BAD_WEIGHT", `Trọng số phải là số từ 0 đến ${MAX_WEIGHT}.`, `A weight is a number from 0 to ${MAX_WEIGHT}.`, "weight"),
      );
  }
  const by = ctx.actor.kind === "user" ? ctx.actor.userId : "system";
  const at = ctx.now;
  await db.$transaction(async (tx) => {
    for (const w of weights)
      await tx.riskWeight.upsert({
        where: { kind: w.kind },
        create: { kind: w.kind, weight: w.weight, updatedBy: by, updatedAt: at },
        update: { weight: w.weight, updatedBy: by, updatedAt: at },
      });
  });
  return riskWeights(db, ctx.actor);
}

export interface RiskReason {
  kind: RiskKind;
  count: number;
  weight: number;
}

export interface RiskRow {
  unitId: string;
  unitName: string;
  score: number;
  reasons: RiskReason[];
}

export const MAX_RANKING_PAGE = 200;

const cursorOf = (offset: number) => Buffer.from(`risk:${offset}`).toString("base64url");
function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^risk:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m) throw domainError(refusal("BAD_CURSOR", "Con trỏ phân trang không hợp lệ.", "Invalid page cursor.", "after"));
  return Number(m[1]);
}

/**
 * The risk ranking as of a day: per unit, Σ weight × count over the 12 months up to `asOf` of overdue PAKN,
 * overdue plan occurrences, late reports (signals), repeated findings and recommendations past due (its own
 * records); highest first, ties by the unit's Vietnamese name. One statement, whatever the number of units.
 *
 * - repeated finding: a finding on a checklist criterion the unit already had a finding on in an earlier inspection;
 * - recommendation past due: due in the window before `asOf` and not verified by its due day (carried over excepted).
 */
export async function riskRanking(db: Db, actor: Actor, asOf: LocalDate, first: number, after: string | null) {
  requireRiskReader(actor);
  if (!Number.isInteger(first) || first < 1 || first > MAX_RANKING_PAGE)
    throw domainError(
      refusal("BAD_PAGE", `Mỗi trang từ 1 đến ${MAX_RANKING_PAGE} dòng.`, `A page holds 1–${MAX_RANKING_PAGE} rows.`, "first"),
    );
  const offset = offsetOf(after);
  const rows = await db.$queryRawUnsafe<
    Array<{ unit_id: string | null; unit_name: string; score: number; reasons: RiskReason[]; total: number }>
  >(
    `WITH bounds AS (SELECT $1::date AS as_of, ($1::date - interval '12 months')::date AS since),
     facts AS (
       SELECT s.unit_id, CASE s.kind WHEN 'report-submitted' THEN 'late-report' ELSE s.kind END AS kind, s.subject
         FROM unit_signal s, bounds b
        WHERE s.day > b.since AND s.day <= b.as_of
          AND (s.kind IN ('complaint-overdue', 'occurrence-overdue') OR (s.kind = 'report-submitted' AND s.late))
       UNION
       SELECT i.unit_id, 'repeated-finding', f.id::text
         FROM finding f JOIN inspection i ON i.id = f.inspection_id JOIN criterion c ON c.id = f.criterion_id, bounds b
        WHERE (f.created_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > b.since
          AND (f.created_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= b.as_of
          AND EXISTS (SELECT 1 FROM finding f2 JOIN inspection i2 ON i2.id = f2.inspection_id JOIN criterion c2 ON c2.id = f2.criterion_id
                       WHERE i2.unit_id = i.unit_id AND i2.id <> i.id AND c2.code = c.code AND f2.created_at < f.created_at)
       UNION
       SELECT r.responsible_unit_id, 'recommendation-overdue', r.id::text
         FROM recommendation r, bounds b
        WHERE r.due_day > b.since AND r.due_day < b.as_of AND r.status <> 'carried_over'
          AND (r.verified_at IS NULL OR (r.verified_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > r.due_day)
     ),
     counts AS (SELECT unit_id, kind, count(*)::int AS n FROM facts GROUP BY unit_id, kind),
     ranked AS (
       SELECT u.id AS unit_id, u.name AS unit_name,
              sum(c.n * coalesce(w.weight, 1))::float8 AS score,
              json_agg(json_build_object('kind', c.kind, 'count', c.n, 'weight', coalesce(w.weight, 1)) ORDER BY c.kind) AS reasons
         FROM counts c JOIN unit_replica u ON u.id = c.unit_id LEFT JOIN risk_weight w ON w.kind = c.kind
        GROUP BY u.id, u.name
     )
     SELECT t.total, p.unit_id, p.unit_name, p.score, p.reasons
       FROM (SELECT count(*)::int AS total FROM ranked WHERE score > 0) t
       LEFT JOIN LATERAL (
         SELECT * FROM ranked WHERE score > 0
          ORDER BY score DESC, unit_name COLLATE "vi-VN-x-icu", unit_id
          LIMIT $2 OFFSET $3) p ON true
      ORDER BY p.score DESC, p.unit_name COLLATE "vi-VN-x-icu", p.unit_id`,
    asOf,
    first,
    offset,
  );
  // The total rides on every row, and on a single empty row when the page is past the end.
  const total = rows[0]?.total ?? 0;
  const items: RiskRow[] = rows.flatMap((r) =>
    r.unit_id === null ? [] : [{ unitId: r.unit_id, unitName: r.unit_name, score: r.score, reasons: r.reasons }],
  );
  const end = offset + items.length;
  return { asOf, total, items, nextCursor: end < total ? cursorOf(end) : null };
}
