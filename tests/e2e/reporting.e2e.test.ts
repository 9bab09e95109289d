/**
 * A periodic report in the browser: the city office creates the expected reports of the quarter holding
 * the stack's today (or finds them); phường Sơn Nam's officer opens the ward's pre-filled report,
 * corrects a figure with a reason (the system figure stays beside it), writes the narrative and submits;
 * the city office sees it counted as submitted on the completeness board and returns it with a comment.
 * Then the city office imports dossier steps from a CSV of the template and sees the bad row with its reason.
 *
 * Then the city office accepts Sở Tư pháp's report of the quarter (submitted through the API) and sees the
 * board count it, issues the city report of the quarter, and downloads it as DOCX and XLSX, both read back.
 * Last, the city office opens the dashboard and follows this month's PAKN received from its chart to the inbox,
 * the imported dossier resolved on time from the dossier panel to the ward's list of resolutions, and a ward's
 * open recommendation from the inspection chart to the records inspections gives for it.
 *
 * Sơn Nam, not Phố Hiến: other suites change Phố Hiến's state. Returning (not accepting) leaves the report
 * open for the unit, and a second import of the same file records nothing new, so the suite runs again on
 * the same stack; the counts are compared with the board's own before and after, never with fixed numbers.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import {
  adminToken,
  chooseOption,
  gql,
  launchBrowser,
  now,
  openPage,
  receiveAtCounter,
  seedOverdueRecommendations,
  signIn,
  webUrl,
} from "./browser.ts";

const NARRATIVE = "Phường đã thực hiện đầy đủ nhiệm vụ kiểm soát TTHC trong quý; số PAKN tiếp nhận đã được đối chiếu với sổ theo dõi.";
const REASON = "Bổ sung 2 PAKN tiếp nhận trực tiếp chưa nhập hệ thống";
const FIGURE = "Phản ánh, kiến nghị — tiếp nhận: Tổng số";

/** Two good steps of a Sơn Nam dossier and a receipt with an unknown channel (row 4: the header is row 1). */
const DOSSIER_CSV = [
  "Mã hồ sơ,Mã đơn vị,Bước,Thời điểm,Kênh tiếp nhận,Ngày hẹn trả,Kết quả giải quyết,Ngày hẹn mới",
  "000.00.31.H29-260105-0901,hy.p.son-nam,received,05/01/2026 09:30,online,20/01/2026,,",
  "000.00.31.H29-260105-0901,hy.p.son-nam,resolved,15/01/2026 10:00,,,on-time,",
  "000.00.31.H29-260105-0902,hy.p.son-nam,received,05/01/2026 10:00,fax,20/01/2026,,",
].join("\n");

/** The quarter whose data window (cut-off day 14) holds the stack's today, as the page opens on it. */
function currentQuarter(): string {
  const [y, m, d] = new Date(now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10).split("-").map(Number) as [number, number, number];
  const month = d > 14 ? (m % 12) + 1 : m;
  const year = d > 14 && m === 12 ? y + 1 : y;
  return `Quý ${["I", "II", "III", "IV"][Math.ceil(month / 3) - 1]}/${year}`;
}

/** One measure of the completeness board (its one-row table), once the board is shown. */
async function boardCount(page: Page, measure: string): Promise<number> {
  const table = page.getByRole("table", { name: "Tình hình nộp báo cáo", exact: true });
  const headers = await table.locator("thead th").allInnerTexts();
  const column = headers.findIndex((h) => h.trim() === measure);
  return Number(await table.locator("tbody tr.ant-table-row td").nth(column).innerText());
}

/** The dashboard's default window: the last twelve months up to the stack's this month (days in Vietnam time). */
function dashboardWindow(): { today: string; first: string; monthStart: string; monthEnd: string } {
  const today = new Date(now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const [y, m] = today.split("-").map(Number) as [number, number];
  return {
    today,
    first: new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10),
    monthStart: `${today.slice(0, 7)}-01`,
    monthEnd: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10),
  };
}

/** One unit's row of a by-unit panel over the dashboard's window, as the service gives it; none until it has one. */
async function unitRow<T>(token: string, panel: string, fields: string, unitId: string) {
  const { first, monthEnd } = dashboardWindow();
  type Row = T & { unitId: string | null; unitName: string | null };
  const { reportingDashboard } = await gql<{ reportingDashboard: Record<string, { items: Row[] }> }>(
    `query ($from: Date!, $to: Date!) { reportingDashboard(from: $from, to: $to, first: 50) { ${panel} { items { unitId unitName ${fields} } } } }`,
    { from: first, to: monthEnd },
    token,
  );
  return reportingDashboard[panel]!.items.find((row) => row.unitId === unitId);
}

