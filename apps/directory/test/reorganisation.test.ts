import type { Actor } from "@tthc/service-kit";
import { waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseLocalDate, toDbDate } from "@tthc/calendar";
import { applyDueDecisions, usersToReassign } from "../src/use-cases/reorganisation.ts";
import { errorCode, gql, outboxRows, relayUnitEvents, startHarness, unitId, userActor, type GqlResult, type Harness } from "./harness.ts";

let h: Harness;
let admin: Actor;
let officer: Actor;
// The reorganisation job at an instant.
const job = (now: Date) => ({ actor: { kind: "service", service: "directory" } as const, now });

beforeAll(async () => {
  h = await startHarness("reorganisation");
  admin = await userActor(h.db, "admin");
  officer = await userActor(h.db, "phuong.leloi");
});
afterAll(async () => {
  await h?.close();
});

const CREATE = `mutation ($i: ReorganisationDecisionInput!) { createReorganisationDecision(input: $i) { id status number effectiveFrom } }`;
const SCHEDULE = `mutation ($id: ID!) { scheduleReorganisationDecision(id: $id) { id status } }`;

async function draft(input: Record<string, unknown>, actor: Actor = admin) {
  return gql<{ createReorganisationDecision: { id: string; status: string } }>(h.app, CREATE, { i: input }, actor);
}

function messageOf(res: GqlResult<unknown>): string {
  return res.errors?.[0]?.message ?? "";
}

/** Everything a refused request must leave as it was. */
async function footprint() {
  return {
    decisions: await h.db.reorganisationDecision.count(),
    outbox: (await outboxRows(h.db)).length,
    units: await h.db.unit.count(),
    closed: await h.db.unit.count({ where: { validTo: { not: null } } }),
  };
}

