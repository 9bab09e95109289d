/**
 * Việc cần làm in the browser against the running test stack: the Phố Hiến ward officer signs in and
 * lands on it, sees an overdue occurrence (of a plan of this run, issued by the province) and the unread
 * notifications the plans' issue sent the ward; opening one goes to its record and marks it read (the bell's count drops
 * without a reload), and the inbox page marks another read. The city office's home lists the progress
 * reports waiting for its review (planning's occurrencesAwaitingReview), each a link to the plan page
 * where it reviews them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { randomUUID } from "node:crypto";
import { bearer, importIssuedPlan, oneTaskPlanText, vietnamDay, waitFor } from "@tthc/test-kit";
import { adminToken, gql, launchBrowser, now, openPage, signIn, webUrl } from "./browser.ts";

const RUN = randomUUID().slice(0, 8);

/** The unread count the header's bell announces ("Thông báo: 3 chưa đọc"; none is 0). */
async function unreadOnBell(page: Page): Promise<number> {
  const bell = page.getByRole("banner").getByRole("link", { name: /^Thông báo: / });
  const name = (await bell.getAttribute("aria-label")) ?? "";
  const m = /(\d+) chưa đọc/.exec(name);
  return m ? Number(m[1]) : 0;
}

async function bellShows(page: Page, accept: (count: number) => boolean): Promise<number> {
  return waitFor(async () => {
    const count = await unreadOnBell(page);
    return accept(count) ? count : undefined;
  }, 20_000);
}

interface AwaitingReview {
  occurrencesAwaitingReview: {
    total: number;
    items: Array<{ id: string; label: string; unitName: string | null; task: { label: string }; plan: { id: string; title: string } }>;
  };
}

/** The same page of the list the home page reads, through the API, as the city office. */
async function awaitingReview(token: string): Promise<AwaitingReview["occurrencesAwaitingReview"]> {
  const data = await gql<AwaitingReview>(
    `query ($limit: Int) { occurrencesAwaitingReview(limit: $limit) { total items { id label unitName task { label } plan { id title } } } }`,
    { limit: 8 },
    token,
  );
  return data.occurrencesAwaitingReview;
}

