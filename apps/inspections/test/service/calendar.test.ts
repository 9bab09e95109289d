/**
 * The inspections calendar (issue 11 item 8): warnings when a unit is inspected twice in a month or an
 * inspector is on two teams the same day; the query's statements do not grow with the inspections.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, approvedPlan, countingApp, errorOf, FORM_TEAM, gql, ok, startHarness, TEAM, UNIT, type Harness } from "../harness.ts";

let h: Harness;
let inspectionOf: Record<string, string>;
let suggested: string;

const CALENDAR = `query($year: Int!, $from: Int!, $to: Int!) { inspectionCalendar(year: $year, fromMonth: $from, toMonth: $to) {
  from to items { inspection { id unitId startDay } warnings { kind otherInspectionId month userId day message } } } }`;
const SCHEDULE = `mutation($input: SuggestedInspectionInput!) { scheduleSuggestedInspection(input: $input) { id } }`;

type Calendar = {
  inspectionCalendar: { from: string; to: string; items: { inspection: { id: string }; warnings: Record<string, unknown>[] }[] };
};

beforeAll(async () => {
  h = await startHarness("calendar");
  ({ inspectionOf } = await approvedPlan(h));
  // Lê Lợi, scheduled by the plan in April, gets an unannounced inspection in April too.
  suggested = ok(
    await gql<{ scheduleSuggestedInspection: { id: string } }>(
      h.app,
      SCHEDULE,
      { input: { unitId: UNIT.leLoi, year: 2026, month: 4 } },
      ACTORS.admin,
    ),
  ).scheduleSuggestedInspection.id;
  // The lead inspector of Lê Lợi's visit (20–21/04) is also on Minh Khai's team, 21–22/04.
  ok(await gql(h.app, FORM_TEAM, { id: inspectionOf[UNIT.leLoi], input: TEAM }, ACTORS.admin));
  ok(
    await gql(
      h.app,
      FORM_TEAM,
      { id: inspectionOf[UNIT.minhKhai], input: { ...TEAM, decisionNumber: "16/QĐ-UBND", startDay: "2026-04-21", endDay: "2026-04-22" } },
      ACTORS.admin,
    ),
  );
});
afterAll(() => h?.close());

describe("the inspections calendar", () => {
  it("lists the months' inspections with a warning for a unit twice in a month and an inspector on two teams the same day", async () => {
    const calendar = ok(await gql<Calendar>(h.app, CALENDAR, { year: 2026, from: 4, to: 4 }, ACTORS.inspector)).inspectionCalendar;
    expect([calendar.from, calendar.to]).toEqual(["2026-04-01", "2026-04-30"]);
    const byId = new Map(calendar.items.map((i) => [i.inspection.id, i.warnings]));
    expect([...byId.keys()].sort()).toEqual([inspectionOf[UNIT.leLoi], inspectionOf[UNIT.minhKhai], suggested].sort());
    expect(byId.get(inspectionOf[UNIT.leLoi]!)).toEqual(
      expect.arrayContaining([
        {
          kind: "UNIT_TWICE_IN_MONTH",
          otherInspectionId: suggested,
          month: "04/2026",
          userId: null,
          day: null,
          message: "Đơn vị có hai cuộc kiểm tra trong tháng 04/2026.",
        },
        {
          kind: "INSPECTOR_DOUBLE_BOOKED",
          otherInspectionId: inspectionOf[UNIT.minhKhai],
          month: null,
          userId: "u-inspector",
          day: "2026-04-21",
          message: "Nguyễn Văn Kiểm tham gia hai đoàn kiểm tra cùng ngày 21/04/2026.",
        },
      ]),
    );
    // Both team members are on both teams: one warning each, on Minh Khai's side too.
    expect(byId.get(inspectionOf[UNIT.leLoi]!)).toHaveLength(3);
    expect(byId.get(inspectionOf[UNIT.minhKhai]!)!.map((w) => w.kind)).toEqual(["INSPECTOR_DOUBLE_BOOKED", "INSPECTOR_DOUBLE_BOOKED"]);
    expect(byId.get(suggested)).toEqual([
      expect.objectContaining({ kind: "UNIT_TWICE_IN_MONTH", otherInspectionId: inspectionOf[UNIT.leLoi] }),
    ]);
  });

  it("refuses a bad range in Vietnamese, and unit officers", async () => {
    expect(errorOf(await gql(h.app, CALENDAR, { year: 2026, from: 5, to: 4 }, ACTORS.admin))).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "BAD_RANGE",
    });
    expect(errorOf(await gql(h.app, CALENDAR, { year: 2026, from: 4, to: 4 }, ACTORS.leLoi))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("its statements do not grow with the inspections and units of the range", async () => {
    const counting = await countingApp(h);
    try {
      const count = async () => {
        const before = counting.statements();
        const c = ok(await gql<Calendar>(counting.app, CALENDAR, { year: 2026, from: 4, to: 12 }, ACTORS.admin)).inspectionCalendar;
        return { rows: c.items.length, statements: counting.statements() - before };
      };
      const few = await count();
      for (const unitId of [UNIT.tuPhap, UNIT.vanPhong, UNIT.city])
        ok(await gql(h.app, SCHEDULE, { input: { unitId, year: 2026, month: 5 } }, ACTORS.admin));
      const many = await count();
      expect(many.rows).toBe(few.rows + 3);
      expect(many.statements).toBe(few.statements);
    } finally {
      await counting.close();
    }
  });
});
