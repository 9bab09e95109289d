/**
 * The Decision 766 service-quality index (docs/domain.md §4) per unit and calendar month: known dossier steps,
 * PAKN and ratings of three units over February and March 2026 (one dossier resolved at 00:30 on 1 March in
 * Vietnam, 28 February in UTC), checked indicator by indicator, with totals, ranks (a tie broken by the
 * Vietnamese order of names), trends and points lost against hand-computed values; the readers; the city
 * office's manual values and their refusals (nothing changes after one).
 */
import type { EventEnvelope } from "@tthc/events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicServiceQualityIndex } from "../../src/use-cases/public-statistics.ts";
import { at, event, unitCreated, uuid, wardCreated } from "../fixtures.ts";
import { ACTORS, applyEvents, gql, startHarness, type Harness } from "../harness.ts";

const NOW = new Date("2026-03-16T03:00:00Z");
let h: Harness;

beforeAll(async () => {
  h = await startHarness("service_quality", NOW);
  await applyEvents(h.db, ALL);
});
afterAll(async () => {
  await h?.close();
});

const A = "unit-an-tao";
const B = "unit-le-loi";
const C = "unit-dong-ninh";
/** A directory group (a heading over the city's departments), not a unit: never ranked, whatever its figures. */
const G = "group-city-departments";

type Step = {
  step: "received" | "resolved" | "paid-online" | "digitised";
  time: string;
  channel?: "online" | "in-person";
  timeliness?: "early" | "on-time" | "late";
};
let serial = 0;
/** One dossier's steps at the given instants; received steps carry a due day far enough not to matter here. */
function dossier(unitId: string, steps: Step[]): EventEnvelope[] {
  serial += 1;
  const code = `000.00.01.H31-260201-${String(serial).padStart(4, "0")}`;
  return steps.map((s) =>
    event("reporting.dossier.recorded", code, s.time, {
      dossierCode: code,
      unitId,
      step: s.step,
      origin: "partner",
      ...(s.step === "received" ? { channel: s.channel ?? "in-person", dueDay: "2026-04-30" } : {}),
      ...(s.timeliness ? { timeliness: s.timeliness } : {}),
    }),
  );
}

const due = { classify: "2026-03-05", outOfScopeTransfer: "2026-03-09", handle: "2026-03-20", answer: "2026-03-25" };
/** A PAKN received, transferred to `unitId`, answered (on time or not) and rated. */
function pakn(unitId: string, received: string, answered: string, onTime: boolean, rated: string, satisfied: boolean): EventEnvelope[] {
  const id = uuid();
  return [
    event("complaints.complaint.received", id, at(received), {
      trackingCode: `PAKN-2026-${id.slice(0, 6).toUpperCase()}`,
      channel: "web",
      receivedDay: received,
      due: { ...due, handle: null },
    }),
    event("complaints.complaint.transferred", id, at(received).replace("02:00", "03:00"), { units: [{ unitId, lead: true }], due }),
    event("complaints.complaint.answered", id, at(answered), { unitId, documentNumber: "1/UBND", onTime }),
    event("complaints.complaint.rated", id, at(rated), { unitId, unitIds: [unitId], satisfied, ratedAt: at(rated) }),
  ];
}

