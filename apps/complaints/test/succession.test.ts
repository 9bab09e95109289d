/**
 * Issue 14 item 3 (complaints): a reorganisation closes phường Lê Lợi into phường Phố Hiến. Its open PAKN
 * follow Phố Hiến with an audit entry naming the decision and the same legal clock; the answered one stays;
 * the PAKN about Lê Lợi's own officials keeps its sender hidden from Phố Hiến; the preview counts what
 * moved; a replay changes nothing. The event goes through the real broker and the service's own consumer.
 */
import { randomUUID } from "node:crypto";
import { createEvent } from "@tthc/events";
import { createKafka, ensureTopics, producerDefaults, startConsumer, type Logger } from "@tthc/messaging";
import { kafkaBrokers, mergedInto, testUser, waitFor } from "@tthc/test-kit";
import { applyUnitEvent } from "@tthc/unit-replica";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumer } from "../src/events/handlers.ts";
import { SUCCESSION_ACTION } from "../src/use-cases/succession.ts";
import { ACTORS, UNITS, complaintIdOf, gql, ok, startHarness, submit, SUBMISSION, type Harness } from "./harness.ts";

const hanoi = (iso: string) => new Date(`${iso}+07:00`);
const PHO_HIEN = { id: "unit-pho-hien", code: "hy.p.pho-hien", name: "UBND phường Phố Hiến" };
const phoHienOfficer = testUser("u-pho-hien", "u-pho-hien", PHO_HIEN.id, ["UNIT_OFFICER"]);
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const event = mergedInto(UNITS.leLoi.id, PHO_HIEN.id, { effectiveFrom: "2025-07-01", time: "2025-06-30T17:00:00Z" });