describe("a merge under the test clock", () => {
  let decisionId: string;
  let leLoi: string;
  let minhKhai: string;
  let anTao: string;

  it("is drafted by the city office only, and previewed with what moves where", async () => {
    leLoi = await unitId(h.db, "hy.tp.p.le-loi");
    minhKhai = await unitId(h.db, "hy.tp.p.minh-khai");
    anTao = await unitId(h.db, "hy.tp.p.an-tao");
    await h.db.notification.create({ data: { unitId: leLoi, kind: "test", title: "Việc mới cho phường Lê Lợi" } });
    const input = {
      number: "120/QĐ-UBND",
      signedOn: "2026-03-10",
      effectiveFrom: "2026-04-01",
      changes: [
        {
          kind: "MERGE",
          unitIds: [leLoi, minhKhai, anTao],
          into: {
            newUnit: {
              code: "hy.p.pho-hien",
              name: "UBND phường Phố Hiến",
              shortName: "Phường Phố Hiến",
              levelCode: "commune",
              parentId: await unitId(h.db, "hy"),
            },
          },
        },
      ],
    };
    expect(errorCode(await draft(input, officer))).toBe("FORBIDDEN");
    const res = await draft(input);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createReorganisationDecision.status).toBe("DRAFT");
    decisionId = res.data!.createReorganisationDecision.id;

    const preview = await gql<{
      reorganisationPreview: {
        successions: Array<{ predecessor: { code: string }; successorId: string | null; successorName: string; workKinds: string[] }>;
        newUnitNames: string[];
        counts: Array<{ service: string; what: string; unit: { code: string }; count: number }>;
      };
    }>(
      h.app,
      `query ($id: ID!) { reorganisationPreview(id: $id) {
        successions { predecessor { code } successorId successorName workKinds }
        newUnitNames counts { service what unit { code } count } } }`,
      { id: decisionId },
      admin,
    );
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.reorganisationPreview;
    expect(p.newUnitNames).toEqual(["UBND phường Phố Hiến"]);
    expect(p.successions.map((s) => s.predecessor.code).sort()).toEqual(["hy.tp.p.an-tao", "hy.tp.p.le-loi", "hy.tp.p.minh-khai"]);
    expect(p.successions.every((s) => s.successorId === null && s.successorName === "UBND phường Phố Hiến")).toBe(true);
    expect(p.successions[0]!.workKinds).toEqual(["PLAN_WORK", "COMPLAINTS", "RECOMMENDATIONS", "USERS"]);
    const count = (code: string, what: string) => p.counts.find((c) => c.unit.code === code && c.what === what)?.count ?? 0;
    expect(count("hy.tp.p.le-loi", "users")).toBe(1);
    expect(count("hy.tp.p.le-loi", "unreadNotifications")).toBe(1);
    expect(count("hy.tp.p.minh-khai", "users")).toBe(1);
  });

  it("applies on the effective date, Vietnam time, once, and the preview's counts are what moved", async () => {
    expect((await gql<{ scheduleReorganisationDecision: { status: string } }>(h.app, SCHEDULE, { id: decisionId }, admin)).data).toEqual({
      scheduleReorganisationDecision: { id: decisionId, status: "SCHEDULED" },
    });
    // 23:00 on 31 March in Vietnam: not yet.
    expect(await applyDueDecisions(h.db, job(new Date("2026-03-31T23:00:00+07:00")))).toBe(0);
    // 00:30 on 1 April in Vietnam is still 31 March in UTC: the Vietnam day counts.
    const firstMinutes = new Date("2026-04-01T00:30:00+07:00");
    const [a, b] = await Promise.all([applyDueDecisions(h.db, job(firstMinutes)), applyDueDecisions(h.db, job(firstMinutes))]);
    expect(a + b).toBe(1);
    expect(await applyDueDecisions(h.db, job(new Date("2026-04-02T09:00:00+07:00")))).toBe(0);

    const decision = await h.db.reorganisationDecision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(decision.status).toBe("APPLIED");
    const phoHien = await unitId(h.db, "hy.p.pho-hien");
    const succeeded = await outboxRows(h.db, "directory.unit.succeeded");
    expect(succeeded).toHaveLength(3);
    const leLoiEvent = succeeded.find((r) => r.key === leLoi)!;
    expect(leLoiEvent.payload.data).toEqual({
      predecessorId: leLoi,
      change: "MERGE",
      successors: [{ unitId: phoHien, workKinds: ["PLAN_WORK", "COMPLAINTS", "RECOMMENDATIONS", "USERS"] }],
      effectiveFrom: "2026-04-01",
      decision: { id: decisionId, number: "120/QĐ-UBND", signedOn: "2026-03-10" },
    });
    const closed = await outboxRows(h.db, "directory.unit.closed");
    expect(closed.filter((r) => r.key === leLoi).map((r) => (r.payload.data.unit as { validTo: string }).validTo)).toEqual(["2026-03-31"]);
    // The decision's events carry the job's instant (00:30 on 1 April), not the process clock's.
    expect(new Set([...succeeded, ...closed].map((r) => r.payload.time))).toEqual(new Set([firstMinutes.toISOString()]));

    // The unread notification went with the unit's people; the officer keeps the account, listed for reassignment.
    expect(await h.db.notification.count({ where: { unitId: leLoi } })).toBe(0);
    expect(await h.db.notification.count({ where: { unitId: phoHien } })).toBe(1);
    const reassign = await usersToReassign(h.db, toDbDate(parseLocalDate("2026-04-01")), {});
    expect(reassign.items.map((u) => u.username)).toEqual(expect.arrayContaining(["phuong.leloi", "phuong.minhkhai"]));
    expect((await h.db.user.findUniqueOrThrow({ where: { username: "phuong.leloi" } })).deactivatedAt).toBeNull();
  });

  it("answers as-of questions before and after, and names the successor of the past unit", async () => {
    const names = async (asOf: string) =>
      (
        await gql<{ units: Array<{ code: string }> }>(
          h.app,
          `query ($d: Date) { units(asOf: $d, levelCode: "commune") { code } }`,
          { d: asOf },
          officer,
        )
      ).data!.units.map((u) => u.code);
    expect(await names("2026-03-31")).toContain("hy.tp.p.le-loi");
    expect(await names("2026-03-31")).not.toContain("hy.p.pho-hien");
    expect(await names("2026-04-01")).toContain("hy.p.pho-hien");
    expect(await names("2026-04-01")).not.toContain("hy.tp.p.le-loi");

    const res = await gql<{ unit: { nameAt: string; currentSuccessors: Array<{ unit: { code: string }; workKinds: string[] }> } }>(
      h.app,
      `query ($id: ID!) { unit(id: $id) { nameAt(asOf: "2024-06-01") currentSuccessors(asOf: "2026-04-01") { unit { code } workKinds } } }`,
      { id: leLoi },
      officer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.unit.nameAt).toBe("UBND phường Lê Lợi");
    expect(res.data!.unit.currentSuccessors).toEqual([
      { unit: { code: "hy.p.pho-hien" }, workKinds: ["PLAN_WORK", "COMPLAINTS", "RECOMMENDATIONS", "USERS"] },
    ]);
    // Before the effective date the ward still holds its own work.
    const before = await gql<{ unit: { currentSuccessors: Array<{ unit: { code: string } }> } }>(
      h.app,
      `query ($id: ID!) { unit(id: $id) { currentSuccessors(asOf: "2026-03-31") { unit { code } } } }`,
      { id: leLoi },
      officer,
    );
    expect(before.data!.unit.currentSuccessors).toEqual([{ unit: { code: "hy.tp.p.le-loi" } }]);

    // The new ward names the wards it took over from, by the decision, and its parent from the day it began.
    const phoHien = await gql<{
      unit: {
        predecessors: Array<{ unit: { code: string }; workKinds: string[]; effectiveFrom: string; decisionNumber: string }>;
        parentHistory: Array<{ parent: { code: string }; validFrom: string; validTo: string | null }>;
      };
    }>(
      h.app,
      `query ($id: ID!) { unit(id: $id) {
        predecessors { unit { code } workKinds effectiveFrom decisionNumber }
        parentHistory { parent { code } validFrom validTo } } }`,
      { id: await unitId(h.db, "hy.p.pho-hien") },
      officer,
    );
    expect(phoHien.errors).toBeUndefined();
    expect(phoHien.data!.unit.predecessors.map((p) => p.unit.code).sort()).toEqual([
      "hy.tp.p.an-tao",
      "hy.tp.p.le-loi",
      "hy.tp.p.minh-khai",
    ]);
    expect(phoHien.data!.unit.predecessors[0]).toMatchObject({ effectiveFrom: "2026-04-01", decisionNumber: "120/QĐ-UBND" });
    expect(phoHien.data!.unit.parentHistory).toEqual([{ parent: { code: "hy" }, validFrom: "2026-04-01", validTo: null }]);

    // The new ward joined the group its predecessors were in, from the effective date.
    const group = await gql<{ units: Array<{ name: string; members: Array<{ code: string }> }> }>(
      h.app,
      `{ units(levelCode: "group", asOf: "2026-04-01") { name members(asOf: "2026-04-01") { code } } }`,
      {},
      officer,
    );
    const communes = group.data!.units.find((g) => g.name === "UBND các phường, xã")!;
    expect(communes.members.map((m) => m.code)).toContain("hy.p.pho-hien");
    expect(communes.members.map((m) => m.code)).not.toContain("hy.tp.p.le-loi");
  });

  it("refuses a second application of the same decision and changes nothing", async () => {
    const before = await footprint();
    const preview = await gql(h.app, `query ($id: ID!) { reorganisationPreview(id: $id) { newUnitNames } }`, { id: decisionId }, admin);
    expect(messageOf(preview)).toMatch(/^Quyết định 120\/QĐ-UBND đã được áp dụng/);
    const res = await gql(h.app, SCHEDULE, { id: decisionId }, admin);
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(messageOf(res)).toBe("Quyết định 120/QĐ-UBND đã được áp dụng; không thể áp dụng lần nữa");
    expect(await applyDueDecisions(h.db, job(new Date("2026-04-03T09:00:00+07:00")))).toBe(0);
    expect(await footprint()).toEqual(before);
  });

  it("publishes each succession once through the outbox relay", async () => {
    const { received, stop } = await relayUnitEvents(h, "reorganisation");
    try {
      await waitFor(() => received.filter((e) => e.type === "directory.unit.succeeded").length >= 3, 30_000);
      await applyDueDecisions(h.db, job(new Date("2026-04-05T09:00:00+07:00")));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const succeeded = received.filter((e) => e.type === "directory.unit.succeeded");
      expect(succeeded.filter((e) => e.subject === leLoi)).toHaveLength(1);
      expect(new Set(succeeded.map((e) => e.id)).size).toBe(3);
    } finally {
      await stop();
    }
  });
});

