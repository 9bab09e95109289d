/**
 * Inspections in the browser against the running test stack: the city office drafts a plan of the year
 * for phường Sơn Nam (its own title and focus, so reruns and other files never clash; Phố Hiến, which
 * other files change, is left alone); only a leader sees the approve button, and approval schedules the
 * inspection; the city office forms the team, the inspector opens the checklist, the ward and the team
 * assess and the difference is highlighted; a finding's recommendation is answered by the ward, returned
 * once in a dialog and then verified; the record and the conclusion notice download as DOCX, and the
 * inspection closes.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chooseOption, fillDate, launchBrowser, openPage, signIn, submitDialog, webUrl } from "./browser.ts";

const RUN = randomUUID().slice(0, 6);
const TITLE = `Kế hoạch kiểm tra công tác kiểm soát TTHC năm 2026 (${RUN})`;
const FOCUS = `Niêm yết công khai TTHC và Bộ phận Một cửa (${RUN})`;
const UNIT = "UBND phường Sơn Nam";
const RECOMMENDATION = `Cập nhật niêm yết các TTHC theo quyết định công bố mới (${RUN})`;

const USERS = {
  admin: ["admin", "Admin@2024"],
  leader: ["lanhdao", "Lanhdao@2024"],
  inspector: ["kiemtra", "Kiemtra@2024"],
  ward: ["phuong.sonnam", "Sonnam@2025"],
} as const;

async function open(browser: Browser, who: keyof typeof USERS, path: string): Promise<Page> {
  const page = await openPage(browser, { name: `inspections-${who}` });
  const [username, password] = USERS[who];
  await signIn(page, username, password);
  await page.goto(webUrl(path));
  return page;
}

async function expectStatus(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.getByTestId("inspection-status").innerText()).toBe(label);
}

describe("web: inspections from the year's plan to the recommendations' follow-up", () => {
  let browser: Browser;
  let planPath = "";
  let inspectionPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the city office drafts the plan, only a leader approves it, and its inspection is scheduled", async () => {
    const office = await open(browser, "admin", "/inspections/plans");
    await office.getByRole("button", { name: "Lập kế hoạch kiểm tra" }).click();
    await office.getByLabel("Tên kế hoạch").fill(TITLE);
    const row = office.getByRole("group", { name: "Dòng 1" });
    await chooseOption(office, row.getByLabel("Đơn vị được kiểm tra", { exact: true }), UNIT);
    await row.getByLabel("Tháng/quý").fill("1");
    await row.getByLabel("Nội dung trọng tâm").fill(FOCUS);
    await office.getByRole("button", { name: "Lưu dự thảo" }).click();
    await office.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    planPath = new URL(office.url()).pathname;
    expect(await office.getByTestId("plan-status").innerText()).toBe("Dự thảo");
    expect(await office.getByRole("table", { name: "Đơn vị được kiểm tra" }).innerText()).toContain(FOCUS);
    // The city office drafts; approving is the leadership's: no button for it.
    expect(await office.getByRole("button", { name: "Phê duyệt kế hoạch" }).count()).toBe(0);

    const leader = await open(browser, "leader", planPath);
    await leader.getByRole("heading", { name: TITLE, level: 1 }).waitFor();
    await leader.getByRole("button", { name: "Phê duyệt kế hoạch" }).click();
    // Confirmed in a dialog, whose own button carries the same name.
    await leader.getByRole("dialog", { name: "Phê duyệt kế hoạch kiểm tra" }).getByRole("button", { name: "Phê duyệt kế hoạch" }).click();
    await expect.poll(() => leader.getByTestId("plan-status").innerText()).toMatch(/^Đã phê duyệt/);

    await leader.getByRole("link", { name: "Xem các cuộc kiểm tra của năm" }).click();
    await chooseOption(leader, leader.getByRole("search").getByLabel("Đơn vị được kiểm tra"), UNIT);
    await leader.getByRole("button", { name: "Lọc" }).click();
    const scheduled = leader.getByRole("row").filter({ hasText: FOCUS });
    await expect.poll(() => scheduled.innerText()).toContain("Đã lên lịch");
    expect(await scheduled.innerText()).toContain("01/01/2026 – 31/03/2026");
    await scheduled.getByRole("link", { name: UNIT }).click();
    await leader.getByRole("heading", { name: `Kiểm tra ${UNIT}`, level: 1 }).waitFor();
    inspectionPath = new URL(leader.url()).pathname;
    await expectStatus(leader, "Đã lên lịch");
  });

  it("the team and the ward assess the checklist side by side and the difference is highlighted", async () => {
    expect(inspectionPath).not.toBe("");
    const office = await open(browser, "admin", inspectionPath);
    await office.getByRole("button", { name: "Thành lập đoàn kiểm tra" }).click();
    await office.getByLabel("Số quyết định").fill(`15/QĐ-UBND-${RUN}`);
    // The visit is over by the stack's today (16/03/2026), so the conclusion can be dated.
    await fillDate(office.getByLabel("Ngày quyết định"), "10/03/2026");
    const visit = office.locator(".ant-picker-range input");
    await fillDate(visit.nth(0), "12/03/2026");
    await fillDate(visit.nth(1), "13/03/2026");
    await chooseOption(office, office.getByRole("group", { name: "Thành viên 1" }).getByLabel("Họ và tên"), "Vũ Thị Kiểm");
    await office.getByRole("button", { name: "Lưu đoàn kiểm tra" }).click();
    await expect.poll(() => office.getByRole("table", { name: "Đoàn kiểm tra" }).innerText()).toContain("Trưởng đoàn");

    const inspector = await open(browser, "inspector", inspectionPath);
    await inspector.getByRole("button", { name: "Mở phiếu kiểm tra" }).click();
    await expectStatus(inspector, "Đang kiểm tra");
    // What the platform knows about the ward for the period, beside the checklist.
    expect(await inspector.getByTestId("unit-figures").innerText()).toContain("PAKN quá hạn");

    // The ward fills its own column (1.3: procedures whose posting is out of date, a count).
    const ward = await open(browser, "ward", inspectionPath);
    await ward.getByLabel("Tự đánh giá 1.3", { exact: true }).fill("0");
    await ward.getByRole("button", { name: "Lưu tự đánh giá" }).click();
    await ward.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    // Only its own column is editable: the team's is text.
    expect(await ward.getByLabel("Đoàn đánh giá 1.3", { exact: true }).count()).toBe(0);

    await inspector.reload();
    const criterion = inspector.getByTestId("criterion-1.3");
    expect(await criterion.innerText()).toContain("0");
    await inspector.getByLabel("Đoàn đánh giá 1.3", { exact: true }).fill("3");
    await inspector.getByLabel("Ghi chú 1.3", { exact: true }).fill("3 thủ tục còn niêm yết theo quyết định cũ");
    await inspector.getByRole("button", { name: "Lưu đánh giá của đoàn" }).click();
    await expect.poll(() => criterion.getAttribute("class")).toContain("differs");
    expect(await criterion.innerText()).toContain("Có chênh lệch");
    expect(await inspector.getByTestId("checklist-differences").innerText()).toMatch(/^1 tiêu chí có chênh lệch/);

    // The ward sees the same highlight beside its answer.
    await ward.reload();
    await expect.poll(() => ward.getByTestId("criterion-1.3").innerText()).toContain("Có chênh lệch");
  });

  it("a finding's recommendation is answered, returned once with a reason, then verified; the inspection concludes and closes", async () => {
    expect(inspectionPath).not.toBe("");
    const inspector = await open(browser, "inspector", inspectionPath);
    await chooseOption(
      inspector,
      inspector.getByLabel("Tiêu chí", { exact: true }),
      "1.3 Số TTHC niêm yết chưa cập nhật theo quyết định công bố mới",
    );
    await inspector.getByLabel("Nội dung phát hiện").fill("Còn 3 TTHC niêm yết theo quyết định công bố đã hết hiệu lực.");
    await inspector.getByRole("button", { name: "Ghi nhận", exact: true }).click();
    const finding = inspector.getByRole("article", { name: "Phát hiện 1" });
    await finding.getByRole("button", { name: "Thêm kiến nghị" }).click();
    await finding.getByLabel("Nội dung kiến nghị").fill(RECOMMENDATION);
    await fillDate(finding.getByLabel("Hạn thực hiện"), "30/04/2026");
    await finding.getByRole("button", { name: "Ban hành kiến nghị" }).click();
    await expect.poll(() => finding.innerText()).toContain(RECOMMENDATION);

    const download = inspector.waitForEvent("download");
    await inspector.getByRole("button", { name: "Tải biên bản kiểm tra (DOCX)" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);

    const ward = await open(browser, "ward", "/inspections/recommendations");
    const answer = async (text: string) => {
      const row = ward.getByRole("row").filter({ hasText: RECOMMENDATION });
      await row.getByRole("button", { name: "Trả lời" }).click();
      const dialog = ward.getByRole("dialog", { name: "Trả lời kiến nghị" });
      await dialog.getByLabel("Kết quả thực hiện").fill(text);
      await submitDialog(dialog, "Trả lời");
      await expect.poll(() => row.getByTestId("recommendation-status").innerText()).toBe("Đơn vị đã trả lời");
    };
    await answer("Đã gỡ bỏ niêm yết cũ.");

    const team = await open(browser, "inspector", "/inspections/recommendations");
    const row = team.getByRole("row").filter({ hasText: RECOMMENDATION });
    await row.getByRole("button", { name: "Trả lại" }).click();
    const dialog = team.getByRole("dialog", { name: "Trả lại kết quả thực hiện" });
    // A return needs its reason: nothing is sent without one.
    await dialog.getByRole("button", { name: "Trả lại" }).click();
    await dialog.getByText("Vui lòng nhập lý do.").waitFor();
    await dialog.getByLabel("Lý do chưa đạt").fill("Chưa niêm yết các TTHC theo quyết định mới.");
    await submitDialog(dialog, "Trả lại");
    await expect.poll(() => row.getByTestId("recommendation-status").innerText()).toBe("Bị trả lại");

    await ward.reload();
    expect(await ward.getByRole("row").filter({ hasText: RECOMMENDATION }).innerText()).toContain(
      "Chưa niêm yết các TTHC theo quyết định mới.",
    );
    await answer("Đã niêm yết đủ 3 TTHC theo quyết định công bố mới.");

    await team.reload();
    await row.getByRole("button", { name: "Xác nhận đã thực hiện" }).click();
    await expect.poll(() => row.getByTestId("recommendation-status").innerText()).toBe("Đã xác nhận");

    // Every recommendation verified: the team concludes (the notice is made as DOCX) and closes.
    await inspector.reload();
    await inspector.getByLabel("Số thông báo kết luận").fill(`20/TB-UBND-${RUN}`);
    await fillDate(inspector.getByLabel("Ngày kết luận"), "16/03/2026");
    await inspector.getByRole("button", { name: "Ban hành kết luận" }).click();
    await expectStatus(inspector, "Đã kết luận");
    const notice = inspector.waitForEvent("download");
    await inspector.getByRole("button", { name: "Tải thông báo kết luận (DOCX)" }).click();
    expect((await notice).suggestedFilename()).toMatch(/\.docx$/);
    await inspector.getByRole("button", { name: "Kết thúc cuộc kiểm tra" }).click();
    await expectStatus(inspector, "Đã kết thúc");
  });
});
