/**
 * Unit reports through GraphQL: expected submissions from the registry and the unit replica, the pre-filled
 * figures with a correction (original kept), submission, the city office's return and acceptance, the
 * deadline lock with its exception, the completeness board, the events, and RBAC refusals that change nothing.
 *
 * Q2/2025's data window is 15/03 → 14/06/2025 (a Saturday); the deadline is 2 working days later, 17/06.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockOverdueReports, saveNarrative } from "../../src/use-cases/unit-reports.ts";
import { at, depsAt, event, officer, uuid } from "../fixtures.ts";
import { ACTORS, applyEvents, gql, startHarness, type Harness } from "../harness.ts";

const NOW = new Date("2025-06-16T02:00:00Z");
const justice = officer("unit-tu-phap");

function unit(id: string, validFrom: string, validTo: string | null = null, name = `Đơn vị ${id}`) {
  return event("directory.unit.created", id, at("2024-01-01"), {
    unit: { id, code: id, name, shortName: null, levelCode: "ward", parentId: null, validFrom, validTo },
  });
}

const REPORT_FIELDS = `id kindCode periodKey periodLabel periodStart periodEnd deadline unitId status locked narrative submittedOn submittedLate
  reviewComment exceptionUntil figures { code label projected value correctionReason }`;
type Report = {
  id: string;
  unitId: string;
  status: string;
  locked: boolean;
  periodLabel: string;
  deadline: string;
  figures: Array<{ code: string; projected: number; value: number; correctionReason: string | null }>;
};

const GENERATE = `mutation ($year: Int) { generateExpectedReports(kindCode: "tthc-control-quarterly", year: $year, index: 2) }`;
const LIST = `query ($unitId: String) { unitReports(kindCode: "tthc-control-quarterly", periodKey: "2025-Q2", unitId: $unitId) { total items { ${REPORT_FIELDS} } } }`;
const ONE = `query ($id: ID!) { unitReport(id: $id) { ${REPORT_FIELDS} } }`;
const NARRATIVE = `mutation ($id: ID!, $text: String!) { saveReportNarrative(id: $id, narrative: $text) { id narrative } }`;
const CORRECT = `mutation ($id: ID!, $code: String!, $value: Int!, $reason: String!) {
  correctReportFigure(id: $id, indicatorCode: $code, value: $value, reason: $reason) { figures { code projected value correctionReason } } }`;
const SUBMIT = `mutation ($id: ID!) { submitUnitReport(id: $id) { status submittedOn submittedLate } }`;
const ACCEPT = `mutation ($id: ID!) { acceptUnitReport(id: $id, comment: "Đạt") { status reviewComment } }`;
const RETURN = `mutation ($id: ID!, $c: String!) { returnUnitReport(id: $id, comment: $c) { status reviewComment } }`;
const EXCEPTION = `mutation ($id: ID!, $until: Date!) { grantReportException(id: $id, until: $until) { exceptionUntil locked } }`;
const ACTIONS = `query ($id: ID!) { unitReport(id: $id) { allowedActions } }`;
const actionsOf = async (id: string, actor: (typeof ACTORS)[keyof typeof ACTORS]) =>
  (await gql<{ unitReport: { allowedActions: string[] } }>(h.app, ACTIONS, { id }, actor)).data!.unitReport.allowedActions;
const BOARD = `{ reportCompleteness(kindCode: "tthc-control-quarterly", periodKey: "2025-Q2") { expected submitted accepted onTime late missing locked } }`;

let h: Harness;
let ward: Report;
let other: Report;

const outboxTypes = async () =>
  await h.db.$queryRaw<Array<{ type: string; data: Record<string, unknown> }>>`
    SELECT payload->>'type' AS type, payload->'data' AS data FROM "outbox" ORDER BY "seq"`;

beforeAll(async () => {
  h = await startHarness("unit_reports", NOW);
  // A PAKN of the ward received in Q2, and units: two active, one closed before the period.
  const pakn = uuid();
  const due = { classify: "2025-04-05", outOfScopeTransfer: "2025-04-08", handle: null, answer: "2025-05-02" };
  await applyEvents(h.db, [
    unit("unit-le-loi", "2020-01-01", null, "Phường Lê Lợi"),
    unit("unit-tu-phap", "2020-01-01", null, "Phòng Tư pháp"),
    unit("unit-old", "2020-01-01", "2024-12-01"),
    event("complaints.complaint.received", pakn, at("2025-04-02"), {
      trackingCode: "PAKN-1",
      channel: "web",
      receivedDay: "2025-04-02",
      due,
    }),
    event("complaints.complaint.transferred", pakn, at("2025-04-03"), { units: [{ unitId: "unit-le-loi", lead: true }], due }),
  ]);
});
afterAll(async () => {
  await h?.close();
});

describe("expected reports", () => {
  it("the city office generates one per unit existing in the period, and again only the missing ones", async () => {
    expect((await gql(h.app, GENERATE, { year: 2025 }, ACTORS.ward)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await gql(h.app, GENERATE, { year: null }, ACTORS.admin);
    expect(bad.errors?.[0]?.message).toBe("Năm báo cáo không hợp lệ.");
    expect(
      (await gql<{ generateExpectedReports: number }>(h.app, GENERATE, { year: 2025 }, ACTORS.admin)).data!.generateExpectedReports,
    ).toBe(2);
    await applyEvents(h.db, [unit("unit-new", "2025-05-01", null, "Phường Ái Nghĩa")]);
    expect(
      (await gql<{ generateExpectedReports: number }>(h.app, GENERATE, { year: 2025 }, ACTORS.admin)).data!.generateExpectedReports,
    ).toBe(1);
    const all = await gql<{ unitReports: { total: number; items: Report[] } }>(h.app, LIST, {}, ACTORS.admin);
    expect(all.data!.unitReports.total).toBe(3);
    // In Vietnamese alphabetical order of the units' names (vi-VN-x-icu: "Phòng" < "Phường", "Ái" < "Lê";
    // byte order would put "Lê" before "Ái", and the ids would give le-loi, new, tu-phap).
    expect(all.data!.unitReports.items.map((r) => r.unitId)).toEqual(["unit-tu-phap", "unit-new", "unit-le-loi"]);
    expect(all.data!.unitReports.items[0]).toMatchObject({
      periodLabel: "Quý II/2025",
      deadline: "2025-06-17",
      status: "expected",
      locked: false,
    });
  });

  it("names each report kind in both languages of the UI", async () => {
    const nameOf = async (code: string) =>
      (
        await gql<{ reportKinds: Array<{ code: string; nameText: { vi: string; en: string } }> }>(
          h.app,
          `{ reportKinds { code nameText { vi en } } }`,
          {},
          ACTORS.ward,
        )
      ).data!.reportKinds.find((k) => k.code === code)!.nameText;
    expect(await nameOf("tthc-control-quarterly")).toEqual({
      vi: "Báo cáo tình hình, kết quả thực hiện công tác kiểm soát TTHC quý",
      en: "Quarterly report on the control of administrative procedures",
    });
    // A kind the registry gains without an English name shows its Vietnamese one.
    await h.db.reportKind.create({ data: { code: "test-no-english", name: "Báo cáo chuyên đề", periodKind: "ad-hoc", source: "thử" } });
    expect(await nameOf("test-no-english")).toEqual({ vi: "Báo cáo chuyên đề", en: "Báo cáo chuyên đề" });
    await h.db.reportKind.delete({ where: { code: "test-no-english" } });
  });

  it("a unit officer sees only its own unit's reports", async () => {
    const own = await gql<{ unitReports: { total: number; items: Report[] } }>(h.app, LIST, {}, ACTORS.ward);
    expect(own.data!.unitReports.total).toBe(1);
    ward = own.data!.unitReports.items[0]!;
    expect(ward.unitId).toBe("unit-le-loi");
    other = (await gql<{ unitReports: { items: Report[] } }>(h.app, LIST, {}, justice)).data!.unitReports.items[0]!;
    const foreign = await gql(h.app, ONE, { id: other.id }, ACTORS.ward);
    expect(foreign.errors?.[0]).toMatchObject({ message: "Bạn chỉ xem được báo cáo của đơn vị mình.", extensions: { code: "FORBIDDEN" } });
    expect((await gql(h.app, LIST, { unitId: "unit-tu-phap" }, ACTORS.ward)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(h.app, NARRATIVE, { id: other.id, text: "x" }, ACTORS.ward)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("a unit's report from draft to acceptance", () => {
  it("is pre-filled from the projections", () => {
    expect(ward.figures.find((f) => f.code === "pakn.received")).toEqual({
      code: "pakn.received",
      label: "Tổng số",
      projected: 1,
      value: 1,
      correctionReason: null,
    });
    // Due 02/05, still open at the cut-off 14/06: overdue.
    expect(ward.figures.find((f) => f.code === "pakn.open.overdue")!.value).toBe(1);
  });

  it("takes a correction with its reason and keeps the projected figure; refuses one without a reason", async () => {
    const vars = { id: ward.id, code: "pakn.received", value: 2 };
    const refused = await gql(h.app, CORRECT, { ...vars, reason: "" }, ACTORS.ward);
    expect(refused.errors?.[0]?.message).toBe("Cần nêu lý do điều chỉnh số liệu.");
    expect(await h.db.reportCorrection.count()).toBe(0);
    const unknown = await gql(h.app, CORRECT, { ...vars, code: "nope", reason: "Nhận qua điện thoại chưa nhập" }, ACTORS.ward);
    expect(unknown.errors?.[0]?.message).toBe("Báo cáo này không có chỉ tiêu đó.");
    const res = await gql<{ correctReportFigure: Report }>(
      h.app,
      CORRECT,
      { ...vars, reason: "Một PAKN nhận qua điện thoại chưa nhập hệ thống" },
      ACTORS.ward,
    );
    expect(res.data!.correctReportFigure.figures.find((f) => f.code === "pakn.received")).toEqual({
      code: "pakn.received",
      projected: 1,
      value: 2,
      correctionReason: "Một PAKN nhận qua điện thoại chưa nhập hệ thống",
    });
  });

  it("is submitted with a narrative, returned with a comment, submitted again and accepted, each with its event", async () => {
    expect((await gql(h.app, SUBMIT, { id: ward.id }, ACTORS.ward)).errors?.[0]?.message).toBe(
      "Cần nhập phần thuyết minh trước khi gửi báo cáo.",
    );
    // Each reader is offered only what it may do: the unit writes and submits, the city office reviews once submitted.
    expect(await actionsOf(ward.id, ACTORS.ward)).toEqual(["EDIT", "SUBMIT"]);
    expect(await actionsOf(ward.id, ACTORS.admin)).toEqual([]);
    expect(await actionsOf(ward.id, ACTORS.leader)).toEqual([]);
    await gql(h.app, NARRATIVE, { id: ward.id, text: "Đơn vị đã thực hiện đầy đủ các nhiệm vụ." }, ACTORS.ward);
    const submitted = await gql<{ submitUnitReport: unknown }>(h.app, SUBMIT, { id: ward.id }, ACTORS.ward);
    expect(submitted.data!.submitUnitReport).toEqual({ status: "submitted", submittedOn: "2025-06-16", submittedLate: false });
    expect((await gql(h.app, NARRATIVE, { id: ward.id, text: "sửa" }, ACTORS.ward)).errors?.[0]?.message).toBe(
      "Báo cáo đã gửi, đang chờ Văn phòng xem xét.",
    );
    expect(await actionsOf(ward.id, ACTORS.ward)).toEqual([]);
    expect(await actionsOf(ward.id, ACTORS.admin)).toEqual(["ACCEPT", "RETURN"]);
    expect((await gql(h.app, ACCEPT, { id: ward.id }, ACTORS.ward)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(h.app, RETURN, { id: ward.id, c: "  " }, ACTORS.admin)).errors?.[0]?.message).toBe(
      "Cần ghi ý kiến khi trả lại báo cáo.",
    );
    const returned = await gql<{ returnUnitReport: unknown }>(h.app, RETURN, { id: ward.id, c: "Bổ sung số liệu PAKN" }, ACTORS.admin);
    expect(returned.data!.returnUnitReport).toEqual({ status: "returned", reviewComment: "Bổ sung số liệu PAKN" });
    await gql(h.app, SUBMIT, { id: ward.id }, ACTORS.ward);
    const accepted = await gql<{ acceptUnitReport: unknown }>(h.app, ACCEPT, { id: ward.id }, ACTORS.admin);
    expect(accepted.data!.acceptUnitReport).toEqual({ status: "accepted", reviewComment: "Đạt" });
    // The accepted report keeps the figures as submitted.
    const read = await gql<{ unitReport: Report }>(h.app, ONE, { id: ward.id }, ACTORS.leader);
    expect(read.data!.unitReport.figures.find((f) => f.code === "pakn.received")!.value).toBe(2);

    const events = await outboxTypes();
    expect(events.map((e) => e.type)).toEqual([
      "reporting.report.submitted",
      "reporting.report.returned",
      "reporting.report.submitted",
      "reporting.report.accepted",
    ]);
    expect(events[0]!.data).toMatchObject({
      reportId: ward.id,
      unitId: "unit-le-loi",
      periodKind: "quarter",
      periodLabel: "Quý II/2025",
      periodStart: "2025-03-15",
      periodEnd: "2025-06-14",
      submittedOn: "2025-06-16",
      kindCode: "tthc-control-quarterly",
      late: false,
    });
  });
});

describe("the deadline", () => {
  it("locks unsubmitted reports once, with reporting.report.locked; the city office's exception reopens one", async () => {
    expect(await lockOverdueReports(h.db, depsAt("2025-06-17"))).toBe(0);
    expect(await lockOverdueReports(h.db, depsAt("2025-06-18"))).toBe(2);
    expect(await lockOverdueReports(h.db, depsAt("2025-06-19"))).toBe(0);
    const locked = (await outboxTypes()).filter((e) => e.type === "reporting.report.locked");
    expect(locked.map((e) => e.data.unitId).sort()).toEqual(["unit-new", "unit-tu-phap"]);
    expect(locked[0]!.data.deadline).toBe("2025-06-17");

    await expect(saveNarrative(h.db, justice, other.id, "Muộn", depsAt("2025-06-18"))).rejects.toThrow(
      "Báo cáo đã quá hạn nộp và bị khóa; đề nghị Văn phòng cho phép nộp muộn.",
    );
    expect(await actionsOf(other.id, ACTORS.admin)).toEqual(["GRANT_EXCEPTION"]);
    expect((await gql(h.app, EXCEPTION, { id: other.id, until: "2025-06-10" }, ACTORS.admin)).errors?.[0]?.message).toBe(
      "Hạn cho phép nộp muộn phải từ hôm nay trở đi.",
    );
    const granted = await gql<{ grantReportException: unknown }>(h.app, EXCEPTION, { id: other.id, until: "2025-06-20" }, ACTORS.admin);
    expect(granted.data!.grantReportException).toEqual({ exceptionUntil: "2025-06-20", locked: false });
    expect(await actionsOf(other.id, ACTORS.admin)).toEqual([]);
    expect((await saveNarrative(h.db, justice, other.id, "Nộp muộn có phép", depsAt("2025-06-19"))).narrative).toBe("Nộp muộn có phép");
  });

  it("the completeness board counts expected, received, on time and missing; units cannot read it", async () => {
    const board = await gql<{ reportCompleteness: unknown }>(h.app, BOARD, {}, ACTORS.admin);
    expect(board.data!.reportCompleteness).toEqual({ expected: 3, submitted: 1, accepted: 1, onTime: 1, late: 0, missing: 2, locked: 0 });
    expect((await gql(h.app, BOARD, {}, ACTORS.ward)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
