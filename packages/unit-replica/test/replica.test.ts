import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@tthc/db";
import { createEvent } from "@tthc/events";
import { pgTransactions } from "@tthc/messaging";
import { recreateDatabase, testDatabaseUrl } from "@tthc/test-kit";
import {
  applySuccession,
  applyUnitEvent,
  childIdsAt,
  currentSuccessors,
  findReplicatedUnit,
  replicatedUnitAt,
  unitNamesAt,
  unitReplicaMigrations,
  type WorkKind,
} from "../src/index.ts";

const url = testDatabaseUrl("unit_replica");
let pool: pg.Pool;

const leLoi = {
  id: "unit-le-loi",
  code: "P.LELOI",
  name: "UBND phường Lê Lợi",
  shortName: "Lê Lợi",
  alternativeNames: [] as string[],
  levelCode: "commune",
  parentId: "unit-city",
  validFrom: "2020-01-01",
  validTo: null,
};

beforeAll(async () => {
  await recreateDatabase(url);
  await migrate(url, [unitReplicaMigrations]);
  pool = new pg.Pool({ connectionString: url });
});
afterAll(async () => pool.end());

describe("unit replica", () => {
  it("creates, then renames a unit from its events", async () => {
    const run = pgTransactions(pool);
    await run((tx) =>
      applyUnitEvent(createEvent("directory.unit.created", { source: "directory", subject: leLoi.id, data: { unit: leLoi } }), tx),
    );
    const renamed = { ...leLoi, name: "UBND phường Lê Lợi (mới)" };
    await run((tx) =>
      applyUnitEvent(
        createEvent("directory.unit.updated", { source: "directory", subject: leLoi.id, data: { unit: renamed, changed: ["name"] } }),
        tx,
      ),
    );
    expect(await run((tx) => findReplicatedUnit(tx, leLoi.id))).toEqual(renamed);
  });

  it("keeps a unit's alternative names, and an event from before them leaves them as they are", async () => {
    const run = pgTransactions(pool);
    const named = { ...leLoi, id: "unit-named", code: "P.NAMED", alternativeNames: ["Phường Lê Lợi", "P. Lê Lợi"] };
    await run((tx) =>
      applyUnitEvent(createEvent("directory.unit.created", { source: "directory", subject: named.id, data: { unit: named } }), tx),
    );
    expect(await run((tx) => findReplicatedUnit(tx, named.id))).toEqual(named);
    const { alternativeNames: _, ...before } = { ...named, name: "UBND phường Lê Lợi cũ" };
    await run((tx) =>
      applyUnitEvent(
        createEvent("directory.unit.updated", { source: "directory", subject: named.id, data: { unit: before, changed: ["name"] } }),
        tx,
      ),
    );
    expect(await run((tx) => findReplicatedUnit(tx, named.id))).toEqual({ ...before, alternativeNames: named.alternativeNames });
  });

  it("ignores an older event that arrives after a newer one", async () => {
    const run = pgTransactions(pool);
    const newer = createEvent("directory.unit.updated", {
      source: "directory",
      subject: leLoi.id,
      data: { unit: { ...leLoi, name: "Newer" }, changed: ["name"] },
    });
    const older = {
      ...createEvent("directory.unit.updated", {
        source: "directory",
        subject: leLoi.id,
        data: { unit: { ...leLoi, name: "Older" }, changed: ["name"] },
      }),
      time: "2000-01-01T00:00:00.000Z",
    };
    await run((tx) => applyUnitEvent(newer, tx));
    await run((tx) => applyUnitEvent(older, tx));
    expect((await run((tx) => findReplicatedUnit(tx, leLoi.id)))?.name).toBe("Newer");
  });
});

