import { addDays, fromDbDate, toLocalDate } from "@tthc/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPlanning } from "../../src/seed.ts";
import { demoFate, seedPlanningDemo } from "../../src/seed-demo.ts";
import { today } from "../../src/use-cases/clock.ts";
import { ACTORS, gql, outboxEvents, startHarness, type Harness } from "../harness.ts";

// What the demo shows depends on the season, so it is checked on one day, mid-March 2026, whatever
// TEST_CLOCK a run uses (infra/test-clock.sh runs the suites at the eve of Tết and at New Year's Eve).
const NOW = new Date("2026-03-16T10:00:00+07:00");

/** The demo profile's year under way, on 16/03/2026: what a newcomer sees first. */
describe("demo progress on the demo plans", () => {
  let h: Harness;
  let planIds: string[];
  const on = today(NOW);

  beforeAll(async () => {
    h = await startHarness("seed_demo", { now: () => NOW });
    const { seedPlanId, currentPlanId } = await seedPlanning(h.db, { replicaTimeoutMs: 1_000 });
    planIds = [seedPlanId, currentPlanId];
  });
  afterAll(async () => {
    await h?.close();
  });

  it("gives past work every fate and upcoming work a start, by a rule of the day alone", () => {
    const count = (dueDay: typeof on) => {
      const fates = Array.from({ length: 20 }, (_, i) => demoFate(i, dueDay, on));
      return Object.fromEntries([...new Set(fates)].map((f) => [f, fates.filter((x) => x === f).length]));
    };
    expect(count(addDays(on, -200))).toEqual({ "on-time": 12, late: 3, returned: 2, overdue: 3 });
    // Due in the last quarter: a quarter reported and waiting for the office's review.
    expect(count(addDays(on, -5))).toEqual({ "on-time": 9, "awaiting-review": 5, late: 2, returned: 2, overdue: 2 });
    expect(demoFate(0, addDays(on, 10), on)).toBe("in-progress");
    expect(demoFate(1, addDays(on, 10), on)).toBe("not-started");
    expect(demoFate(0, addDays(on, 60), on)).toBe("not-started");
  });

  it("reports on time, late, returned and pending, leaves some overdue, and adds nothing the second time", async () => {
    const first = await seedPlanningDemo(h.db, planIds, on);
    // The office, both wards and Phòng Tư pháp; the fixture has no Phòng Nội vụ, which is skipped.
    expect(first.focalOfficerUnits).toBe(4);
    // Each plan's PAKN-handling, inspection and periodic-report tasks.
    expect(first.linkedTasks).toBe(6);
    // Each change of focal officers opened the plan's "report the change" occurrences, reported and accepted.
    const staffChanges = await h.db.occurrence.findMany({ where: { key: { startsWith: "staff-change:" } } });
    expect(staffChanges.length).toBeGreaterThan(0);
    expect(staffChanges.every((o) => o.status === "done" && o.review === "accepted")).toBe(true);
    // (Nothing due in the last weeks before 16/03 is left waiting for review; the reports in progress are.)
    for (const fate of ["on-time", "late", "returned", "in-progress"] as const) {
      expect(first.reported[fate], fate).toBeGreaterThan(0);
    }

    const reports = await h.db.progressReport.findMany({ include: { occurrence: true } });
    const late = reports.filter((r) => r.status === "done" && toLocalDate(r.createdAt) > fromDbDate(r.occurrence.dueDay));
    expect(late.length).toBe(first.reported.late);
    // Every report is dated on or before today, on the process clock.
    expect(reports.every((r) => toLocalDate(r.createdAt) <= on)).toBe(true);
    const returned = reports.filter((r) => r.reviewState === "returned");
    expect(returned.length).toBe(first.reported.returned);
    expect(returned.every((r) => r.reviewComment && r.occurrence.status === "in_progress" && r.occurrence.review === "returned")).toBe(
      true,
    );
    expect(reports.filter((r) => r.reviewState === "pending").length).toBe(
      (first.reported["awaiting-review"] ?? 0) + (first.reported["in-progress"] ?? 0),
    );
    expect(await outboxEvents(h.db, "planning.occurrence.returned")).toHaveLength(first.reported.returned!);
    // Each report's event carries the instant the seed reported it at, over the past year: reporting dates its facts by it.
    const reportedAt = new Map(reports.map((r) => [r.id, r.createdAt.toISOString()]));
    const reported = await outboxEvents(h.db, "planning.occurrence.reported");
    expect(reported).toHaveLength(reports.length);
    expect(reported.filter((e) => e.time !== reportedAt.get(e.data.reportId as string))).toEqual([]);
    expect(new Set(reported.map((e) => toLocalDate(new Date(e.time)).slice(0, 7))).size).toBeGreaterThan(6);

    const counts = async () => ({
      reports: await h.db.progressReport.count(),
      focal: await h.db.focalOfficerChange.count(),
      occurrences: await h.db.occurrence.count(),
      linked: await h.db.task.count({ where: { activityKind: { not: null } } }),
      events: (await outboxEvents(h.db)).length,
    });
    const before = await counts();
    const again = await seedPlanningDemo(h.db, planIds, on);
    expect(again).toEqual({ focalOfficerUnits: 0, linkedTasks: 0, reported: {} });
    expect(await counts()).toEqual(before);
    // Some 600 reports and reviews, one transaction each: longer than a query test on a loaded machine.
  }, 240_000);

  it("shows the plans under way to the city office: the past year mostly done with some overdue, this year started", async () => {
    type Progress = { total: number; done: number; inProgress: number; overdue: number; percentDone: number };
    const progressOf = async (id: string) =>
      (
        await gql<{ plan: { progress: Progress } }>(
          h.app,
          `query($id: ID!) { plan(id: $id) { progress { total done inProgress overdue percentDone } } }`,
          { id },
          ACTORS.admin,
        )
      ).data!.plan.progress;
    const past = await progressOf(planIds[0]!);
    expect(past.percentDone).toBeGreaterThan(60);
    expect(past.percentDone).toBeLessThan(100);
    expect(past.overdue).toBeGreaterThan(0);
    expect(past.inProgress).toBeGreaterThan(0);
    // In mid-March little of this year is due yet: what is, is done; the next weeks' work has started.
    const current = await progressOf(planIds[1]!);
    expect(current.done).toBeGreaterThan(0);
    expect(current.inProgress).toBeGreaterThan(0);
    expect(current.overdue).toBe(0);
  });
});
