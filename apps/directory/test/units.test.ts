import { createEvent } from "@tthc/events";
import { enqueue } from "@tthc/messaging";
import { demoUserId, type Actor } from "@tthc/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../src/seed.ts";
import { DEMO_USERS, UNITS } from "../src/seed-data.ts";
import { errorCode, gql, outboxRows, startHarness, unitId, userActor, type Harness } from "./harness.ts";

let h: Harness;
let admin: Actor;
let officer: Actor;

beforeAll(async () => {
  h = await startHarness("units");
  admin = await userActor(h.db, "admin");
  officer = await userActor(h.db, "phuong.leloi");
});
afterAll(async () => {
  await h?.close();
});

interface UnitView {
  id: string;
  code: string;
  name: string;
  parent?: { code: string } | null;
  children?: Array<{ code: string }>;
  members?: Array<{ code: string }>;
  level?: { code: string };
}

describe("seed", () => {
  it("creates the demo tree once and publishes one created event per unit", async () => {
    expect(await h.db.unit.count()).toBe(UNITS.length);
    expect(await seed(h.db)).toEqual({ createdUnits: 0, createdUsers: 0 });
    expect(await h.db.unit.count()).toBe(UNITS.length);
    // Each demo account's id is named from its username, the id the other services' demo seeds use for it.
    const accounts = await h.db.user.findMany({
      where: { username: { in: DEMO_USERS.map((u) => u.username) } },
      select: { id: true, username: true },
    });
    expect(accounts).toHaveLength(DEMO_USERS.length);
    for (const account of accounts) expect(account.id).toBe(demoUserId(account.username));
    const created = await outboxRows(h.db, "directory.unit.created");
    expect(created).toHaveLength(UNITS.length);
    const leLoi = created.find((r) => (r.payload.data.unit as { code: string }).code === "hy.tp.p.le-loi")!;
    expect(leLoi.topic).toBe("directory.unit.v1");
    expect(leLoi.key).toBe(await unitId(h.db, "hy.tp.p.le-loi"));
    expect(leLoi.payload.data.unit).toMatchObject({
      name: "UBND phường Lê Lợi",
      levelCode: "commune",
      parentId: await unitId(h.db, "hy.tp"),
      validFrom: "2024-01-01",
      validTo: null,
    });
  });

  it("expands the plan's unit groups into their dated members", async () => {
    const res = await gql<{ units: UnitView[] }>(
      h.app,
      `query { units(levelCode: "group", asOf: "2024-06-01") { code name members(asOf: "2024-06-01") { code } children { code } } }`,
      {},
      officer,
    );
    const groups = Object.fromEntries(res.data!.units.map((g) => [g.name, g]));
    expect(groups["UBND các phường, xã"]!.members).toHaveLength(17);
    expect(groups["Các phòng, ban, đơn vị của UBND thành phố"]!.members).toHaveLength(12);
    expect(groups["UBND các phường, xã"]!.children).toEqual([]);
  });
});

