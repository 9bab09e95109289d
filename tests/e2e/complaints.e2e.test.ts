/**
 * A PAKN end to end in the browser: a citizen submits it on the public page (on a phone, with an
 * attachment) and gets a code; the city office classifies and transfers it to phường Phố Hiến; the ward
 * drafts the answer; the city office approves, sends and publishes it after the personal data
 * highlighted by the system is removed; the citizen looks it up and reads the answer; the public
 * results page shows it without the sender's name, phone or address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { chooseOption, fillDate, launchBrowser, openPage, signIn, webUrl } from "./browser.ts";

const SENDER = { name: "Lê Văn Cường", address: "Số 8 ngõ 21 phố Bãi Sậy, phường Lê Lợi", phone: "0912 888 999" };
const ANSWER = "Phường đã chấn chỉnh bộ phận một cửa; việc chứng thực bản sao chỉ thu phí theo Thông tư 226/2016/TT-BTC.";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** One lifecycle action of the detail page (a <details> opened by its title). */
async function action(page: Page, title: string): Promise<Locator> {
  const panel = page.locator("details").filter({ has: page.locator("summary", { hasText: new RegExp(`^${title}$`) }) });
  await panel.locator("summary").click();
  return panel;
}

async function expectStatus(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.getByTestId("complaint-status").innerText(), { timeout: 20_000 }).toBe(label);
}

