/**
 * Staff intake in the browser: the city office records a PAKN that came by post, with the scanned
 * letter, prints the receipt (a state document with the code and the secret); the sender looks it up
 * with them; the inbox exports the register of that day as XLSX.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { chooseOption, descriptionOf, launchBrowser, now, openPage, signIn, webUrl } from "./browser.ts";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const isoOf = (displayed: string) => displayed.split("/").reverse().join("-");

describe("staff intake of a PAKN with a printable receipt", () => {
  let browser: Browser;
  let trackingCode = "";
  let secret = "";
  let receivedDay = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the city office records a letter received by post and prints the receipt", async () => {
    const page = await openPage(browser, { name: "pakn-intake" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl("/complaints"));
    await page.getByRole("link", { name: "Tiếp nhận PAKN" }).click();
    await page.getByRole("heading", { name: "Tiếp nhận phản ánh, kiến nghị" }).waitFor();
    await chooseOption(page, page.getByLabel("Kênh tiếp nhận"), "Bưu chính");
    await page.getByLabel("Giờ tiếp nhận (hh:mm)").fill("25:00");
    await page.getByLabel("Họ và tên").fill("Phạm Thị Dung");
    await page.getByLabel("Địa chỉ").fill("Số 3 phố Chùa Chuông, phường Hiến Nam");
    await page.getByLabel("Quy định hoặc thủ tục hành chính được phản ánh").fill("Thủ tục đăng ký kết hôn");
    await page.getByLabel("Nội dung phản ánh, kiến nghị").fill("Đề nghị niêm yết rõ thành phần hồ sơ đăng ký kết hôn tại bộ phận một cửa.");
    await page
      .getByLabel("Bản quét văn bản, tài liệu kèm theo")
      .setInputFiles({ name: "thu-gui.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Tiếp nhận và in biên nhận" }).click();
    // The refusal is the field's own: marked invalid, with the message as its description.
    const time = page.getByLabel("Giờ tiếp nhận (hh:mm)");
    await expect.poll(() => time.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionOf(time)).toBe("Ngày hoặc giờ tiếp nhận không hợp lệ (dd/mm/yyyy, hh:mm).");

    // A receipt time earlier today: the current minute on the stack's clock (the form refuses a time
    // in the future, so a fixed "09:30" would fail before half past nine).
    const currentMinute = now().toLocaleTimeString("en-GB", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit" });
    await page.getByLabel("Giờ tiếp nhận (hh:mm)").fill(currentMinute);
    await page.getByRole("button", { name: "Tiếp nhận và in biên nhận" }).click();
    const receipt = page.getByTestId("intake-receipt");
    await receipt.waitFor();
    const text = await receipt.innerText();
    for (const line of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "GIẤY BIÊN NHẬN PHẢN ÁNH, KIẾN NGHỊ",
      "Phạm Thị Dung",
      "bưu chính",
    ]) {
      expect(text).toContain(line);
    }
    trackingCode = (await page.getByTestId("intake-code").innerText()).trim();
    secret = (await page.getByTestId("intake-secret").innerText()).trim();
    receivedDay = isoOf((await page.getByTestId("intake-received-day").innerText()).trim());
    expect(trackingCode).toMatch(/^PAKN-\d{4}-[2-9A-Z]{6}$/);
    expect(secret).toMatch(/^([2-9A-Z]{4}-){4}[2-9A-Z]{4}$/);

    // On paper only the document remains: no navigation, no buttons.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "In giấy biên nhận" }).isVisible()).toBe(false);
    expect(await page.locator(".shell__nav").isVisible()).toBe(false);
    expect(await receipt.isVisible()).toBe(true);
  });

  it("the sender looks it up with the code and the secret from the receipt", async () => {
    const page = await openPage(browser, { name: "pakn-intake-lookup" });
    await page.goto(webUrl(`/pakn/tra-cuu?code=${trackingCode}`));
    await page.getByLabel("Mã bí mật").fill(secret);
    await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Đã tiếp nhận");
  });

  it("the inbox exports the register of that day as XLSX", async () => {
    const page = await openPage(browser, { name: "pakn-register" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl(`/complaints?from=${receivedDay}&to=${receivedDay}`));
    await page.getByRole("link", { name: trackingCode }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Xuất sổ theo dõi (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`so-theo-doi-pakn_${receivedDay}_${receivedDay}.xlsx`);
    const bytes = await readFile((await download.path())!);
    // An XLSX is a ZIP package.
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.length).toBeGreaterThan(3_000);
  });
});
