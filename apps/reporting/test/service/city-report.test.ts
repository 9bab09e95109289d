/**
 * The city report through GraphQL and the /files routes: refused while no unit report is accepted and for
 * anyone but the city office; issued from two accepted reports (one with a correction) as DOCX and XLSX
 * whose figures, read back, are the hand-computed sums; listed for city readers; its event in the outbox.
 *
 * Q2/2025's data window is 15/03 → 14/06/2025; the deadline 17/06. Issued on 16/06/2025.
 */
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@tthc/service-kit";
import { at, event, officer, uuid } from "../fixtures.ts";
import { ACTORS, actorHeaders, applyEvents, gql, outboxEvents, startHarness, type Harness } from "../harness.ts";

const NOW = new Date("2025-06-16T02:00:00Z");
const justice = officer("unit-tu-phap");

function unit(id: string, name: string) {
  return event("directory.unit.created", id, at("2024-01-01"), {
    unit: { id, code: id, name, shortName: null, levelCode: "ward", parentId: null, validFrom: "2020-01-01", validTo: null },
  });
}

const PERIOD = { kindCode: "tthc-control-quarterly", periodKey: "2025-Q2" };
const GENERATE = `mutation { generateExpectedReports(kindCode: "tthc-control-quarterly", year: 2025, index: 2) }`;
const LIST = `{ unitReports(kindCode: "tthc-control-quarterly", periodKey: "2025-Q2") { items { id unitId } } }`;
const NARRATIVE = `mutation ($id: ID!, $text: String!) { saveReportNarrative(id: $id, narrative: $text) { id } }`;
const CORRECT = `mutation ($id: ID!, $code: String!, $value: Int!) {
  correctReportFigure(id: $id, indicatorCode: $code, value: $value, reason: "Bổ sung PAKN nhận trực tiếp") { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitUnitReport(id: $id) { status } }`;
const ACCEPT = `mutation ($id: ID!) { acceptUnitReport(id: $id) { status } }`;
const FILE = "id name url";
const ISSUE = `mutation ($kindCode: String!, $periodKey: String!) { issueCityReport(kindCode: $kindCode, periodKey: $periodKey) {
  id number periodLabel periodStart periodEnd issuedOn expected received accepted onTime late docx { ${FILE} } xlsx { ${FILE} } } }`;
const REPORTS = `query ($kindCode: String!, $periodKey: String!) { cityReports(kindCode: $kindCode, periodKey: $periodKey) { total items { number } } }`;

type Issued = {
  id: string;
  number: string;
  docx: { id: string; name: string; url: string };
  xlsx: { id: string; name: string; url: string };
} & Record<string, unknown>;

const LE_LOI_NARRATIVE = "Phường đã niêm yết công khai đầy đủ thủ tục hành chính tại bộ phận một cửa.";
const TU_PHAP_NARRATIVE = "Phòng Tư pháp rà soát 12 thủ tục, đề xuất đơn giản hóa 2 thủ tục.";

let h: Harness;
let ids: Record<string, string>;

const download = async (id: string, actor: Actor) =>
  h.app.inject({ method: "GET", url: `/files/${id}`, headers: await actorHeaders(actor) });
const cityReportCount = () => h.db.cityReport.count();

