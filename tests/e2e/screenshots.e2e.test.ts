/**
 * Screenshots of the main pages in Vietnamese, on a desktop (1366×768) and a phone (390×844), written
 * to .data/screenshots/ (git-ignored) for review; a reviewed set is committed under docs/screenshots/.
 * axe runs on each page on the way (browser.ts), so these pages are also checked at phone width.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import type { Browser } from "playwright-core";
import { adminToken, gql, launchBrowser, now, openPage, screenshot, signIn, VIEWPORTS, webUrl } from "./browser.ts";

describe("web: screenshots of the main pages", () => {
  let browser: Browser;
  let planId = "";
  let complaintId = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    const token = await adminToken();
    const { plans } = await gql<{ plans: Array<{ id: string; status: string; title: string }> }>(
      `{ plans { id status title } }`,
      {},
      token,
    );
    // An issued plan of the city's own (other suites leave small test plans in the shared stack).
    const issued = plans.filter((p) => p.status === "ISSUED");
    planId = (issued.find((p) => p.title.startsWith("Kiểm soát thủ tục hành chính")) ?? issued[0] ?? plans[0])!.id;
    // A PAKN to show (the test stack's inbox may be empty when this file runs first).
    const { intakeComplaint } = await gql<{ intakeComplaint: { complaint: { id: string } } }>(
      `mutation ($i: IntakeComplaintInput!) { intakeComplaint(input: $i) { complaint { id } } }`,
      {
        i: {
          channel: "POST",
          receivedAt: new Date(now().getTime() - 3_600_000).toISOString(),
          senderName: "Vũ Thị Hoa",
          senderAddress: "Số 12 phố Chùa Chuông, phường Minh Khai",
          senderPhone: "0904 555 666",
          regulation: "Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ",
          content: "Đề nghị công khai danh mục hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ trên cổng dịch vụ công.",
        },
      },
      token,
    );
    complaintId = intakeComplaint.complaint.id;
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`the signed-in pages and the public form on a ${size}`, async () => {
      const page = await openPage(browser, { name: `screenshots-${size}`, viewport });
      await page.goto(webUrl("/pakn"));
      await page.getByRole("heading", { name: "Gửi phản ánh, kiến nghị về quy định hành chính" }).waitFor();
      await screenshot(page, `public-pakn-${size}`);

      await signIn(page, "admin", "Admin@2024");
      await page.getByRole("heading", { name: "Việc cần làm", level: 1 }).waitFor();
      await screenshot(page, `home-${size}`);
      const pages: Array<[string, string, () => Promise<void>]> = [
        ["plan", `/planning/plans/${planId}`, () => page.getByTestId("plan-progress").waitFor()],
        ["complaints-inbox", "/complaints", () => page.getByRole("table", { name: "Phản ánh, kiến nghị" }).waitFor()],
        ["complaint-detail", `/complaints/${complaintId}`, () => page.getByTestId("complaint-status").waitFor()],
        ["inspections", "/inspections", () => page.getByText(/^\d+ cuộc kiểm tra$/).waitFor()],
        ["reporting", "/reporting", () => page.getByRole("heading", { name: "Tình hình nộp báo cáo" }).waitFor()],
      ];
      for (const [name, path, ready] of pages) {
        await page.goto(webUrl(path));
        await ready();
        await screenshot(page, `${name}-${size}`);
      }
    });
  }
});