describe("unit history", () => {
  const ward = {
    ...leLoi,
    id: "unit-hist",
    code: "P.HIST",
    name: "UBND phường Quang Trung mới",
    history: {
      names: [
        { validFrom: "2020-01-01", validTo: "2026-04-30", name: "UBND phường Quang Trung", shortName: null, levelCode: "commune" },
        { validFrom: "2026-05-01", validTo: null, name: "UBND phường Quang Trung mới", shortName: null, levelCode: "ward" },
      ],
      parents: [
        { validFrom: "2020-01-01", validTo: "2025-06-30", parentId: "unit-city" },
        { validFrom: "2025-07-01", validTo: null, parentId: "unit-province" },
      ],
    },
  };

  it("answers as of a day from a unit's dated names, levels and parents", async () => {
    const run = pgTransactions(pool);
    await run((tx) =>
      applyUnitEvent(createEvent("directory.unit.created", { source: "directory", subject: ward.id, data: { unit: ward } }), tx),
    );
    const in2024 = await run((tx) => replicatedUnitAt(tx, ward.id, "2024-06-01"));
    expect(in2024).toMatchObject({ name: "UBND phường Quang Trung", levelCode: "commune", parentId: "unit-city" });
    const in2026 = await run((tx) => replicatedUnitAt(tx, ward.id, "2026-05-01"));
    expect(in2026).toMatchObject({ name: "UBND phường Quang Trung mới", levelCode: "ward", parentId: "unit-province" });
    expect(await run((tx) => replicatedUnitAt(tx, ward.id, "2019-12-31"))).toBeNull();
    expect(await run((tx) => unitNamesAt(tx, [ward.id], "2026-04-30"))).toEqual(new Map([[ward.id, "UBND phường Quang Trung"]]));
    expect(await run((tx) => childIdsAt(tx, "unit-province", "2025-06-30"))).toEqual([]);
    expect(await run((tx) => childIdsAt(tx, "unit-province", "2025-07-01"))).toEqual([ward.id]);
    // The current-state API is unchanged.
    expect((await run((tx) => findReplicatedUnit(tx, ward.id)))?.name).toBe("UBND phường Quang Trung mới");
  });

  it("keeps the newer history when an older event arrives late, and one period for an event without history", async () => {
    const run = pgTransactions(pool);
    const older = {
      ...createEvent("directory.unit.updated", {
        source: "directory",
        subject: ward.id,
        data: { unit: { ...ward, history: { names: [ward.history.names[0]!], parents: [] } }, changed: ["name"] },
      }),
      time: "2000-01-01T00:00:00.000Z",
    };
    await run((tx) => applyUnitEvent(older, tx));
    expect((await run((tx) => replicatedUnitAt(tx, ward.id, "2026-05-01")))?.parentId).toBe("unit-province");

    const { history: _, ...plain } = { ...ward, id: "unit-plain", code: "P.PLAIN" };
    await run((tx) =>
      applyUnitEvent(createEvent("directory.unit.created", { source: "directory", subject: plain.id, data: { unit: plain } }), tx),
    );
    expect(await run((tx) => replicatedUnitAt(tx, plain.id, "2024-01-01"))).toMatchObject({ name: plain.name, parentId: "unit-city" });
  });

  it("follows successions to whoever holds a past unit's work on a day, and a replayed succession adds nothing", async () => {
    const run = pgTransactions(pool);
    const succeeded = (predecessorId: string, effectiveFrom: string, successors: Array<{ unitId: string; workKinds: WorkKind[] }>) =>
      createEvent("directory.unit.succeeded", {
        source: "directory",
        subject: predecessorId,
        data: {
          predecessorId,
          change: successors.length > 1 ? "SPLIT" : "MERGE",
          successors,
          effectiveFrom,
          decision: { id: `d-${effectiveFrom}`, number: "1/QĐ-UBND", signedOn: effectiveFrom },
        },
      });
    const all: WorkKind[] = ["PLAN_WORK", "COMPLAINTS", "RECOMMENDATIONS", "USERS"];
    const merge = succeeded("w-le-loi", "2025-07-01", [{ unitId: "w-pho-hien", workKinds: all }]);
    const split = succeeded("w-pho-hien", "2027-01-01", [
      { unitId: "w-east", workKinds: ["PLAN_WORK", "COMPLAINTS"] },
      { unitId: "w-west", workKinds: ["RECOMMENDATIONS", "USERS"] },
    ]);
    await run((tx) => applySuccession(merge, tx));
    await run((tx) => applySuccession(merge, tx));
    await run((tx) => applySuccession(split, tx));
    const rows = await pool.query(`SELECT count(*)::int AS n FROM unit_replica_succession WHERE predecessor_id = 'w-le-loi'`);
    expect(rows.rows[0].n).toBe(1);

    expect(await run((tx) => currentSuccessors(tx, "w-le-loi", "2025-06-30"))).toEqual([{ unitId: "w-le-loi", workKinds: all }]);
    expect(await run((tx) => currentSuccessors(tx, "w-le-loi", "2026-03-16"))).toEqual([{ unitId: "w-pho-hien", workKinds: all }]);
    const in2027 = await run((tx) => currentSuccessors(tx, "w-le-loi", "2027-01-01"));
    expect(in2027.sort((a, b) => a.unitId.localeCompare(b.unitId))).toEqual([
      { unitId: "w-east", workKinds: ["PLAN_WORK", "COMPLAINTS"] },
      { unitId: "w-west", workKinds: ["RECOMMENDATIONS", "USERS"] },
    ]);
  });
});
