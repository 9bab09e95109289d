/**
 * The unit directory through time, against the running test stack: the directory as of a past day (as
 * the server's units(asOf) answers), and a unit's own page with its dated names and, once closed, the
 * unit holding its work. The reorganisation is the test's own: two wards it creates, merged and then
 * renamed by decisions the directory applies (every 2 s in the test stack); demo units are not touched.
 * The successor's page names the unit it took over from, with the decision, and its parents over time.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { bearer, seededProvinceId, waitFor } from "@tthc/test-kit";
import { adminToken, fillDate, gql, launchBrowser, now, openPage, signIn, unitNamesWhen, webUrl } from "./browser.ts";

const RUN = randomUUID().slice(0, 8);
/** The stack's today in Vietnam (UTC+7, no daylight saving), shifted by `days`, as YYYY-MM-DD. */
function vietnamDay(days = 0): string {
  return new Date(now().getTime() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
const TODAY = vietnamDay();
const PAST = "2025-06-30"; // both wards existed then, under their first names
const FIRST_DAY = "2025-01-01";

const CREATE_UNIT = `mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id name } }`;
const CREATE_DECISION = `mutation ($i: ReorganisationDecisionInput!) { createReorganisationDecision(input: $i) { id } }`;
const SCHEDULE = `mutation ($id: ID!) { scheduleReorganisationDecision(id: $id) { status } }`;
const DECISION = `query ($id: ID!) { reorganisationDecision(id: $id) { status failure } }`;
const UNITS = `query ($asOf: Date, $search: String) { units(asOf: $asOf, search: $search) { id nameAt(asOf: $asOf) } }`;

const wards = { from: { id: "", name: "" }, into: { id: "", name: "" } };
const RENAMED = `UBND phường Thử lịch sử Mới ${RUN}`;

/** Drafts a decision effective today, schedules it and waits until the directory has applied it. */
async function apply(token: string, key: string, changes: unknown[]): Promise<void> {
  const { createReorganisationDecision } = await gql<{ createReorganisationDecision: { id: string } }>(
    CREATE_DECISION,
    { i: { number: `${RUN}-${key}/QĐ-UBND`, signedOn: vietnamDay(-1), effectiveFrom: TODAY, changes } },
    token,
  );
  const id = createReorganisationDecision.id;
  await gql(SCHEDULE, { id }, token);
  const done = await waitFor(async () => {
    const { reorganisationDecision: d } = await gql<{ reorganisationDecision: { status: string; failure: string | null } }>(
      DECISION,
      { id },
      token,
    );
    return d.status === "SCHEDULED" ? undefined : d;
  }, 30_000);
  expect(done).toEqual({ status: "APPLIED", failure: null });
}

describe("web admin: unit history", () => {
  let browser: Browser;
  let serverToday: string[];
  let serverPast: string[];

  beforeAll(async () => {
    const token = await adminToken();
    const provinceId = await seededProvinceId(webUrl("/graphql"), bearer(token));
    for (const [key, ward] of Object.entries(wards)) {
      const { createUnit } = await gql<{ createUnit: { id: string; name: string } }>(
        CREATE_UNIT,
        {
          i: {
            code: `test.history.${RUN}.${key}`,
            name: `UBND phường Thử lịch sử ${key === "from" ? "A" : "B"} ${RUN}`,
            levelCode: "commune",
            parentId: provinceId,
            validFrom: FIRST_DAY,
          },
        },
        token,
      );
      Object.assign(ward, createUnit);
    }
    // From today A is merged into B, and B takes a new name.
    await apply(token, "merge", [{ kind: "MERGE", unitIds: [wards.from.id], into: { unitId: wards.into.id } }]);
    await apply(token, "rename", [{ kind: "RENAME", unitId: wards.into.id, name: RENAMED }]);

    const names = async (asOf: string) =>
      (await gql<{ units: Array<{ nameAt: string }> }>(UNITS, { asOf, search: RUN }, token)).units.map((u) => u.nameAt).sort();
    serverToday = await names(TODAY);
    serverPast = await names(PAST);
    browser = await launchBrowser();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the directory as of a past day as the server answers it, kept in the address bar", async () => {
    // The server's own answer: today only the renamed successor, on 30/06/2025 both wards by their first names.
    expect(serverToday).toEqual([RENAMED]);
    expect(serverPast).toEqual([wards.from.name, wards.into.name].sort());

    const page = await openPage(browser, { name: "unit-history-list" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl(`/directory?q=${RUN}`));
    await page.getByRole("heading", { name: "Danh mục đơn vị", level: 1 }).waitFor();
    expect((await unitNamesWhen(page, (n) => n.length === 1)).map((n) => n.trim())).toEqual(serverToday);

    await fillDate(page.getByLabel("Hiệu lực tại ngày (dd/mm/yyyy)"), "30/06/2025");
    await page.getByRole("button", { name: "Tìm kiếm", exact: true }).click();
    const past = await unitNamesWhen(page, (n) => n.length === 2);
    expect(past.map((n) => n.trim()).sort()).toEqual(serverPast);
    expect(new URL(page.url()).searchParams.get("asOf")).toBe(PAST);

    // A reload of the address shows the same day's list.
    await page.reload();
    expect((await unitNamesWhen(page, (n) => n.length === 2)).map((n) => n.trim()).sort()).toEqual(serverPast);
  });

  it("opens a closed unit: its dated history and a link to the unit holding its work", async () => {
    const page = await openPage(browser, { name: "unit-history-detail" });
    await signIn(page, "admin", "Admin@2024");
    await page.goto(webUrl(`/directory?q=${RUN}&asOf=${PAST}`));
    await page.getByRole("link", { name: wards.from.name, exact: true }).click();

    await page.getByRole("heading", { name: wards.from.name, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/directory/units/${wards.from.id}`);
    expect(await page.getByTestId("unit-validity").innerText()).toBe(`01/01/2025 – ${formatDay(vietnamDay(-1))}`);
    const history = page.getByRole("heading", { name: "Lịch sử tên và cấp đơn vị", level: 2 });
    await history.waitFor();
    const timeline = page.locator(".ant-timeline");
    expect(await timeline.innerText()).toContain(`01/01/2025 – ${formatDay(vietnamDay(-1))}`);
    expect(await timeline.innerText()).toContain(wards.from.name);

    // Its work is with B, now under its new name: the link opens B's page, whose history has both names.
    const successors = page.getByRole("list", { name: "Đơn vị tiếp nhận công việc" });
    await successors.getByRole("link", { name: RENAMED, exact: true }).click();
    await page.getByRole("heading", { name: RENAMED, level: 1 }).waitFor();
    const items = page.locator(".ant-timeline .ant-timeline-item");
    await waitFor(async () => ((await items.count()) === 2 ? true : undefined), 10_000);
    const texts = await items.allInnerTexts();
    expect(texts[0]).toContain(`01/01/2025 – ${formatDay(vietnamDay(-1))}`);
    expect(texts[0]).toContain(wards.into.name);
    expect(texts[1]).toContain(`từ ${formatDay(TODAY)}`);
    expect(texts[1]).toContain(RENAMED);
    // B took over A's work by the merge decision, and has kept its parent since it was created.
    const predecessors = page.getByRole("list", { name: "Tiếp nhận công việc từ" });
    expect(await predecessors.getByRole("link", { name: wards.from.name, exact: true }).count()).toBe(1);
    expect(await predecessors.innerText()).toContain(`từ ${formatDay(TODAY)}, theo Quyết định số ${RUN}-merge/QĐ-UBND`);
    const parents = await page.getByRole("list", { name: "Đơn vị cấp trên qua các thời kỳ" }).innerText();
    expect(parents).toContain("từ 01/01/2025");
    expect(parents).toContain("UBND tỉnh Hưng Yên");
    // An open unit has no successors section.
    expect(await page.getByRole("heading", { name: "Đơn vị tiếp nhận công việc" }).count()).toBe(0);
  });
});

/** YYYY-MM-DD as the app shows it (dd/MM/yyyy). */
function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
