/**
 * The dashboard's query (reportingDashboard): each panel's figures from events across two units, checked
 * against values counted by hand, for March–April 2025; and who sees what (a unit officer only their own
 * unit, the anonymous nothing), and a refused window. Then the dossier panel's drill-down (dossierResolutions): its
 * totals equal the panel's figures, a duplicate or replayed step adds no row, another unit's officer is refused;
 * and the plan and PAKN panels' drill-down (figureRecords): the occurrences and PAKN behind each figure.
 */
import type { EventEnvelope } from "@tthc/events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testUser } from "@tthc/test-kit";
import { resetFacts } from "../../src/db/facts.ts";
import { at, event, uuid } from "../fixtures.ts";
import { ACTORS, applyEvents, gql, outboxEvents, startHarness, type Harness } from "../harness.ts";

const NOW = new Date("2025-07-01T03:00:00Z");
const WARD = "unit-le-loi";
const OTHER = "unit-tu-phap";

function unit(id: string, code: string, name: string) {
  return event("directory.unit.created", id, at("2024-01-01"), {
    unit: { id, code, name, shortName: null, levelCode: "ward", parentId: null, validFrom: "2020-01-01", validTo: null },
  });
}

/** A PAKN received on `receivedDay`, transferred to `unitId` that day, answered on `answered` (if given). */
function pakn(receivedDay: string, answerDue: string, unitId: string, answered?: { day: string; onTime: boolean }): EventEnvelope[] {
  const id = uuid();
  const due = { classify: "2025-01-01", outOfScopeTransfer: "2025-01-01", handle: null, answer: answerDue };
  return [
    event("complaints.complaint.received", id, at(receivedDay), {
      trackingCode: `PAKN-${id.slice(0, 6)}`,
      channel: "web",
      receivedDay,
      due,
    }),
    event("complaints.complaint.transferred", id, at(receivedDay).replace("02:00", "03:00"), { units: [{ unitId, lead: true }], due }),
    ...(answered
      ? [event("complaints.complaint.answered", id, at(answered.day), { unitId, documentNumber: "01/UBND", onTime: answered.onTime })]
      : []),
  ];
}

/** A plan occurrence of the ward due on `dueDay`. */
function occurrence(dueDay: string) {
  const id = uuid();
  const ref = (unitId: string) => ({
    unitId,
    title: "Nhiệm vụ",
    link: "/plans",
    occurrenceId: id,
    planId: "6f1c1b1e-0000-4000-8000-000000000001",
    taskId: "6f1c1b1e-0000-4000-8000-000000000002",
    taskLabel: "VIII.1",
    dueDay,
  });
  const reportId = uuid();
  return {
    id,
    done: (day: string) => [
      event("planning.occurrence.reported", id, at(day), {
        ...ref("unit-vp"),
        reportId,
        status: "done",
        reportingUnitId: WARD,
        hasEvidence: true,
      }),
      event("planning.occurrence.accepted", id, at(day).replace("02:00", "04:00"), {
        ...ref(WARD),
        reportId,
        status: "done",
        comment: null,
      }),
    ],
    overdue: (day: string) => event("planning.occurrence.overdue", id, at(day), { ...ref(WARD), workingDaysLate: 1 }),
  };
}

const INSPECTION = uuid();
const FINDING = uuid();
const recommendationIssued = (dueDay: string, issuedOn = "2025-04-15") => {
  const id = uuid();
  return {
    id,
    event: event("inspections.recommendation.issued", id, at(issuedOn), {
      unitId: WARD,
      title: "Kiến nghị",
      link: "/inspections",
      recommendationId: id,
      inspectionId: INSPECTION,
      findingId: FINDING,
      dueDay,
    }),
  };
};
// Issued on 15/04: one due after the window, one overdue from 21/04.
const REC_LATER = recommendationIssued("2025-05-15");
const REC_OVERDUE = recommendationIssued("2025-04-20");

