import { createEvent } from "@tthc/events";
import { mergedInto } from "@tthc/test-kit";
import { applySuccession, applyUnitEvent } from "@tthc/unit-replica";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPlanning } from "../../src/seed.ts";
import { copyPlan } from "../../src/use-cases/copy-plan.ts";
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

  it("copies through GraphQL under another issuing unit, refusing one that does not exist in the copy's year", async () => {
    const original = await h.db.plan.findFirstOrThrow({ where: { year: 2024, copiedFromId: null } });
    const COPY = `mutation($id: ID!, $year: Int!, $issuer: ID) { copyPlan(id: $id, year: $year, issuingUnitId: $issuer) { year issuingUnit { id } } }`;
    const before = await h.db.plan.count();
    for (const issuer of ["00000000-0000-4000-8000-0000000000ff", "không-phải-mã"]) {
      const refused = errorOf(await gql(h.app, COPY, { id: original.id, year: 2033, issuer }, ACTORS.admin));
      expect(refused).toEqual(
        expect.objectContaining({ code: "BAD_USER_INPUT", message: "Đơn vị ban hành không tồn tại vào ngày 01/01/2033." }),
      );
    }
    expect(await h.db.plan.count()).toBe(before);
    const r = await gql<{ copyPlan: { year: number; issuingUnit: { id: string } } }>(
      h.app,
      COPY,
      { id: original.id, year: 2033, issuer: UNIT.province },
      ACTORS.admin,
    );
    expect(r.data!.copyPlan).toEqual({ year: 2033, issuingUnit: { id: UNIT.province } });
    expect(await h.db.plan.count()).toBe(before + 1);
  });

  it("puts a merged unit's successor in its place and lets the province issue the copy after the city", async () => {
    const original = await h.db.plan.findFirstOrThrow({ where: { year: 2024, copiedFromId: null } });
    const provinceOffice = "00000000-0000-4000-8000-000000000031";
    const phoHien = "00000000-0000-4000-8000-000000000030";
    const unit = (id: string, code: string, name: string, levelCode: string, validFrom: string) => ({
      id,
      code,
      name,
      shortName: null,
      levelCode,
      parentId: UNIT.province,
      validFrom,
      validTo: null,
    });
    await h.db.$transaction(async (tx) => {
      for (const u of [
        unit(provinceOffice, "hy.van-phong", "Văn phòng UBND tỉnh", "department", "2024-01-01"),
        unit(phoHien, "hy.p.pho-hien", "UBND phường Phố Hiến", "commune", "2025-07-01"),
      ])
        await applyUnitEvent(createEvent("directory.unit.created", { source: "directory", subject: u.id, data: { unit: u } }), tx);
      // The city office closes on 30/6/2025 and the province office takes its work.
      const closed = {
        id: UNIT.vanPhong,
        code: "hy.tp.van-phong",
        name: "Văn phòng HĐND-UBND thành phố",
        shortName: null,
        levelCode: "department",
        parentId: UNIT.city,
        validFrom: "2024-01-01",
        validTo: "2025-06-30",
      };
      await applyUnitEvent(createEvent("directory.unit.closed", { source: "directory", subject: closed.id, data: { unit: closed } }), tx);
      await applySuccession(mergedInto(UNIT.vanPhong, provinceOffice, { effectiveFrom: "2025-07-01", time: "2025-06-30T17:00:00Z" }), tx);
    });

    const title = "Kế hoạch kiểm soát thủ tục hành chính tỉnh Hưng Yên năm 2031";
    const id = await copyPlan(h.db, original.id, 2031, { issuingUnitId: UNIT.province, title });
    const copy = await h.db.plan.findUniqueOrThrow({ where: { id }, include: { tasks: { include: { units: true } } } });
    expect(copy.issuingUnitId).toBe(UNIT.province);
    // The new issuer's title, not the city's.
    expect(copy.title).toBe(title);
    const rows = copy.tasks.flatMap((t) => t.units);
    const officeRows = (await h.db.taskUnit.findMany({ where: { unitId: UNIT.vanPhong, task: { planId: original.id } } })).length;
    expect(officeRows).toBeGreaterThan(0);
    // The office's tasks pass to its successor; the 2024 plan still names the city office as issued.
    expect(rows.filter((u) => u.unitId === UNIT.vanPhong)).toHaveLength(0);
    expect(rows.filter((u) => u.unitId === provinceOffice && u.viaGroup === null).length).toBeGreaterThan(0);
    expect(await h.db.taskUnit.count({ where: { unitId: UNIT.vanPhong, task: { planId: original.id } } })).toBe(officeRows);
    // Group names stand for the province's communes and departments now, not the city's.
    const communes = rows.filter((u) => u.viaGroup === "communes").map((u) => u.unitId);
    expect(communes).toContain(phoHien);
    expect(communes).not.toContain(UNIT.leLoi);

    // A copy issued by a unit that does not exist in its year is refused.
    await expect(copyPlan(h.db, original.id, 2032, { issuingUnitId: UNIT.vanPhong })).rejects.toThrow(/Đơn vị ban hành không tồn tại/);
  });
});