describe("PAKN from the public form to the published answer", () => {
  let browser: Browser;
  let trackingCode = "";
  let secret = "";
  let detailPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a citizen submits on the public page from a phone, with an attachment, and gets a code and a secret", async () => {
    const page = await openPage(browser, { name: "pakn-submit", viewport: { width: 390, height: 844 } });
    await page.goto(webUrl("/pakn"));
    await page.getByRole("heading", { name: "Gửi phản ánh, kiến nghị về quy định hành chính" }).waitFor();
    await page.getByLabel("Họ và tên").fill(SENDER.name);
    await page.getByLabel("Địa chỉ", { exact: false }).first().fill(SENDER.address);
    await page.getByLabel("Số điện thoại").fill(SENDER.phone);
    await page.getByLabel("Quy định hoặc thủ tục hành chính được phản ánh").fill("Thủ tục chứng thực bản sao từ bản chính");
    await page
      .getByLabel("Nội dung phản ánh, kiến nghị")
      .fill(
        `Tôi là ${SENDER.name}, điện thoại ${SENDER.phone}. Bộ phận một cửa phường thu thêm phí chứng thực ngoài quy định. <b>đề nghị</b> chấn chỉnh.`,
      );
    await page
      .getByLabel("Tệp đính kèm (PDF, JPEG, PNG, DOCX)")
      .setInputFiles({ name: "bien-lai.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByLabel(/Tôi đồng ý/).check();
    await page.getByRole("button", { name: "Gửi phản ánh, kiến nghị", exact: true }).click();

    await page.getByTestId("receipt").waitFor({ timeout: 60_000 });
    trackingCode = (await page.getByTestId("tracking-code").innerText()).trim();
    secret = (await page.getByTestId("secret").innerText()).trim();
    expect(trackingCode).toMatch(/^PAKN-\d{4}-[2-9A-Z]{6}$/);
    expect(secret).toMatch(/^([2-9A-Z]{4}-){4}[2-9A-Z]{4}$/);
  });

  it("the city office finds it without diacritics, sees the attachment, classifies and transfers it to phường Phố Hiến", async () => {
    const page = await openPage(browser, { name: "pakn-admin-transfer" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl(`/complaints?q=${encodeURIComponent("chung thuc ban sao")}`));
    await page.getByRole("link", { name: trackingCode }).click();
    await expectStatus(page, "Đã tiếp nhận");
    detailPath = new URL(page.url()).pathname;
    // Stored and shown as text: the tag is characters, not markup.
    expect(await page.getByTestId("complaint-content").innerText()).toContain("<b>đề nghị</b>");
    await page.getByRole("button", { name: "Tải bien-lai.pdf" }).waitFor();

    const classify = await action(page, "Phân loại");
    await classify.getByLabel("Lĩnh vực").fill("Chứng thực");
    await classify.getByRole("button", { name: "Phân loại" }).click();
    await expectStatus(page, "Đã phân loại");

    const transfer = await action(page, "Chuyển xử lý");
    await chooseOption(page, transfer.getByLabel("Đơn vị chủ trì"), "UBND phường Phố Hiến");
    await transfer.getByRole("button", { name: "Chuyển xử lý" }).click();
    await expectStatus(page, "Đang xử lý");

    // The inbox sorts in the server: by legal deadline unless the officer picks another order, kept in the address.
    await page.goto(webUrl("/complaints"));
    const sort = page.getByRole("combobox", { name: "Sắp xếp" });
    await page.getByRole("link", { name: trackingCode }).waitFor();
    expect(await page.locator(".kit-sort").innerText()).toContain("Theo hạn xử lý (gần nhất trước)");
    await chooseOption(page, sort, "Theo lĩnh vực (A–Z)");
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("FIELD_ASC");
    await page.getByRole("link", { name: trackingCode }).waitFor();
  });

  it("the ward officer drafts the answer", async () => {
    const page = await openPage(browser, { name: "pakn-ward-draft" });
    await signIn(page, "phuong.leloi", "Leloi@2024");
    await page.goto(webUrl("/complaints"));
    await page.getByRole("link", { name: trackingCode }).click();
    const draft = await action(page, "Dự thảo trả lời");
    await draft.getByLabel("Nội dung trả lời").fill(ANSWER);
    await draft.getByLabel("Số văn bản").fill("112/UBND");
    await fillDate(draft.getByLabel("Ngày văn bản"), "15/03/2025");
    await draft.getByRole("button", { name: "Dự thảo trả lời" }).click();
    await expectStatus(page, "Đã dự thảo trả lời");
  });

  it("the city office approves, sends and publishes with the detected personal data removed", async () => {
    const page = await openPage(browser, { name: "pakn-admin-publish" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl(detailPath));
    const approve = await action(page, "Phê duyệt trả lời");
    await approve.getByRole("button", { name: "Phê duyệt trả lời" }).click();
    await expectStatus(page, "Đã phê duyệt trả lời");
    await page.getByRole("button", { name: "Gửi trả lời cho người gửi" }).click();
    await expectStatus(page, "Đã trả lời");

    const publish = await action(page, "Công khai kết quả");
    const highlights = publish.getByTestId("pii-review").locator("mark");
    await expect.poll(() => highlights.allInnerTexts()).toEqual(expect.arrayContaining([SENDER.name, SENDER.phone]));
    const question = publish.getByLabel("Nội dung PAKN công khai");
    expect(await question.inputValue()).not.toContain(SENDER.name);
    await publish.getByLabel(/Tôi xác nhận đã loại bỏ/).check();
    await publish.getByRole("button", { name: "Công khai kết quả" }).click();
    await expectStatus(page, "Đã công khai");
    expect(await page.getByTestId("audit-trail").innerText()).toMatch(/publish/);
  });

  it("the citizen looks it up with code and secret and reads the answer", async () => {
    const page = await openPage(browser, { name: "pakn-lookup", viewport: { width: 390, height: 844 } });
    await page.goto(webUrl(`/pakn/tra-cuu?code=${trackingCode}`));
    await page.getByLabel("Mã bí mật").fill("2345-6789-ABCD-EFGH-JKMN");
    await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toBe("Mã tra cứu hoặc mã bí mật không đúng. Vui lòng kiểm tra lại.");
    // The server sends the refusal in both languages; the page shows the reader's, and re-words the one
    // on screen when the reader switches (the page's own texts switch with it).
    await page.getByRole("button", { name: "English", exact: true }).click();
    await page.getByRole("heading", { name: "Look up your feedback" }).waitFor();
    await expect.poll(() => page.getByRole("alert").innerText()).toBe("Wrong tracking code or secret.");
    expect(await page.getByLabel("Secret").inputValue()).toBe("2345-6789-ABCD-EFGH-JKMN");
    await page.getByRole("button", { name: "Tiếng Việt", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toBe("Mã tra cứu hoặc mã bí mật không đúng. Vui lòng kiểm tra lại.");
    await page.getByLabel("Mã bí mật").fill(secret.toLowerCase());
    await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
    await expect.poll(() => page.getByTestId("lookup-answer").innerText()).toBe(ANSWER);
    expect(await page.getByTestId("lookup-status").innerText()).toBe("Đã công khai");
  });

  it("the public results page shows the answer without the sender's name, phone or address", async () => {
    const page = await openPage(browser, { name: "pakn-results" });
    await page.goto(webUrl(`/pakn/ket-qua?q=${encodeURIComponent(trackingCode)}`));
    const item = page.getByTestId("published-item").filter({ hasText: trackingCode });
    await item.waitFor();
    const text = await page.locator("main").innerText();
    expect(text).toContain(ANSWER);
    for (const personal of [SENDER.name, SENDER.phone, "0912888999", "Bãi Sậy"]) expect(text).not.toContain(personal);
  });
});
