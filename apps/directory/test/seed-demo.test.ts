/**
 * The demo profile's unit timeline (src/seed-demo.ts): the 2025 reorganisation of docs/domain.md §10 applied
 * once through the reorganisation use case, the demo accounts moved, and nothing more on a second run.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectoryDemo } from "../src/seed-demo.ts";
import { DEMO_REORGANISATION, PROVINCE_UNITS } from "../src/seed-data.ts";
import { outboxRows, startHarness, unitId, type Harness } from "./harness.ts";

// The test clock's instant (16/03/2026 10:00 Vietnam time), given explicitly as the seed's "now".
const NOW = new Date("2026-03-16T03:00:00Z");

let h: Harness;
beforeAll(async () => {
  h = await startHarness("seed_demo");
});
afterAll(async () => {
  await h?.close();
});

const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;

describe("the demo's 2025 reorganisation", () => {
  it("merges the wards, dissolves the city into the province office and moves the demo accounts, once", async () => {
    const first = await seedDirectoryDemo(h.db, NOW);
    expect(first).toEqual({
      createdUnits: PROVINCE_UNITS.length,
      decision: `${DEMO_REORGANISATION.number} APPLIED`,
      movedUsers: 6,
    });

    const leLoi = await h.db.unit.findUniqueOrThrow({ where: { code: "hy.tp.p.le-loi" }, include: { successions: true } });
    const phoHien = await h.db.unit.findUniqueOrThrow({ where: { code: "hy.p.pho-hien" } });
    expect(day(leLoi.validTo)).toBe("2025-06-30");
    expect(day(phoHien.validFrom)).toBe("2025-07-01");
    expect(leLoi.successions.map((s) => s.successorId)).toEqual([phoHien.id]);
    const office = await unitId(h.db, "hy.van-phong");
    const city = await h.db.unit.findUniqueOrThrow({ where: { code: "hy.tp" }, include: { successions: true } });
    expect(day(city.validTo)).toBe("2025-06-30");
    expect(city.successions.map((s) => s.successorId)).toEqual([office]);
    // Every unit of the city is closed; the new wards sit under the province.
    expect(await h.db.unit.count({ where: { code: { startsWith: "hy.tp." }, level: { isGroup: false }, validTo: null } })).toBe(0);
    expect(await h.db.unitMembership.count({ where: { unitId: phoHien.id, parentId: await unitId(h.db, "hy"), validTo: null } })).toBe(1);

    const unitOf = async (username: string) =>
      (await h.db.user.findUniqueOrThrow({ where: { username }, include: { unit: true } })).unit!.code;
    expect(await unitOf("admin")).toBe("hy.van-phong");
    expect(await unitOf("phuong.leloi")).toBe("hy.p.pho-hien");
    expect(await unitOf("phuong.sonnam")).toBe("hy.p.son-nam");
    // Left in its closed ward: the administrator's list of accounts to reassign shows it.
    expect(await unitOf("phuong.minhkhai")).toBe("hy.tp.p.minh-khai");

    const succeeded = (await outboxRows(h.db, "directory.unit.succeeded")).length;
    expect(succeeded).toBe(DEMO_REORGANISATION.changes.reduce((n, c) => n + (c.kind === "MERGE" ? c.unitCodes.length : 1), 0));

    const again = await seedDirectoryDemo(h.db, NOW);
    expect(again).toEqual({ createdUnits: 0, decision: `${DEMO_REORGANISATION.number} APPLIED`, movedUsers: 0 });
    expect(await h.db.reorganisationDecision.count()).toBe(1);
    expect(await outboxRows(h.db, "directory.unit.succeeded")).toHaveLength(succeeded);
  });
});