beforeAll(async () => {
  h = await startHarness("city_report", NOW);
  // A PAKN led by Phường Lê Lợi received in Q2, still open past its answer limit at the cut-off.
  const pakn = uuid();
  const due = { classify: "2025-04-05", outOfScopeTransfer: "2025-04-08", handle: null, answer: "2025-05-02" };
  await applyEvents(h.db, [
    unit("unit-le-loi", "Phường Lê Lợi"),
    unit("unit-tu-phap", "Phòng Tư pháp"),
    unit("unit-ai-nghia", "Phường Ái Nghĩa"),
    event("complaints.complaint.received", pakn, at("2025-04-02"), {
      trackingCode: "PAKN-1",
      channel: "web",
      receivedDay: "2025-04-02",
      due,
    }),
    event("complaints.complaint.transferred", pakn, at("2025-04-03"), { units: [{ unitId: "unit-le-loi", lead: true }], due }),
  ]);
  await gql(h.app, GENERATE, {}, ACTORS.admin);
  const list = await gql<{ unitReports: { items: Array<{ id: string; unitId: string }> } }>(h.app, LIST, {}, ACTORS.admin);
  ids = Object.fromEntries(list.data!.unitReports.items.map((r) => [r.unitId, r.id]));
  // Lê Lợi: 1 PAKN projected, corrected to 4; Tư pháp: 0 projected, corrected to 7.
  await gql(h.app, NARRATIVE, { id: ids["unit-le-loi"], text: LE_LOI_NARRATIVE }, ACTORS.ward);
  await gql(h.app, CORRECT, { id: ids["unit-le-loi"], code: "pakn.received", value: 4 }, ACTORS.ward);
  await gql(h.app, NARRATIVE, { id: ids["unit-tu-phap"], text: TU_PHAP_NARRATIVE }, justice);
  await gql(h.app, CORRECT, { id: ids["unit-tu-phap"], code: "pakn.received", value: 7 }, justice);
  for (const [id, actor] of [
    [ids["unit-le-loi"]!, ACTORS.ward],
    [ids["unit-tu-phap"]!, justice],
  ] as const) {
    expect((await gql<{ submitUnitReport: { status: string } }>(h.app, SUBMIT, { id }, actor)).data?.submitUnitReport.status).toBe(
      "submitted",
    );
  }
});
afterAll(async () => {
  await h?.close();
});

