/**
 * The inspections calendar (issue 11 item 8): the inspections of a range of months with warnings of
 * conflicts — a unit inspected twice in one month, an inspector on two teams on the same day. Three
 * statements whatever the number of inspections: the inspections, then each kind of conflict as a self-join.
 */
import { monthRange, toDbDate, type LocalDate } from "@tthc/calendar";
import type { Actor } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { seesEveryUnit, refusal } from "../domain/index.ts";
import { domainError, forbiddenVi } from "./errors.ts";

export type CalendarWarning =
  | { kind: "unit-twice-in-month"; otherInspectionId: string; month: string; userId: null; day: null; message: string }
  | { kind: "inspector-double-booked"; otherInspectionId: string; month: null; userId: string; day: LocalDate; message: string };

const formatDay = (day: string) => day.split("-").reverse().join("/");

/**
 * An inspection's place in the calendar: its visit's first day once the team sets it, else the first day
 * of the month or quarter the plan gave it; "the same month" compares that day's month. A range is
 * months of one year, so a request reads at most a year's inspections.
 */
export async function inspectionCalendar(db: Db, actor: Actor, year: number, fromMonth: number, toMonth: number) {
  if (!seesEveryUnit(actor)) throw forbiddenVi("Bạn không có quyền xem lịch kiểm tra.", "You may not read the inspections calendar.");
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(fromMonth) ||
    !Number.isInteger(toMonth) ||
    fromMonth < 1 ||
    toMonth > 12 ||
    fromMonth > toMonth
  )
    throw domainError(
      refusal(
        "BAD_RANGE",
        "Khoảng tháng không hợp lệ (từ tháng 1 đến tháng 12, tháng đầu không sau tháng cuối).",
        "Bad month range.",
        "fromMonth",
      ),
    );
  const from = monthRange(year, fromMonth).start;
  const to = monthRange(year, toMonth).end;
  const range = [toDbDate(from), toDbDate(to)] as const;
  const inspections = await db.inspection.findMany({
    where: {
      OR: [{ startDay: { gte: range[0], lte: range[1] } }, { startDay: null, windowStart: { gte: range[0], lte: range[1] } }],
    },
    orderBy: [{ windowStart: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const unitClashes = await db.$queryRawUnsafe<Array<{ id: string; other: string; month: string }>>(
    `SELECT a.id::text AS id, b.id::text AS other, to_char(coalesce(a.start_day, a.window_start), 'MM/YYYY') AS month
       FROM inspection a JOIN inspection b ON b.unit_id = a.unit_id AND b.id <> a.id
        AND date_trunc('month', coalesce(b.start_day, b.window_start)) = date_trunc('month', coalesce(a.start_day, a.window_start))
      WHERE coalesce(a.start_day, a.window_start) BETWEEN $1 AND $2`,
    ...range,
  );
  const teamClashes = await db.$queryRawUnsafe<Array<{ id: string; other: string; user_id: string; name: string; day: string }>>(
    `SELECT a.id::text AS id, b.id::text AS other, ma.user_id, ma.name, to_char(greatest(a.start_day, b.start_day), 'YYYY-MM-DD') AS day
       FROM inspection a
       JOIN team_member ma ON ma.inspection_id = a.id
       JOIN team_member mb ON mb.user_id = ma.user_id AND mb.inspection_id <> a.id
       JOIN inspection b ON b.id = mb.inspection_id
      WHERE a.start_day BETWEEN $1 AND $2
        AND b.start_day IS NOT NULL AND a.start_day <= b.end_day AND b.start_day <= a.end_day
      ORDER BY a.id, day, ma.user_id`,
    ...range,
  );
  const warnings = new Map<string, CalendarWarning[]>();
  const add = (id: string, warning: CalendarWarning) => warnings.set(id, [...(warnings.get(id) ?? []), warning]);
  for (const c of unitClashes)
    add(c.id, {
      kind: "unit-twice-in-month",
      otherInspectionId: c.other,
      month: c.month,
      userId: null,
      day: null,
      message: `Đơn vị có hai cuộc kiểm tra trong tháng ${c.month}.`,
    });
  for (const c of teamClashes)
    add(c.id, {
      kind: "inspector-double-booked",
      otherInspectionId: c.other,
      month: null,
      userId: c.user_id,
      day: c.day as LocalDate,
      message: `${c.name} tham gia hai đoàn kiểm tra cùng ngày ${formatDay(c.day)}.`,
    });
  return { from, to, items: inspections.map((inspection) => ({ inspection, warnings: warnings.get(inspection.id) ?? [] })) };
}
