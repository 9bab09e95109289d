/**
 * The unit scorecard (issue 12 item 8): phường Lê Lợi's rates over Q1/2026 (15/12/2025 → 14/03/2026, cut-off
 * day 14) from known plan, PAKN, inspection and dossier events — with events on the 14th and the 15th of March
 * on either side of the cut-off — and from its own reports, checked against hand-computed figures, including a
 * zero denominator (no recommendation closed: no rate); its index of February, the last complete month of the
 * window; and who may read it through the service's GraphQL.
 */
import { parseLocalDate as d } from "@tthc/calendar";
import type { EventEnvelope } from "@tthc/events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scorecardMonth } from "../../src/use-cases/scorecard.ts";
import { at, event, officer, uuid, wardCreated } from "../fixtures.ts";
import { ACTORS, applyEvents, gql, startHarness, type Harness } from "../harness.ts";

// Monday 16 March 2026, 10:00 in Vietnam.
const NOW = new Date("2026-03-16T03:00:00Z");
let h: Harness;

const WARD = "unit-le-loi";
const OTHER = "unit-an-tao";

let serial = 0;
/** One dossier of `unitId`: received on `received` (online or in person), resolved on `resolved` with its timeliness. */
function dossier(unitId: string, received: string, resolved: string, timeliness: "early" | "on-time" | "late", online = false) {
  serial += 1;
  const code = `000.00.01.H31-260101-${String(serial).padStart(4, "0")}`;
  const step = (s: "received" | "resolved" | "paid-online" | "digitised", time: string, extra: Record<string, unknown> = {}) =>
    event("reporting.dossier.recorded", code, time, { dossierCode: code, unitId, step: s, origin: "partner", ...extra });
  return [
    step("received", at(received), { channel: online ? "online" : "in-person", dueDay: "2026-04-30" }),
    ...(online ? [step("paid-online", at(received)), step("digitised", at(received))] : []),
    step("resolved", at(resolved), { timeliness }),
  ];
}

const due = { classify: "2026-01-05", outOfScopeTransfer: "2026-01-09", handle: null, answer: "2026-03-30" };
/** A PAKN transferred to `unitId` and answered on `answered` (on time or not). */
function pakn(unitId: string, received: string, answered: string, onTime: boolean): EventEnvelope[] {
  const id = uuid();
  return [
    event("complaints.complaint.received", id, at(received), {
      trackingCode: `PAKN-2026-${id.slice(0, 6)}`,
      channel: "web",
      receivedDay: received,
      due,
    }),
    event("complaints.complaint.transferred", id, at(received).replace("02:00", "03:00"), { units: [{ unitId, lead: true }], due }),
    event("complaints.complaint.answered", id, at(answered), { unitId, documentNumber: "1/UBND", onTime }),
  ];
}

const PLAN = uuid();
const TASK = uuid();
/** A plan occurrence of the ward due on `dueDay`, reported done on `reported` and accepted the day after. */
function occurrence(dueDay: string, reported: string, accepted: string): EventEnvelope[] {
  const id = uuid();
  const reportId = uuid();
  const ref = (unitId: string) => ({
    unitId,
    title: "Nhiệm vụ",
    link: "/plans",
    occurrenceId: id,
    planId: PLAN,
    taskId: TASK,
    taskLabel: "VIII.1",
    dueDay,
  });
  return [
    event("planning.occurrence.reported", id, at(reported), {
      ...ref("unit-vp"),
      reportId,
      status: "done",
      reportingUnitId: WARD,
      hasEvidence: true,
    }),
    event("planning.occurrence.accepted", id, at(accepted), { ...ref(WARD), reportId, status: "done", comment: null }),
  ];
}

