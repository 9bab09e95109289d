/**
 * Chromium for the end-to-end suites: the system browser (never a downloaded one), a fresh context per
 * test so storage never leaks between tests, the clock of the test stack, axe-core on every page a test
 * visits (accessibility.ts), and a screenshot plus the page's console in artifacts/ when a test fails.
 */
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { stackClock, waitFor } from "@tthc/test-kit";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { expect, onTestFinished } from "vitest";
import { AccessibilityAudit } from "./accessibility.ts";

const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const ARTIFACTS_DIR = fileURLToPath(new URL("./artifacts/", import.meta.url));

/** "Now" for the running stack (its TEST_CLOCK); every page's browser clock is set to it. */
export const now = stackClock();

/** The running web app (the test stack serves it on 5080). */
export function webUrl(path = "/"): string {
  return new URL(path, process.env.WEB_URL ?? "http://127.0.0.1:5080").toString();
}

/** GraphQL through the web app's own /graphql (the gateway behind it), for a test's setup and expectations. */
export async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(webUrl("/graphql"), {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The city administrator's access token (the stack's seeded account). */
export async function adminToken(): Promise<string> {
  const { login } = await gql<{ login: { accessToken: string } }>(
    `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
    { u: "admin", p: "Admin@2024" },
  );
  return login.accessToken;
}

/** Where the browser tests write screenshots of the main pages (git-ignored; a reviewed set is in docs/screenshots). */
/** What a sender gives at the counter (tiếp nhận trực tiếp). */
export interface CounterPakn {
  senderName: string;
  senderAddress: string;
  senderPhone: string;
  regulation: string;
  content: string;
}

/**
 * A PAKN received in person an hour before the stack's clock, recorded by staff intake with `token` (the
 * test stack's inbox starts empty); its tracking code.
 */
export async function receiveAtCounter(token: string, pakn: CounterPakn): Promise<string> {
  const { intakeComplaint } = await gql<{ intakeComplaint: { complaint: { trackingCode: string } } }>(
    `mutation ($i: IntakeComplaintInput!) { intakeComplaint(input: $i) { complaint { trackingCode } } }`,
    { i: { channel: "IN_PERSON", receivedAt: new Date(now().getTime() - 3_600_000).toISOString(), ...pakn } },
    token,
  );
  return intakeComplaint.complaint.trackingCode;
}

/**
 * Open recommendations made through the API as the city office: an unannounced inspection of the unit in
 * March 2026 (the test stack's month), visited on 12–13/03/2026, with `count` recommendations due 20/03/2026
 * and not answered — each one "not verified by its due day" once read as of a later day. Their texts end in
 * `(${run}-n)` and the inspection's focus is "Dữ liệu xếp hạng rủi ro (run)". The inspection's id.
 */
export async function seedOverdueRecommendations(
  token: string,
  { unitId, inspectorId, count, run }: { unitId: string; inspectorId: string; count: number; run: string },
): Promise<string> {
  const { scheduleSuggestedInspection: inspection } = await gql<{ scheduleSuggestedInspection: { id: string } }>(
    `mutation ($i: SuggestedInspectionInput!) { scheduleSuggestedInspection(input: $i) { id } }`,
    { i: { unitId, year: 2026, month: 3, focus: `Dữ liệu xếp hạng rủi ro (${run})` } },
    token,
  );
  await gql(
    `mutation ($id: ID!, $t: InspectionTeamInput!) { formInspectionTeam(id: $id, input: $t) { id } }`,
    {
      id: inspection.id,
      t: {
        decisionNumber: `${run}/QĐ-UBND`,
        decisionDate: "2026-03-10",
        startDay: "2026-03-12",
        endDay: "2026-03-13",
        members: [{ userId: inspectorId, name: "Vũ Thị Kiểm", role: "LEAD" }],
      },
    },
    token,
  );
  await gql(`mutation ($id: ID!) { startInspection(id: $id) { id } }`, { id: inspection.id }, token);
  for (let n = 1; n <= count; n++) {
    const { recordFinding } = await gql<{ recordFinding: { id: string } }>(
      `mutation ($id: ID!, $f: FindingInput!) { recordFinding(inspectionId: $id, input: $f) { id } }`,
      { id: inspection.id, f: { severity: "MINOR", description: `Hồ sơ trễ hạn chưa có phiếu xin lỗi (${run}-${n})` } },
      token,
    );
    await gql(
      `mutation ($id: ID!, $r: RecommendationInput!) { issueRecommendation(findingId: $id, input: $r) { id } }`,
      { id: recordFinding.id, r: { text: `Lập phiếu xin lỗi cho hồ sơ trễ hạn (${run}-${n})`, dueDay: "2026-03-20" } },
      token,
    );
  }
  return inspection.id;
}

export const SCREENSHOTS_DIR = fileURLToPath(new URL("../../.data/screenshots/", import.meta.url));

export const VIEWPORTS = {
  desktop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

/** A screenshot of the whole page once its charts are drawn and its requests are done. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  for (const chart of await page.locator("figure.chart [role=img]").all()) await chart.and(page.locator("[data-drawn=true]")).waitFor();
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${SCREENSHOTS_DIR}${name}.png`, fullPage: true, animations: "disabled" });
}