const ALL: EventEnvelope[] = [
  wardCreated(A, "UBND phường An Tảo"),
  wardCreated(B, "UBND phường Lê Lợi"),
  wardCreated(C, "UBND phường Đông Ninh"),
  unitCreated(G, "Các phòng, ban, đơn vị của UBND thành phố", "group"),
  // A dossier filed under the group (a partner's mistake): with it the group would outrank Đông Ninh.
  ...dossier(G, [
    { step: "received", time: at("2026-02-04"), channel: "online" },
    { step: "resolved", time: at("2026-02-06"), timeliness: "on-time" },
  ]),
  // February, An Tảo: 3 received (1 online), resolved 1 on time and 1 late, 1 paid online, 2 digitised.
  ...dossier(A, [
    { step: "received", time: at("2026-02-03"), channel: "online" },
    { step: "paid-online", time: at("2026-02-03") },
    { step: "digitised", time: at("2026-02-03") },
    { step: "resolved", time: at("2026-02-10"), timeliness: "on-time" },
  ]),
  ...dossier(A, [
    { step: "received", time: at("2026-02-05") },
    { step: "digitised", time: at("2026-02-05") },
    { step: "resolved", time: at("2026-02-20"), timeliness: "late" },
  ]),
  // Received in February, resolved at 00:30 on 1 March in Vietnam (still 28 February in UTC): a March figure.
  ...dossier(A, [
    { step: "received", time: at("2026-02-27") },
    { step: "resolved", time: "2026-02-28T17:30:00.000Z", timeliness: "early" },
  ]),
  // March, An Tảo: 1 received online, paid and digitised; a PAKN answered late, rated not satisfied.
  ...dossier(A, [
    { step: "received", time: at("2026-03-02"), channel: "online" },
    { step: "paid-online", time: at("2026-03-02") },
    { step: "digitised", time: at("2026-03-02") },
  ]),
  ...pakn(A, "2026-03-02", "2026-03-12", false, "2026-03-13", false),
  // February, Lê Lợi: everything full; a PAKN answered on time, rated satisfied.
  ...dossier(B, [
    { step: "received", time: at("2026-02-10"), channel: "online" },
    { step: "paid-online", time: at("2026-02-10") },
    { step: "digitised", time: at("2026-02-10") },
    { step: "resolved", time: at("2026-02-12"), timeliness: "on-time" },
  ]),
  ...pakn(B, "2026-02-02", "2026-02-09", true, "2026-02-10", true),
  // March, Lê Lợi: one dossier in person, resolved late, not digitised; two PAKN on time, one rated satisfied.
  ...dossier(B, [
    { step: "received", time: at("2026-03-03") },
    { step: "resolved", time: at("2026-03-10"), timeliness: "late" },
  ]),
  ...pakn(B, "2026-03-03", "2026-03-05", true, "2026-03-06", true),
  ...pakn(B, "2026-03-04", "2026-03-06", true, "2026-03-07", false),
];

const SCORE = `indicator { code } numerator denominator rate points pointsLost valueSource`;
const MONTH = `month unitId unitName total maxTotal rank rankedUnits previousTotal previousRank change trend
  indicators { ${SCORE} } pointsLost { indicator { code } pointsLost }`;
const RANKING = `query ($m: String!, $first: Int, $offset: Int) { serviceQualityIndex(month: $m, first: $first, offset: $offset) { month hasFigures total items { ${MONTH} } } }`;
const UNIT = `query ($u: ID!, $f: String!, $t: String!) { unitServiceQuality(unitId: $u, fromMonth: $f, toMonth: $t) { ${MONTH} } }`;
const RECORD = `mutation ($u: ID!, $m: String!, $c: String!, $n: Int!, $d: Int!, $s: String!) {
  recordIndexIndicator(unitId: $u, month: $m, indicatorCode: $c, numerator: $n, denominator: $d, source: $s) { ${MONTH} } }`;

type Score = {
  indicator: { code: string };
  numerator: number | null;
  denominator: number | null;
  rate: number | null;
  points: number;
  pointsLost: number;
  valueSource: string | null;
};
type Month = {
  month: string;
  unitId: string;
  unitName: string;
  total: number;
  maxTotal: number;
  rank: number;
  rankedUnits: number;
  previousTotal: number | null;
  previousRank: number | null;
  change: number | null;
  trend: string | null;
  indicators: Score[];
  pointsLost: Array<{ indicator: { code: string }; pointsLost: number }>;
};
type Ranking = { serviceQualityIndex: { month: string; hasFigures: boolean; total: number; items: Month[] } };

/** The indicators in seed order: [numerator, denominator, points] (null figures: no data). */
type Row = [number | null, number | null, number];
const CODES = ["1.1", "2.1", "3.1", "3.2", "3.6", "4.2", "5.2", "5.3"];
const cells = (m: Month) => Object.fromEntries(m.indicators.map((i) => [i.indicator.code, [i.numerator, i.denominator, i.points]]));
const expectCells = (m: Month, rows: Row[]) => expect(cells(m)).toEqual(Object.fromEntries(CODES.map((c, i) => [c, rows[i]])));