describe("queries", () => {
  it("needs a signed-in user", async () => {
    expect(errorCode(await gql(h.app, `{ units { id } }`))).toBe("UNAUTHENTICATED");
  });

  it("finds units without diacritics", async () => {
    for (const search of ["le loi", "LÊ LỢI", "phuong le  loi"]) {
      const res = await gql<{ units: UnitView[] }>(h.app, `query ($s: String) { units(search: $s) { name } }`, { s: search }, officer);
      expect(res.data!.units.map((u) => u.name)).toEqual(["UBND phường Lê Lợi"]);
    }
    const tuPhap = await gql<{ units: UnitView[] }>(h.app, `{ units(search: "tu phap") { name } }`, {}, officer);
    expect(tuPhap.data!.units.map((u) => u.name)).toEqual(["Phòng Tư pháp"]);
  });

  it("sorts with Vietnamese collation (D < Đ < E)", async () => {
    for (const [code, name] of [
      ["t.em", "Trung tâm Em"],
      ["t.dong", "Trung tâm Đông"],
      ["t.duong", "Trung tâm Dương"],
    ] as const) {
      const res = await gql(
        h.app,
        `mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
        { i: { code, name, levelCode: "centre", validFrom: "2024-01-01" } },
        admin,
      );
      expect(res.errors).toBeUndefined();
    }
    const res = await gql<{ units: UnitView[] }>(h.app, `{ units(levelCode: "centre") { name } }`, {}, officer);
    expect(res.data!.units.map((u) => u.name)).toEqual(["Trung tâm Dương", "Trung tâm Đông", "Trung tâm Em"]);
  });

  it("resolves a Unit entity reference for other subgraphs, to whoever may read units", async () => {
    const id = await unitId(h.db, "hy.tp.tu-phap");
    const entities = (actor: Actor) =>
      gql<{ _entities: Array<{ name: string } | null> }>(
        h.app,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { name level { code } } } }`,
        { r: [{ __typename: "Unit", id }] },
        actor,
      );
    expect((await entities(officer)).data!._entities).toEqual([{ name: "Phòng Tư pháp", level: { code: "department" } }]);
    // The `unit` query's rule holds for `_entities` too: no unit for the anonymous or an unscoped partner.
    const anonymous = await entities({ kind: "anonymous" });
    expect(anonymous.data?._entities ?? [null]).toEqual([null]);
    expect(errorCode(anonymous)).toBe("UNAUTHENTICATED");
    const partner = await entities({ kind: "partner", partnerId: "p1", name: "Đối tác", scopes: ["complaints:read"] });
    expect(partner.data?._entities ?? [null]).toEqual([null]);
    expect(errorCode(partner)).toBe("FORBIDDEN");
  });
});

describe("unit changes write their events in the same transaction", () => {
  it("renaming a unit writes exactly one directory.unit.updated row", async () => {
    const id = await unitId(h.db, "hy.tp.kinh-te");
    const before = (await outboxRows(h.db)).length;
    const res = await gql<{ updateUnit: UnitView }>(
      h.app,
      `mutation ($id: ID!) { updateUnit(id: $id, input: { name: "Phòng Kinh tế, Hạ tầng và Đô thị" }) { name } }`,
      { id },
      admin,
    );
    expect(res.data!.updateUnit.name).toBe("Phòng Kinh tế, Hạ tầng và Đô thị");
    const rows = (await outboxRows(h.db)).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      topic: "directory.unit.v1",
      key: id,
      payload: { type: "directory.unit.updated", data: { changed: ["name"], unit: { id, name: "Phòng Kinh tế, Hạ tầng và Đô thị" } } },
    });
  });

  it("alternative names are kept, searchable, and carried on the unit's event", async () => {
    const id = await unitId(h.db, "hy.tp.kinh-te");
    const before = (await outboxRows(h.db)).length;
    const res = await gql<{ updateUnit: { alternativeNames: string[] } }>(
      h.app,
      `mutation ($id: ID!) { updateUnit(id: $id, input: { alternativeNames: ["Phòng KT-HT-ĐT", "Phòng Kinh tế"] }) { alternativeNames } }`,
      { id },
      admin,
    );
    expect(res.data!.updateUnit.alternativeNames).toEqual(["Phòng KT-HT-ĐT", "Phòng Kinh tế"]);
    const rows = (await outboxRows(h.db)).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      payload: {
        type: "directory.unit.updated",
        data: { changed: ["alternativeNames"], unit: { id, alternativeNames: ["Phòng KT-HT-ĐT", "Phòng Kinh tế"] } },
      },
    });
  });

  it("a failing change writes neither the change nor its event", async () => {
    const id = await unitId(h.db, "hy.tp.y-te");
    const before = (await outboxRows(h.db)).length;
    const taken = await gql(
      h.app,
      `mutation ($id: ID!) { updateUnit(id: $id, input: { name: "Phòng Y tế mới", code: "hy.tp.noi-vu" }) { name } }`,
      { id },
      admin,
    );
    expect(errorCode(taken)).toBe("BAD_USER_INPUT");

    // A failure after both writes happened inside the transaction rolls both back.
    await expect(
      h.db.$transaction(async (tx) => {
        await tx.unit.update({ where: { id }, data: { name: "Phòng Y tế (rolled back)" } });
        const event = createEvent("directory.unit.updated", {
          source: "directory",
          subject: id,
          data: {
            unit: {
              id,
              code: "hy.tp.y-te",
              name: "Phòng Y tế (rolled back)",
              shortName: null,
              levelCode: "department",
              parentId: null,
              validFrom: "2024-01-01",
              validTo: null,
            },
            changed: ["name"],
          },
        });
        await enqueue(tx, event);
        throw new Error("the change failed after its event was written");
      }),
    ).rejects.toThrow("the change failed");

    expect((await outboxRows(h.db)).length).toBe(before);
    expect((await h.db.unit.findUniqueOrThrow({ where: { id } })).name).toBe("Phòng Y tế");
  });

  it("a unit officer cannot create units (FORBIDDEN) and nothing is written", async () => {
    const before = (await outboxRows(h.db)).length;
    const res = await gql(
      h.app,
      `mutation { createUnit(input: { code: "x.new", name: "Phòng mới", levelCode: "department", validFrom: "2025-01-01" }) { id } }`,
      {},
      officer,
    );
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect(await h.db.unit.findUnique({ where: { code: "x.new" } })).toBeNull();
    expect((await outboxRows(h.db)).length).toBe(before);
  });

  it("rejects bad input with the field named", async () => {
    const res = await gql(
      h.app,
      `mutation { createUnit(input: { code: "x.bad", name: "Đơn vị", levelCode: "no-such-level", validFrom: "2025-01-01" }) { id } }`,
      {},
      admin,
    );
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions!.field).toBe("levelCode");
    const badDate = await gql(
      h.app,
      `mutation { createUnit(input: { code: "x.bad", name: "Đơn vị", levelCode: "department", validFrom: "2025-02-30" }) { id } }`,
      {},
      admin,
    );
    expect(badDate.errors?.[0]?.message).toMatch(/not a date/);
  });
});

