/**
 * The unit scorecard (issue 12 item 8) against the running test stack: the city office opens phường Phố Hiến's
 * page in the directory, follows the link to its scorecard, chooses Q1 and sees each rate as the service
 * computes it (numerator / denominator and the percentage, "—" without a denominator) and its index; the
 * ranking's rows link to the same page. The ward's officer reads its own scorecard and not another unit's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { adminToken, chooseOption, gql, launchBrowser, openPage, signIn, webUrl } from "./browser.ts";

const RATES = ["planOccurrencesOnTime", "paknOnTime", "recommendationsClosedOnTime", "reportsOnTime", "dossiersOnTime"] as const;
type Rate = { numerator: number; denominator: number; rate: number | null };
type Card = Record<(typeof RATES)[number], Rate> & {
  unitName: string;
  index: { month: string; total: number; maxTotal: number; rank: number; rankedUnits: number } | null;
};
const CARD = `query ($u: ID!) { unitScorecard(unitId: $u, kindCode: "tthc-control-quarterly", year: 2026, index: 1) {
  unitName ${RATES.map((r) => `${r} { numerator denominator rate }`).join(" ")} index { month total maxTotal rank rankedUnits } } }`;

const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });
const points = (v: number) => v.toLocaleString("vi-VN", { maximumFractionDigits: 2 });

describe("the unit scorecard", () => {
  let browser: Browser;
  let phoHien = "";
  let otherUnit = "";
  let card: Card;

  beforeAll(async () => {
    browser = await launchBrowser();
    const token = await adminToken();
    const { units } = await gql<{ units: Array<{ id: string; name: string }> }>(`{ units(levelCode: "commune") { id name } }`, {}, token);
    phoHien = units.find((u) => u.name === "UBND phường Phố Hiến")!.id;
    otherUnit = units.find((u) => u.id !== phoHien)!.id;
    ({ unitScorecard: card } = await gql<{ unitScorecard: Card }>(CARD, { u: phoHien }, token));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the city office opens it from the unit's page and sees the service's figures for Q1", async () => {
    const page = await openPage(browser, { name: "unit-scorecard" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl(`/directory/units/${phoHien}`));
    await page.getByRole("link", { name: "Thẻ điểm đơn vị: UBND phường Phố Hiến" }).click();
    await page.getByRole("heading", { name: "Thẻ điểm đơn vị: UBND phường Phố Hiến", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/reporting/units/${phoHien}`);

    await chooseOption(page, page.getByRole("combobox", { name: "Năm" }), "2026");
    await chooseOption(page, page.getByRole("combobox", { name: "Kỳ" }), "Quý I");
    await expect.poll(() => page.getByText("Quý I/2026: số liệu từ 15/12/2025 đến 14/03/2026").count()).toBe(1);
    for (const name of RATES) {
      const { numerator, denominator, rate } = card[name];
      const cell = page.getByTestId(`scorecard-${name}`);
      expect(await cell.innerText()).toBe(rate === null ? "—" : percent.format(rate));
      const row = page.getByRole("row").filter({ has: cell });
      expect(await row.innerText()).toContain(`${numerator} / ${denominator}`);
    }
    const index = page.getByTestId("scorecard-index");
    if (card.index) {
      expect(await index.innerText()).toContain(`${points(card.index.total)} / ${points(card.index.maxTotal)}`);
      expect(await index.innerText()).toContain(`${card.index.rank}/${card.index.rankedUnits}`);
    } else {
      expect(await index.count()).toBe(0);
    }
  });

  it("the ward's officer reads its own scorecard and is refused another unit's", async () => {
    const page = await openPage(browser, { name: "unit-scorecard-ward" });
    await signIn(page, "phuong.leloi", "Leloi@2024");
    await page.goto(webUrl(`/reporting/units/${phoHien}`));
    await page.getByRole("heading", { name: "Thẻ điểm đơn vị: UBND phường Phố Hiến", level: 1 }).waitFor();
    await page.goto(webUrl(`/reporting/units/${otherUnit}`));
    await page.getByText("Bạn chỉ xem được thẻ điểm của đơn vị mình.").waitFor();
    expect(await page.getByTestId("scorecard-dossiersOnTime").count()).toBe(0);
  });
});