const ranking = async (month: string, actor = ACTORS.admin, first = 20, offset = 0) => {
  const res = await gql<Ranking>(h.app, RANKING, { m: month, first, offset }, actor);
  expect(res.errors).toBeUndefined();
  return res.data!.serviceQualityIndex;
};

const SRC = "Báo cáo số 12/BC-SNV của Sở Nội vụ";

describe("the service-quality index by calendar month", () => {
  it("scores February against hand-computed values: ranks and trends from January", async () => {
    const feb = await ranking("2026-02");
    expect(feb.total).toBe(3);
    expect(feb.items.map((i) => [i.unitId, i.total, i.rank, i.previousTotal, i.trend, i.change])).toEqual([
      // Lê Lợi: 20 + 8 + 10 + 22 + 9 + 9 (manual 1.1 and 3.1 not entered: 0).
      [B, 78, 1, 0, "UP", 78],
      // An Tảo: 2.1 1/2 of 1.0 → 10; 3.2 1/3 of 0.5 → 5.33; 3.6 1/3 of 0.5 → 6.67; 4.2 2/3 of 0.8 → 18.33.
      [A, 40.33, 2, 0, "UP", 40.33],
      [C, 0, 3, 0, "SAME", 0],
    ]);
    expect(feb.items[0]!.maxTotal).toBe(100);
    expectCells(feb.items[1]!, [
      [null, null, 0],
      [1, 2, 10],
      [null, null, 0],
      [1, 3, 5.33],
      [1, 3, 6.67],
      [2, 3, 18.33],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expectCells(feb.items[0]!, [
      [null, null, 0],
      [1, 1, 20],
      [null, null, 0],
      [1, 1, 8],
      [1, 1, 10],
      [1, 1, 22],
      [1, 1, 9],
      [1, 1, 9],
    ]);
    // What cost An Tảo points, most first (1.1 18 of 18, 2.1 10, 5.2 and 5.3 9 each, 3.1 4, 4.2 3.67, 3.6 3.33, 3.2 2.67).
    expect(feb.items[1]!.pointsLost.map((p) => [p.indicator.code, p.pointsLost])).toEqual([
      ["1.1", 18],
      ["2.1", 10],
      ["5.2", 9],
      ["5.3", 9],
      ["3.1", 4],
      ["4.2", 3.67],
      ["3.6", 3.33],
      ["3.2", 2.67],
    ]);
  });

  it("counts the dossier resolved at 00:30 on 1 March (Vietnam) in March, and pages the ranking in SQL", async () => {
    const mar = await ranking("2026-03");
    expect(mar.items.map((i) => [i.unitId, i.total, i.rank, i.previousTotal, i.previousRank, i.trend, i.change])).toEqual([
      // An Tảo: 2.1 1/1 → 20 (the boundary dossier); 3.2, 3.6, 4.2 1/1 → 40; 5.2 0/1, 5.3 0/1 → 0.
      [A, 60, 1, 40.33, 2, "UP", 19.67],
      // Lê Lợi: dossiers 0/1 → 0; 5.2 2/2 → 9; 5.3 1/2 of 0.9 → 5.
      [B, 14, 2, 78, 1, "DOWN", -64],
      [C, 0, 3, 0, 3, "SAME", 0],
    ]);
    expectCells(mar.items[0]!, [
      [null, null, 0],
      [1, 1, 20],
      [null, null, 0],
      [1, 1, 8],
      [1, 1, 10],
      [1, 1, 22],
      [0, 1, 0],
      [0, 1, 0],
    ]);
    expectCells(mar.items[1]!, [
      [null, null, 0],
      [0, 1, 0],
      [null, null, 0],
      [0, 1, 0],
      [0, 1, 0],
      [0, 1, 0],
      [2, 2, 9],
      [1, 2, 5],
    ]);
    const second = await ranking("2026-03", ACTORS.admin, 1, 1);
    expect(second.total).toBe(3);
    expect(second.items.map((i) => [i.unitId, i.rank])).toEqual([[B, 2]]);
  });

  it("lets the city office enter manual indicators, audited, and re-ranks (a tie by Vietnamese name)", async () => {
    // Đông Ninh 1.1: 7/9 of 1.0 × 18 = 14, the same total as Lê Lợi; "Đông" sorts before "Lê" in Vietnamese.
    const dong = await gql<{ recordIndexIndicator: Month }>(
      h.app,
      RECORD,
      { u: C, m: "2026-03", c: "1.1", n: 7, d: 9, s: SRC },
      ACTORS.admin,
    );
    expect(dong.errors).toBeUndefined();
    expect(dong.data!.recordIndexIndicator).toMatchObject({ unitId: C, month: "2026-03", total: 14, rank: 2 });
    // An Tảo 1.1: 8/10 first, corrected to 9/10 → 16.2 points.
    for (const n of [8, 9]) {
      const res = await gql(h.app, RECORD, { u: A, m: "2026-03", c: "1.1", n, d: 10, s: `  ${SRC}  ` }, ACTORS.admin);
      expect(res.errors).toBeUndefined();
    }
    const mar = await ranking("2026-03");
    expect(mar.items.map((i) => [i.unitId, i.total, i.rank, i.trend])).toEqual([
      [A, 76.2, 1, "UP"],
      [C, 14, 2, "UP"],
      [B, 14, 3, "DOWN"],
    ]);
    const a = mar.items[0]!;
    expect(a.indicators.find((i) => i.indicator.code === "1.1")).toMatchObject({
      numerator: 9,
      denominator: 10,
      rate: 0.9,
      points: 16.2,
      valueSource: SRC,
    });
    expect(a.pointsLost.map((p) => [p.indicator.code, p.pointsLost])).toEqual([
      ["5.2", 9],
      ["5.3", 9],
      ["3.1", 4],
      ["1.1", 1.8],
    ]);
    const audit = await h.db.indexManualValueAudit.findMany({ where: { unitId: A }, orderBy: { recordedAt: "asc" } });
    expect(audit.map((r) => [r.numerator, r.denominator, r.previousNumerator, r.previousDenominator, r.recordedBy, r.source])).toEqual([
      [8, 10, null, null, "u-admin", SRC],
      [9, 10, 8, 10, "u-admin", SRC],
    ]);
  });

  it("refuses bad manual values with a Vietnamese message and changes nothing", async () => {
    const before = {
      values: await h.db.indexManualValue.findMany(),
      audit: await h.db.indexManualValueAudit.count(),
      index: await ranking("2026-03"),
    };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ d: 0 }, "Mẫu số phải là số nguyên lớn hơn 0."],
      [{ n: 11 }, "Tử số không được lớn hơn mẫu số."],
      [{ m: "2026-04" }, "Không nhập được số liệu cho tháng chưa đến (sau 2026-03)."],
      [{ m: "03/2026" }, "Tháng phải có dạng YYYY-MM."],
      [{ s: " " }, "Hãy ghi nguồn của số liệu."],
      [{ c: "2.1" }, "Chỉ tiêu này được tính từ dữ liệu của hệ thống, không nhập tay."],
      [{ c: "9.9" }, "Không có chỉ tiêu này."],
      [{ u: "unit-unknown" }, "Không có đơn vị này."],
    ];
    for (const [change, message] of cases) {
      const res = await gql(h.app, RECORD, { u: A, m: "2026-03", c: "1.1", n: 5, d: 10, s: SRC, ...change }, ACTORS.admin);
      expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
    }
    for (const actor of [ACTORS.ward, ACTORS.leader]) {
      const res = await gql(h.app, RECORD, { u: A, m: "2026-03", c: "1.1", n: 5, d: 10, s: SRC }, actor);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    // A partner key is no signed-in user: refused before any role is looked at.
    const partner = await gql(h.app, RECORD, { u: A, m: "2026-03", c: "1.1", n: 5, d: 10, s: SRC }, ACTORS.reader);
    expect(partner.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await h.db.indexManualValue.findMany()).toEqual(before.values);
    expect(await h.db.indexManualValueAudit.count()).toBe(before.audit);
    expect(await ranking("2026-03")).toEqual(before.index);
  });
});

