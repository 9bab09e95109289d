/**
 * The demo profile's picture of a city in the middle of its year (STACK_PROFILE=demo only; the test
 * stack keeps the bare plans its browser and integration tests expect): focal officers, tasks linked
 * to PAKN handling, inspections and periodic reports, and progress on the plans' occurrences — most
 * reported on time and accepted, some late, some returned for rework, some waiting for review, some
 * left overdue, the next weeks' work in progress.
 *
 * Everything goes through the use cases and their rules, acting as the officer the rule asks for (a
 * unit's officer reports, the city office reviews). The reports happened on earlier days, so each
 * command is given that day as its `today` and that instant as its `now` (the same injected dates
 * the GraphQL layer passes from the request's clock); all of them are relative to the process
 * clock's today, so the demo looks mid-year whenever it starts.
 *
 * Idempotent: an occurrence that already has a report is left alone, as is a unit that already has
 * focal officers or a task already linked; a second run on the same day adds nothing.
 */
import { addDays, fromDbDate, type LocalDate } from "@tthc/calendar";
import type { Actor } from "@tthc/service-kit";
import type { Db } from "./db/client.ts";
import { directoryUnits } from "./db/directory-units.ts";
import { calendar, isActiveOn, normaliseUnitName, type ActivityKind, type ParsedTimeframe } from "./domain/index.ts";
import { changeFocalOfficers } from "./use-cases/focal-officers.ts";
import { linkTask } from "./use-cases/linked-tasks.ts";
import { reportProgress, reviewProgress } from "./use-cases/progress.ts";

/** What the seed made happen to one occurrence. */
export type DemoFate = "on-time" | "late" | "returned" | "awaiting-review" | "overdue" | "in-progress" | "not-started";

/**
 * The office whose officer reviews (the demo's `admin` works in it), and the units given focal officers, each
 * by its names before and after the 2025 reorganisation (directory's DEMO_REORGANISATION): the seed takes the
 * one that exists today, so the demo (province office, merged wards, sở) and a directory of the 2024 city
 * (planning's test fixture) both work. The reviewer's unit is not part of a review's record.
 */
const OFFICE = ["Văn phòng UBND tỉnh", "Văn phòng HĐND-UBND thành phố"];

/**
 * The directory's demo units this seed relies on, by code: the post-merger units it names, and the city
 * closed by the reorganisation (its closure must have reached the replica before the current year's
 * plan is copied, so the copy is the province's).
 */
export const DEMO_UNIT_CODES = {
  open: ["hy.van-phong", "hy.p.pho-hien", "hy.p.son-nam", "hy.so-tu-phap", "hy.so-noi-vu"],
  closed: ["hy.tp"],
};

/** Work due within this many days after today is already under way in part of the units. */
const UNDER_WAY_DAYS = 30;
/**
 * A done report waits for review only when its work was due in the last quarter (most of a plan's
 * occurrences are quarterly, so a shorter window is often empty); older ones have been reviewed.
 */
const RECENT_DAYS = 92;

/**
 * The fate of the `index`-th occurrence (in a stable order) due on `dueDay`: among the past ones,
 * 12 in 20 reported on time, 3 late, 2 returned, 3 left overdue, and of those due in the last quarter
 * a quarter reported but still waiting for the office's review; a third of those due in the coming
 * month in progress. Pure, so the demo's shape is tested alone.
 */
export function demoFate(index: number, dueDay: LocalDate, today: LocalDate): DemoFate {
  if (dueDay < today) {
    const slot = index % 20;
    if (slot % 4 === 1 && dueDay >= addDays(today, -RECENT_DAYS)) return "awaiting-review";
    if (slot < 11) return "on-time";
    if (slot < 14) return "late";
    if (slot < 16) return "returned";
    if (slot < 17) return "on-time";
    return "overdue";
  }
  if (dueDay <= addDays(today, UNDER_WAY_DAYS) && index % 3 === 0) return "in-progress";
  return "not-started";
}

