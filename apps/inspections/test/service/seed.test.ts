import type { LocalDate } from "@tthc/calendar";
import { localFileStore } from "@tthc/files";
import { demoUserId } from "@tthc/service-kit";
import { POST_MERGER_DEMO_UNITS, postMergerDemoUnitEvents, testUser } from "@tthc/test-kit";
import { applyUnitEvent } from "@tthc/unit-replica";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentDeps } from "../../src/app.ts";
import { demoVisit, seedInspectionsDemo } from "../../src/seed.ts";
import { gql, ok, startHarness, TEST_NOW, type Harness } from "../harness.ts";

let h: Harness;

const DEMO = POST_MERGER_DEMO_UNITS;

beforeAll(async () => {
  h = await startHarness("seed");
  await h.db.$transaction(async (tx) => {
    for (const event of postMergerDemoUnitEvents()) await applyUnitEvent(event, tx);
  });
});
afterAll(() => h.close());

/** Everything the seed writes, counted: a second run must leave each the same. */
async function counts() {
  return {
    plans: await h.db.inspectionPlan.count(),
    inspections: await h.db.inspection.count(),
    team: await h.db.teamMember.count(),
    criteria: await h.db.criterion.count(),
    findings: await h.db.finding.count(),
    recommendations: await h.db.recommendation.count(),
    outbox: Number((await h.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM outbox`))[0]!.n),
  };
}

describe("the demo seed", () => {
  it("visits Phố Hiến about five weeks before today, within the year", () => {
    expect(demoVisit("2026-03-16" as LocalDate)).toEqual({ start: "2026-02-09", end: "2026-02-10", concludedOn: "2026-02-17" });
    // Early January: not before the year's first working day (02/01/2026 is a day off), the notice not after today.
    expect(demoVisit("2026-01-06" as LocalDate)).toEqual({ start: "2026-01-05", end: "2026-01-06", concludedOn: "2026-01-06" });
  });

  it("approves this year's plan, concludes one inspection with an open recommendation, and a second run changes nothing", async () => {
    const documents = documentDeps(h.env, localFileStore(h.env.INSPECTIONS_FILES_DIR));
    expect(await seedInspectionsDemo(h.db, documents, TEST_NOW)).toEqual({ planCreated: true, stepsRun: 6 });

    const plan = await h.db.inspectionPlan.findFirstOrThrow({ where: { year: 2026 } });
    expect(plan.status).toBe("approved");
    const inspections = await h.db.inspection.findMany({ where: { planId: plan.id } });
    expect(Object.fromEntries(inspections.map((i) => [i.unitId, i.status]))).toEqual({
      [DEMO.phoHien.id]: "concluded",
      [DEMO.sonNam.id]: "scheduled",
      [DEMO.tuPhap.id]: "scheduled",
    });
    // The team is the demo's own accounts, by the ids the directory's seed gives them, so they can act for it.
    const concluded = inspections.find((i) => i.unitId === DEMO.phoHien.id)!;
    const team = await h.db.teamMember.findMany({ where: { inspectionId: concluded.id }, orderBy: { role: "asc" } });
    expect(team.map((m) => [m.userId, m.role])).toEqual([
      [demoUserId("kiemtra"), "lead"],
      [demoUserId("admin"), "secretary"],
    ]);
    // The unit's page: the recommendation is open and, ten working days after the visit (Tết in between), past due.
    const open = ok(
      await gql<{ recommendations: { total: number; items: { status: string; overdue: boolean }[] } }>(
        h.app,
        `query($unitId: ID) { recommendations(unitId: $unitId, open: true) { total items { status overdue } } }`,
        { unitId: DEMO.phoHien.id },
        testUser("u-pho-hien", "u-pho-hien", DEMO.phoHien.id, ["UNIT_OFFICER"]),
      ),
    );
    expect(open.recommendations).toEqual({ total: 1, items: [{ status: "OPEN", overdue: true }] });

    const before = await counts();
    expect(await seedInspectionsDemo(h.db, documents, TEST_NOW)).toEqual({ planCreated: false, stepsRun: 0 });
    expect(await counts()).toEqual(before);
  });
});