describe("what the index ranks", () => {
  it("leaves directory groups out of the ranking, their figures notwithstanding", async () => {
    for (const month of ["2026-02", "2026-03"]) {
      const page = await ranking(month);
      expect(page.hasFigures).toBe(true);
      expect(page.items.map((i) => i.unitId).sort()).toEqual([A, B, C].sort());
      expect(page.items.every((i) => i.rankedUnits === 3)).toBe(true);
    }
    const res = await gql<{ unitServiceQuality: Month[] }>(h.app, UNIT, { u: G, f: "2026-02", t: "2026-02" }, ACTORS.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.unitServiceQuality).toEqual([]);
  });

  it("says a month without any fact has no figures instead of ranking everyone at 0", async () => {
    const jan = await ranking("2026-01");
    expect(jan).toEqual({ month: "2026-01", hasFigures: false, total: 0, items: [] });
    // The public page: the last complete month of 10 February is January (nothing), of 16 March February.
    const PUBLIC = `{ publicServiceQualityIndex { month hasFigures total items { unitId rank } } }`;
    const shown = await gql<{ publicServiceQualityIndex: { month: string; hasFigures: boolean; total: number } }>(
      h.app,
      PUBLIC,
      {},
      ACTORS.anonymous,
    );
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.publicServiceQualityIndex).toMatchObject({ month: "2026-02", hasFigures: true, total: 3 });
    expect(await publicServiceQualityIndex(h.db, {}, "2026-02-10" as never)).toEqual({
      month: "2026-01",
      hasFigures: false,
      total: 0,
      items: [],
    });
  });
});

