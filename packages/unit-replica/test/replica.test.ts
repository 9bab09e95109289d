import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@tthc/db";
import { createEvent } from "@tthc/events";
import { pgTransactions } from "@tthc/messaging";
import { recreateDatabase, testDatabaseUrl } from "@tthc/test-kit";
import { applyUnitEvent, findReplicatedUnit, unitReplicaMigrations } from "../src/index.ts";

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