describe("dated membership (the 2025 reorganisation)", () => {
  const TREE = `query ($asOf: Date) {
    units(asOf: $asOf, search: "le loi") { code parent(asOf: $asOf) { code } }
    city: units(asOf: $asOf, levelCode: "district") { code children(asOf: $asOf) { code } }
    province: units(asOf: $asOf, levelCode: "province") { code children(asOf: $asOf) { code } }
  }`;
  type Tree = { units: UnitView[]; city: UnitView[]; province: UnitView[] };

  it("reads the 2024 tree as of 2024 and the new tree after a move dated 2025-07-01", async () => {
    const leLoi = await unitId(h.db, "hy.tp.p.le-loi");
    const province = await unitId(h.db, "hy");
    const before = (await outboxRows(h.db)).length;

    const moved = await gql<{ moveUnit: UnitView }>(
      h.app,
      `mutation ($id: ID!, $p: ID!) { moveUnit(id: $id, parentId: $p, from: "2025-07-01") { code parent(asOf: "2025-07-01") { code } } }`,
      { id: leLoi, p: province },
      admin,
    );
    expect(moved.data!.moveUnit.parent).toEqual({ code: "hy" });
    // The district level is abolished: the city closes the day before.
    const cityId = await unitId(h.db, "hy.tp");
    const closed = await gql(
      h.app,
      `mutation ($id: ID!) { updateUnit(id: $id, input: { validTo: "2025-06-30" }) { validTo } }`,
      { id: cityId },
      admin,
    );
    expect(closed.data).toEqual({ updateUnit: { validTo: "2025-06-30" } });

    const old = (await gql<Tree>(h.app, TREE, { asOf: "2024-06-01" }, officer)).data!;
    expect(old.units).toEqual([{ code: "hy.tp.p.le-loi", parent: { code: "hy.tp" } }]);
    expect(old.city[0]!.children!.map((c) => c.code)).toContain("hy.tp.p.le-loi");
    expect(old.province[0]!.children!.map((c) => c.code)).toEqual(["hy.tp"]);

    const now = (await gql<Tree>(h.app, TREE, { asOf: "2025-08-01" }, officer)).data!;
    expect(now.units).toEqual([{ code: "hy.tp.p.le-loi", parent: { code: "hy" } }]);
    expect(now.city).toEqual([]);
    expect(now.province[0]!.children!.map((c) => c.code)).toEqual(["hy.tp.p.le-loi"]);

    const events = (await outboxRows(h.db)).slice(before);
    expect(events.map((e) => e.payload.type)).toEqual(["directory.unit.moved", "directory.unit.closed"]);
    expect(events[0]!.payload.data).toMatchObject({
      previousParentId: cityId,
      effectiveFrom: "2025-07-01",
      unit: { id: leLoi, parentId: province },
    });
    expect(events[1]!.payload.data).toMatchObject({ unit: { id: cityId, validTo: "2025-06-30" } });
  });

  it("refuses a move into a unit's own subtree or dated before a later move", async () => {
    const province = await unitId(h.db, "hy");
    const leLoi = await unitId(h.db, "hy.tp.p.le-loi");
    const MOVE = `mutation ($id: ID!, $p: ID!, $f: Date!) { moveUnit(id: $id, parentId: $p, from: $f) { id } }`;
    const cycle = await gql(h.app, MOVE, { id: province, p: leLoi, f: "2025-08-01" }, admin);
    expect(errorCode(cycle)).toBe("BAD_USER_INPUT");
    const tuPhap = await unitId(h.db, "hy.tp.tu-phap");
    const early = await gql(h.app, MOVE, { id: leLoi, p: tuPhap, f: "2025-01-01" }, admin);
    expect(errorCode(early)).toBe("BAD_USER_INPUT");
    expect(early.errors![0]!.message).toMatch(/2025-07-01/);
  });
});
