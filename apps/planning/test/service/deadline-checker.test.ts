import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalDate } from "@tthc/calendar";
import { checkDeadlines } from "../../src/use-cases/deadline-checker.ts";
import { issuePlan } from "../../src/use-cases/issue-plan.ts";
import { UNIT } from "../fixtures/units.ts";
import { ACTORS, importSeed, outboxEvents, startHarness, type Harness } from "../harness.ts";

const day = (d: string) => d as LocalDate;
// The checker's instant: a morning of that day in Vietnam.
const at = (d: string) => new Date(`${d}T08:00:00+07:00`);

describe("the deadline checker", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness("deadlines");
    const planId = await importSeed(h.app, { issue: false });
    // Issued on 27/03/2024: January's deadline is already past, the first quarter ends on Friday 29/03.
    await issuePlan(h.db, planId, { actor: ACTORS.admin, now: at("2024-03-27") }, day("2024-03-27"));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("does not repeat the backlog the issue digest announced", async () => {
    const first = await checkDeadlines(h.db, at("2024-03-27"));
    expect(first.overdue).toBe(0);
    expect(first.dueSoon).toBeGreaterThan(0);
    const soon = await outboxEvents(h.db, "planning.occurrence.due-soon");
    expect(soon).toHaveLength(first.dueSoon);
    expect(soon.every((e) => e.data.dueDay === "2024-03-29" && e.data.workingDaysLeft === 2)).toBe(true);
    expect(soon.find((e) => e.data.unitId === UNIT.leLoi)?.data.title).toMatch(/sắp đến hạn/);
    // Reminders carry the check's instant, as the plan's events carry the issue's (2024, not the process clock's 2026).
    expect(new Set(soon.map((e) => e.time))).toEqual(new Set([at("2024-03-27").toISOString()]));
    const issued = [...(await outboxEvents(h.db, "planning.plan.issued")), ...(await outboxEvents(h.db, "planning.task.assigned"))];
    expect(issued.length).toBeGreaterThan(1);
    expect(new Set(issued.map((e) => e.time))).toEqual(new Set([at("2024-03-27").toISOString()]));
    expect(await checkDeadlines(h.db, at("2024-03-27"))).toEqual({ dueSoon: 0, overdue: 0 });
  });

  it("raises overdue once for what is not done after the due day", async () => {
    const done = await h.db.occurrence.findFirstOrThrow({ where: { unitId: UNIT.leLoi, key: "2024-Q1" } });
    await h.db.occurrence.update({ where: { id: done.id }, data: { status: "done" } });
    let overdue = 0;
    for (;;) {
      const r = await checkDeadlines(h.db, at("2024-04-01"));
      if (r.overdue === 0 && r.dueSoon === 0) break;
      overdue += r.overdue;
    }
    const events = await outboxEvents(h.db, "planning.occurrence.overdue");
    expect(events).toHaveLength(overdue);
    expect(overdue).toBeGreaterThan(0);
    expect(events.some((e) => e.data.occurrenceId === done.id)).toBe(false);
    expect(events.every((e) => e.data.dueDay === "2024-03-29")).toBe(true);
  });

  it("sends each reminder once when two replicas check at the same moment", async () => {
    const before = (await outboxEvents(h.db, "planning.occurrence.due-soon")).length;
    // 25/06/2024: the second quarter's occurrences (due 28/06) come due; two checkers race for them.
    const [a, b] = await Promise.all([checkDeadlines(h.db, at("2024-06-25")), checkDeadlines(h.db, at("2024-06-25"))]);
    const soon = (await outboxEvents(h.db, "planning.occurrence.due-soon")).slice(before);
    expect(a.dueSoon + b.dueSoon).toBeGreaterThan(0);
    expect(soon).toHaveLength(a.dueSoon + b.dueSoon);
    expect(new Set(soon.map((e) => e.data.occurrenceId)).size).toBe(soon.length);
  });
});
