import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNIT } from "../fixtures/units.ts";
import { ACTORS, errorOf, gql, importSeed, outboxEvents, startHarness, type Harness } from "../harness.ts";

const FIELDS = `id unitId unitName status title body items { taskId taskLabel role content timeframeText expectedResult } submittedAt submittedOn late overdue reviewComment`;
const GENERATE = `mutation($p: ID!) { generateUnitPlanDraft(planId: $p) { ${FIELDS} } }`;
const UPDATE = `mutation($p: ID!, $input: UnitPlanDraftInput!) { updateUnitPlanDraft(planId: $p, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($p: ID!) { submitUnitPlan(planId: $p) { ${FIELDS} } }`;
const REVIEW = `mutation($p: ID!, $u: ID!, $d: ReviewDecision!, $c: String) { reviewUnitPlan(planId: $p, unitId: $u, decision: $d, comment: $c) { ${FIELDS} } }`;
const BOARD = `query($p: ID!) { unitPlanBoard(planId: $p) { deadline counts { missing draft submitted accepted returned late overdue } rows { unitId unitName status late overdue } } }`;
const MINE = `query($p: ID!) { myUnitPlan(planId: $p) { ${FIELDS} } }`;

interface Item {
  taskId: string | null;
  taskLabel: string;
  role: string;
  content: string;
  timeframeText: string;
  expectedResult: string;
}
interface UnitPlanView {
  unitId: string;
  status: string;
  title: string;
  body: string;
  items: Item[];
  late: boolean;
  overdue: boolean;
  reviewComment: string | null;
}
interface Board {
  deadline: string;
  counts: Record<string, number>;
  rows: Array<{ unitId: string; status: string; late: boolean; overdue: boolean }>;
}