describe("who reads the index", () => {
  it("a unit officer sees its own unit's row and months only", async () => {
    const own = await ranking("2026-03", ACTORS.ward);
    expect(own.total).toBe(1);
    expect(own.items.map((i) => [i.unitId, i.rank, i.rankedUnits])).toEqual([[B, 3, 3]]);
    const months = await gql<{ unitServiceQuality: Month[] }>(h.app, UNIT, { u: B, f: "2026-02", t: "2026-03" }, ACTORS.ward);
    expect(months.errors).toBeUndefined();
    expect(months.data!.unitServiceQuality.map((m) => [m.month, m.total, m.rank, m.trend])).toEqual([
      ["2026-02", 78, 1, "UP"],
      ["2026-03", 14, 3, "DOWN"],
    ]);
    const foreign = await gql(h.app, UNIT, { u: A, f: "2026-02", t: "2026-03" }, ACTORS.ward);
    expect(foreign.errors?.[0]).toMatchObject({ message: "Bạn chỉ xem được chỉ số của đơn vị mình.", extensions: { code: "FORBIDDEN" } });
  });

  it("city readers and partners with reports:read see every unit; others are refused", async () => {
    for (const actor of [ACTORS.leader, ACTORS.inspector, ACTORS.reader]) expect((await ranking("2026-02", actor)).total).toBe(3);
    for (const actor of [ACTORS.onestop, ACTORS.anonymous]) {
      const res = await gql(h.app, RANKING, { m: "2026-02" }, actor);
      expect(res.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });

  it("refuses a month in the future or a range too long", async () => {
    const future = await gql(h.app, RANKING, { m: "2026-04" }, ACTORS.admin);
    expect(future.errors?.[0]).toMatchObject({ message: "Chưa có chỉ số của tháng sau 2026-03.", extensions: { code: "BAD_USER_INPUT" } });
    const long = await gql(h.app, UNIT, { u: A, f: "2024-01", t: "2026-03" }, ACTORS.admin);
    expect(long.errors?.[0]?.message).toBe("Chỉ xem được tối đa 24 tháng một lần.");
  });
});
