/**
 * Issue 10 items 4 and 6 in the browser: the main flow (sign in → Việc cần làm → PAKN inbox → one PAKN)
 * by keyboard alone, and the PAKN inbox's chart showing the service's numbers (read from the chart's
 * data and from its accessible table, opened by keyboard). axe runs on every page visited (browser.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { adminToken, gql, launchBrowser, openPage, receiveAtCounter, signIn, webUrl } from "./browser.ts";

/** What the keyboard focus is on: the element's accessible name as a user hears it, roughly. */
function focused(page: Page): Promise<{ tag: string; name: string; label: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      name: (el?.getAttribute("aria-label") ?? el?.innerText ?? "").trim(),
      label: input?.labels?.[0]?.innerText.trim() ?? "",
    };
  });
}

/** Presses Tab until the focus is on what `wanted` accepts; fails if `presses` presses do not get there. */
async function tabTo(
  page: Page,
  what: string,
  wanted: (f: { tag: string; name: string; label: string }) => boolean,
  presses = 40,
): Promise<void> {
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press("Tab");
    if (wanted(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe("web: keyboard alone, and the charts' numbers", () => {
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await adminToken();
    // The test stack's inbox starts empty: receive one PAKN at the counter (staff intake) to open.
    await receiveAtCounter(token, {
      senderName: "Phạm Văn Dũng",
      senderAddress: "Số 3 phố Điện Biên, phường Lê Lợi",
      senderPhone: "0913 222 333",
      regulation: "Thủ tục đăng ký thường trú",
      content: "Đề nghị niêm yết rõ thời hạn giải quyết thủ tục đăng ký thường trú tại bộ phận một cửa.",
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("signs in, reaches the PAKN inbox and opens a PAKN with the keyboard only", async () => {
    const page = await openPage(browser, { name: "keyboard-main-flow" });
    await page.goto(webUrl("/login"));
    await page.getByRole("heading", { name: "Đăng nhập", level: 1 }).waitFor();

    await tabTo(page, "the user name", (f) => f.tag === "input" && f.label === "Tên đăng nhập");
    await page.keyboard.type("admin");
    await tabTo(page, "the password", (f) => f.tag === "input" && f.label === "Mật khẩu");
    await page.keyboard.type("Admin@2024");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Việc cần làm", level: 1 }).waitFor();

    // The first Tab on a page reaches the skip link; then the section navigation.
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Bỏ qua, đến nội dung chính");
    await tabTo(page, "the PAKN section", (f) => f.tag === "a" && f.name === "Phản ánh, kiến nghị");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Phản ánh, kiến nghị", level: 1 }).waitFor();
    await page.getByRole("table", { name: "Phản ánh, kiến nghị" }).waitFor();

    // On from the navigation, past the toolbar, the chart and the filters, to the first PAKN's code in the table.
    await tabTo(page, "a PAKN's code", (f) => f.tag === "a" && /^PAKN-\d{4}-/.test(f.name), 80);
    const code = (await focused(page)).name;
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
    await page.getByTestId("complaint-status").waitFor();
    expect(await page.locator("main").innerText()).toContain(code);
  });

  it("the PAKN inbox's chart shows the received / answered / overdue counts the service returns", async () => {
    const page = await openPage(browser, { name: "complaints-chart" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl("/complaints"));

    const { complaintCountsByMonth: months } = await gql<{
      complaintCountsByMonth: Array<{ month: string; received: number; handled: number; overdue: number }>;
    }>(`{ complaintCountsByMonth(months: 12) { month received handled overdue } }`, {}, token);
    expect(months).toHaveLength(12);
    expect(months.at(-1)!.received).toBeGreaterThan(0);
    const label = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

    const chart = page.locator("figure.chart").filter({ hasText: "Phản ánh, kiến nghị theo tháng" });
    await chart.locator("[role=img][data-drawn=true]").waitFor();
    const data = JSON.parse((await chart.getAttribute("data-chart"))!) as {
      categories: string[];
      series: Array<{ name: string; values: number[] }>;
    };
    expect(data.categories).toEqual(months.map((m) => label(m.month)));
    expect(data.series.map((s) => [s.name, s.values])).toEqual([
      ["Tiếp nhận", months.map((m) => m.received)],
      ["Đã trả lời", months.map((m) => m.handled)],
      ["Quá hạn", months.map((m) => m.overdue)],
    ]);
    // The drawing is an image with its numbers in the name, and an SVG was drawn.
    expect(await chart.locator("[role=img][data-drawn]").getAttribute("aria-label")).toContain(
      `Tiếp nhận: ${label(months[0]!.month)} ${months[0]!.received}`,
    );
    expect(await chart.locator("svg").count()).toBe(1);

    // The same numbers as a table, opened from the keyboard.
    await chart.locator("summary").focus();
    await page.keyboard.press("Enter");
    const table = chart.getByRole("table", { name: "Phản ánh, kiến nghị theo tháng" });
    await table.waitFor();
    const last = months.at(-1)!;
    expect(await table.getByRole("row", { name: new RegExp(`^${label(last.month)}`) }).innerText()).toBe(
      [label(last.month), last.received, last.handled, last.overdue].join("\t"),
    );
  });

  it("a month's received count drills down to those PAKN in the inbox, from the drawing and from the table", async () => {
    const page = await openPage(browser, { name: "complaints-chart-drill-down" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl("/complaints"));
    const { complaintCountsByMonth: months } = await gql<{ complaintCountsByMonth: Array<{ month: string; received: number }> }>(
      `{ complaintCountsByMonth(months: 12) { month received } }`,
      {},
      token,
    );
    const last = months.at(-1)!;
    expect(last.received).toBeGreaterThan(0);
    const [year, month] = last.month.split("-").map(Number) as [number, number];
    const lastDay = `${last.month}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0")}`;
    // The inbox filtered to the month's days, counting exactly the month's received PAKN.
    const shown = async () => {
      await page.waitForURL((url) => url.searchParams.get("from") === `${last.month}-01` && url.searchParams.get("to") === lastDay);
      await page
        .getByRole("status")
        .filter({ hasText: `${last.received} phản ánh, kiến nghị` })
        .waitFor();
      const rows = page.getByRole("table", { name: "Phản ánh, kiến nghị" }).locator("tbody tr.ant-table-row");
      // The first page of the list (50 a page) holds them, every one received in the month.
      expect(await rows.count()).toBe(Math.min(last.received, 50));
      for (const day of await rows.locator("td:nth-child(2)").allInnerTexts())
        expect(day.slice(3)).toBe(`${last.month.slice(5, 7)}/${year}`);
    };

    // The drawing: the last bar of the received series (the chart draws it in the kit's primary colour).
    const chart = page.locator("figure.chart").filter({ hasText: "Phản ánh, kiến nghị theo tháng" });
    await chart.locator("[role=img][data-drawn=true]").waitFor();
    // The legend's swatch has the same colour: the bars are the swatches below the legend (the grid starts 36 px down).
    const bar = await chart.locator("[role=img]").evaluate((drawing) => {
      const top = drawing.getBoundingClientRect().top + 36;
      const bars = Array.from(drawing.querySelectorAll('svg path[fill="#1d4ed8"]'))
        .map((p) => p.getBoundingClientRect())
        .filter((r) => r.top >= top && r.height > 0);
      const rightmost = bars.reduce((a, b) => (b.left > a.left ? b : a));
      return { x: rightmost.left + rightmost.width / 2, y: rightmost.top + rightmost.height / 2 };
    });
    await page.mouse.click(bar.x, bar.y);
    await shown();

    // The table: the same figure is a link the keyboard reaches.
    await page.goto(webUrl("/complaints"));
    await chart.locator("summary").click();
    const row = chart.getByRole("table", { name: "Phản ánh, kiến nghị theo tháng" }).getByRole("row", {
      name: new RegExp(`^${last.month.slice(5, 7)}/${last.month.slice(0, 4)}`),
    });
    await row
      .getByRole("link", { name: String(last.received), exact: true })
      .first()
      .focus();
    await page.keyboard.press("Enter");
    await shown();
  });
});
