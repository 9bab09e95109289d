/**
 * Reorganisation through the gateway (issue 14, "What it must show"): a ward with an open plan
 * occurrence, an open PAKN and unread notifications is merged into another ward by a decision that takes
 * effect today (the stack's clock); the directory's job applies it (every 2 s in the test stack,
 * infra/stack/config.ts) and publishes directory.unit.succeeded; planning and complaints move the open
 * work to the successor, the directory moves the unread notifications. Done work and progress reports
 * stay with the old unit, the preview's counts are what moved, a re-delivered event changes nothing, and
 * bad decisions are refused with a clear message and nothing changed.
 *
 * tests/e2e runs on the same stack afterwards and relies on the demo units, so this suite creates its own
 * wards (under the seeded city), officers, plan and PAKN, all named with this run's id.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createOfficer,
  createWard,
  importIssuedPlan,
  oneTaskPlanText,
  openComplaintFor,
  seededProvinceId,
  vietnamDay as dayOf,
  waitFor,
} from "@tthc/test-kit";
import { bearer, gql, login, now, stack, type GqlResult } from "./stack.ts";

const RUN = randomUUID().slice(0, 8);

/** The stack's today in Vietnam, shifted by `days`, as YYYY-MM-DD. */
const vietnamDay = (days = 0) => dayOf(now(), days);
const TODAY = vietnamDay();
const YEAR = Number(TODAY.slice(0, 4));

const CREATE_DECISION = `mutation ($i: ReorganisationDecisionInput!) { createReorganisationDecision(input: $i) { id status } }`;
const SCHEDULE = `mutation ($id: ID!) { scheduleReorganisationDecision(id: $id) { id status } }`;
const DECISION = `query ($id: ID!) { reorganisationDecision(id: $id) { status failure appliedAt } }`;
const DECISION_TOTAL = `{ reorganisationDecisions(limit: 1) { total } }`;
const MOVABLE = `planningWorkToMove { what count } complaintsWorkToMove { what count } inspectionsWorkToMove { what count } reportingWorkToMove { what count }`;
const PREVIEW = `query ($id: ID!) { reorganisationPreview(id: $id) {
  successions { predecessor { id ${MOVABLE} } successorId workKinds }
  counts { service what unit { id } count }
} }`;
const UNIT_WORK = `query ($id: ID!) { unit(id: $id) { id validTo ${MOVABLE} } }`;
const OCCURRENCES = `query ($p: ID!) { occurrences(planId: $p) { id key status unitId reports { status unitId } } }`;
const MY_OCCURRENCES = `query ($p: ID!) { myOccurrences(planId: $p) { id key unitId } }`;
const COMPLAINT = `query ($id: ID!) { complaint(id: $id) { id status senderHidden sender { name } units { unitId lead } due { handle } auditTrail { action actorId reason } } }`;
const UNREAD = `{ myNotificationPage(unreadOnly: true, limit: 200) { total items { id title } } }`;

type Movable = Record<
  "planningWorkToMove" | "complaintsWorkToMove" | "inspectionsWorkToMove" | "reportingWorkToMove",
  Array<{ what: string; count: number }>
>;
interface Occ {
  id: string;
  key: string;
  status: string;
  unitId: string;
  reports: Array<{ status: string; unitId: string }>;
}
interface ComplaintView {
  id: string;
  status: string;
  senderHidden: boolean;
  sender: { name: string } | null;
  units: Array<{ unitId: string; lead: boolean }>;
  due: { handle: string | null };
  auditTrail: Array<{ action: string; actorId: string; reason: string | null }>;
}

