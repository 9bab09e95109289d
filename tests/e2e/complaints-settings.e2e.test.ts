/** The city office's PAKN settings in the browser: answer templates per field and the retention of senders' personal data. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage, signIn, webUrl } from "./browser.ts";

describe("PAKN settings", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the city office adds an answer template and sets the retention; bad values get a Vietnamese message", async () => {
    const page = await openPage(browser, { name: "pakn-settings" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl("/complaints"));
    await page.getByRole("link", { name: "Mẫu trả lời, lưu trữ" }).click();
    await page.getByRole("heading", { name: "Mẫu trả lời và lưu trữ dữ liệu cá nhân" }).waitFor();

    const title = `Phí chứng thực ${randomUUID().slice(0, 8)}`;
    await page.getByRole("button", { name: "Thêm mẫu" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toBe("Lĩnh vực không được để trống.");
    await page.getByLabel("Lĩnh vực", { exact: true }).fill("Chứng thực");
    await page.getByLabel("Tên mẫu", { exact: true }).fill(title);
    await page.getByLabel("Nội dung mẫu", { exact: true }).fill("Phí chứng thực bản sao thu theo Thông tư 226/2016/TT-BTC.");
    await page.getByRole("button", { name: "Thêm mẫu" }).click();
    await page.getByRole("cell", { name: title }).waitFor();

    const months = page.getByLabel(/Số tháng sau khi kết thúc PAKN/);
    await months.fill("0");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toBe("Thời hạn lưu trữ phải từ 1 đến 240 tháng.");
    await months.fill("36");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel(/Số tháng sau khi kết thúc PAKN/).inputValue()).toBe("36");

    await page
      .getByRole("row", { name: new RegExp(title) })
      .getByRole("button", { name: "Xóa" })
      .click();
    await expect.poll(() => page.getByRole("cell", { name: title }).count()).toBe(0);
  });
});