/** Each page's audit: a test's next click waits for a running audit (axe holds the page's main thread for seconds on a long table). */
const audits = new WeakMap<Page, AccessibilityAudit>();

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface PageOptions {
  /** Used for the artifact file names. */
  name: string;
  locale?: string;
  viewport?: { width: number; height: number };
}

/**
 * A page in its own browser context, closed when the current test finishes. Call it inside a test:
 * the failure and cleanup hooks attach to that test.
 */
export async function openPage(
  browser: Browser,
  { name, locale = "vi-VN", viewport = { width: 1280, height: 900 } }: PageOptions,
): Promise<Page> {
  const context = await browser.newContext({ locale, viewport, timezoneId: "Asia/Ho_Chi_Minh" });
  // The browser runs on the stack's clock, so the web app's "today" (date pickers, overdue badges, the
  // intake form's defaults) is the services' today. Installed, not paused: time keeps running.
  await context.clock.install({ time: now() });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);

  const consoleLines: string[] = [];
  page.on("console", (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
  page.on("pageerror", (err) => consoleLines.push(`[pageerror] ${err.message}`));
  page.on("requestfailed", (req) => consoleLines.push(`[requestfailed] ${req.method()} ${req.url()} ${req.failure()?.errorText ?? ""}`));

  const audit = new AccessibilityAudit(page);
  audits.set(page, audit);

  // One hook, not onTestFailed + onTestFinished: vitest runs the finished hooks first, which would
  // close the context before the failure screenshot is taken.
  onTestFinished(async ({ task }) => {
    const failed = task.result?.state === "fail";
    // The pages a passing test visited must be accessible: their serious and critical violations fail it.
    if (!failed) await audit.finish();
    if (failed || audit.violations.length > 0) {
      const base = `${ARTIFACTS_DIR}${name.replace(/[^\w.-]+/g, "_")}-${randomUUID().slice(0, 8)}`;
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined);
      await writeFile(`${base}.log`, [`url: ${page.url()}`, ...consoleLines, ...audit.violations].join("\n") + "\n");
    }
    await context.close();
    if (audit.violations.length > 0) throw new Error(audit.report());
  });
  return page;
}

/** Sign in on the login page and wait until the app shows the signed-in header. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(webUrl("/login"));
  await page.getByLabel("Tên đăng nhập", { exact: true }).fill(username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.getByRole("button", { name: "Đăng xuất" }).waitFor();
}

/**
 * Picks an option of one of the UI kit's selects (Ant Design: a combobox whose list opens in a popup)
 * by its visible label, as a mouse user does, and checks that the select now shows it. A click while a
 * dialog is still zooming in (slow on a loaded machine) can land on the wrong row or close the list as it
 * opens, so each attempt first waits for the page's animations to end, and it tries again (four times at most).
 */
export async function chooseOption(page: Page, combobox: Locator, label: string): Promise<void> {
  const select = combobox.locator("xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]");
  const shown = async () => (await select.innerText()).split("\n").map((line) => line.trim());
  for (let attempt = 0; attempt < 4; attempt++) {
    await audits.get(page)?.idle();
    await animationsEnded(page);
    await combobox.click();
    // The list is virtual (only the rows in view exist): a searchable select is narrowed by typing first.
    if (await combobox.isEditable()) await combobox.fill(label);
    // A list that closed again while it opened never shows the option: give up on this attempt after a
    // while and open it again, instead of waiting out the test.
    const picked = await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .getByText(label, { exact: true })
      .click({ timeout: 8_000 })
      .then(
        () => true,
        () => false,
      );
    if (!picked) continue;
    await page
      .locator(".ant-select-dropdown:visible")
      .waitFor({ state: "hidden" })
      .catch(() => undefined);
    if ((await shown()).includes(label)) return;
  }
  throw new Error(`the select did not take "${label}" (it shows ${JSON.stringify(await shown())})`);
}

/** Waits (5 s at most) until no finite CSS animation or transition runs on the page (spinners loop forever and are ignored). */
async function animationsEnded(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
}

/** Types a day (dd/MM/yyyy) into one of the kit's date pickers and leaves it with Tab, which commits it. */
export async function fillDate(input: Locator, day: string): Promise<void> {
  await input.fill(day);
  await input.press("Tab");
}

/**
 * Presses a dialog's button and waits until the dialog has closed (the action went through). A dialog
 * that stays open fails here with what it shows in its alerts (the server's refusal, a field's error),
 * instead of a later check timing out on a status that never changed and leaving no clue why.
 */
export async function submitDialog(dialog: Locator, button: string): Promise<void> {
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await expect
    .poll(
      async () => ((await dialog.isVisible()) ? `still open: ${(await dialog.getByRole("alert").allInnerTexts()).join(" | ")}` : "closed"),
      {
        timeout: 30_000,
      },
    )
    .toBe("closed");
}

/**
 * The text a field's aria-describedby points at: where the kit's forms put a field's error (linked to
 * the field, which is also marked aria-invalid) and its hint.
 */
export async function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.innerText ?? "") : ""))
      .join(" ")
      .trim(),
  );
}

/** The names column of the unit directory's table, once it has rows satisfying `accept`. */
export async function unitNamesWhen(page: Page, accept: (names: string[]) => boolean): Promise<string[]> {
  const nameCells = page.getByRole("table").locator("tbody tr td:nth-child(2)");
  return waitFor(async () => {
    const names = await nameCells.allInnerTexts();
    return names.length > 0 && accept(names) ? names : undefined;
  }, 20_000);
}
