/**
 * Expected, submitted and on-time unit reports in one statement, for the completeness board (one kind's period)
 * and the unit scorecard (one unit's reports whose window ends in a span): one definition of "on time" for both.
 * A returned report has no submission (its submittedOn and submittedLate are cleared), so "submitted" is the
 * status submitted or accepted, and on time is submitted without the late mark (a granted exception keeps it off).
 */
import type { LocalDate } from "@tthc/calendar";
import { Prisma } from "./generated/client.ts";
import type { Tx } from "./client.ts";

export type ReportCountScope =
  { kindCode: string; periodKey: string } | { unitId: string; periodEndFrom: LocalDate; periodEndTo: LocalDate };

export interface ReportCounts {
  expected: number;
  submitted: number;
  accepted: number;
  late: number;
  onTime: number;
  /** Submitted, or still missing after the deadline: what an on-time rate is over. */
  due: number;
  /** Missing after the deadline, with no exception running. */
  locked: number;
}

export async function reportCounts(tx: Tx, scope: ReportCountScope, today: LocalDate): Promise<ReportCounts> {
  const where =
    "kindCode" in scope
      ? Prisma.sql`"kindCode" = ${scope.kindCode} AND "periodKey" = ${scope.periodKey}`
      : Prisma.sql`"unitId" = ${scope.unitId} AND "periodEnd" >= ${scope.periodEndFrom}::date AND "periodEnd" <= ${scope.periodEndTo}::date`;
  const [row] = await tx.$queryRaw<ReportCounts[]>`
    SELECT count(*)::int AS "expected",
           count(*) FILTER (WHERE "status" IN ('submitted', 'accepted'))::int AS "submitted",
           count(*) FILTER (WHERE "status" = 'accepted')::int AS "accepted",
           count(*) FILTER (WHERE "status" IN ('submitted', 'accepted') AND "submittedLate")::int AS "late",
           count(*) FILTER (WHERE "status" IN ('submitted', 'accepted') AND "submittedLate" IS NOT TRUE)::int AS "onTime",
           count(*) FILTER (WHERE "status" IN ('submitted', 'accepted') OR "deadline" < ${today}::date)::int AS "due",
           count(*) FILTER (WHERE "status" IN ('expected', 'returned') AND "deadline" < ${today}::date
                              AND ("exceptionUntil" IS NULL OR "exceptionUntil" < ${today}::date))::int AS "locked"
    FROM "UnitReport" WHERE ${where}`;
  return row!;
}