describe("issuing the city report", () => {
  it("is refused while no unit report of the period is accepted, and nothing is issued", async () => {
    const refused = await gql(h.app, ISSUE, PERIOD, ACTORS.admin);
    expect(refused.errors?.[0]?.message).toBe(
      "Chưa có báo cáo nào của đơn vị được chấp nhận trong kỳ này, chưa lập được báo cáo của thành phố.",
    );
    expect(await cityReportCount()).toBe(0);
    expect(await outboxEvents(h.db, "reporting.city-report.issued")).toEqual([]);
  });

  it("is the city office's alone: a unit officer, a leader and a partner are refused", async () => {
    for (const id of [ids["unit-le-loi"], ids["unit-tu-phap"]]) await gql(h.app, ACCEPT, { id }, ACTORS.admin);
    for (const actor of [ACTORS.ward, ACTORS.leader]) {
      expect((await gql(h.app, ISSUE, PERIOD, actor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    // A partner is no staff member at all (reports:read reads, it does not issue).
    expect((await gql(h.app, ISSUE, PERIOD, ACTORS.reader)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await cityReportCount()).toBe(0);
  });

  let issued: Issued;

  it("consolidates the accepted reports with the completeness counts, numbered, with its event", async () => {
    const res = await gql<{ issueCityReport: Issued }>(h.app, ISSUE, PERIOD, ACTORS.admin);
    expect(res.errors).toBeUndefined();
    issued = res.data!.issueCityReport;
    expect(issued).toMatchObject({
      number: "1/BC-VP",
      periodLabel: "Quý II/2025",
      periodStart: "2025-03-15",
      periodEnd: "2025-06-14",
      issuedOn: "2025-06-16",
      // Three units owe the report, two sent it on time and both were accepted.
      expected: 3,
      received: 2,
      accepted: 2,
      onTime: 2,
      late: 0,
    });
    expect(issued.docx).toEqual({
      id: issued.docx.id,
      name: "Bao-cao-thanh-pho-2025-Q2-so-1-BC-VP.docx",
      url: `/files/reporting/${issued.docx.id}`,
    });
    expect(issued.xlsx.url).toBe(`/files/reporting/${issued.xlsx.id}`);

    const events = await outboxEvents(h.db, "reporting.city-report.issued");
    expect(events).toHaveLength(1);
    expect(events[0]!.subject).toBe(issued.id);
    expect(events[0]!.data).toEqual({
      cityReportId: issued.id,
      number: "1/BC-VP",
      kindCode: "tthc-control-quarterly",
      periodKind: "quarter",
      periodLabel: "Quý II/2025",
      periodStart: "2025-03-15",
      periodEnd: "2025-06-14",
      issuedAt: NOW.toISOString(),
      units: { expected: 3, received: 2, accepted: 2, onTime: 2, late: 0 },
      link: "/reporting",
    });
  });

  it("gives a DOCX in the state-document layout with the narratives and the summed figures", async () => {
    const res = await download(issued.docx.id, ACTORS.leader);
    expect(res.statusCode).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(text).toContain("VĂN PHÒNG HĐND VÀ UBND THÀNH PHỐ");
    expect(text).toContain("Số: 1/BC-VP");
    expect(text).toContain("Hưng Yên, ngày 16 tháng 6 năm 2025");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý II/2025");
    expect(text).toContain(`Phường Lê Lợi: ${LE_LOI_NARRATIVE}`);
    expect(text).toContain(`Phòng Tư pháp: ${TU_PHAP_NARRATIVE}`);
    // The unit that did not send its report is listed as such.
    expect(text).toMatch(/Phường Ái Nghĩa\s+Chưa gửi/);
    // PAKN received: 4 + 7 = 11; PAKN open past the limit: 1 (Lê Lợi) + 0.
    const pakn = text.slice(text.indexOf("Phản ánh, kiến nghị — tiếp nhận"));
    expect(pakn).toMatch(/Phòng Tư pháp\s+7\b/);
    expect(pakn).toMatch(/Phường Lê Lợi\s+4\b/);
    expect(pakn).toMatch(/Tổng cộng\s+11\b/);
  });

  it("gives an XLSX with one sheet per form table, a row per unit and the total row as numbers", async () => {
    const res = await download(issued.xlsx.id, ACTORS.admin);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const groups = new Set((await h.db.reportIndicator.findMany()).map((i) => i.groupName));
    expect(workbook.worksheets).toHaveLength(groups.size);

    const sheet = workbook.worksheets.find((ws) => ws.name.startsWith("Phản ánh, kiến nghị — tiếp"))!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(["TT", "Đơn vị", "Tổng số"]);
    const rows = [2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1, 4));
    // Units in Vietnamese order of their names ("Phòng" before "Phường"); only the accepted ones.
    expect(rows).toEqual([
      [1, "Phòng Tư pháp", 7],
      [2, "Phường Lê Lợi", 4],
      [undefined, "Tổng cộng", 11],
    ]);
    expect(sheet.rowCount).toBe(4);

    const open = workbook.worksheets.find((ws) => ws.name.startsWith("Phản ánh, kiến nghị — đang"))!;
    const openHeader = (open.getRow(1).values as unknown[]).slice(1);
    const overdueColumn = openHeader.indexOf("Quá hạn") + 1;
    expect(overdueColumn).toBeGreaterThan(0);
    expect(open.getRow(2).getCell(overdueColumn).value).toBe(0);
    expect(open.getRow(3).getCell(overdueColumn).value).toBe(1);
    expect(open.getRow(4).getCell(overdueColumn).value).toBe(1);
  });

  it("serves the files to city readers only, and lists the issues of the period for them", async () => {
    expect((await download(issued.docx.id, ACTORS.ward)).statusCode).toBe(404);
    expect((await download(issued.xlsx.id, ACTORS.anonymous)).statusCode).toBe(404);
    const again = await gql<{ issueCityReport: Issued }>(h.app, ISSUE, PERIOD, ACTORS.admin);
    expect(again.data!.issueCityReport.number).toBe("2/BC-VP");
    const listed = await gql<{ cityReports: { total: number; items: Array<{ number: string }> } }>(
      h.app,
      REPORTS,
      PERIOD,
      ACTORS.inspector,
    );
    expect(listed.data!.cityReports.total).toBe(2);
    expect(listed.data!.cityReports.items.map((r) => r.number).sort()).toEqual(["1/BC-VP", "2/BC-VP"]);
    expect((await gql(h.app, REPORTS, PERIOD, ACTORS.ward)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
