import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPlanning } from "../../src/seed.ts";
import { today } from "../../src/use-cases/clock.ts";
import { UNIT } from "../fixtures/units.ts";
import { ACTORS, errorOf, gql, outboxEvents, startHarness, type Harness } from "../harness.ts";

describe("demo seed and next year's copy", () => {
  let h: Harness;
  const year = Number(today().slice(0, 4));

  beforeAll(async () => {
    h = await startHarness("seed");
  });
  afterAll(async () => {
    await h?.close();
  });

  it("imports and issues the 2024 plan and the current year's copy, once", async () => {
    const first = await seedPlanning(h.db, { replicaTimeoutMs: 1_000 });
    const again = await seedPlanning(h.db, { replicaTimeoutMs: 1_000 });
    expect(again).toEqual(first);
    const plans = await h.db.plan.findMany({ orderBy: { year: "asc" } });
    expect(plans.map((p) => [p.year, p.status])).toEqual([
      [2024, "issued"],
      [year, "issued"],
    ]);
    expect(await outboxEvents(h.db, "planning.plan.issued")).toHaveLength(2);
  });

  it("shifts the copy's dates and expands its groups as of the new year", async () => {
    const copy = await h.db.plan.findFirstOrThrow({ where: { year }, include: { tasks: { include: { section: true, units: true } } } });
    const original = await h.db.plan.findFirstOrThrow({ where: { year: 2024 } });
    expect(copy.copiedFromId).toBe(original.id);
    expect(copy.tasks).toHaveLength(23);
    expect(copy.unitPlanDeadline?.toISOString().slice(0, 10)).toBe(`${year}-01-10`);
    const i1 = copy.tasks.find((t) => t.section.number === "I" && t.number === "1")!;
    expect(i1.timeframeText).toContain(`01/${year}`);
    expect(await h.db.occurrence.count({ where: { taskId: i1.id, key: `${year}-01-31` } })).toBe(1);
    // The ward created in 2025 is a member of "UBND các phường, xã" in the copy, never in the 2024 plan.
    const ii4 = copy.tasks.find((t) => t.section.number === "II" && t.number === "4")!;
    expect(ii4.units.map((u) => u.unitId)).toContain(UNIT.newWard2025);
    expect(await h.db.taskUnit.count({ where: { unitId: UNIT.newWard2025, task: { planId: original.id } } })).toBe(0);
  });

  it("copies through GraphQL for the city office only, refusing a bad year", async () => {
    const original = await h.db.plan.findFirstOrThrow({ where: { year: 2024 } });
    const COPY = `mutation($id: ID!, $year: Int!) { copyPlan(id: $id, year: $year) { id year status copiedFromId } }`;
    expect(errorOf(await gql(h.app, COPY, { id: original.id, year: 2030 }, ACTORS.leLoi)).code).toBe("FORBIDDEN");
    expect(errorOf(await gql(h.app, COPY, { id: original.id, year: 2024 }, ACTORS.admin)).message).toMatch(/phải khác năm/);
    const r = await gql<{ copyPlan: { year: number; status: string; copiedFromId: string } }>(
      h.app,
      COPY,
      { id: original.id, year: 2030 },
      ACTORS.admin,
    );
    expect(r.data!.copyPlan).toEqual(expect.objectContaining({ year: 2030, status: "DRAFT", copiedFromId: original.id }));
  });
});