const PREVIEW = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id complaintsWorkToMove { what count } } } }`;
const DETAIL = `query ($id: ID!) { complaint(id: $id) {
  status senderHidden sender { name } units { unitId lead } due { classify handle answer } currentDue auditTrail { action actorId reason fromStatus toStatus }
} }`;

type Detail = {
  status: string;
  senderHidden: boolean;
  sender: { name: string } | null;
  units: Array<{ unitId: string; lead: boolean }>;
  due: Record<string, string | null>;
  currentDue: string | null;
  auditTrail: Array<{ action: string; actorId: string; reason: string | null; fromStatus: string | null; toStatus: string }>;
};

let h: Harness;
const ids = { concerned: "", open: "", answered: "" };

const detail = async (id: string, actor = ACTORS.admin) =>
  ok(await gql<{ complaint: Detail | null }>(h.app, DETAIL, { id }, actor)).complaint;
const preview = async (unitIds: string[], actor = ACTORS.admin) =>
  (
    await gql<{ _entities: Array<{ id: string; complaintsWorkToMove: Array<{ what: string; count: number }> }> }>(
      h.app,
      PREVIEW,
      { r: unitIds.map((id) => ({ __typename: "Unit", id })) },
      actor,
    )
  ).data?._entities;
/** Everything a move writes, to compare before and after a replay. */
const snapshot = async () => ({
  complaints: await h.db.complaint.findMany({
    orderBy: { id: "asc" },
    select: { id: true, unitIds: true, leadUnitId: true, concernedUnitId: true, version: true, dueAnswer: true, watchedDue: true },
  }),
  transfers: await h.db.transfer.findMany({ orderBy: [{ complaintId: "asc" }, { unitId: "asc" }, { active: "asc" }] }),
  audit: await h.db.auditEntry.count(),
});

async function newComplaint(): Promise<string> {
  const { trackingCode } = ok(await submit(h.app, SUBMISSION)).submitComplaint;
  return complaintIdOf(h.db, trackingCode);
}
const run = async (actor: typeof ACTORS.admin, mutation: string, variables: Record<string, unknown>) =>
  ok(await gql(h.app, mutation, variables, actor));
const classify = (id: string, concernedUnitId: string | null) =>
  run(ACTORS.admin, `mutation ($id: ID!, $i: ClassifyInput!) { classifyComplaint(id: $id, input: $i) { id } }`, {
    id,
    i: { kind: "FEEDBACK", category: "official-conduct", field: "Hộ tịch", regulation: "Thủ tục đăng ký khai sinh", concernedUnitId },
  });
const transfer = (id: string, units: Array<{ unitId: string; lead: boolean }>) =>
  run(ACTORS.admin, `mutation ($id: ID!, $u: [AssignmentInput!]!) { transferComplaint(id: $id, units: $u) { id } }`, { id, u: units });

beforeAll(async () => {
  h = await startHarness("succession", { now: hanoi("2025-06-20T09:00:00") });
  await h.db.$transaction((tx) =>
    applyUnitEvent(
      createEvent("directory.unit.created", {
        source: "directory",
        subject: PHO_HIEN.id,
        data: { unit: { ...PHO_HIEN, shortName: null, levelCode: "commune", parentId: null, validFrom: "2025-07-01", validTo: null } },
      }),
      tx,
    ),
  );
  // About Lê Lợi's own officials, handled by Lê Lợi with Tư pháp contributing.
  ids.concerned = await newComplaint();
  await classify(ids.concerned, UNITS.leLoi.id);
  await transfer(ids.concerned, [
    { unitId: UNITS.leLoi.id, lead: true },
    { unitId: UNITS.tuPhap.id, lead: false },
  ]);
  // An ordinary open PAKN in Lê Lợi's inbox.
  ids.open = await newComplaint();
  await classify(ids.open, null);
  await transfer(ids.open, [{ unitId: UNITS.leLoi.id, lead: true }]);
  // Answered by Lê Lợi before the merge: history, it stays.
  ids.answered = await newComplaint();
  await classify(ids.answered, null);
  await transfer(ids.answered, [{ unitId: UNITS.leLoi.id, lead: true }]);
  await run(
    ACTORS.leLoi,
    `mutation ($id: ID!) { draftComplaintAnswer(id: $id, text: "Phường đã hướng dẫn người gửi.", documentNumber: "40/UBND", documentDate: "2025-06-20") { id } }`,
    { id: ids.answered },
  );
  await run(ACTORS.admin, `mutation ($id: ID!) { approveComplaintAnswer(id: $id) { id } }`, { id: ids.answered });
  await run(ACTORS.admin, `mutation ($id: ID!) { sendComplaintAnswer(id: $id) { id } }`, { id: ids.answered });
});
afterAll(async () => {
  await h?.close();
});

describe("directory.unit.succeeded: Lê Lợi's open PAKN move to Phố Hiến", () => {
  let before: { concerned: Detail; open: Detail; answered: Detail };
  let counted: number;

  it("the preview counts, for the city administrator only, what would move (the units of one batch together)", async () => {
    const units = await preview([UNITS.leLoi.id, UNITS.minhKhai.id]);
    expect(units).toEqual([
      {
        id: UNITS.leLoi.id,
        complaintsWorkToMove: [
          { what: "Phản ánh, kiến nghị đang xử lý", count: 2 },
          { what: "Phản ánh, kiến nghị về cán bộ của đơn vị (ẩn người gửi)", count: 1 },
        ],
      },
      {
        id: UNITS.minhKhai.id,
        complaintsWorkToMove: [
          { what: "Phản ánh, kiến nghị đang xử lý", count: 0 },
          { what: "Phản ánh, kiến nghị về cán bộ của đơn vị (ẩn người gửi)", count: 0 },
        ],
      },
    ]);
    counted = units![0]!.complaintsWorkToMove[0]!.count;
    // A ward officer reads no preview.
    expect((await preview([UNITS.leLoi.id], ACTORS.leLoi))?.[0]?.complaintsWorkToMove ?? []).toEqual([]);
    before = { concerned: (await detail(ids.concerned))!, open: (await detail(ids.open))!, answered: (await detail(ids.answered))! };
    expect(before.answered.status).toBe("ANSWERED");
    expect(await detail(ids.open, phoHienOfficer)).toBeNull();
  });

  it("the service's consumer applies the event from the broker: open PAKN move, with an audit entry and the same deadlines", async () => {
    const brokers = kafkaBrokers();
    const topic = `test.complaints.${randomUUID()}.directory.unit.v1`;
    await ensureTopics(brokers, [topic]);
    const running = await startConsumer({
      brokers,
      groupId: `complaints-succession-${randomUUID()}`,
      topics: [topic],
      runInTransaction: (fn) => h.db.$transaction(fn),
      handlers: consumer.handlers,
      log: silent,
    });
    try {
      const producer = createKafka({ brokers, clientId: "complaints-succession-test", log: silent }).producer(producerDefaults);
      await producer.connect();
      await producer.send({ topic, messages: [{ key: event.subject, value: JSON.stringify(event), headers: { "x-event-id": event.id } }] });
      await producer.disconnect();
      await waitFor(
        async () => ((await h.db.complaint.findUnique({ where: { id: ids.open } }))?.leadUnitId === PHO_HIEN.id ? true : undefined),
        30_000,
      );
    } finally {
      await running.stop();
    }

    const open = (await detail(ids.open))!;
    expect(open.units).toEqual([{ unitId: PHO_HIEN.id, lead: true }]);
    expect(open.status).toBe(before.open.status);
    expect(open.due).toEqual(before.open.due);
    expect(open.currentDue).toBe(before.open.currentDue);
    expect(open.auditTrail.at(-1)).toEqual({
      action: SUCCESSION_ACTION,
      actorId: "decision:dec-1656",
      reason:
        "Sắp xếp đơn vị theo Quyết định số 1656/NQ-UBTVQH15 ngày 16/06/2025: chuyển từ UBND phường Lê Lợi sang UBND phường Phố Hiến; thời hạn giải quyết không đổi.",
      fromStatus: before.open.status,
      toStatus: before.open.status,
    });

    const concerned = (await detail(ids.concerned))!;
    expect(concerned.units).toEqual([
      { unitId: PHO_HIEN.id, lead: true },
      { unitId: UNITS.tuPhap.id, lead: false },
    ]);
    expect(concerned.due).toEqual(before.concerned.due);
    expect(concerned.auditTrail.filter((a) => a.action === SUCCESSION_ACTION)).toHaveLength(1);

    // The answered PAKN stays with Lê Lợi, untouched.
    expect(await detail(ids.answered)).toEqual(before.answered);

    // The preview counted what moved.
    const moved = await h.db.complaint.count({ where: { leadUnitId: PHO_HIEN.id } });
    expect(moved).toBe(counted);
    expect((await preview([UNITS.leLoi.id]))![0]!.complaintsWorkToMove.map((w) => w.count)).toEqual([0, 0]);
  });

  it("Phố Hiến handles the moved PAKN; the one about Lê Lợi's officials keeps its sender hidden from Phố Hiến", async () => {
    const ordinary = (await detail(ids.open, phoHienOfficer))!;
    expect(ordinary.senderHidden).toBe(false);
    expect(ordinary.sender).toEqual({ name: SUBMISSION.senderName });

    const concerned = (await detail(ids.concerned, phoHienOfficer))!;
    expect(concerned.senderHidden).toBe(true);
    expect(concerned.sender).toBeNull();
    // A text search matches its tracking code only, as for the concerned unit (both PAKN speak of "khai sinh").
    const found = ok(
      await gql<{ complaints: { total: number } }>(
        h.app,
        `query ($s: String!) { complaints(filter: { search: $s }, limit: 10, offset: 0) { total } }`,
        { s: "khai sinh" },
        phoHienOfficer,
      ),
    );
    expect(found.complaints.total).toBe(1); // the ordinary one
    // The contributing unit still sees the sender, as before.
    expect((await detail(ids.concerned, ACTORS.tuPhap))!.senderHidden).toBe(false);
  });

  it("a replay of the event changes nothing", async () => {
    const first = await snapshot();
    await h.db.$transaction((tx) => consumer.handlers["directory.unit.succeeded"](event, tx));
    expect(await snapshot()).toEqual(first);
  });
});