describe("web: Việc cần làm, the home page", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    // The ward's overdue work: a plan of this run whose one task Phố Hiến leads, due five days ago (the
    // seeded plan of this year has nothing overdue on the stack's day). Its issue notifies the ward too.
    const token = await adminToken();
    const { units } = await gql<{ units: Array<{ id: string; name: string }> }>(`{ units(search: "Phố Hiến") { id name } }`, {}, token);
    const ward = units.find((u) => u.name === "UBND phường Phố Hiến")!;
    const due = vietnamDay(now(), -5).split("-").reverse().join("/");
    const text = oneTaskPlanText({
      number: RUN.slice(0, 4),
      year: Number(vietnamDay(now()).slice(0, 4)),
      tag: `Việc cần làm ${RUN}`,
      wardName: ward.name,
      timeframe: `Trước ngày ${due}`,
    });
    await importIssuedPlan(webUrl("/graphql"), bearer(token), text, ward);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("a ward officer lands on it, sees an overdue occurrence and unread notifications, opens one and marks them read", async () => {
    const page = await openPage(browser, { name: "home-ward" });
    await signIn(page, "phuong.leloi", "Leloi@2024");

    // The landing page after sign-in, first in the navigation and marked as the current page.
    await page.getByRole("heading", { name: "Việc cần làm", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    expect((await nav.getByRole("link").allInnerTexts())[0]).toBe("Việc cần làm");
    expect(await nav.getByRole("link", { name: "Việc cần làm" }).getAttribute("aria-current")).toBe("page");

    // The ward's occurrences due soon and overdue, soonest due first (this run's is overdue), each a link
    // to the ward's tasks of its plan.
    const occurrences = page.getByRole("list", { name: "Nhiệm vụ sắp đến hạn và quá hạn" });
    const firstOccurrence = occurrences.getByRole("listitem").first();
    await firstOccurrence.waitFor();
    expect(await firstOccurrence.innerText()).toMatch(/Quá hạn \d+ ngày làm việc/);
    expect(await firstOccurrence.getByRole("link").getAttribute("href")).toMatch(/^\/planning\/my-tasks\?plan=[0-9a-f-]{36}$/);

    // Unread notifications: the plans' issue told the ward about its new tasks.
    const before = await bellShows(page, (n) => n > 0);
    const inbox = page.getByRole("list", { name: /^Thông báo chưa đọc/ });
    const first = inbox.getByRole("listitem").first();
    await first.waitFor();
    expect(await page.getByRole("heading", { name: `Thông báo chưa đọc (${before})`, level: 2 }).count()).toBe(1);

    // Opening it goes to its record and marks it read: the bell counts one fewer, without a reload.
    const link = first.getByRole("link");
    const target = (await link.getAttribute("href"))!;
    expect(target.startsWith("/")).toBe(true);
    await link.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === target);
    // The record's page (a task list or a PAKN: earlier suites send the ward PAKN too, in any order).
    await page.getByRole("heading", { level: 1, name: target.startsWith("/planning/my-tasks") ? "Nhiệm vụ của tôi" : /\S/ }).waitFor();
    expect(await bellShows(page, (n) => n === before - 1)).toBe(before - 1);

    // Back home, the list says so too.
    await nav.getByRole("link", { name: "Việc cần làm" }).click();
    await page.getByRole("heading", { name: `Thông báo chưa đọc (${before - 1})`, level: 2 }).waitFor();

    // The bell opens the notification inbox: the one just read shows as read, another is marked read here.
    await page
      .getByRole("banner")
      .getByRole("link", { name: /^Thông báo: / })
      .click();
    await page.getByRole("heading", { name: "Thông báo", level: 1 }).waitFor();
    const table = page.getByRole("table", { name: "Thông báo" });
    await table.waitFor();
    expect(await table.getByText("Đã đọc", { exact: true }).count()).toBeGreaterThan(0);
    // Two plans were issued to the ward (the seeded one of this year, this run's), so a second unread one is left to mark here.
    expect(before).toBeGreaterThan(1);
    await table
      .getByRole("button", { name: /^Đánh dấu đã đọc: / })
      .first()
      .click();
    expect(await bellShows(page, (n) => n === before - 2)).toBe(before - 2);
    // The server has it: a reload shows the same count.
    await page.reload();
    await page.getByRole("heading", { name: "Thông báo", level: 1 }).waitFor();
    expect(await bellShows(page, (n) => n === before - 2)).toBe(before - 2);
  });

  it("the city office sees the progress reports awaiting its review, each a link to the plan where it reviews them", async () => {
    // Setup through the API: the Phố Hiến ward reports progress on one of its overdue occurrences.
    const { login } = await gql<{ login: { accessToken: string } }>(
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: "phuong.leloi", p: "Leloi@2024" },
    );
    const { myOccurrences } = await gql<{ myOccurrences: Array<{ id: string }> }>(
      `query { myOccurrences(overdue: true, limit: 1) { id } }`,
      {},
      login.accessToken,
    );
    expect(myOccurrences).toHaveLength(1);
    await gql(
      `mutation ($id: ID!, $input: ProgressReportInput!) { reportProgress(occurrenceId: $id, input: $input) { id } }`,
      { id: myOccurrences[0]!.id, input: { status: "IN_PROGRESS", note: "Đang rà soát hồ sơ, báo cáo để văn phòng theo dõi." } },
      login.accessToken,
    );
    const expected = await awaitingReview(await adminToken());
    expect(expected.total).toBeGreaterThan(0);

    const page = await openPage(browser, { name: "home-city-admin" });
    await signIn(page, "admin", "Admin@2024");
    await page.getByRole("heading", { name: "Việc cần làm", level: 1 }).waitFor();

    // The list under "Chờ tôi xem xét, phê duyệt", its count the server's total, its rows the server's, in its order.
    const list = page.getByRole("list", { name: `Báo cáo tiến độ chờ duyệt (${expected.total})` });
    await list.waitFor();
    const items = list.getByRole("listitem");
    expect(await items.count()).toBe(expected.items.length);
    for (const [i, o] of expected.items.entries()) {
      const item = items.nth(i);
      const link = item.getByRole("link");
      expect(await link.innerText()).toBe(`${o.task.label} · ${o.unitName}`);
      expect(await link.getAttribute("href")).toBe(`/planning/plans/${o.plan.id}`);
      expect(await item.innerText()).toContain(`${o.label} · ${o.plan.title}`);
    }

    // The link opens the plan, whose review table lists the same report for the office to accept or return.
    const first = expected.items[0]!;
    await items.first().getByRole("link").click();
    await page.waitForURL((url) => url.pathname === `/planning/plans/${first.plan.id}`);
    const reviews = page.getByRole("table", { name: "Báo cáo chờ xem xét" });
    await reviews.waitFor();
    const row = reviews
      .getByRole("row")
      .filter({ hasText: first.task.label })
      .filter({ hasText: first.unitName ?? "" });
    expect(await row.count()).toBeGreaterThan(0);
  });
});