// March: A and B received by the ward, A answered on time; D (February's) answered on time in March.
// B is never answered: overdue from 26/03. April: C received and answered late by the other unit.
const PAKN_A = pakn("2025-03-05", "2025-03-25", WARD, { day: "2025-03-20", onTime: true });
const PAKN_B = pakn("2025-03-10", "2025-03-25", WARD);
const PAKN_C = pakn("2025-04-02", "2025-04-05", OTHER, { day: "2025-04-10", onTime: false });
const PAKN_D = pakn("2025-02-20", "2025-03-15", WARD, { day: "2025-03-03", onTime: true });
const O1 = occurrence("2025-03-14");
const O2 = occurrence("2025-03-10");
const EVENTS: EventEnvelope[] = [
  unit(WARD, "LE-LOI", "UBND phường Lê Lợi"),
  unit(OTHER, "TU-PHAP", "Phòng Tư pháp"),
  ...PAKN_A,
  ...PAKN_B,
  ...PAKN_C,
  ...PAKN_D,
  // After the window: counted nowhere.
  ...pakn("2025-05-02", "2025-05-25", OTHER),
  // O1 done on its due day; O2 overdue since 11/03 and still open.
  ...O1.done("2025-03-14"),
  O2.overdue("2025-03-11"),
  // An inspection of the ward concluded on 15/04 with two recommendations, neither closed; one past its deadline by 30/04.
  event("inspections.inspection.concluded", INSPECTION, at("2025-04-15"), {
    unitId: WARD,
    title: "Kiểm tra",
    link: "/inspections",
    inspectionId: INSPECTION,
    concludedOn: "2025-04-15",
    conclusionNumber: "05/KL",
  }),
  REC_LATER.event,
  REC_OVERDUE.event,
];

const vn = (day: string) => `${day}T09:30:00+07:00`;
/** The ward's dossiers: one resolved early in March, one late in April, one resolved in May (outside). */
const STEPS = [
  { dossierCode: "000.00.31.H29-250305-0001", step: "received", occurredAt: vn("2025-03-05"), channel: "online", dueDay: "2025-03-20" },
  { dossierCode: "000.00.31.H29-250305-0001", step: "resolved", occurredAt: vn("2025-03-18"), timeliness: "early" },
  { dossierCode: "000.00.31.H29-250306-0002", step: "received", occurredAt: vn("2025-03-06"), channel: "post", dueDay: "2025-04-01" },
  { dossierCode: "000.00.31.H29-250306-0002", step: "resolved", occurredAt: vn("2025-04-25"), timeliness: "late" },
  { dossierCode: "000.00.31.H29-250410-0003", step: "received", occurredAt: vn("2025-04-10"), channel: "online", dueDay: "2025-05-20" },
  { dossierCode: "000.00.31.H29-250410-0003", step: "resolved", occurredAt: vn("2025-05-12"), timeliness: "on-time" },
].map((s) => ({ ...s, unitCode: "LE-LOI" }));

const QUERY = `query ($from: Date!, $to: Date!, $first: Int) {
  reportingDashboard(from: $from, to: $to, first: $first) {
    from to unitId
    planProgress { total items { unitId unitName doneOnTime doneLate openOverdue } }
    complaintsByMonth { month unitId received handled overdue }
    complaintsByUnit { total items { unitId unitName received handled overdue } }
    dossiers { total items { unitId unitName onTime late onTimeRate } }
    inspections { total items { unitId unitName concluded recommendationsOpen recommendationsOverdue } }
  }
}`;
const WINDOW = { from: "2025-03-01", to: "2025-04-30" };

let h: Harness;

let stepEvents: EventEnvelope[] = [];

beforeAll(async () => {
  h = await startHarness("dashboard", NOW);
  await applyEvents(h.db, EVENTS);
  const recorded = await gql(
    h.app,
    `mutation ($steps: [DossierStepInput!]!) { recordDossierSteps(steps: $steps) { recorded errors { message } } }`,
    { steps: STEPS },
    ACTORS.onestop,
  );
  expect(recorded.errors).toBeUndefined();
  stepEvents = await outboxEvents(h.db, "reporting.dossier.recorded");
  await applyEvents(h.db, stepEvents);
});
afterAll(async () => h?.close());

type Dashboard = { reportingDashboard: Record<string, unknown> };

