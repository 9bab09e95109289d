/**
 * A reorganisation in the browser against the running test stack (issue 14, "What it must show"): the
 * city administrator drafts a merge of one ward into another, is refused with the directory's own words
 * when the ward is merged into itself, sees the preview count what will move, applies it; the directory's
 * job applies it (every 2 s in the test stack), and the successor ward's officer finds the moved task on
 * Việc cần làm and the moved PAKN in the PAKN inbox.
 *
 * Setup through GraphQL as tests/integration/reorganisation.test.ts does (@tthc/test-kit's reorganisation
 * helpers): two wards of the test's own under the seeded city, an officer of the merged-into ward, an
 * overdue task of an issued plan and an open PAKN for the closing ward. Demo units are not touched.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import {
  bearer,
  createOfficer,
  createWard,
  importIssuedPlan,
  oneTaskPlanText,
  openComplaintFor,
  seededProvinceId,
  vietnamDay as dayOf,
  waitFor,
} from "@tthc/test-kit";
import { adminToken, chooseOption, fillDate, gql, launchBrowser, now, openPage, signIn, submitDialog, webUrl } from "./browser.ts";

const RUN = randomUUID().slice(0, 8);
const GRAPHQL = webUrl("/graphql");
const vietnamDay = (days = 0) => dayOf(now(), days);
const TODAY = vietnamDay();
const YEAR = Number(TODAY.slice(0, 4));
const TAG = `thử sắp xếp web ${RUN}`;
const NUMBER = `${RUN}/QĐ-UBND`;
const OFFICER = { username: `can.bo.web.${RUN}`, password: "Sapxep@2026web" };

const ward = { from: { id: "", name: "" }, into: { id: "", name: "" }, split: { id: "", name: "" } };
const NEW_WARD = `UBND phường Thử tách web ${RUN}`;
let trackingCode: string;

/** YYYY-MM-DD as the app's date fields take it (dd/MM/yyyy). */
function display(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** Picks `labels` in one of the kit's multiple selects: typed to narrow the (virtual) list, each clicked, then closed. */
async function chooseMany(page: Page, label: string, labels: string[]): Promise<void> {
  const combobox = page.getByLabel(label, { exact: true });
  for (const name of labels) {
    await combobox.click();
    await combobox.fill(name);
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option").getByText(name, { exact: true }).click();
  }
  await combobox.press("Escape");
}

/** The count the preview's table shows for `what` (a service's own words), as a number. */
async function previewCount(page: Page, what: string): Promise<number> {
  const row = page.getByRole("table", { name: "Công việc sẽ chuyển, theo từng phân hệ" }).getByRole("row").filter({ hasText: what });
  return Number((await row.locator("td").last().innerText()).trim());
}

describe("web admin: a reorganisation decision from draft to the successor's work", () => {
  let browser: Browser;

  beforeAll(async () => {
    const token = await adminToken();
    const admin = bearer(token);
    const provinceId = await seededProvinceId(GRAPHQL, admin);
    for (const [key, letter] of [
      ["from", "A"],
      ["into", "B"],
      ["split", "C"],
    ] as const) {
      ward[key] = await createWard(GRAPHQL, admin, {
        code: `test.reorg-web.${RUN}.${key}`,
        name: `UBND phường Thử sắp xếp web ${letter} ${RUN}`,
        parentId: provinceId,
        validFrom: vietnamDay(-60),
      });
    }
    await createOfficer(GRAPHQL, admin, { ...OFFICER, fullName: "Cán bộ phường B", unitId: ward.into.id });

    // One task the closing ward leads, due five days ago: overdue, so it is on the officer's Việc cần làm.
    const due = display(vietnamDay(-5));
    await importIssuedPlan(
      GRAPHQL,
      admin,
      oneTaskPlanText({ number: RUN.slice(0, 4), year: YEAR, tag: TAG, wardName: ward.from.name, timeframe: `Trước ngày ${due}` }),
      ward.from,
    );
    const complaintId = await openComplaintFor(GRAPHQL, admin, {
      unitId: ward.from.id,
      now: now(),
      senderName: "Đỗ Văn Web",
      content: `Cán bộ một cửa phường ${TAG} hẹn trả kết quả chứng thực quá hạn.`,
    });
    const { complaint } = await gql<{ complaint: { trackingCode: string } }>(
      `query ($id: ID!) { complaint(id: $id) { trackingCode } }`,
      { id: complaintId },
      token,
    );
    trackingCode = complaint.trackingCode;
    browser = await launchBrowser();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("the city administrator drafts the merge, sees the preview, applies it; the successor's officer finds the moved work", async () => {
    const page = await openPage(browser, { name: "reorganisation-admin" });
    await signIn(page, "admin", "Admin@2024");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Sắp xếp đơn vị" }).click();
    await page.getByRole("heading", { name: "Sắp xếp đơn vị", level: 1 }).waitFor();

    await page.getByRole("button", { name: "Soạn quyết định" }).click();
    const form = page.getByRole("form", { name: "Soạn quyết định sắp xếp đơn vị" });
    await form.getByLabel("Số quyết định", { exact: true }).fill(NUMBER);
    await fillDate(form.getByLabel("Ngày ký (dd/mm/yyyy)"), display(vietnamDay(-1)));
    await fillDate(form.getByLabel("Ngày hiệu lực (dd/mm/yyyy)"), display(TODAY));
    await chooseMany(page, "Các đơn vị được sáp nhập", [ward.from.name]);

    // Merged into itself: the directory refuses it in its own words, and nothing is drafted.
    await chooseOption(page, form.getByLabel("Đơn vị tiếp nhận", { exact: true }), ward.from.name);
    await form.getByRole("button", { name: "Lưu bản nháp" }).click();
    await form
      .getByRole("alert")
      .filter({ hasText: /vào chính nó/ })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe("/reorganisation");

    await chooseOption(page, form.getByLabel("Đơn vị tiếp nhận", { exact: true }), ward.into.name);
    await form.getByRole("button", { name: "Lưu bản nháp" }).click();
    await page.getByRole("heading", { name: `Quyết định ${NUMBER}`, level: 1 }).waitFor();
    expect(await page.getByTestId("decision-status").innerText()).toContain("Bản nháp");
    const changes = page.getByRole("list", { name: "Các thay đổi" });
    await expect.poll(() => changes.innerText()).toContain(`Sáp nhập: ${ward.from.name} → ${ward.into.name}`);

    // The preview: A's work goes to B; the overdue task and the PAKN (whose sender stays hidden) move.
    const successions = page.getByRole("list", { name: "Đơn vị tiếp nhận công việc" });
    expect(await successions.innerText()).toContain(`${ward.from.name} → ${ward.into.name}`);
    await page.getByRole("table", { name: "Công việc sẽ chuyển, theo từng phân hệ" }).waitFor();
    expect(await previewCount(page, "Lần thực hiện nhiệm vụ chưa hoàn thành")).toBe(1);
    expect(await previewCount(page, "Phản ánh, kiến nghị đang xử lý")).toBe(1);
    expect(await previewCount(page, "Phản ánh, kiến nghị về cán bộ của đơn vị (ẩn người gửi)")).toBe(1);

    // Applying asks first; then the job applies it on its effective date (today) and the page follows.
    await page.getByRole("button", { name: "Áp dụng", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Áp dụng quyết định ${NUMBER}?` });
    await dialog.waitFor();
    await submitDialog(dialog, "Áp dụng");
    await page.getByTestId("decision-status").getByText("Đã áp dụng").waitFor({ timeout: 30_000 });
    expect(await page.getByRole("button", { name: "Áp dụng", exact: true }).count()).toBe(0);
    await page.getByRole("link", { name: "← Sắp xếp đơn vị" }).click();
    const row = page.getByRole("table", { name: "Danh sách quyết định sắp xếp đơn vị" }).getByRole("row").filter({ hasText: NUMBER });
    // The list was cached while the decision was a draft; it refreshes as it opens.
    await expect.poll(() => row.innerText()).toContain("Đã áp dụng");

    // B's officer: the task on Việc cần làm, the PAKN in the inbox (each service moves its own on the event).
    const officer = await openPage(browser, { name: "reorganisation-officer" });
    await signIn(officer, OFFICER.username, OFFICER.password);
    const nav = officer.getByRole("navigation", { name: "Điều hướng chính" });
    expect(await nav.getByRole("link", { name: "Sắp xếp đơn vị" }).count()).toBe(0);
    const task = `Rà soát thủ tục hành chính của phường (${TAG})`;
    await waitFor(async () => {
      await officer.goto(webUrl("/"));
      await officer.getByRole("heading", { name: "Việc cần làm", level: 1 }).waitFor();
      const list = officer.getByRole("list", { name: "Nhiệm vụ sắp đến hạn và quá hạn" });
      return (await list.getByText(task, { exact: true }).count()) === 1 ? true : undefined;
    }, 30_000);
    await waitFor(async () => {
      await officer.goto(webUrl("/complaints"));
      return (await officer
        .getByRole("link", { name: trackingCode })
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false))
        ? true
        : undefined;
    }, 30_000);
    await officer.getByRole("link", { name: trackingCode }).click();
    await expect.poll(() => officer.getByTestId("complaint-content").innerText()).toContain(TAG);
  });

  it("drafts a split: a kind of work left without a successor is refused in the directory's words", async () => {
    const page = await openPage(browser, { name: "reorganisation-split" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl("/reorganisation"));
    await page.getByRole("button", { name: "Soạn quyết định" }).click();
    const form = page.getByRole("form", { name: "Soạn quyết định sắp xếp đơn vị" });
    await form.getByLabel("Số quyết định", { exact: true }).fill(`${RUN}-T/QĐ-UBND`);
    await fillDate(form.getByLabel("Ngày ký (dd/mm/yyyy)"), display(TODAY));
    await fillDate(form.getByLabel("Ngày hiệu lực (dd/mm/yyyy)"), display(vietnamDay(30)));
    await chooseOption(page, form.getByLabel("Loại thay đổi"), "Chia tách");
    await chooseOption(page, form.getByLabel("Đơn vị được chia tách"), ward.split.name);

    // B takes planning and PAKN; a new ward takes the recommendations; nobody takes the accounts.
    const first = form.getByRole("group", { name: "Đơn vị kế thừa 1" });
    await chooseOption(page, first.getByLabel("Đơn vị tiếp nhận", { exact: true }), ward.into.name);
    await first.getByLabel("kế hoạch", { exact: true }).check();
    await first.getByLabel("phản ánh, kiến nghị", { exact: true }).check();
    const second = form.getByRole("group", { name: "Đơn vị kế thừa 2" });
    await second.getByLabel("Đơn vị mới", { exact: true }).check();
    await second.getByLabel("Tên đơn vị mới").fill(NEW_WARD);
    await second.getByLabel("Mã đơn vị mới").fill(`test.reorg-web.${RUN}.new`);
    await second.getByLabel("kiến nghị sau kiểm tra", { exact: true }).check();
    await form.getByRole("button", { name: "Lưu bản nháp" }).click();
    await form
      .getByRole("alert")
      .filter({ hasText: /Chưa quy định đơn vị tiếp nhận người dùng/ })
      .waitFor();

    // The new ward takes the accounts too: drafted, and the preview names both successors and the new ward.
    await second.getByLabel("tài khoản, thông báo", { exact: true }).check();
    await form.getByRole("button", { name: "Lưu bản nháp" }).click();
    await page.getByRole("heading", { name: `Quyết định ${RUN}-T/QĐ-UBND`, level: 1 }).waitFor();
    const successions = page.getByRole("list", { name: "Đơn vị tiếp nhận công việc" });
    await expect.poll(() => successions.innerText()).toContain(`${ward.split.name} → ${ward.into.name}`);
    expect(await successions.innerText()).toContain(`${ward.split.name} → ${NEW_WARD}`);
    expect(await page.getByText(`Đơn vị được thành lập: ${NEW_WARD}`).count()).toBe(1);
  });
});