/** The working day on or before `day`. */
function workingDayUpTo(day: LocalDate): LocalDate {
  let d = day;
  while (!calendar.isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** The working day on or after `day`, but never after `today`. */
function workingDayFrom(day: LocalDate, today: LocalDate): LocalDate {
  let d = day;
  while (!calendar.isWorkingDay(d) && d < today) d = addDays(d, 1);
  return d > today ? today : d;
}

/** An instant of office hours on `day` in Vietnam (08:00–16:00, spread by `index`). */
function at(day: LocalDate, index: number): Date {
  const hour = String(8 + (index % 8)).padStart(2, "0");
  const minute = String((index * 7) % 60).padStart(2, "0");
  return new Date(`${day}T${hour}:${minute}:00+07:00`);
}

function officer(unitId: string): Actor {
  return { kind: "user", userId: `demo-seed:${unitId}`, username: "demo-seed", unitId, roles: ["UNIT_OFFICER"], sessionId: "demo-seed" };
}

function reviewer(unitId: string): Actor {
  return { kind: "user", userId: `demo-seed:${unitId}`, username: "demo-seed", unitId, roles: ["CITY_ADMIN"], sessionId: "demo-seed" };
}

const RETURN_COMMENTS = [
  "Báo cáo chưa kèm danh mục TTHC đã rà soát; đề nghị bổ sung và báo cáo lại.",
  "Văn bản minh chứng chưa đúng kỳ báo cáo; đề nghị đơn vị kiểm tra, gửi lại.",
  "Số liệu chưa khớp với Cổng Dịch vụ công; đề nghị rà soát lại trước khi báo cáo.",
];

const DONE_NOTES = [
  "Đã hoàn thành theo kế hoạch; kết quả gửi kèm văn bản báo cáo.",
  "Đơn vị đã triển khai đầy đủ nội dung nhiệm vụ, không phát sinh vướng mắc.",
  "Đã tổ chức thực hiện và tổng hợp kết quả theo mẫu của Văn phòng.",
];

const PROGRESS_NOTES = [
  "Đang tổng hợp số liệu từ các bộ phận; dự kiến hoàn thành đúng hạn.",
  "Đã giao bộ phận Một cửa triển khai; đang hoàn thiện dự thảo báo cáo.",
];

export interface DemoSeedResult {
  focalOfficerUnits: number;
  linkedTasks: number;
  /** Occurrences the seed reported on, by fate (only what this run did). */
  reported: Partial<Record<DemoFate, number>>;
}

/** Focal officers of the units a newcomer signs in as, and of a few others (seed §II.1). */
const FOCAL_OFFICERS: Array<{ unit: string[]; officers: Array<{ name: string; position: string; phone: string; email: string }> }> = [
  {
    unit: OFFICE,
    officers: [
      { name: "Nguyễn Thị Hà", position: "Phó Chánh Văn phòng", phone: "0221 3862 101", email: "ha.nt@hungyen.gov.vn" },
      { name: "Vũ Văn Kiểm", position: "Chuyên viên kiểm soát TTHC", phone: "0221 3862 102", email: "kiem.vv@hungyen.gov.vn" },
    ],
  },
  {
    unit: ["UBND phường Phố Hiến", "UBND phường Lê Lợi"],
    officers: [{ name: "Lê Văn Lợi", position: "Công chức Văn phòng - Thống kê", phone: "0912 100 201", email: "loi.lv@hungyen.gov.vn" }],
  },
  {
    unit: ["UBND phường Sơn Nam", "UBND phường Minh Khai"],
    officers: [{ name: "Phạm Thị Khai", position: "Công chức Tư pháp - Hộ tịch", phone: "0912 100 202", email: "khai.pt@hungyen.gov.vn" }],
  },
  {
    unit: ["Sở Tư pháp", "Phòng Tư pháp"],
    officers: [{ name: "Đỗ Văn Pháp", position: "Phó Trưởng phòng", phone: "0912 100 203", email: "phap.dv@hungyen.gov.vn" }],
  },
  {
    unit: ["Sở Nội vụ", "Phòng Nội vụ"],
    officers: [{ name: "Trần Minh Tuấn", position: "Chuyên viên", phone: "0912 100 204", email: "tuan.tm@hungyen.gov.vn" }],
  },
];

/** Which tasks of the seed plan are done through another service's records, by their timeframe. */
function activityOf(timeframeText: string, timeframe: ParsedTimeframe): ActivityKind | null {
  if (timeframe.parts.some((p) => p.kind === "triggered" && p.trigger === "document-received")) return "complaint-handling";
  if (/^Theo Kế hoạch kiểm tra/i.test(timeframeText)) return "inspection";
  if (/^Định kỳ/i.test(timeframeText)) return "periodic-report";
  return null;
}

export async function seedPlanningDemo(db: Db, planIds: readonly string[], today: LocalDate): Promise<DemoSeedResult> {
  const units = await directoryUnits(db);
  /** The first of `names` a unit existing today answers to. */
  const unitId = (names: readonly string[]) =>
    names
      .map((name) => units.find((u) => isActiveOn(u, today) && normaliseUnitName(u.name) === normaliseUnitName(name))?.id)
      .find((id) => id !== undefined);
  const officeId = unitId(OFFICE);
  if (!officeId) throw new Error(`the unit replica has no "${OFFICE.join('" or "')}"`);
  const admin = reviewer(officeId);
  const result: DemoSeedResult = { focalOfficerUnits: 0, linkedTasks: 0, reported: {} };

  // Focal officers, decided and recorded at the start of the year (or today, early in January); the
  // plan's "report each change" occurrences this opens are reported with the decision the same day.
  const decisionDay = workingDayFrom(`${today.slice(0, 4)}-01-05` as LocalDate, today);
  for (const [i, entry] of FOCAL_OFFICERS.entries()) {
    const id = unitId(entry.unit);
    if (!id || (await db.focalOfficerChange.count({ where: { unitId: id } })) > 0) continue;
    const decisionNumber = `${12 + i}/QĐ-UBND`;
    const change = await changeFocalOfficers(
      db,
      id,
      { decisionNumber, decisionDate: decisionDay, officers: entry.officers },
      { actor: admin, now: at(decisionDay, i) },
      decisionDay,
    );
    for (const o of await db.occurrence.findMany({ where: { key: `staff-change:${change.id}` }, orderBy: { unitId: "asc" } })) {
      const report = await reportProgress(
        db,
        o.id,
        {
          status: "done",
          note: "Đã cập nhật danh sách cán bộ đầu mối theo quyết định.",
          evidenceNumber: decisionNumber,
          evidenceDate: decisionDay,
        },
        { actor: officer(o.unitId), now: at(decisionDay, i + 1) },
        decisionDay,
      );
      await reviewProgress(db, report.id, "accept", null, { actor: admin, now: at(decisionDay, i + 2) });
    }
    result.focalOfficerUnits += 1;
  }

  for (const task of await db.task.findMany({ where: { planId: { in: [...planIds] }, activityKind: null }, orderBy: { order: "asc" } })) {
    const kind = activityOf(task.timeframeText, task.timeframe as unknown as ParsedTimeframe);
    if (!kind) continue;
    await linkTask(db, task.id, kind, { actor: admin, now: at(today, task.order) });
    result.linkedTasks += 1;
  }

  // The plans' own occurrences, in a stable order; the triggered ones (a PAKN, a change of focal
  // officers) belong to what triggered them.
  const occurrences = await db.occurrence.findMany({
    where: { planId: { in: [...planIds] }, kind: { not: "triggered" } },
    select: { id: true, unitId: true, dueDay: true, _count: { select: { reports: true } } },
    orderBy: [{ dueDay: "asc" }, { task: { order: "asc" } }, { key: "asc" }, { unitId: "asc" }],
  });
  for (const [index, o] of occurrences.entries()) {
    if (o._count.reports > 0) continue;
    const dueDay = fromDbDate(o.dueDay);
    const fate = demoFate(index, dueDay, today);
    if (fate === "overdue" || fate === "not-started") continue;
    await playFate(db, o.id, o.unitId, fate, dueDay, today, index, admin);
    result.reported[fate] = (result.reported[fate] ?? 0) + 1;
  }
  return result;
}

async function playFate(
  db: Db,
  occurrenceId: string,
  unitId: string,
  fate: DemoFate,
  dueDay: LocalDate,
  today: LocalDate,
  index: number,
  admin: Actor,
): Promise<void> {
  const reportDay =
    fate === "late"
      ? workingDayFrom(addDays(dueDay, 2 + (index % 9)), today)
      : fate === "in-progress"
        ? workingDayUpTo(today)
        : fate === "awaiting-review"
          ? workingDayFrom(addDays(dueDay, -1), today)
          : workingDayUpTo(addDays(dueDay, -(1 + (index % 6))));
  const done = fate !== "in-progress";
  const report = await reportProgress(
    db,
    occurrenceId,
    done
      ? {
          status: "done",
          note: DONE_NOTES[index % DONE_NOTES.length]!,
          evidenceNumber: `${100 + (index % 400)}/BC-UBND`,
          evidenceDate: reportDay,
        }
      : { status: "in_progress", note: PROGRESS_NOTES[index % PROGRESS_NOTES.length]! },
    { actor: officer(unitId), now: at(reportDay, index) },
    reportDay,
  );
  if (fate === "in-progress" || fate === "awaiting-review") return;
  const reviewDay = workingDayFrom(addDays(reportDay, 2), today);
  const decision = fate === "returned" ? "return" : "accept";
  const comment = fate === "returned" ? RETURN_COMMENTS[index % RETURN_COMMENTS.length] : null;
  await reviewProgress(db, report.id, decision, comment, { actor: admin, now: at(reviewDay, index + 3) });
}
