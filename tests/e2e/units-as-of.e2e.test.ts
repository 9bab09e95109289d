/**
 * "As of" in the unit pickers outside the decision editor (issue 14), in the browser against the running
 * test stack: a ward of the test's own that existed on 1 January and was closed on that day, and one
 * created the day after. A picker about a past day (the inspection plan of this year, its 1 January; the
 * inspection list filtered on last year, its 31 December; the PAKN inbox filtered up to 1 January) lists
 * the closed ward and not the new one; the same pickers about today list the new ward and not the closed one.
 *
 * Setup through GraphQL with @tthc/test-kit, as tests/e2e/reorganisation.e2e.test.ts does: the wards are
 * the test's own (their names carry the run's id), under the seeded city; demo units are not touched.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { bearer, createWard, seededProvinceId, vietnamDay, waitFor } from "@tthc/test-kit";
import { adminToken, gql, launchBrowser, now, openPage, signIn, webUrl } from "./browser.ts";

const RUN = randomUUID().slice(0, 8);
const GRAPHQL = webUrl("/graphql");
const YEAR = Number(vietnamDay(now()).slice(0, 4));
const CLOSED = `UBND phường Đã sáp nhập ${RUN}`;
const CREATED = `UBND phường Mới lập ${RUN}`;

/** The options a searchable select offers for `text` (typed to narrow its virtual list), once it shows some. */
async function optionsFor(page: Page, combobox: Locator, text: string): Promise<string[]> {
  await combobox.click();
  await combobox.fill(text);
  const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
  const shown = await waitFor(async () => {
    const labels = (await options.allInnerTexts()).map((l) => l.trim());
    return labels.length > 0 ? labels : undefined;
  }, 20_000);
  await combobox.press("Escape");
  return shown;
}

describe("web: unit pickers list the units of the day the form is about", () => {
  let browser: Browser;

  beforeAll(async () => {
    const token = await adminToken();
    const admin = bearer(token);
    const provinceId = await seededProvinceId(GRAPHQL, admin);
    const closed = await createWard(GRAPHQL, admin, {
      code: `test.as-of.${RUN}.closed`,
      name: CLOSED,
      parentId: provinceId,
      validFrom: `${YEAR - 1}-01-01`,
    });
    // Its last day is this year's 1 January: it exists on that day, not today.
    await gql(
      `mutation ($id: ID!, $i: UpdateUnitInput!) { updateUnit(id: $id, input: $i) { id } }`,
      {
        id: closed.id,
        i: { validTo: `${YEAR}-01-01` },
      },
      token,
    );
    await createWard(GRAPHQL, admin, {
      code: `test.as-of.${RUN}.created`,
      name: CREATED,
      parentId: provinceId,
      validFrom: `${YEAR}-01-02`,
    });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("the inspection plan of this year names the units of its 1 January; the list filter those of the chosen year's end or today", async () => {
    const page = await openPage(browser, { name: "units-as-of-inspections" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl("/inspections/plans"));
    await page.getByRole("button", { name: "Lập kế hoạch kiểm tra" }).click();
    const editor = page.locator("form#inspectionPlan");
    await editor.getByLabel("Năm", { exact: true }).fill(String(YEAR));
    const row = editor.getByRole("group", { name: "Dòng 1" });
    expect(await optionsFor(page, row.getByLabel("Đơn vị được kiểm tra", { exact: true }), RUN)).toEqual([CLOSED]);

    // Last year's inspections: the units of its 31 December (the closed ward, not yet the new one).
    await page.goto(webUrl(`/inspections?year=${YEAR - 1}`));
    const filters = page.getByRole("search", { name: "Lọc cuộc kiểm tra" });
    expect(await optionsFor(page, filters.getByLabel("Đơn vị được kiểm tra", { exact: true }), RUN)).toEqual([CLOSED]);
    // No year: today's units.
    await page.goto(webUrl("/inspections"));
    expect(await optionsFor(page, filters.getByLabel("Đơn vị được kiểm tra", { exact: true }), RUN)).toEqual([CREATED]);
  });

  it("the PAKN inbox's unit filter names the units of the period's last day (today when open-ended)", async () => {
    const page = await openPage(browser, { name: "units-as-of-complaints" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl(`/complaints?from=${YEAR - 1}-12-01&to=${YEAR}-01-01`));
    const filters = page.getByRole("search", { name: "Lọc phản ánh, kiến nghị" });
    expect(await optionsFor(page, filters.getByLabel("Đơn vị xử lý", { exact: true }), RUN)).toEqual([CLOSED]);
    await page.goto(webUrl("/complaints"));
    expect(await optionsFor(page, filters.getByLabel("Đơn vị xử lý", { exact: true }), RUN)).toEqual([CREATED]);
  });
});
