/**
 * The senders' ratings (complaints.complaint.rated) in the daily facts and the public statistics page's
 * query: counted once however often delivered, in any order, and a replay gives the same rows.
 */
import type { EventEnvelope } from "@tthc/events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetFacts } from "../../src/db/facts.ts";
import { at, event, uuid } from "../fixtures.ts";
import { ACTORS, applyEvents, gql, startHarness, type Harness } from "../harness.ts";

const NOW = new Date("2026-03-16T03:00:00Z");
let h: Harness;

beforeAll(async () => {
  h = await startHarness("public_statistics", NOW);
});
afterAll(async () => {
  await h?.close();
});

const due = (answer: string) => ({ classify: "2026-03-05", outOfScopeTransfer: "2026-03-09", handle: "2026-03-20", answer });

/** A PAKN received on `receivedDay`, transferred to phường Lê Lợi, answered on `answeredDay` (on time or not). */
function answered(receivedDay: string, answeredDay: string, onTime: boolean): { id: string; events: EventEnvelope[] } {
  const id = uuid();
  return {
    id,
    events: [
      event("complaints.complaint.received", id, at(receivedDay), {
        trackingCode: `PAKN-2026-${id.slice(0, 6).toUpperCase()}`,
        channel: "web",
        receivedDay,
        due: { ...due("2026-03-25"), handle: null },
      }),
      event("complaints.complaint.transferred", id, at(receivedDay).replace("02:00", "03:00"), {
        units: [{ unitId: "unit-le-loi", lead: true }],
        due: due("2026-03-25"),
      }),
      event("complaints.complaint.answered", id, at(answeredDay), { unitId: "unit-le-loi", documentNumber: "1/UBND", onTime }),
    ],
  };
}

const rated = (id: string, day: string, satisfied: boolean) =>
  event("complaints.complaint.rated", id, at(day).replace("02:00", "04:00"), {
    unitId: "unit-le-loi",
    unitIds: ["unit-le-loi"],
    satisfied,
    ratedAt: at(day).replace("02:00", "04:00"),
  });

const unitCreated = event("directory.unit.created", "unit-le-loi", at("2024-01-01"), {
  unit: {
    id: "unit-le-loi",
    code: "hy.tp.p.le-loi",
    name: "UBND phường Lê Lợi",
    shortName: null,
    levelCode: "commune",
    parentId: null,
    validFrom: "2024-01-01",
    validTo: null,
  },
});

const satisfiedOne = answered("2026-03-02", "2026-03-09", true);
const lateOne = answered("2026-03-03", "2026-03-27", false);
const notTransferredId = uuid();
const notTransferred = event("complaints.complaint.received", notTransferredId, at("2026-03-12"), {
  trackingCode: "PAKN-2026-NOTTRF",
  channel: "post",
  receivedDay: "2026-03-12",
  due: { ...due("2026-04-02"), handle: null },
});
const ratings = [rated(satisfiedOne.id, "2026-03-10", true), rated(lateOne.id, "2026-03-28", false)];
const ALL = [unitCreated, ...satisfiedOne.events, ...lateOne.events, notTransferred, ...ratings];

const QUERY = `query ($y: Int!, $f: Int, $t: Int, $l: Int, $o: Int) {
  publicComplaintStatistics(year: $y, fromMonth: $f, toMonth: $t, limit: $l, offset: $o) {
    year total items { month unitId unitName received answered answeredOnTime rated satisfied satisfactionRate }
  }
}`;
type Page = { publicComplaintStatistics: { year: number; total: number; items: Array<Record<string, unknown>> } };
const stats = async (variables: Record<string, unknown>) => gql<Page>(h.app, QUERY, variables, ACTORS.anonymous);

const EXPECTED = [
  {
    month: "2026-03",
    unitId: null,
    unitName: null,
    received: 1,
    answered: 0,
    answeredOnTime: 0,
    rated: 0,
    satisfied: 0,
    satisfactionRate: null,
  },
  {
    month: "2026-03",
    unitId: "unit-le-loi",
    unitName: "UBND phường Lê Lợi",
    received: 2,
    answered: 2,
    answeredOnTime: 1,
    rated: 2,
    satisfied: 1,
    satisfactionRate: 0.5,
  },
];

const dailyFacts = () => h.db.dailyFact.findMany({ orderBy: [{ measure: "asc" }, { unitId: "asc" }, { day: "asc" }] });

describe("public PAKN statistics with the senders' ratings", () => {
  it("counts ratings per unit and month for anyone, without signing in", async () => {
    await applyEvents(h.db, ALL);
    const res = await stats({ y: 2026, f: 3, t: 3 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.publicComplaintStatistics).toEqual({ year: 2026, total: 2, items: EXPECTED });
  });

  it("counts a duplicate delivery of a rating once", async () => {
    const before = await dailyFacts();
    await applyEvents(h.db, ratings);
    await applyEvents(h.db, [ratings[0]!]);
    expect(await dailyFacts()).toEqual(before);
    expect((await stats({ y: 2026, f: 3, t: 3 })).data!.publicComplaintStatistics.items).toEqual(EXPECTED);
  });

  it("gives the same rows when replayed in another order (a rating before its PAKN's receipt)", async () => {
    const before = await dailyFacts();
    await h.db.$transaction((tx) => resetFacts(tx));
    await applyEvents(h.db, [...ALL].reverse());
    expect(await dailyFacts()).toEqual(before);
  });

  it("pages in SQL by month then unit", async () => {
    const second = (await stats({ y: 2026, f: 1, t: 12, l: 1, o: 1 })).data!.publicComplaintStatistics;
    expect(second).toEqual({ year: 2026, total: 2, items: [EXPECTED[1]] });
    const beyond = (await stats({ y: 2026, l: 10, o: 5 })).data!.publicComplaintStatistics;
    expect(beyond).toEqual({ year: 2026, total: 2, items: [] });
    expect((await stats({ y: 2026, f: 4, t: 12 })).data!.publicComplaintStatistics).toEqual({ year: 2026, total: 0, items: [] });
  });

  it("refuses a year out of range or months in the wrong order, in Vietnamese", async () => {
    const early = await stats({ y: 2019 });
    expect(early.errors![0]).toMatchObject({
      message: "Năm phải từ 2020 đến 2026.",
      extensions: { code: "BAD_USER_INPUT", field: "year" },
    });
    expect((await stats({ y: 2027 })).errors![0]!.extensions).toMatchObject({ field: "year" });
    const reversed = await stats({ y: 2026, f: 5, t: 3 });
    expect(reversed.errors![0]!.message).toBe("Tháng phải từ 1 đến 12, tháng bắt đầu không sau tháng kết thúc.");
  });
});