const REC = uuid();
const EVENTS: EventEnvelope[] = [
  wardCreated(WARD, "UBND phường Lê Lợi"),
  wardCreated(OTHER, "UBND phường An Tảo"),
  // Dossiers of the ward: early in January, on time in February (online, paid, digitised), late on the 14th of
  // March (in the window); late on the 15th (next quarter's).
  ...dossier(WARD, "2026-01-05", "2026-01-10", "early"),
  ...dossier(WARD, "2026-02-10", "2026-02-12", "on-time", true),
  ...dossier(WARD, "2026-03-02", "2026-03-14", "late"),
  ...dossier(WARD, "2026-03-03", "2026-03-15", "late"),
  // An Tảo in February: one dossier late (a lower index than the ward's).
  ...dossier(OTHER, "2026-02-02", "2026-02-20", "late", true),
  // PAKN of the ward: on time in February, late on 14/03, on time on 15/03 (next quarter's).
  ...pakn(WARD, "2026-02-02", "2026-02-09", true),
  ...pakn(WARD, "2026-03-02", "2026-03-14", false),
  ...pakn(WARD, "2026-03-03", "2026-03-15", true),
  // Plan occurrences: done on time (reported 12/03, due 13/03), done late (due 10/02, reported 20/02).
  ...occurrence("2026-03-13", "2026-03-12", "2026-03-13"),
  ...occurrence("2026-02-10", "2026-02-20", "2026-02-21"),
  // A recommendation issued and still open: nothing closed, so no rate.
  event("inspections.recommendation.issued", REC, at("2026-02-15"), {
    unitId: WARD,
    title: "Kiến nghị",
    link: "/inspections",
    recommendationId: REC,
    inspectionId: uuid(),
    findingId: uuid(),
    dueDay: "2026-04-30",
  }),
];

const CARD = `query ($u: ID!, $k: String!, $y: Int, $i: Int) {
  unitScorecard(unitId: $u, kindCode: $k, year: $y, index: $i) {
    unitId unitName kindCode periodKey periodLabel periodStart periodEnd
    planOccurrencesOnTime { numerator denominator rate }
    paknOnTime { numerator denominator rate }
    recommendationsClosedOnTime { numerator denominator rate }
    reportsOnTime { numerator denominator rate }
    dossiersOnTime { numerator denominator rate }
    index { month total maxTotal rank rankedUnits }
  }
}`;
const Q1 = { u: WARD, k: "tthc-control-quarterly", y: 2026, i: 1 };
type Card = { unitScorecard: Record<string, unknown> };

beforeAll(async () => {
  h = await startHarness("scorecard", NOW);
  await applyEvents(h.db, EVENTS);
  // The ward's reports: an ad-hoc one for January (deadline passed, never submitted: late) and Q1/2026's
  // (deadline 17/03, submitted today: on time).
  const generate = `mutation ($k: String!, $y: Int, $i: Int, $s: Date, $e: Date) { generateExpectedReports(kindCode: $k, year: $y, index: $i, start: $s, end: $e) }`;
  for (const variables of [
    { k: "ad-hoc", s: "2026-01-01", e: "2026-01-31" },
    { k: "tthc-control-quarterly", y: 2026, i: 1 },
  ]) {
    const res = await gql(h.app, generate, variables, ACTORS.admin);
    expect(res.errors).toBeUndefined();
  }
  const reports = await gql<{ unitReports: { items: Array<{ id: string; kindCode: string }> } }>(
    h.app,
    `{ unitReports(first: 10) { items { id kindCode } } }`,
    {},
    ACTORS.ward,
  );
  const q1 = reports.data!.unitReports.items.find((r) => r.kindCode === "tthc-control-quarterly")!;
  const narrative = await gql(
    h.app,
    `mutation ($id: ID!) { saveReportNarrative(id: $id, narrative: "Phường hoàn thành các nhiệm vụ quý I.") { status } }`,
    { id: q1.id },
    ACTORS.ward,
  );
  expect(narrative.errors).toBeUndefined();
  const submitted = await gql(h.app, `mutation ($id: ID!) { submitUnitReport(id: $id) { status } }`, { id: q1.id }, ACTORS.ward);
  expect(submitted.errors).toBeUndefined();
});
afterAll(async () => {
  await h?.close();
});