/** The data of a call that must succeed (the errors in the failure message otherwise). */
function ok<T>(res: GqlResult<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** A refusal: BAD_USER_INPUT with a Vietnamese message matching `message`. */
function refused(res: GqlResult<unknown>, message: RegExp): void {
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe("BAD_USER_INPUT");
  expect(res.errors![0]!.message).toMatch(message);
}

let admin: Record<string, string>;
let provinceId: string;
const ward = { from: { id: "", name: "" }, into: { id: "", name: "" }, future: { id: "", name: "" } };
let fromOfficer: Record<string, string>;
let intoOfficer: Record<string, string>;
let planId: string;
let complaintId: string;

const newWard = (key: string, validFrom: string) =>
  createWard(stack.gatewayUrl, admin, {
    code: `test.reorg.${RUN}.${key}`,
    name: `UBND phường Thử sắp xếp ${key.toUpperCase()} ${RUN}`,
    parentId: provinceId,
    validFrom,
  });

/** A ward officer of `unitId`, signed in with a password of its own. */
const newOfficer = (key: string, unitId: string) =>
  createOfficer(stack.gatewayUrl, admin, {
    username: `can.bo.${key}.${RUN}`,
    fullName: `Cán bộ phường ${key.toUpperCase()}`,
    unitId,
    password: "Sapxep@2026abc",
  });

const MOVABLE_KEYS = ["planningWorkToMove", "complaintsWorkToMove", "inspectionsWorkToMove", "reportingWorkToMove"] as const;
const countsOf = (m: Movable) => Object.fromEntries(MOVABLE_KEYS.map((k) => [k, m[k].map((w) => `${w.what}: ${w.count}`)]));
const total = (m: Movable) => MOVABLE_KEYS.flatMap((k) => m[k]).reduce((n, w) => n + w.count, 0);

async function unitWork(id: string): Promise<Movable & { validTo: string | null }> {
  return ok(await gql<{ unit: Movable & { validTo: string | null } }>(UNIT_WORK, { id }, admin)).unit;
}

beforeAll(async () => {
  admin = bearer((await login("admin", "Admin@2024")).accessToken);
  provinceId = await seededProvinceId(stack.gatewayUrl, admin);

  // Both wards existed for a while before the decision's effective date (today); the third only later.
  ward.from = await newWard("a", vietnamDay(-60));
  ward.into = await newWard("b", vietnamDay(-60));
  ward.future = await newWard("c", vietnamDay(60));
  fromOfficer = await newOfficer("a", ward.from.id);
  intoOfficer = await newOfficer("b", ward.into.id);

  // Planning: the ward leads a task of an issued plan (its issue notifies the ward) in quarters I–III.
  planId = await importIssuedPlan(
    stack.gatewayUrl,
    admin,
    oneTaskPlanText({
      number: RUN.slice(0, 4),
      year: YEAR,
      tag: `thử sắp xếp ${RUN}`,
      wardName: ward.from.name,
      timeframe: "Quý I, II, III",
    }),
    ward.from,
  );
  const occurrences = ok(
    await gql<{ myOccurrences: Array<{ id: string; key: string }> }>(MY_OCCURRENCES, { p: planId }, fromOfficer),
  ).myOccurrences.sort((a, b) => a.key.localeCompare(b.key));
  expect(occurrences.map((o) => o.key)).toEqual([`${YEAR}-Q1`, `${YEAR}-Q2`, `${YEAR}-Q3`]);
  // Quarter I is done and accepted; quarter II has a progress report and is still open; quarter III is untouched.
  const REPORT = `mutation ($id: ID!, $input: ProgressReportInput!) { reportProgress(occurrenceId: $id, input: $input) { id } }`;
  const done = ok(
    await gql<{ reportProgress: { id: string } }>(
      REPORT,
      {
        id: occurrences[0]!.id,
        input: { status: "DONE", note: "Đã rà soát xong quý I", evidenceNumber: "12/BC-UBND", evidenceDate: vietnamDay(-1) },
      },
      fromOfficer,
    ),
  ).reportProgress;
  ok(await gql(`mutation ($id: ID!) { reviewProgress(reportId: $id, decision: ACCEPT) { id } }`, { id: done.id }, admin));
  ok(await gql(REPORT, { id: occurrences[1]!.id, input: { status: "IN_PROGRESS", note: "Đang rà soát quý II" } }, fromOfficer));

  // Complaints: a PAKN about the ward's own officials, transferred to it (the transfer notifies the ward).
  complaintId = await openComplaintFor(stack.gatewayUrl, admin, {
    unitId: ward.from.id,
    now: now(),
    senderName: "Đỗ Văn Sắp",
    content: `Cán bộ một cửa phường thử sắp xếp ${RUN} hẹn trả kết quả chứng thực quá hạn.`,
  });
  // The ward's inbox shows the plan's task and the PAKN, unread.
  await waitFor(
    async () =>
      ok(await gql<{ myNotificationPage: { total: number } }>(UNREAD, {}, fromOfficer)).myNotificationPage.total >= 2 ? true : undefined,
    30_000,
  );
}, 120_000);

describe("a reorganisation decision through the gateway", () => {
  let decisionId: string;
  let previewed: Movable;
  let unreadPreviewed: number;
  let complaintBefore: ComplaintView;

  it("refuses bad decisions with a clear message and changes nothing", async () => {
    const before = ok(await gql<{ reorganisationDecisions: { total: number } }>(DECISION_TOTAL, {}, admin)).reorganisationDecisions.total;
    const decision = (changes: unknown[]) => ({ i: { number: `${RUN}/QĐ-SAI`, signedOn: TODAY, effectiveFrom: TODAY, changes } });
    const a = ward.from.id;
    const b = ward.into.id;

    refused(await gql(CREATE_DECISION, decision([{ kind: "MERGE", unitIds: [a], into: { unitId: a } }]), admin), /vào chính nó/);
    refused(
      await gql(
        CREATE_DECISION,
        decision([
          { kind: "MOVE", unitId: a, parentId: b },
          { kind: "MOVE", unitId: b, parentId: a },
        ]),
        admin,
      ),
      /vòng lặp đơn vị cấp trên/,
    );
    refused(
      await gql(CREATE_DECISION, decision([{ kind: "MERGE", unitIds: [a], into: { unitId: ward.future.id } }]), admin),
      /không tồn tại vào ngày hiệu lực/,
    );
    refused(
      await gql(
        CREATE_DECISION,
        decision([
          {
            kind: "SPLIT",
            unitId: a,
            successors: [
              { unitId: b, takes: ["PLAN_WORK", "COMPLAINTS"] },
              { unitId: provinceId, takes: ["RECOMMENDATIONS"] },
            ],
          },
        ]),
        admin,
      ),
      /Chưa quy định đơn vị tiếp nhận người dùng/,
    );

    expect(ok(await gql<{ reorganisationDecisions: { total: number } }>(DECISION_TOTAL, {}, admin)).reorganisationDecisions.total).toBe(
      before,
    );
    expect((await unitWork(a)).validTo).toBeNull();
    expect((await unitWork(b)).validTo).toBeNull();
  });

  it("previews what the merge would move, counted by every service", async () => {
    decisionId = ok(
      await gql<{ createReorganisationDecision: { id: string; status: string } }>(
        CREATE_DECISION,
        {
          i: {
            number: `${RUN}/QĐ-UBND`,
            signedOn: vietnamDay(-1),
            effectiveFrom: TODAY,
            changes: [{ kind: "MERGE", unitIds: [ward.from.id], into: { unitId: ward.into.id } }],
          },
        },
        admin,
      ),
    ).createReorganisationDecision.id;

    const preview = ok(
      await gql<{
        reorganisationPreview: {
          successions: Array<{ predecessor: Movable & { id: string }; successorId: string; workKinds: string[] }>;
          counts: Array<{ service: string; what: string; unit: { id: string }; count: number }>;
        };
      }>(PREVIEW, { id: decisionId }, admin),
    ).reorganisationPreview;
    expect(preview.successions).toHaveLength(1);
    const [succession] = preview.successions;
    expect(succession!.predecessor.id).toBe(ward.from.id);
    expect(succession!.successorId).toBe(ward.into.id);
    expect(succession!.workKinds).toEqual(["PLAN_WORK", "COMPLAINTS", "RECOMMENDATIONS", "USERS"]);
    previewed = succession!.predecessor;
    const count = (list: Array<{ what: string; count: number }>, what: string) => list.find((w) => w.what === what)?.count;
    // Quarters II and III (not done) move; quarter I (done) stays.
    expect(count(previewed.planningWorkToMove, "Lần thực hiện nhiệm vụ chưa hoàn thành")).toBe(2);
    expect(count(previewed.complaintsWorkToMove, "Phản ánh, kiến nghị đang xử lý")).toBe(1);
    expect(count(previewed.complaintsWorkToMove, "Phản ánh, kiến nghị về cán bộ của đơn vị (ẩn người gửi)")).toBe(1);
    unreadPreviewed = preview.counts.find((c) => c.unit.id === ward.from.id && c.what === "unreadNotifications")?.count ?? -1;
    expect(unreadPreviewed).toBeGreaterThanOrEqual(2);

    // The successor holds none of this yet: after the merge it holds exactly what was previewed.
    expect(total(await unitWork(ward.into.id))).toBe(0);
    expect(ok(await gql<{ myNotificationPage: { total: number } }>(UNREAD, {}, intoOfficer)).myNotificationPage.total).toBe(0);
    complaintBefore = ok(await gql<{ complaint: ComplaintView }>(COMPLAINT, { id: complaintId }, admin)).complaint;
  });

  it("applies on its effective date: the open work follows the successor, done work and reports stay", async () => {
    expect(
      ok(await gql<{ scheduleReorganisationDecision: { status: string } }>(SCHEDULE, { id: decisionId }, admin))
        .scheduleReorganisationDecision.status,
    ).toBe("SCHEDULED");
    // The directory's job applies it (every 2 s in the test stack).
    const applied = await waitFor(async () => {
      const d = ok(
        await gql<{ reorganisationDecision: { status: string; failure: string | null } }>(DECISION, { id: decisionId }, admin),
      ).reorganisationDecision;
      return d.status === "SCHEDULED" ? undefined : d;
    }, 30_000);
    expect(applied).toMatchObject({ status: "APPLIED", failure: null });
    expect((await unitWork(ward.from.id)).validTo).toBe(vietnamDay(-1));

    // Planning: the successor's officer finds quarters II and III; the city office sees quarter I and every report under the old ward.
    const mine = await waitFor(async () => {
      const list = ok(
        await gql<{ myOccurrences: Array<{ key: string; unitId: string }> }>(MY_OCCURRENCES, { p: planId }, intoOfficer),
      ).myOccurrences;
      return list.length === 2 ? list : undefined;
    }, 30_000);
    expect(mine.map((o) => o.key).sort()).toEqual([`${YEAR}-Q2`, `${YEAR}-Q3`]);
    const all = ok(await gql<{ occurrences: Occ[] }>(OCCURRENCES, { p: planId }, admin)).occurrences.sort((x, y) =>
      x.key.localeCompare(y.key),
    );
    expect(all.map((o) => [o.key, o.status, o.unitId])).toEqual([
      [`${YEAR}-Q1`, "DONE", ward.from.id],
      [`${YEAR}-Q2`, "IN_PROGRESS", ward.into.id],
      [`${YEAR}-Q3`, "NOT_STARTED", ward.into.id],
    ]);
    expect(all.flatMap((o) => o.reports.map((r) => r.unitId))).toEqual([ward.from.id, ward.from.id]);

    // Complaints: the successor's officer has the PAKN in the inbox, the sender still hidden (it concerns the
    // officials who now sit in the successor); the legal clock is unchanged and the move is audited.
    const moved = await waitFor(async () => {
      const c = (await gql<{ complaint: ComplaintView | null }>(COMPLAINT, { id: complaintId }, intoOfficer)).data?.complaint;
      return c ?? undefined;
    }, 30_000);
    expect(moved).toMatchObject({ status: complaintBefore.status, senderHidden: true, sender: null });
    expect(moved.units).toEqual([{ unitId: ward.into.id, lead: true }]);
    expect(moved.due).toEqual(complaintBefore.due);
    const inbox = ok(
      await gql<{ complaints: { items: Array<{ id: string }> } }>(`{ complaints(limit: 200) { items { id } } }`, {}, intoOfficer),
    );
    expect(inbox.complaints.items.map((c) => c.id)).toContain(complaintId);
    const asAdmin = ok(await gql<{ complaint: ComplaintView }>(COMPLAINT, { id: complaintId }, admin)).complaint;
    expect(asAdmin.sender?.name).toBe("Đỗ Văn Sắp");
    const audit = asAdmin.auditTrail.filter((e) => e.action === "reorganisationMove");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.reason).toContain(`${RUN}/QĐ-UBND`);
    // The old ward's officer keeps the account but no longer sees the PAKN.
    expect((await gql<{ complaint: unknown }>(COMPLAINT, { id: complaintId }, fromOfficer)).data?.complaint ?? null).toBeNull();

    // Directory: the old ward's unread notifications are in the successor's inbox.
    expect(ok(await gql<{ myNotificationPage: { total: number } }>(UNREAD, {}, intoOfficer)).myNotificationPage.total).toBe(
      unreadPreviewed,
    );
  });

  it("moved exactly what the preview counted", async () => {
    // The successor held nothing before; now it holds what was previewed, and the old ward holds nothing.
    expect(countsOf(await unitWork(ward.into.id))).toEqual(countsOf(previewed));
    expect(total(await unitWork(ward.from.id))).toBe(0);
  });

  it("a second application is refused, and a re-delivered event changes nothing", async () => {
    refused(await gql(SCHEDULE, { id: decisionId }, admin), /đã được áp dụng/);
    const snapshot = async () => ({
      occurrences: ok(await gql<{ occurrences: Occ[] }>(OCCURRENCES, { p: planId }, admin))
        .occurrences.map((o) => [o.key, o.unitId])
        .sort(),
      complaint: ok(await gql<{ complaint: ComplaintView }>(COMPLAINT, { id: complaintId }, admin)).complaint,
      work: await unitWork(ward.into.id),
      unread: ok(await gql<{ myNotificationPage: { total: number } }>(UNREAD, {}, intoOfficer)).myNotificationPage.total,
    });
    const before = await snapshot();

    // Kafka delivers at least once: the directory's relay publishes the event again (as after a crash
    // between publishing and stamping the row), and every consumer receives it a second time.
    const directory = new pg.Client({ connectionString: stack.databaseUrls.directory });
    await directory.connect();
    try {
      const { rows } = await directory.query<{ seq: string }>(
        `UPDATE outbox SET published_at = NULL
          WHERE payload->>'type' = 'directory.unit.succeeded' AND payload->'data'->>'predecessorId' = $1 RETURNING seq`,
        [ward.from.id],
      );
      expect(rows).toHaveLength(1);
      await waitFor(async () => {
        const r = await directory.query<{ published_at: Date | null }>(`SELECT published_at FROM outbox WHERE seq = $1`, [rows[0]!.seq]);
        return r.rows[0]?.published_at !== null;
      }, 30_000);
    } finally {
      await directory.end();
    }
    // The consumers had it once already; give them time to see it again, then nothing has changed.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await snapshot()).toEqual(before);
  });
});
