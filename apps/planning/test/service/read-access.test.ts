/**
 * Who reads what of a plan (domain/access.ts): the city office and leaders every unit's records, a
 * unit officer only their own unit's — through every field that returns them, not only the queries
 * that check a role. Plan.unitPlans used to hand every unit's own plan to any officer while
 * unitPlanBoard refused it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testUser } from "@tthc/test-kit";
import { UNIT } from "../fixtures/units.ts";
import { ACTORS, gql, importSeed, startHarness, type Harness } from "../harness.ts";

const PLAN = `query($id: ID!) { plan(id: $id) {
  unitPlans { unitId status title body items { content } reviewComment }
  unitProgress { unitId progress { total } }
  progress { total }
  sections { progress { total } tasks { id progress { total } } }
} }`;
const MY = `{ myOccurrences(limit: 5000) { task { id progress { total } } } }`;
const SAVE = `mutation($p: ID!, $input: UnitPlanDraftInput!) { updateUnitPlanDraft(planId: $p, input: $input) { id } }`;

interface PlanView {
  unitPlans: Array<{ unitId: string; title: string | null; body: string | null }>;
  unitProgress: Array<{ unitId: string; progress: { total: number } }>;
  progress: { total: number };
  sections: Array<{ progress: { total: number }; tasks: Array<{ id: string; progress: { total: number } }> }>;
}

describe("reading a plan: every unit's records for the city office, one's own for an officer", () => {
  let h: Harness;
  let planId: string;
  const read = async (actor: (typeof ACTORS)[keyof typeof ACTORS]) => {
    const r = await gql<{ plan: PlanView }>(h.app, PLAN, { id: planId }, actor);
    expect(r.errors).toBeUndefined();
    return r.data!.plan;
  };

  beforeAll(async () => {
    h = await startHarness("read_access", { now: () => new Date("2024-03-27T03:00:00Z") });
    planId = await importSeed(h.app);
    const saved = await gql(
      h.app,
      SAVE,
      {
        p: planId,
        input: {
          title: "Kế hoạch riêng của phường Minh Khai",
          body: "Nội dung nội bộ của phường",
          items: [{ taskLabel: "1", role: "LEAD", content: "Rà soát thủ tục", timeframeText: "Quý II", expectedResult: "Báo cáo" }],
        },
      },
      ACTORS.minhKhai,
    );
    expect(saved.errors).toBeUndefined();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("Plan.unitPlans: the city office and leaders see every unit's, a ward officer only the ward's own", async () => {
    const all = (await read(ACTORS.leader)).unitPlans;
    expect(all.map((u) => u.unitId)).toEqual(expect.arrayContaining([UNIT.leLoi, UNIT.minhKhai, UNIT.tuPhap]));
    expect((await read(ACTORS.admin)).unitPlans).toHaveLength(all.length);

    expect((await read(ACTORS.leLoi)).unitPlans.map((u) => u.unitId)).toEqual([UNIT.leLoi]);
    const own = (await read(ACTORS.minhKhai)).unitPlans;
    expect(own).toEqual([expect.objectContaining({ unitId: UNIT.minhKhai, title: "Kế hoạch riêng của phường Minh Khai" })]);
    // The same rule as unitPlanBoard and myUnitPlan: an officer without a unit reads none.
    const noUnit = testUser("user-nounit", "nounit", null, ["UNIT_OFFICER"]);
    expect((await gql<{ plan: PlanView }>(h.app, PLAN, { id: planId }, noUnit)).data!.plan.unitPlans).toEqual([]);
  });

  it("per-unit progress: a ward officer gets the ward's own row only", async () => {
    const rows = (await read(ACTORS.admin)).unitProgress;
    expect(rows.length).toBeGreaterThan(3);
    expect((await read(ACTORS.leLoi)).unitProgress.map((r) => r.unitId)).toEqual([UNIT.leLoi]);
  });

  it("roll-ups count only the occurrences the reader may read: the ward's own and those of tasks it coordinates", async () => {
    const readable = await h.db.occurrence.count({
      where: { planId, OR: [{ unitId: UNIT.leLoi }, { task: { units: { some: { role: "coordinating", unitId: UNIT.leLoi } } } }] },
    });
    const all = await h.db.occurrence.count({ where: { planId } });
    expect(readable).toBeLessThan(all);
    expect((await read(ACTORS.admin)).progress.total).toBe(all);

    const ward = await read(ACTORS.leLoi);
    expect(ward.progress.total).toBe(readable);
    expect(ward.sections.reduce((sum, s) => sum + s.progress.total, 0)).toBe(readable);
    expect(ward.sections.flatMap((s) => s.tasks).reduce((sum, t) => sum + t.progress.total, 0)).toBe(readable);

    // Task.progress below an occurrence list answers the same as in the plan's sections.
    const byTask = new Map(ward.sections.flatMap((s) => s.tasks).map((t) => [t.id, t.progress.total]));
    const mine = (await gql<{ myOccurrences: Array<{ task: { id: string; progress: { total: number } } }> }>(h.app, MY, {}, ACTORS.leLoi))
      .data!.myOccurrences;
    expect(mine.length).toBeGreaterThan(0);
    for (const o of mine) expect(o.task.progress.total).toBe(byTask.get(o.task.id));
  });
});