describe("bad input is refused with a clear message and changes nothing", () => {
  const refused = async (changes: unknown[], expected: RegExp, effectiveFrom = "2026-05-01") => {
    const before = await footprint();
    const res = await draft({ number: "200/QĐ-UBND", signedOn: "2026-04-20", effectiveFrom, changes });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(messageOf(res)).toMatch(expected);
    expect(await footprint()).toEqual(before);
  };

  it("a unit merged into itself", async () => {
    const hienNam = await unitId(h.db, "hy.tp.p.hien-nam");
    await refused(
      [{ kind: "MERGE", unitIds: [hienNam, await unitId(h.db, "hy.tp.p.quang-trung")], into: { unitId: hienNam } }],
      /^Không thể sáp nhập UBND phường Hiến Nam vào chính nó$/,
    );
  });

  it("a cycle of parents", async () => {
    await refused(
      [{ kind: "MOVE", unitId: await unitId(h.db, "hy.tp"), parentId: await unitId(h.db, "hy.tp.tu-phap") }],
      /^Thay đổi tạo vòng lặp đơn vị cấp trên/,
    );
  });

  it("a successor that does not exist on the effective date", async () => {
    const created = await gql<{ createUnit: { id: string } }>(
      h.app,
      `mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
      { i: { code: "hy.p.son-nam", name: "UBND phường Sơn Nam", levelCode: "commune", validFrom: "2026-07-01" } },
      admin,
    );
    await refused(
      [{ kind: "MERGE", unitIds: [await unitId(h.db, "hy.tp.p.lam-son")], into: { unitId: created.data!.createUnit.id } }],
      /^Đơn vị tiếp nhận không tồn tại vào ngày hiệu lực$/,
    );
    // A receiver the same decision closes is no successor either.
    const hongChau = await unitId(h.db, "hy.tp.p.hong-chau");
    const hongNam = await unitId(h.db, "hy.tp.x.hong-nam");
    await refused(
      [
        { kind: "DISSOLVE", unitId: hongChau, receiverId: hongNam },
        { kind: "DISSOLVE", unitId: hongNam, receiverId: hongChau },
      ],
      /chính nó|không tồn tại/,
    );
  });

  it("a split with work left without a rule", async () => {
    await refused(
      [
        {
          kind: "SPLIT",
          unitId: await unitId(h.db, "hy.tp.p.lam-son"),
          successors: [
            { unitId: await unitId(h.db, "hy.tp.p.hong-chau"), takes: ["PLAN_WORK", "COMPLAINTS"] },
            { unitId: await unitId(h.db, "hy.tp.x.bao-khe"), takes: ["USERS"] },
          ],
        },
      ],
      /^Chưa quy định đơn vị tiếp nhận kiến nghị sau kiểm tra của UBND phường Lam Sơn$/,
    );
  });

  it("a change missing its fields, and an effective date before the signing", async () => {
    await refused(
      [{ kind: "DISSOLVE", unitId: await unitId(h.db, "hy.tp.p.lam-son") }],
      /^Thay đổi thứ 1: thiếu hoặc sai trường "receiverId"$/,
    );
    await refused(
      [{ kind: "RENAME", unitId: await unitId(h.db, "hy.tp.p.lam-son"), name: "X" }],
      /^Ngày hiệu lực không được trước ngày ký/,
      "2026-04-01",
    );
  });
});

describe("a decision the tree no longer allows on its day", () => {
  it("is marked FAILED with the reason, and nothing of it is applied", async () => {
    const phuongChieu = await unitId(h.db, "hy.tp.x.phuong-chieu");
    const tanHung = await unitId(h.db, "hy.tp.x.tan-hung");
    const res = await draft({
      number: "400/QĐ-UBND",
      signedOn: "2026-04-20",
      effectiveFrom: "2026-06-01",
      changes: [{ kind: "MERGE", unitIds: [phuongChieu], into: { unitId: tanHung } }],
    });
    const id = res.data!.createReorganisationDecision.id;
    await gql(h.app, SCHEDULE, { id }, admin);
    // Meanwhile the receiver is closed by hand.
    await gql(h.app, `mutation ($id: ID!) { updateUnit(id: $id, input: { validTo: "2026-05-15" }) { id } }`, { id: tanHung }, admin);
    const before = (await outboxRows(h.db)).length;
    expect(await applyDueDecisions(h.db, job(new Date("2026-06-01T08:00:00+07:00")))).toBe(1);
    const decision = await h.db.reorganisationDecision.findUniqueOrThrow({ where: { id } });
    expect(decision.status).toBe("FAILED");
    expect(decision.failure).toBe("Đơn vị tiếp nhận không tồn tại vào ngày hiệu lực");
    expect((await outboxRows(h.db)).length).toBe(before);
    expect((await h.db.unit.findUniqueOrThrow({ where: { id: phuongChieu } })).validTo).toBeNull();
    expect(await applyDueDecisions(h.db, job(new Date("2026-06-02T08:00:00+07:00")))).toBe(0);
  });
});

describe("a dated rename", () => {
  it("keeps the old name for the days before and publishes the history", async () => {
    const id = await unitId(h.db, "hy.tp.p.quang-trung");
    const res = await draft({
      number: "300/QĐ-UBND",
      signedOn: "2026-04-20",
      effectiveFrom: "2026-05-01",
      changes: [{ kind: "RENAME", unitId: id, name: "UBND phường Quang Trung mới" }],
    });
    expect(res.errors).toBeUndefined();
    await gql(h.app, SCHEDULE, { id: res.data!.createReorganisationDecision.id }, admin);
    expect(await applyDueDecisions(h.db, job(new Date("2026-05-01T08:00:00+07:00")))).toBe(1);
    const read = await gql<{
      unit: { name: string; before: string; after: string; history: Array<{ name: string; validFrom: string; validTo: string | null }> };
    }>(
      h.app,
      `query ($id: ID!) { unit(id: $id) { name before: nameAt(asOf: "2026-04-30") after: nameAt(asOf: "2026-05-01") history { name validFrom validTo } } }`,
      { id },
      officer,
    );
    expect(read.data!.unit).toEqual({
      name: "UBND phường Quang Trung mới",
      before: "UBND phường Quang Trung",
      after: "UBND phường Quang Trung mới",
      history: [
        { name: "UBND phường Quang Trung", validFrom: "2024-01-01", validTo: "2026-04-30" },
        { name: "UBND phường Quang Trung mới", validFrom: "2026-05-01", validTo: null },
      ],
    });
    const updated = (await outboxRows(h.db, "directory.unit.updated")).filter((r) => r.key === id).at(-1)!;
    expect((updated.payload.data.unit as { history: { names: unknown[] } }).history.names).toHaveLength(2);
  });
});

describe("accounts of closed units", () => {
  it("are listed for the city office to reassign once their unit has closed, and to nobody else", async () => {
    const query = `{ usersToReassign(limit: 50) { total items { username active unit { code validTo } } } }`;
    expect(errorCode(await gql(h.app, query, {}, officer))).toBe("FORBIDDEN");
    // The harness clock starts on 2026-03-16, before the merge took effect.
    expect((await gql<{ usersToReassign: { total: number } }>(h.app, query, {}, admin)).data!.usersToReassign.total).toBe(0);
    h.advance(20 * 24 * 3_600_000);
    const res = await gql<{
      usersToReassign: { items: Array<{ username: string; active: boolean; unit: { code: string; validTo: string } }> };
    }>(h.app, query, {}, admin);
    expect(res.data!.usersToReassign.items).toContainEqual({
      username: "phuong.leloi",
      active: true,
      unit: { code: "hy.tp.p.le-loi", validTo: "2026-03-31" },
    });
  });
});