describe("unit plans: draft, submit, review, board", () => {
  let h: Harness;
  let planId: string;
  // Friday 05/01/2024, before the decision's deadline (10/01/2024); tests move the clock.
  let now = new Date("2024-01-05T03:00:00Z");

  beforeAll(async () => {
    h = await startHarness("unit_plans", { now: () => now });
    planId = await importSeed(h.app);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("starts with every named unit missing, the deadline from Article 2", async () => {
    const board = await gql<{ unitPlanBoard: Board }>(h.app, BOARD, { p: planId }, ACTORS.leader);
    expect(board.errors).toBeUndefined();
    expect(board.data!.unitPlanBoard.deadline).toBe("2024-01-10");
    const rows = board.data!.unitPlanBoard.rows;
    expect(rows.map((r) => r.unitId)).toEqual(expect.arrayContaining([UNIT.leLoi, UNIT.minhKhai, UNIT.tuPhap]));
    expect(rows.every((r) => r.status === "MISSING" && !r.overdue)).toBe(true);
    expect(board.data!.unitPlanBoard.counts.missing).toBe(rows.length);
    expect(errorOf(await gql(h.app, BOARD, { p: planId }, ACTORS.leLoi)).code).toBe("FORBIDDEN");
  });

  it("drafts a ward's plan from the tasks it leads, then those it coordinates", async () => {
    expect(errorOf(await gql(h.app, GENERATE, { p: planId }, ACTORS.admin)).code).toBe("FORBIDDEN");
    const r = await gql<{ generateUnitPlanDraft: UnitPlanView }>(h.app, GENERATE, { p: planId }, ACTORS.leLoi);
    expect(r.errors).toBeUndefined();
    const draft = r.data!.generateUnitPlanDraft;
    expect(draft).toMatchObject({
      status: "DRAFT",
      unitId: UNIT.leLoi,
      title: "Kế hoạch kiểm soát thủ tục hành chính năm 2024 của UBND phường Lê Lợi",
    });
    const lead = draft.items.filter((i) => i.role === "LEAD").map((i) => i.taskLabel);
    // The ten tasks Lê Lợi leads (VIII.3 is the triggered one), in plan order.
    expect(lead).toEqual(["II.4", "III.1", "IV.1", "IV.3", "IV.4", "V.2", "V.3", "V.4", "VIII.1", "VIII.3"]);
    expect(draft.items.findIndex((i) => i.role === "COORDINATING")).toBeGreaterThanOrEqual(lead.length);
    expect(draft.items.every((i) => i.taskId && i.content.length > 0)).toBe(true);
    expect(await outboxEvents(h.db, "planning.unit-plan.submitted")).toHaveLength(0);
  });

  it("edits the draft; bad input is refused and changes nothing", async () => {
    const { data } = await gql<{ myUnitPlan: UnitPlanView }>(h.app, MINE, { p: planId }, ACTORS.leLoi);
    const draft = data!.myUnitPlan;
    const items = draft.items.slice(0, 3).map((i) => ({ ...i, taskId: i.taskId }));
    items.push({
      taskId: null,
      taskLabel: "Bổ sung",
      role: "LEAD",
      content: "Tập huấn cho cán bộ một cửa phường",
      timeframeText: "Quý II",
      expectedResult: "Lớp tập huấn",
    });

    for (const [input, message] of [
      [{ title: " ", body: "x", items }, /tên kế hoạch/],
      [{ title: "KH", body: "x", items: [] }, /ít nhất một nhiệm vụ/],
      [{ title: "KH", body: "x", items: [{ ...items[0], content: "  " }] }, /Nhiệm vụ thứ 1: vui lòng nhập nội dung/],
    ] as const) {
      const bad = await gql(h.app, UPDATE, { p: planId, input }, ACTORS.leLoi);
      expect(errorOf(bad)).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(message) });
    }
    expect((await h.db.unitPlan.findFirstOrThrow({ where: { planId, unitId: UNIT.leLoi } })).title).toBe(draft.title);

    const saved = await gql<{ updateUnitPlanDraft: UnitPlanView }>(
      h.app,
      UPDATE,
      { p: planId, input: { title: "Kế hoạch KSTTHC năm 2024 phường Lê Lợi", body: "<script>alert(1)</script>", items } },
      ACTORS.leLoi,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateUnitPlanDraft).toMatchObject({
      status: "DRAFT",
      title: "Kế hoạch KSTTHC năm 2024 phường Lê Lợi",
      body: "<script>alert(1)</script>",
    });
    expect(saved.data!.updateUnitPlanDraft.items).toHaveLength(4);
    expect(saved.data!.updateUnitPlanDraft.items[3]).toMatchObject({ taskId: null, content: "Tập huấn cho cán bộ một cửa phường" });
  });

  it("submits on time before the deadline; a unit with no draft cannot submit", async () => {
    const empty = await gql(h.app, SUBMIT, { p: planId }, ACTORS.minhKhai);
    expect(errorOf(empty)).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/Chưa thể nộp/) });

    const r = await gql<{ submitUnitPlan: UnitPlanView }>(h.app, SUBMIT, { p: planId }, ACTORS.leLoi);
    expect(r.data!.submitUnitPlan).toMatchObject({ status: "SUBMITTED", late: false, submittedOn: "2024-01-05" });
    const again = await gql(
      h.app,
      UPDATE,
      {
        p: planId,
        input: { title: "x", body: "", items: [{ taskLabel: "1", role: "LEAD", content: "x", timeframeText: "", expectedResult: "" }] },
      },
      ACTORS.leLoi,
    );
    expect(errorOf(again)).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/đang chờ xem xét/) });

    const [event] = await outboxEvents(h.db, "planning.unit-plan.submitted");
    expect(event!.data).toMatchObject({
      unitId: UNIT.city,
      filingUnitId: UNIT.leLoi,
      late: false,
      deadline: "2024-01-10",
      submittedOn: "2024-01-05",
      link: expect.stringMatching(/^\/planning\/plans\//),
    });
  });

  it("flags a filing after the deadline as late, and the missing ones as overdue", async () => {
    // Thursday 11/01/2024, the working day after the deadline.
    now = new Date("2024-01-11T03:00:00Z");
    await gql(h.app, GENERATE, { p: planId }, ACTORS.minhKhai);
    const r = await gql<{ submitUnitPlan: UnitPlanView }>(h.app, SUBMIT, { p: planId }, ACTORS.minhKhai);
    expect(r.data!.submitUnitPlan).toMatchObject({ status: "SUBMITTED", late: true });

    const board = (await gql<{ unitPlanBoard: Board }>(h.app, BOARD, { p: planId }, ACTORS.admin)).data!.unitPlanBoard;
    const byUnit = new Map(board.rows.map((r) => [r.unitId, r]));
    expect(byUnit.get(UNIT.leLoi)).toMatchObject({ status: "SUBMITTED", late: false, overdue: false });
    expect(byUnit.get(UNIT.minhKhai)).toMatchObject({ status: "SUBMITTED", late: true, overdue: false });
    expect(byUnit.get(UNIT.tuPhap)).toMatchObject({ status: "MISSING", overdue: true });
    expect(board.counts).toMatchObject({ submitted: 2, late: 1, overdue: board.rows.length - 2 });
  });

  it("the city office accepts or returns with a comment; a returned plan is edited and submitted again", async () => {
    expect(errorOf(await gql(h.app, REVIEW, { p: planId, u: UNIT.leLoi, d: "ACCEPT" }, ACTORS.leLoi)).code).toBe("FORBIDDEN");
    const noReason = await gql(h.app, REVIEW, { p: planId, u: UNIT.minhKhai, d: "RETURN", c: " " }, ACTORS.admin);
    expect(errorOf(noReason)).toMatchObject({ code: "BAD_USER_INPUT", message: "Vui lòng nêu lý do trả lại kế hoạch." });
    expect(errorOf(await gql(h.app, REVIEW, { p: planId, u: UNIT.tuPhap, d: "ACCEPT" }, ACTORS.admin)).message).toMatch(/chưa nộp/);

    const accepted = await gql<{ reviewUnitPlan: UnitPlanView }>(h.app, REVIEW, { p: planId, u: UNIT.leLoi, d: "ACCEPT" }, ACTORS.admin);
    expect(accepted.data!.reviewUnitPlan.status).toBe("ACCEPTED");
    expect(errorOf(await gql(h.app, REVIEW, { p: planId, u: UNIT.leLoi, d: "RETURN", c: "x" }, ACTORS.admin)).code).toBe("BAD_USER_INPUT");

    const returned = await gql<{ reviewUnitPlan: UnitPlanView }>(
      h.app,
      REVIEW,
      { p: planId, u: UNIT.minhKhai, d: "RETURN", c: "Bổ sung nhiệm vụ IX.1" },
      ACTORS.admin,
    );
    expect(returned.data!.reviewUnitPlan).toMatchObject({ status: "RETURNED", reviewComment: "Bổ sung nhiệm vụ IX.1" });
    const resubmitted = await gql<{ submitUnitPlan: UnitPlanView }>(h.app, SUBMIT, { p: planId }, ACTORS.minhKhai);
    expect(resubmitted.data!.submitUnitPlan).toMatchObject({ status: "SUBMITTED", late: true, reviewComment: null });

    expect((await outboxEvents(h.db, "planning.unit-plan.accepted")).map((e) => e.data)).toEqual([
      expect.objectContaining({ unitId: UNIT.leLoi, filingUnitId: UNIT.leLoi, title: expect.stringContaining("được chấp nhận") }),
    ]);
    expect((await outboxEvents(h.db, "planning.unit-plan.returned")).map((e) => e.data)).toEqual([
      expect.objectContaining({ unitId: UNIT.minhKhai, comment: "Bổ sung nhiệm vụ IX.1", link: `/planning/plans/${planId}/unit-plan` }),
    ]);
    expect(await outboxEvents(h.db, "planning.unit-plan.submitted")).toHaveLength(3);
  });
});