describe("reportingDashboard", () => {
  it("gives the city office every unit's figures of the window, counted by hand", async () => {
    const res = await gql<Dashboard>(h.app, QUERY, WINDOW, ACTORS.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportingDashboard).toEqual({
      ...WINDOW,
      unitId: null,
      planProgress: { total: 1, items: [{ unitId: WARD, unitName: "UBND phường Lê Lợi", doneOnTime: 1, doneLate: 0, openOverdue: 1 }] },
      complaintsByMonth: [
        // March: A, B received; A, D answered; B overdue at 31/03.
        { month: "2025-03", unitId: null, received: 2, handled: 2, overdue: 1 },
        // April: C received and answered; B still overdue at 30/04.
        { month: "2025-04", unitId: null, received: 1, handled: 1, overdue: 1 },
      ],
      complaintsByUnit: {
        total: 2,
        items: [
          { unitId: WARD, unitName: "UBND phường Lê Lợi", received: 2, handled: 2, overdue: 1 },
          { unitId: OTHER, unitName: "Phòng Tư pháp", received: 1, handled: 1, overdue: 0 },
        ],
      },
      dossiers: { total: 1, items: [{ unitId: WARD, unitName: "UBND phường Lê Lợi", onTime: 1, late: 1, onTimeRate: 0.5 }] },
      inspections: {
        total: 1,
        items: [{ unitId: WARD, unitName: "UBND phường Lê Lợi", concluded: 1, recommendationsOpen: 2, recommendationsOverdue: 1 }],
      },
    });
  });

  it("pages the units in SQL: the busiest first, with how many there are", async () => {
    const res = await gql<Dashboard>(h.app, QUERY, { ...WINDOW, first: 1 }, ACTORS.leader);
    expect(res.data!.reportingDashboard.complaintsByUnit).toEqual({
      total: 2,
      items: [{ unitId: WARD, unitName: "UBND phường Lê Lợi", received: 2, handled: 2, overdue: 1 }],
    });
  });

  it("gives a unit officer only their own unit's figures", async () => {
    const res = await gql<Dashboard>(h.app, QUERY, WINDOW, ACTORS.ward);
    const dashboard = res.data!.reportingDashboard;
    expect(dashboard.unitId).toBe(WARD);
    expect(dashboard.complaintsByUnit).toEqual({
      total: 1,
      items: [{ unitId: WARD, unitName: "UBND phường Lê Lợi", received: 2, handled: 2, overdue: 1 }],
    });
    // April's PAKN C is the other unit's: not counted for the ward.
    expect(dashboard.complaintsByMonth).toEqual([
      { month: "2025-03", unitId: null, received: 2, handled: 2, overdue: 1 },
      { month: "2025-04", unitId: null, received: 0, handled: 0, overdue: 1 },
    ]);
  });

  it("refuses the anonymous, and a window backwards or longer than 24 months", async () => {
    const anonymous = await gql(h.app, QUERY, WINDOW, ACTORS.anonymous);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const backwards = await gql(h.app, QUERY, { from: "2025-04-30", to: "2025-03-01" }, ACTORS.admin);
    expect(backwards.errors?.[0]?.message).toContain("Ngày kết thúc không được trước ngày bắt đầu.");
    const long = await gql(h.app, QUERY, { from: "2023-01-01", to: "2025-01-31" }, ACTORS.admin);
    expect(long.errors?.[0]?.message).toContain("tối đa 24 tháng");
  });
});

const DRILL = `query ($unitId: ID!, $from: Date!, $to: Date!, $outcome: DossierOutcome!, $first: Int) {
  dossierResolutions(unitId: $unitId, from: $from, to: $to, outcome: $outcome, first: $first) {
    total items { dossierCode step day timeliness }
  }
}`;
type Drill = { dossierResolutions: { total: number; items: Array<Record<string, string>> } };
const ON_TIME = {
  total: 1,
  items: [{ dossierCode: "000.00.31.H29-250305-0001", step: "resolved", day: "2025-03-18", timeliness: "early" }],
};
const LATE = { total: 1, items: [{ dossierCode: "000.00.31.H29-250306-0002", step: "resolved", day: "2025-04-25", timeliness: "late" }] };
const drill = (outcome: "ON_TIME" | "LATE", actor = ACTORS.admin, unitId = WARD) =>
  gql<Drill>(h.app, DRILL, { ...WINDOW, unitId, outcome }, actor);