/** The dashboard, opened directly by the city office's administrator. */
async function openDashboard(browser: Browser, name: string): Promise<Page> {
  const page = await openPage(browser, { name });
  await signIn(page, "admin", "Admin@2024");
  await page.goto(webUrl("/reporting/dashboard"));
  await page.getByRole("heading", { name: "Bảng điều khiển", level: 1 }).waitFor();
  return page;
}

/** The link of one figure in a dashboard chart's data table ("Bảng số liệu"): the row's header, the column's title. */
async function chartFigureLink(page: Page, chartTitle: string, row: string, column: string): Promise<Locator> {
  const chart = page.locator("figure.chart").filter({ hasText: chartTitle });
  await chart.locator("[role=img][data-drawn=true]").waitFor();
  await chart.getByText("Bảng số liệu").click();
  const table = chart.getByRole("table", { name: chartTitle });
  const headers = await table.locator("thead th").allInnerTexts();
  const cells = table.locator("tbody tr", { has: page.getByRole("rowheader", { name: row, exact: true }) }).locator("td");
  return cells.nth(headers.indexOf(column) - 1).getByRole("link");
}

async function openReports(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Báo cáo", exact: true }).click();
  await page.getByRole("heading", { name: "Báo cáo định kỳ", level: 1 }).waitFor();
}