describe("the unit scorecard", () => {
  it("gives the ward's Q1/2026 rates as computed by hand, and no rate without a denominator", async () => {
    const res = await gql<Card>(h.app, CARD, Q1, ACTORS.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.unitScorecard).toEqual({
      unitId: WARD,
      unitName: "UBND phường Lê Lợi",
      kindCode: "tthc-control-quarterly",
      periodKey: "2026-Q1",
      periodLabel: "Quý I/2026",
      periodStart: "2025-12-15",
      periodEnd: "2026-03-14",
      planOccurrencesOnTime: { numerator: 1, denominator: 2, rate: 0.5 },
      // On time 09/02, late 14/03; the answer of 15/03 is Q2's.
      paknOnTime: { numerator: 1, denominator: 2, rate: 0.5 },
      recommendationsClosedOnTime: { numerator: 0, denominator: 0, rate: null },
      // Q1 submitted on time; January's ad-hoc report overdue.
      reportsOnTime: { numerator: 1, denominator: 2, rate: 0.5 },
      // Early 10/01, on time 12/02, late 14/03; the late one of 15/03 is Q2's.
      dossiersOnTime: { numerator: 2, denominator: 3, rate: 2 / 3 },
      // February: 2.1, 3.2, 3.6, 4.2 and 5.2 full (20 + 8 + 10 + 22 + 9); 5.3 (no rating) and the manual
      // 1.1 and 3.1 score 0. An Tảo's late dossier costs it 2.1's 20 points: the ward ranks first of two.
      index: { month: "2026-02", total: 69, maxTotal: 100, rank: 1, rankedUnits: 2 },
    });
  });

  it("reads the same for a partner with reports:read and for the ward's own officer", async () => {
    const admin = await gql<Card>(h.app, CARD, Q1, ACTORS.admin);
    for (const actor of [ACTORS.reader, ACTORS.leader, ACTORS.inspector, ACTORS.ward]) {
      const res = await gql<Card>(h.app, CARD, Q1, actor);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual(admin.data);
    }
  });

  it("refuses another unit's officer, a partner without reports:read and anyone not signed in", async () => {
    const partner = { kind: "partner", partnerId: "p-x", name: "Đối tác", scopes: ["dossiers:write"] } as typeof ACTORS.reader;
    for (const [actor, code] of [
      [officer(OTHER), "FORBIDDEN"],
      [partner, "FORBIDDEN"],
      [ACTORS.anonymous, "UNAUTHENTICATED"],
    ] as const) {
      const res = await gql<Card>(h.app, CARD, Q1, actor);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    const own = await gql<Card>(h.app, CARD, { ...Q1, u: OTHER }, officer(OTHER));
    expect(own.errors).toBeUndefined();
  });

  it("refuses an unknown unit, kind or period with a Vietnamese message", async () => {
    const unknownUnit = await gql<Card>(h.app, CARD, { ...Q1, u: "unit-none" }, ACTORS.admin);
    expect(unknownUnit.errors?.[0]?.message).toBe("Không tìm thấy đơn vị.");
    const badKind = await gql<Card>(h.app, CARD, { ...Q1, k: "none" }, ACTORS.admin);
    expect(badKind.errors?.[0]?.message).toBe("Không có loại báo cáo này.");
    const badQuarter = await gql<Card>(h.app, CARD, { ...Q1, i: 5 }, ACTORS.admin);
    expect(badQuarter.errors?.[0]?.message).toBe("Quý phải từ 1 đến 4.");
  });

  it("shows the index of the last complete month inside the window, none when the window holds none", () => {
    expect(scorecardMonth(d("2025-12-15"), d("2026-03-14"), d("2026-03-16"))).toBe("2026-02");
    expect(scorecardMonth(d("2026-01-01"), d("2026-03-31"), d("2026-06-01"))).toBe("2026-03");
    // The running month is not over: the month before it.
    expect(scorecardMonth(d("2026-01-01"), d("2026-03-31"), d("2026-03-16"))).toBe("2026-02");
    expect(scorecardMonth(d("2026-03-15"), d("2026-06-14"), d("2026-03-16"))).toBeNull();
  });
});

describe("the index on the public statistics page", () => {
  const PUBLIC = `query ($l: Int, $o: Int) { publicServiceQualityIndex(limit: $l, offset: $o) { month total items { rank unitId unitName total maxTotal } } }`;
  type Public = { publicServiceQualityIndex: { month: string; total: number; items: unknown[] } };

  it("gives anyone the last complete month's ranking, paged: rank, unit and points only", async () => {
    const first = await gql<Public>(h.app, PUBLIC, { l: 1 }, ACTORS.anonymous);
    expect(first.errors).toBeUndefined();
    expect(first.data!.publicServiceQualityIndex).toEqual({
      month: "2026-02",
      total: 2,
      items: [{ rank: 1, unitId: WARD, unitName: "UBND phường Lê Lợi", total: 69, maxTotal: 100 }],
    });
    // An Tảo: 3.2, 3.6 and 4.2 full (8 + 10 + 22); its late dossier scores 0 on 2.1; no PAKN.
    const second = await gql<Public>(h.app, PUBLIC, { l: 1, o: 1 }, ACTORS.anonymous);
    expect(second.data!.publicServiceQualityIndex.items).toEqual([
      { rank: 2, unitId: OTHER, unitName: "UBND phường An Tảo", total: 40, maxTotal: 100 },
    ]);
  });

  it("refuses a page beyond the limit", async () => {
    const res = await gql<Public>(h.app, PUBLIC, { o: 10_001 }, ACTORS.anonymous);
    expect(res.errors?.[0]?.message).toBe("Trang yêu cầu vượt quá giới hạn.");
  });
});