const stepRows = async () => Number((await h.db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS "n" FROM "DossierStep"`)[0]!.n);

describe("dossierResolutions (the dossier panel's drill-down)", () => {
  it("lists the dossiers behind each figure: as many as the panel counts for the unit", async () => {
    const panel = await gql<Dashboard>(h.app, QUERY, WINDOW, ACTORS.admin);
    const ward = (panel.data!.reportingDashboard.dossiers as { items: Array<{ unitId: string; onTime: number; late: number }> }).items[0]!;
    const onTime = await drill("ON_TIME");
    const late = await drill("LATE");
    expect(onTime.data!.dossierResolutions).toEqual(ON_TIME);
    expect(late.data!.dossierResolutions).toEqual(LATE);
    expect([onTime.data!.dossierResolutions.total, late.data!.dossierResolutions.total]).toEqual([ward.onTime, ward.late]);
    // Another unit resolved nothing in the window.
    expect((await drill("ON_TIME", ACTORS.admin, OTHER)).data!.dossierResolutions).toEqual({ total: 0, items: [] });
  });

  it("adds no row for a step delivered again, and a replay rebuilds the same rows", async () => {
    expect(await stepRows()).toBe(6);
    await applyEvents(h.db, stepEvents);
    expect(await stepRows()).toBe(6);
    await h.db.$transaction((tx) => resetFacts(tx));
    expect(await stepRows()).toBe(0);
    await applyEvents(h.db, [...stepEvents].reverse());
    expect(await stepRows()).toBe(6);
    expect((await drill("ON_TIME")).data!.dossierResolutions).toEqual(ON_TIME);
    expect((await drill("LATE")).data!.dossierResolutions).toEqual(LATE);
  });

  it("lets a unit officer read their own unit's dossiers only, and refuses a bad page", async () => {
    expect((await drill("LATE", ACTORS.ward)).data!.dossierResolutions).toEqual(LATE);
    const otherOfficer = testUser("u-tu-phap", "u-tu-phap", OTHER, ["UNIT_OFFICER"]);
    const refused = await drill("LATE", otherOfficer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.message).toBe("Bạn chỉ xem được hồ sơ của đơn vị mình.");
    expect((await drill("LATE", ACTORS.anonymous)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const page = await gql(h.app, DRILL, { ...WINDOW, unitId: WARD, outcome: "LATE", first: 101 }, ACTORS.admin);
    expect(page.errors?.[0]?.message).toContain("Số dòng mỗi trang từ 1 đến 100.");
  });
});

const RECORDS = `query ($figure: DashboardFigure!, $unitId: ID, $from: Date!, $to: Date!, $first: Int, $offset: Int) {
  figureRecords(figure: $figure, unitId: $unitId, from: $from, to: $to, first: $first, offset: $offset) {
    total items { id day occurrence { id } complaint { id } inspection { id } recommendation { id } }
  }
}`;
type Records = {
  figureRecords: {
    total: number;
    items: Array<{
      id: string;
      day: string;
      occurrence: { id: string } | null;
      complaint: { id: string } | null;
      inspection: { id: string } | null;
      recommendation: { id: string } | null;
    }>;
  };
};
const records = (
  figure: string,
  vars: { unitId?: string | null; from?: string; to?: string; first?: number; offset?: number } = {},
  actor = ACTORS.admin,
) => gql<Records>(h.app, RECORDS, { ...WINDOW, unitId: WARD, ...vars, figure }, actor);
/** A record as figureRecords gives it: the reference of its own kind, the others null. */
const record = (kind: "occurrence" | "complaint" | "inspection" | "recommendation", id: string, day: string) => ({
  id,
  day,
  occurrence: null,
  complaint: null,
  inspection: null,
  recommendation: null,
  [kind]: { id },
});
const occurrenceRecord = (id: string, day: string) => record("occurrence", id, day);
const paknRecord = (events: EventEnvelope[], day: string) => record("complaint", events[0]!.subject, day);

describe("figureRecords (the plan, PAKN and inspection panels' drill-down)", () => {
  // The replay above rebuilt the facts from the dossier steps alone; the rest of the window's events come back
  // (a delivery already applied would add nothing).
  beforeAll(() => applyEvents(h.db, EVENTS));

  it("lists the occurrences behind each bar of the plan chart: done on time in the window, overdue and open at its end", async () => {
    expect((await records("PLAN_DONE_ON_TIME")).data!.figureRecords).toEqual({ total: 1, items: [occurrenceRecord(O1.id, "2025-03-14")] });
    expect((await records("PLAN_DONE_LATE")).data!.figureRecords).toEqual({ total: 0, items: [] });
    expect((await records("PLAN_OPEN_OVERDUE")).data!.figureRecords).toEqual({ total: 1, items: [occurrenceRecord(O2.id, "2025-03-11")] });
  });

  it("lists the PAKN behind the handled and overdue figures of a unit and of a month, as many as the panel counts", async () => {
    // The ward handled A (20/03) and D (03/03), newest first; B is overdue since 26/03.
    expect((await records("PAKN_HANDLED")).data!.figureRecords).toEqual({
      total: 2,
      items: [paknRecord(PAKN_A, "2025-03-20"), paknRecord(PAKN_D, "2025-03-03")],
    });
    expect((await records("PAKN_OVERDUE")).data!.figureRecords).toEqual({ total: 1, items: [paknRecord(PAKN_B, "2025-03-26")] });
    // April, every unit: C handled by the other unit; B still overdue at 30/04 (a stock: counted whenever it opened).
    const april = { unitId: null, from: "2025-04-01", to: "2025-04-30" };
    expect((await records("PAKN_HANDLED", april)).data!.figureRecords).toEqual({ total: 1, items: [paknRecord(PAKN_C, "2025-04-10")] });
    expect((await records("PAKN_OVERDUE", april)).data!.figureRecords).toEqual({ total: 1, items: [paknRecord(PAKN_B, "2025-03-26")] });
    // Paged in SQL: the second of two, with the total.
    expect((await records("PAKN_HANDLED", { first: 1, offset: 1 })).data!.figureRecords).toEqual({
      total: 2,
      items: [paknRecord(PAKN_D, "2025-03-03")],
    });
  });

  it("lists the inspections and recommendations behind each bar of the inspection chart, as many as the panel counts", async () => {
    expect((await records("INSPECTIONS_CONCLUDED")).data!.figureRecords).toEqual({
      total: 1,
      items: [record("inspection", INSPECTION, "2025-04-15")],
    });
    // Both still open at 30/04, counted from their issue (same day: in id order); one overdue since 21/04.
    const open = [REC_LATER, REC_OVERDUE].map((r) => r.id).sort();
    expect((await records("RECOMMENDATIONS_OPEN")).data!.figureRecords).toEqual({
      total: 2,
      items: open.map((id) => record("recommendation", id, "2025-04-15")),
    });
    expect((await records("RECOMMENDATIONS_OVERDUE")).data!.figureRecords).toEqual({
      total: 1,
      items: [record("recommendation", REC_OVERDUE.id, "2025-04-21")],
    });
    // At 31/03 neither was issued yet, nor the inspection concluded.
    const march = { from: "2025-03-01", to: "2025-03-31" };
    expect((await records("RECOMMENDATIONS_OPEN", march)).data!.figureRecords.total).toBe(0);
    expect((await records("INSPECTIONS_CONCLUDED", march)).data!.figureRecords.total).toBe(0);
  });

  it("lets a unit officer read their own unit's records only", async () => {
    expect((await records("PAKN_OVERDUE", {}, ACTORS.ward)).data!.figureRecords.total).toBe(1);
    const everyUnit = await records("PAKN_HANDLED", { unitId: null }, ACTORS.ward);
    expect(everyUnit.errors?.[0]?.message).toBe("Bạn chỉ xem được số liệu của đơn vị mình.");
    const other = await records("PAKN_HANDLED", { unitId: OTHER }, ACTORS.ward);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await records("PAKN_HANDLED", {}, ACTORS.anonymous)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("stocks of a window that ends after today", () => {
  it("counts as open and overdue what is so today, not what will be due by the window's end", async () => {
    // Issued on 10/06, after the window above, due 20/07: overdue only from 21/07, after today (1/7/2025).
    const due = recommendationIssued("2025-07-20", "2025-06-10");
    await applyEvents(h.db, [due.event]);
    const summer = { from: "2025-06-01", to: "2025-08-31" };
    const res = await gql<Dashboard>(h.app, QUERY, summer, ACTORS.admin);
    expect(res.errors).toBeUndefined();
    const dashboard = res.data!.reportingDashboard;
    // Open: the two of 15/04 and the new one; overdue today: the two of 15/04 only.
    expect(dashboard.inspections).toEqual({
      total: 1,
      items: [{ unitId: WARD, unitName: "UBND phường Lê Lợi", concluded: 0, recommendationsOpen: 3, recommendationsOverdue: 2 }],
    });
    // B and May's PAKN, never answered, are overdue in June and on 1/7; August has not come: nothing is known of it.
    expect((dashboard.complaintsByMonth as Array<{ month: string; overdue: number }>).map((m) => [m.month, m.overdue])).toEqual([
      ["2025-06", 2],
      ["2025-07", 2],
      ["2025-08", 0],
    ]);
    const overdue = (await records("RECOMMENDATIONS_OVERDUE", summer)).data!.figureRecords;
    expect(overdue.total).toBe(2);
    expect(overdue.items.map((r) => r.id)).not.toContain(due.id);
    expect((await records("RECOMMENDATIONS_OPEN", summer)).data!.figureRecords.total).toBe(3);
  });
});