describe("web: a unit's periodic report from pre-filled figures to review", () => {
  let browser: Browser;
  let submittedBefore = 0;
  let reportPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the city office creates the quarter's expected reports and sees the completeness board", async () => {
    const page = await openPage(browser, { name: "reporting-generate" });
    await signIn(page, "admin", "Admin@2024");
    await openReports(page);
    await page.getByRole("button", { name: "Lập danh sách báo cáo phải nộp" }).click();
    // Again on the same stack it adds nothing: the reports of the period exist once.
    await expect.poll(() => page.getByText(/Đã thêm \d+ báo cáo phải nộp/).count()).toBe(1);
    await page.getByRole("table", { name: "Tình hình nộp báo cáo", exact: true }).waitFor();
    expect(await boardCount(page, "Phải nộp")).toBeGreaterThan(10);
    submittedBefore = await boardCount(page, "Đã nộp");
    const chart = page.locator("figure.chart").filter({ hasText: "Tình hình nộp báo cáo của các đơn vị" });
    await chart.locator("[role=img][data-drawn=true]").waitFor();
    // The list refetches after the generation (its own query, apart from the board's): wait for its count, which
    // says what it holds, before reading the table (under load it arrives after the board).
    const listStatus = page.getByRole("region", { name: "Báo cáo của các đơn vị" }).getByRole("status");
    await expect.poll(async () => Number((await listStatus.innerText()).replace(/\D/g, "")), { timeout: 60_000 }).toBeGreaterThan(10);
    expect(await page.getByRole("table", { name: "Báo cáo của các đơn vị" }).innerText()).toContain(currentQuarter());
  });

  it("phường Sơn Nam's officer corrects a figure with its reason, writes the narrative and submits", async () => {
    const page = await openPage(browser, { name: "reporting-unit-submit" });
    await signIn(page, "phuong.sonnam", "Sonnam@2025");
    await openReports(page);
    // A unit officer sees only the ward's report, and no completeness board.
    await expect.poll(() => page.getByRole("status").filter({ hasText: "1 báo cáo" }).count()).toBe(1);
    expect(await page.getByRole("table", { name: "Tình hình nộp báo cáo", exact: true }).count()).toBe(0);
    await page.getByRole("link", { name: /Sơn Nam/ }).click();
    await page.getByRole("heading", { name: `Báo cáo ${currentQuarter()} — UBND phường Sơn Nam`, level: 1 }).waitFor();
    reportPath = new URL(page.url()).pathname;

    // The correction dialog shows the system figure and refuses a correction without a reason.
    // By keyboard: the row's button opens the dialog with the focus in its figure.
    await page.getByRole("button", { name: `Điều chỉnh ${FIGURE}` }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Điều chỉnh số liệu: ${FIGURE}` });
    await expect.poll(() => dialog.getByLabel("Số liệu điều chỉnh").evaluate((el) => el === document.activeElement)).toBe(true);
    const projected = Number(/(\d+)/.exec(await dialog.getByTestId("projected-figure").innerText())![1]);
    await dialog.getByLabel("Số liệu điều chỉnh").fill(String(projected + 2));
    // Empty even on a second run, when the dialog opens with the earlier correction's reason.
    await dialog.getByLabel("Lý do điều chỉnh").fill("");
    await dialog.getByRole("button", { name: "Lưu điều chỉnh" }).click();
    await dialog.getByText("Cần nêu lý do điều chỉnh (ít nhất 5 ký tự).").waitFor();
    await dialog.getByLabel("Lý do điều chỉnh").fill(REASON);
    await dialog.getByRole("button", { name: "Lưu điều chỉnh" }).click();
    await dialog.waitFor({ state: "hidden" });

    // The reported figure and the reason, with the system figure still beside them.
    const row = page.getByRole("table", { name: "Số liệu báo cáo (Biểu 06/VPCP/KSTT)" }).locator("tr", { hasText: REASON });
    await row.waitFor();
    const cells = await row.locator("td").allInnerTexts();
    expect(cells).toContain(String(projected));
    expect(cells).toContain(String(projected + 2));

    await page.getByLabel("Nội dung thuyết minh").fill(NARRATIVE);
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await page.getByRole("alert").or(page.getByRole("status")).filter({ hasText: "Đã gửi báo cáo." }).waitFor();
    await expect.poll(() => page.getByTestId("report-status").innerText()).toBe("Đã gửi");
    // Submitted: nothing left for the unit to do, the narrative is read only.
    expect(await page.getByRole("button", { name: "Gửi báo cáo" }).count()).toBe(0);
    expect(await page.getByTestId("report-narrative").innerText()).toBe(NARRATIVE);
  });

  it("the city office sees it counted as submitted and returns it with a comment", async () => {
    const page = await openPage(browser, { name: "reporting-review" });
    await signIn(page, "admin", "Admin@2024");
    await openReports(page);
    await page.getByRole("table", { name: "Tình hình nộp báo cáo", exact: true }).waitFor();
    await expect.poll(() => boardCount(page, "Đã nộp")).toBe(submittedBefore + 1);

    await chooseOption(page, page.getByRole("combobox", { name: "Trạng thái" }), "Đã gửi");
    await page.getByRole("link", { name: /Sơn Nam/ }).click();
    expect(new URL(page.url()).pathname).toBe(reportPath);
    expect(await page.getByTestId("report-narrative").innerText()).toBe(NARRATIVE);
    // The city office reviews; it does not write the unit's report.
    expect(await page.getByRole("button", { name: /^Điều chỉnh/ }).count()).toBe(0);

    await page.getByRole("button", { name: "Trả lại báo cáo" }).click();
    const dialog = page.getByRole("dialog", { name: "Trả lại báo cáo cho đơn vị" });
    await dialog.getByRole("button", { name: "Trả lại báo cáo" }).click();
    await dialog.getByText("Vui lòng nhập lý do.").waitFor();
    await dialog.getByLabel("Ý kiến trả lại").fill("Đề nghị bổ sung số liệu hồ sơ TTHC tiếp nhận trực tuyến.");
    await dialog.getByRole("button", { name: "Trả lại báo cáo" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByTestId("report-status").innerText()).toBe("Bị trả lại");
    await page.getByText("Đề nghị bổ sung số liệu hồ sơ TTHC tiếp nhận trực tuyến.").waitFor();
    expect(await page.getByRole("button", { name: "Chấp nhận báo cáo" }).count()).toBe(0);

    await openReports(page);
    await page.getByRole("table", { name: "Tình hình nộp báo cáo", exact: true }).waitFor();
    await expect.poll(() => boardCount(page, "Đã nộp")).toBe(submittedBefore);
  });

  it("the city office imports dossier steps from a CSV: the good rows are recorded, the bad one listed with its reason", async () => {
    const page = await openPage(browser, { name: "reporting-dossier-import" });
    await signIn(page, "admin", "Admin@2024");
    await openReports(page);
    await page.getByRole("link", { name: "Nhập số liệu hồ sơ TTHC" }).click();
    await page.getByRole("heading", { name: "Nhập số liệu hồ sơ TTHC", level: 1 }).waitFor();

    await page
      .getByLabel("Tệp dữ liệu (CSV, XLSX, tối đa 1,4 MB)")
      .setInputFiles({ name: "ho-so-son-nam.csv", mimeType: "text/csv", buffer: Buffer.from(DOSSIER_CSV, "utf8") });
    await page.getByRole("button", { name: "Nhập số liệu" }).click();
    await page.getByRole("heading", { name: "Kết quả nhập tệp ho-so-son-nam.csv" }).waitFor();
    await expect.poll(() => page.getByTestId("import-status").innerText()).toBe("Đã nhập xong.");
    expect(await page.getByTestId("import-rejected").innerText()).toBe("1");
    // Again on the same stack the good rows are duplicates: recorded once, whichever run recorded them.
    const imported = Number(await page.getByTestId("import-imported").innerText());
    expect([0, 2]).toContain(imported);

    const rejected = page.getByRole("table", { name: "Các dòng bị từ chối" }).locator("tr", { hasText: "fax" });
    expect(await rejected.locator("td").first().innerText()).toBe("4");
    expect(await rejected.innerText()).toContain("Hồ sơ tiếp nhận cần kênh");
    await page.getByRole("button", { name: "Tải danh sách dòng bị từ chối (CSV)" }).waitFor();
    expect(await page.getByRole("table", { name: "Các lần nhập gần đây" }).innerText()).toContain("ho-so-son-nam.csv");
  });
});

describe("web: the city report (báo cáo của thành phố)", () => {
  let browser: Browser;
  /** Sở Tư pháp's report of the quarter once submitted: "accepted" when an earlier run on this stack accepted it. */
  let tuPhapStatus = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    // Sở Tư pháp's report of the quarter, submitted through the API (the browser flow of a unit's report is the
    // suite above); the city office accepts it in the browser below.
    const { login } = await gql<{ login: { accessToken: string } }>(
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: "phong.tuphap", p: "Tuphap@2024" },
    );
    const reports = await gql<{ unitReports: { items: Array<{ id: string; periodLabel: string; status: string }> } }>(
      `{ unitReports(kindCode: "tthc-control-quarterly", first: 10) { items { id periodLabel status } } }`,
      {},
      login.accessToken,
    );
    const report = reports.unitReports.items.find((r) => r.periodLabel === currentQuarter())!;
    if (report.status === "expected" || report.status === "returned") {
      await gql(
        `mutation ($id: ID!) { saveReportNarrative(id: $id, narrative: "Phòng đã rà soát các thủ tục trong quý.") { id } }`,
        { id: report.id },
        login.accessToken,
      );
      await gql(`mutation ($id: ID!) { submitUnitReport(id: $id) { id } }`, { id: report.id }, login.accessToken);
    }
    tuPhapStatus = report.status === "accepted" ? "accepted" : "submitted";
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the city office accepts Sở Tư pháp's submitted report and the completeness board counts it accepted", async () => {
    const page = await openPage(browser, { name: "reporting-accept" });
    await signIn(page, "admin", "Admin@2024");
    await openReports(page);
    await page.getByRole("table", { name: "Tình hình nộp báo cáo", exact: true }).waitFor();
    const acceptedBefore = await boardCount(page, "Đã chấp nhận");
    await chooseOption(page, page.getByRole("combobox", { name: "Trạng thái" }), tuPhapStatus === "accepted" ? "Đã chấp nhận" : "Đã gửi");
    await page.getByRole("link", { name: /Sở Tư pháp/ }).click();
    await page.getByRole("heading", { name: `Báo cáo ${currentQuarter()} — Sở Tư pháp`, level: 1 }).waitFor();
    // Accepted once on a stack: a second run finds it so, with nothing left to review.
    if (tuPhapStatus === "submitted") {
      await page.getByLabel("Ý kiến (không bắt buộc)").fill("Báo cáo đầy đủ, đúng biểu mẫu.");
      await page.getByRole("button", { name: "Chấp nhận báo cáo" }).click();
      await page.getByRole("alert").or(page.getByRole("status")).filter({ hasText: "Đã chấp nhận báo cáo." }).waitFor();
    }
    await expect.poll(() => page.getByTestId("report-status").innerText()).toBe("Đã chấp nhận");
    expect(await page.getByRole("button", { name: "Chấp nhận báo cáo" }).count()).toBe(0);

    await openReports(page);
    await page.getByRole("table", { name: "Tình hình nộp báo cáo", exact: true }).waitFor();
    await expect.poll(() => boardCount(page, "Đã chấp nhận")).toBe(acceptedBefore + (tuPhapStatus === "submitted" ? 1 : 0));
  });

  it("the city office issues it and downloads it as DOCX and XLSX, both read back", async () => {
    const page = await openPage(browser, { name: "reporting-city-report" });
    await signIn(page, "admin", "Admin@2024");
    await openReports(page);
    await page.getByRole("button", { name: "Lập báo cáo của thành phố" }).click();
    const issued = page.getByRole("status").filter({ hasText: /Đã lập báo cáo số \d+\/BC-VP\./ });
    await issued.waitFor();
    const number = /số (\d+\/BC-VP)/.exec(await issued.innerText())![1]!;

    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Tải DOCX ${number}` }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: await readFile((await docx.path())!) });
    expect(text).toContain(`Số: ${number}`);
    expect(text).toContain("Báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính");
    expect(text).toContain("Sở Tư pháp");
    expect(text).toContain("Tổng cộng");

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Tải XLSX ${number}` }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((ws) => ws.name.startsWith("Phản ánh, kiến nghị — tiếp"))!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(["TT", "Đơn vị"]);
    // A row per accepted unit, then the total: each column's total is the sum of the units' numbers.
    const last = sheet.rowCount;
    expect(sheet.getRow(last).getCell(2).value).toBe("Tổng cộng");
    for (let column = 3; column <= sheet.columnCount; column++) {
      let sum = 0;
      for (let row = 2; row < last; row++) sum += sheet.getRow(row).getCell(column).value as number;
      expect(sheet.getRow(last).getCell(column).value).toBe(sum);
    }
  });
});

describe("web: the service-quality index (Decision 766/QĐ-TTg)", () => {
  let browser: Browser;
  const source = "Báo cáo số 15/BC-SNV của Sở Nội vụ về công khai TTHC";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the city office enters a manual indicator for phường Sơn Nam and opens its indicators and trend", async () => {
    const page = await openPage(browser, { name: "reporting-index" });
    await signIn(page, "admin", "Admin@2024");
    await openReports(page);
    await page.getByRole("link", { name: "Chỉ số phục vụ", exact: true }).click();
    await page.getByRole("heading", { name: /Chỉ số phục vụ người dân, doanh nghiệp/, level: 1 }).waitFor();
    await chooseOption(page, page.locator("#manualIndicator_unitId"), "UBND phường Sơn Nam");
    await chooseOption(
      page,
      page.locator("#manualIndicator_indicatorCode"),
      "1.1 — TTHC được công khai đầy đủ, đúng hạn / TTHC thuộc thẩm quyền",
    );
    // A numerator above the denominator is refused by the server with its Vietnamese message.
    await page.locator("#manualIndicator_numerator").fill("12");
    await page.locator("#manualIndicator_denominator").fill("10");
    await page.locator("#manualIndicator_source").fill(source);
    await page.getByRole("button", { name: "Lưu số liệu" }).click();
    await page.getByText("Tử số không được lớn hơn mẫu số.").waitFor();
    // 9 of 10 against a target of 100% of 18 points: 16,2 points.
    await page.locator("#manualIndicator_numerator").fill("9");
    await page.getByRole("button", { name: "Lưu số liệu" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /Đã lưu\. Tổng điểm của đơn vị:/ })
      .waitFor();

    const ranking = page.getByRole("table", { name: /^Xếp hạng chỉ số phục vụ tháng/ });
    const row = ranking.locator("tr.ant-table-row").filter({ hasText: "UBND phường Sơn Nam" });
    await row.locator("button.ant-table-row-expand-icon").click();
    const indicators = page.getByRole("table", { name: "Các chỉ tiêu của UBND phường Sơn Nam", exact: true });
    const manual = indicators.locator("tr.ant-table-row").filter({ hasText: "TTHC được công khai đầy đủ" });
    const text = await manual.innerText();
    expect(text).toContain("16,2 / 18");
    expect(text).toContain(`Số liệu nhập tay: ${source}`);
    expect(text).toContain("[U]");
    const chart = page.locator("figure.chart").filter({ hasText: "Điểm chỉ số phục vụ của UBND phường Sơn Nam theo tháng" });
    await chart.locator("[role=img][data-drawn=true]").waitFor();
  });
});

describe("web: the dashboard (bảng điều khiển)", () => {
  let browser: Browser;
  let token = "";
  let trackingCode = "";
  let complaintId = "";
  let wardId = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await adminToken();
    // The test stack has no PAKN of its own: one received at the counter an hour ago, in this month, which
    // the city office transfers to phường Sơn Nam as the lead unit.
    trackingCode = await receiveAtCounter(token, {
      senderName: "Nguyễn Thị Hoa",
      senderAddress: "Số 12 phố Minh Khai, phường Minh Khai",
      senderPhone: "0912 345 678",
      regulation: "Thủ tục chứng thực bản sao từ bản chính",
      content: "Đề nghị bố trí thêm quầy chứng thực bản sao vào buổi sáng thứ Bảy tại bộ phận một cửa phường.",
    });
    const { login } = await gql<{ login: { user: { unit: { id: string } | null } } }>(
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { user { unit { id } } } }`,
      { u: "phuong.sonnam", p: "Sonnam@2025" },
    );
    wardId = login.user.unit!.id;
    const { complaints } = await gql<{ complaints: { items: Array<{ id: string }> } }>(
      `query ($q: String!) { complaints(filter: { search: $q }, limit: 1) { items { id } } }`,
      { q: trackingCode },
      token,
    );
    const id = complaints.items[0]!.id;
    complaintId = id;
    await gql(
      `mutation ($id: ID!, $i: ClassifyInput!) { classifyComplaint(id: $id, input: $i) { status } }`,
      {
        id,
        i: { kind: "PETITION", category: "official-conduct", field: "Chứng thực", regulation: "Thủ tục chứng thực bản sao từ bản chính" },
      },
      token,
    );
    await gql(
      `mutation ($id: ID!, $u: [AssignmentInput!]!) { transferComplaint(id: $id, units: $u) { status } }`,
      { id, u: [{ unitId: wardId, lead: true }] },
      token,
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens a chart on the dashboard that drills down to records", async () => {
    // The page opens on the last twelve months up to this one.
    const { today, first, monthStart, monthEnd } = dashboardWindow();
    const label = `${today.slice(5, 7)}/${today.slice(0, 4)}`;

    // The service's figure for this month, once reporting has projected the PAKN received above; the inbox's
    // own count of the month's PAKN is what the figure must equal.
    const DASHBOARD = `query ($from: Date!, $to: Date!) { reportingDashboard(from: $from, to: $to) { complaintsByMonth { month received } } }`;
    const received = async () => {
      const { reportingDashboard } = await gql<{ reportingDashboard: { complaintsByMonth: Array<{ month: string; received: number }> } }>(
        DASHBOARD,
        { from: first, to: monthEnd },
        token,
      );
      return reportingDashboard.complaintsByMonth.find((row) => row.month === today.slice(0, 7))!.received;
    };
    const { complaints } = await gql<{ complaints: { total: number } }>(
      `query ($f: ComplaintFilter) { complaints(filter: $f, limit: 1) { total } }`,
      { f: { receivedFrom: monthStart, receivedTo: monthEnd } },
      token,
    );
    await expect.poll(received, { timeout: 20_000 }).toBe(complaints.total);
    const figure = await received();

    const page = await openPage(browser, { name: "reporting-dashboard" });
    await signIn(page, "admin", "Admin@2024");
    await openReports(page);
    await page.getByRole("link", { name: "Bảng điều khiển", exact: true }).click();
    await page.getByRole("heading", { name: "Bảng điều khiển", level: 1 }).waitFor();

    const link = await chartFigureLink(page, "Phản ánh, kiến nghị theo tháng", label, "Tiếp nhận");
    expect(Number(await link.innerText())).toBe(figure);

    // The figure opens the inbox of the PAKN received in the month, which lists exactly that many.
    await link.click();
    await page.waitForURL((url) => url.pathname === "/complaints" && url.searchParams.get("from") === monthStart);
    await page.getByRole("heading", { name: "Phản ánh, kiến nghị", level: 1 }).waitFor();
    await page.getByRole("link", { name: trackingCode }).waitFor();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "phản ánh, kiến nghị" }).innerText())
      .toBe(`${figure} phản ánh, kiến nghị`);
  });

  it("opens a unit's PAKN from the by-unit chart in the inbox filtered to its lead unit", async () => {
    const { first, monthEnd } = dashboardWindow();

    // The ward's figure over the page's window, once reporting has projected the transfer; the inbox's count of
    // the PAKN the ward leads, received in the window, is what it must equal.
    const ward = () => unitRow<{ received: number }>(token, "complaintsByUnit", "received", wardId);
    const { complaints } = await gql<{ complaints: { total: number } }>(
      `query ($f: ComplaintFilter) { complaints(filter: $f, limit: 1) { total } }`,
      { f: { receivedFrom: first, receivedTo: monthEnd, unitId: wardId, leadOnly: true } },
      token,
    );
    expect(complaints.total).toBeGreaterThan(0);
    await expect.poll(async () => (await ward())?.received, { timeout: 20_000 }).toBe(complaints.total);
    const row = (await ward())!;

    const page = await openDashboard(browser, "reporting-dashboard-unit");

    const link = await chartFigureLink(page, "Phản ánh, kiến nghị theo đơn vị chủ trì", row.unitName!, "Tiếp nhận");
    expect(Number(await link.innerText())).toBe(row.received);

    // The figure opens the inbox of the PAKN the ward leads, received in the window: exactly that many.
    await link.click();
    await page.waitForURL(
      (url) => url.pathname === "/complaints" && url.searchParams.get("unit") === wardId && url.searchParams.get("lead") === "1",
    );
    expect(new URL(page.url()).searchParams.get("from")).toBe(first);
    await page.getByRole("link", { name: trackingCode }).waitFor();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "phản ánh, kiến nghị" }).innerText())
      .toBe(`${row.received} phản ánh, kiến nghị`);
  });

  it("opens a unit's PAKN handled from the by-unit chart: the records behind the figure, from complaints", async () => {
    const { today } = dashboardWindow();

    // The ward answers the PAKN it leads (the office approves and sends it): one more PAKN handled in the window.
    const { login } = await gql<{ login: { accessToken: string } }>(
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: "phuong.sonnam", p: "Sonnam@2025" },
    );
    await gql(
      `mutation ($id: ID!, $d: Date!) { draftComplaintAnswer(id: $id, text: "Phường bố trí quầy chứng thực sáng thứ Bảy từ tháng sau.", documentNumber: "52/UBND", documentDate: $d) { status } }`,
      { id: complaintId, d: today },
      login.accessToken,
    );
    await gql(`mutation ($id: ID!) { approveComplaintAnswer(id: $id) { status } }`, { id: complaintId }, token);
    await gql(`mutation ($id: ID!) { sendComplaintAnswer(id: $id) { status } }`, { id: complaintId }, token);

    // The ward's figure, once reporting has projected the answer.
    const ward = () => unitRow<{ handled: number }>(token, "complaintsByUnit", "handled", wardId);
    await expect.poll(async () => (await ward())?.handled ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    const row = (await ward())!;

    const page = await openDashboard(browser, "reporting-dashboard-handled");

    const link = await chartFigureLink(page, "Phản ánh, kiến nghị theo đơn vị chủ trì", row.unitName!, "Đã xử lý");
    expect(Number(await link.innerText())).toBe(row.handled);

    // The figure opens the ward's PAKN handled in the window (reporting names them, complaints gives each): that many.
    await link.click();
    await page.waitForURL(
      (url) =>
        url.pathname === "/reporting/records" &&
        url.searchParams.get("unit") === wardId &&
        url.searchParams.get("figure") === "PAKN_HANDLED",
    );
    await page.getByRole("heading", { name: `Phản ánh, kiến nghị đã xử lý của ${row.unitName}`, exact: false, level: 1 }).waitFor();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "phản ánh, kiến nghị" }).innerText())
      .toBe(`${row.handled} phản ánh, kiến nghị`);
    const listed = page.getByRole("table", { name: "Danh sách bản ghi của số liệu" }).locator("tr", { hasText: trackingCode });
    expect(await listed.innerText()).toContain("Đã trả lời");
    await listed.getByRole("link", { name: trackingCode }).click();
    await page.waitForURL((url) => url.pathname === `/complaints/${complaintId}`);
  });

  it("opens a unit's dossiers resolved on time from the dossier panel, as many as its figure", async () => {
    // The Sơn Nam dossier resolved on time that the import above recorded (this file's earlier test), once projected.
    const ward = () => unitRow<{ onTime: number }>(token, "dossiers", "onTime", wardId);
    await expect.poll(async () => (await ward())?.onTime ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    const row = (await ward())!;

    const page = await openDashboard(browser, "reporting-dashboard-dossiers");

    const link = await chartFigureLink(page, "Hồ sơ TTHC giải quyết theo đơn vị", row.unitName!, "Trước hạn, đúng hạn");
    expect(Number(await link.innerText())).toBe(row.onTime);

    // The figure opens the ward's dossiers resolved early or on time in the window: exactly that many.
    await link.click();
    await page.waitForURL(
      (url) =>
        url.pathname === "/reporting/dossiers" && url.searchParams.get("unit") === wardId && url.searchParams.get("outcome") === "ON_TIME",
    );
    await page.getByRole("heading", { name: `Hồ sơ giải quyết trước hạn, đúng hạn của ${row.unitName}`, exact: false, level: 1 }).waitFor();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "hồ sơ" }).innerText()).toBe(`${row.onTime} hồ sơ`);
    const listed = page.getByRole("table", { name: "Danh sách hồ sơ" }).locator("tr", { hasText: "000.00.31.H29-260105-0901" });
    expect(await listed.innerText()).toContain("15/01/2026");
  });

  it("opens a unit's open recommendations from the inspection chart: the records behind the figure, from inspections", async () => {
    const ward = () => unitRow<{ recommendationsOpen: number }>(token, "inspections", "recommendationsOpen", wardId);
    // One more recommendation to the ward (other files may have made some): the figure grows by one once projected.
    const before = (await ward())?.recommendationsOpen ?? 0;
    const run = randomUUID().slice(0, 6);
    const { users } = await gql<{ users: Array<{ id: string; roles: string[] }> }>(`{ users { id roles } }`, {}, token);
    const inspectorId = users.find((u) => u.roles.includes("INSPECTOR"))!.id;
    const inspectionId = await seedOverdueRecommendations(token, { unitId: wardId, inspectorId, count: 1, run });
    await expect.poll(async () => (await ward())?.recommendationsOpen ?? 0, { timeout: 20_000 }).toBe(before + 1);
    const row = (await ward())!;

    const page = await openDashboard(browser, "reporting-dashboard-recommendations");
    const link = await chartFigureLink(page, "Kiểm tra và kiến nghị theo đơn vị", row.unitName!, "Kiến nghị chưa hoàn thành");
    expect(Number(await link.innerText())).toBe(row.recommendationsOpen);

    // The figure opens the ward's recommendations open at the window's end (reporting names them, inspections gives each).
    await link.click();
    await page.waitForURL(
      (url) =>
        url.pathname === "/reporting/records" &&
        url.searchParams.get("unit") === wardId &&
        url.searchParams.get("figure") === "RECOMMENDATIONS_OPEN",
    );
    await page.getByRole("heading", { name: `Kiến nghị chưa hoàn thành của ${row.unitName}`, exact: false, level: 1 }).waitFor();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "kiến nghị" }).innerText())
      .toBe(`${row.recommendationsOpen} kiến nghị`);
    const text = `Lập phiếu xin lỗi cho hồ sơ trễ hạn (${run}-1)`;
    const listed = page.getByRole("table", { name: "Danh sách bản ghi của số liệu" }).locator("tr", { hasText: text });
    expect(await listed.innerText()).toContain("20/03/2026");
    await listed.getByRole("link", { name: text }).click();
    await page.waitForURL((url) => url.pathname === `/inspections/${inspectionId}`);
  });

  it("shows the year's issued plan by section, each bar opening the plan at its section", async () => {
    const year = Number(new Date(now().getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
    // planning's own figures: the issued plan covering this year and its sections' share done.
    const { plans } = await gql<{ plans: Array<{ id: string; year: number; lastYear: number; status: string; title: string }> }>(
      `{ plans { id year lastYear status title } }`,
      {},
      token,
    );
    // The page's choice (dashboard-api.ts issuedPlanOf): of the plans issued for this year, an open one first, then
    // the latest-starting; other suites on the shared stack issue plans of this year too.
    const covering = plans.filter((p) => p.status !== "DRAFT" && p.year <= year && year <= p.lastYear);
    covering.sort((a, b) => Number(a.status !== "ISSUED") - Number(b.status !== "ISSUED") || b.year - a.year);
    const plan = covering[0]!;
    expect(plan.status).toBe("ISSUED");
    const { plan: detail } = await gql<{
      plan: { sections: Array<{ id: string; number: string | null; title: string; progress: { percentDone: number } }> };
    }>(`query ($id: ID!) { plan(id: $id) { sections { id number title progress { percentDone } } } }`, { id: plan.id }, token);
    const section = detail.sections[0]!;
    // As the planning pages label a section (labels.ts sectionLabel): a section with neither shows a dash.
    const label = [section.number, section.title].filter((part) => part && part.trim() !== "").join(". ") || "—";

    const page = await openPage(browser, { name: "reporting-dashboard-plan" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl("/reporting/dashboard"));
    const title = `Tiến độ theo phần của ${plan.title}`;
    const chart = page.locator("figure.chart").filter({ hasText: title });
    await chart.locator("[role=img][data-drawn=true]").waitFor();
    await chart.getByText("Bảng số liệu").click();
    const table = chart.getByRole("table", { name: title });
    const link = table.locator("tbody tr", { has: page.getByRole("rowheader", { name: label, exact: true }) }).getByRole("link");
    expect(await link.innerText()).toBe(`${section.progress.percentDone}%`);

    await link.click();
    await page.waitForURL((url) => url.pathname === `/planning/plans/${plan.id}` && url.hash === `#section-${section.id}`);
    await page.locator(`tr#section-${section.id}`).waitFor();
    expect(await page.locator(`tr#section-${section.id}`).isVisible()).toBe(true);
  });
});
