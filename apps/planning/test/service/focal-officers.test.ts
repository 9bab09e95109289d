import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNIT } from "../fixtures/units.ts";
import { ACTORS, errorOf, gql, importSeed, outboxEvents, startHarness, type Harness } from "../harness.ts";

const NOW = new Date("2024-03-05T03:00:00Z");
const CHANGE = `mutation($u: ID!, $input: FocalOfficerChangeInput!) { changeFocalOfficers(unitId: $u, input: $input) { id decisionNumber decisionDate officers { name position phone email } } }`;
const LIST = `query($u: ID) { focalOfficers(unitId: $u) { unitId unitName current { name position phone email } history { decisionNumber decisionDate officers { name } } } }`;

const officer = (name: string) => ({
  name,
  position: "Công chức Văn phòng - Thống kê",
  phone: "0221 3862 123",
  email: "vanphong.leloi@hungyen.gov.vn",
});

interface UnitOfficers {
  unitId: string;
  unitName: string;
  current: Array<{ name: string }>;
  history: Array<{ decisionNumber: string; decisionDate: string; officers: Array<{ name: string }> }>;
}

describe("focal officers (cán bộ đầu mối)", () => {
  let h: Harness;
  let planId: string;

  beforeAll(async () => {
    h = await startHarness("focal", { now: () => NOW });
    planId = await importSeed(h.app);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("refuses bad input and other roles, changing nothing", async () => {
    const good = { decisionNumber: "15/QĐ-UBND", decisionDate: "2024-03-01", officers: [officer("Nguyễn Văn An")] };
    expect(errorOf(await gql(h.app, CHANGE, { u: UNIT.leLoi, input: good }, ACTORS.leLoi)).code).toBe("FORBIDDEN");
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...good, decisionNumber: " " }, /số quyết định/],
      [{ ...good, decisionDate: "2024-04-01" }, /không được sau ngày hôm nay/],
      [{ ...good, officers: [] }, /ít nhất một cán bộ/],
      [{ ...good, officers: [{ ...officer("A"), email: "khong-hop-le" }] }, /Cán bộ thứ 1: địa chỉ thư điện tử/],
      [{ ...good, officers: [{ ...officer("A"), phone: "abc" }] }, /số điện thoại/],
    ];
    for (const [input, message] of bad) {
      expect(errorOf(await gql(h.app, CHANGE, { u: UNIT.leLoi, input }, ACTORS.admin))).toMatchObject({
        code: "BAD_USER_INPUT",
        message: expect.stringMatching(message),
      });
    }
    expect(errorOf(await gql(h.app, CHANGE, { u: "no-such-unit", input: good }, ACTORS.admin)).message).toMatch(/không có trong danh mục/);
    expect(await h.db.focalOfficerChange.count()).toBe(0);
    expect(await h.db.occurrence.count({ where: { key: { startsWith: "staff-change:" } } })).toBe(0);
  });

  it("keeps the current officers and the history with each decision, and triggers the staff-change task II.1", async () => {
    const first = await gql(
      h.app,
      CHANGE,
      { u: UNIT.leLoi, input: { decisionNumber: "15/QĐ-UBND", decisionDate: "2024-01-15", officers: [officer("Nguyễn Văn An")] } },
      ACTORS.admin,
    );
    expect(first.errors).toBeUndefined();
    const second = await gql<{ changeFocalOfficers: { id: string; decisionDate: string } }>(
      h.app,
      CHANGE,
      {
        u: UNIT.leLoi,
        input: { decisionNumber: "27/QĐ-UBND", decisionDate: "2024-03-04", officers: [officer("Trần Thị Bình"), officer("Lê Văn Cường")] },
      },
      ACTORS.admin,
    );
    expect(second.data!.changeFocalOfficers.decisionDate).toBe("2024-03-04");

    const [leLoi] = (await gql<{ focalOfficers: UnitOfficers[] }>(h.app, LIST, { u: UNIT.leLoi }, ACTORS.leLoi)).data!.focalOfficers;
    expect(leLoi!.current.map((o) => o.name)).toEqual(["Trần Thị Bình", "Lê Văn Cường"]);
    expect(leLoi!.history.map((c) => [c.decisionNumber, c.decisionDate])).toEqual([
      ["27/QĐ-UBND", "2024-03-04"],
      ["15/QĐ-UBND", "2024-01-15"],
    ]);
    // An officer reads only their own unit; the city office every unit.
    expect(errorOf(await gql(h.app, LIST, { u: UNIT.minhKhai }, ACTORS.leLoi)).code).toBe("FORBIDDEN");
    const all = (await gql<{ focalOfficers: UnitOfficers[] }>(h.app, LIST, {}, ACTORS.admin)).data!.focalOfficers;
    expect(all.map((u) => u.unitId)).toEqual(expect.arrayContaining([UNIT.leLoi, UNIT.minhKhai, UNIT.tuPhap]));

    // II.1 "Ngay khi có thay đổi nhân sự": one occurrence per change for the task's lead unit, due on the day (a working day).
    const triggered = await h.db.occurrence.findMany({
      where: { planId, key: { startsWith: "staff-change:" } },
      include: { task: { include: { section: true } } },
    });
    expect(triggered.length).toBeGreaterThanOrEqual(2);
    expect(triggered.every((o) => o.task.section.number === "II" && o.task.number === "1" && o.kind === "triggered")).toBe(true);
    expect(
      triggered.some(
        (o) => o.unitId === UNIT.vanPhong && o.dueDay.toISOString().startsWith("2024-03-05") && o.label.includes("27/QĐ-UBND"),
      ),
    ).toBe(true);
    const assigned = (await outboxEvents(h.db, "planning.task.assigned")).filter((e) => String(e.data.title).includes("cán bộ đầu mối"));
    expect(assigned).toHaveLength(triggered.length);
    expect(assigned[0]!.data).toMatchObject({ taskCount: 1, occurrenceCount: 1, nextDueDay: "2024-03-05" });
  });
});
