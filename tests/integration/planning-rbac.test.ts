/**
 * Planning through the gateway (issue: Planning): the city office issues a plan of the current year (./current-plan.ts);
 * a ward officer sees and reports on their own ward's occurrences only — another ward's read as not
 * found and cannot be reported on.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { issueCurrentYearPlan, SEED_TEXT } from "./current-plan.ts";
import { bearer, gql, login } from "./stack.ts";

const PREVIEW = `query($input: PlanDocumentInput!) { previewPlanImport(input: $input) { unitNames { name resolved } } }`;
const MY = `{ myOccurrences(limit: 2000) { id unitId unit { id name } task { label } } }`;
const REPORT = `mutation($id: ID!, $input: ProgressReportInput!) { reportProgress(occurrenceId: $id, input: $input) { id status } }`;

interface Occ {
  id: string;
  unitId: string;
  unit: { id: string; name: string };
}

describe("planning RBAC through the gateway", () => {
  let admin: Record<string, string>;
  let phoHien: Record<string, string>;
  let sonNam: Record<string, string>;
  let planId: string;

  beforeAll(async () => {
    admin = bearer((await login("admin", "Admin@2024")).accessToken);
    phoHien = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
    sonNam = bearer((await login("phuong.sonnam", "Sonnam@2025")).accessToken);
    // The planning service learns the units from the directory's events.
    planId = await issueCurrentYearPlan(admin);
  });

  it("a ward officer sees only the ward's occurrences, with the unit resolved by the directory", async () => {
    const mine = (await gql<{ myOccurrences: Occ[] }>(MY, {}, phoHien)).data!.myOccurrences;
    expect(mine.length).toBeGreaterThan(0);
    const unitIds = new Set(mine.map((o) => o.unitId));
    expect(unitIds.size).toBe(1);
    expect(mine[0]!.unit.name).toBe("UBND phường Phố Hiến");
  });

  it("another ward's occurrence reads as not found and cannot be reported on", async () => {
    const theirs = (await gql<{ myOccurrences: Occ[] }>(MY, {}, sonNam)).data!.myOccurrences;
    const target = theirs[0]!;
    const read = await gql<{ occurrence: unknown }>(`query($id: ID!) { occurrence(id: $id) { id } }`, { id: target.id }, phoHien);
    expect(read.data?.occurrence).toBeNull();
    const report = await gql(REPORT, { id: target.id, input: { status: "IN_PROGRESS", note: "Không phải việc của phường" } }, phoHien);
    expect(report.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const listed = await gql(
      `query($p: ID!, $u: ID) { occurrences(planId: $p, filter: { unitId: $u }) { id } }`,
      { p: planId, u: target.unitId },
      phoHien,
    );
    expect(listed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const after = await gql<{ occurrence: { reports: unknown[] } }>(
      `query($id: ID!) { occurrence(id: $id) { reports { id } } }`,
      { id: target.id },
      sonNam,
    );
    expect(after.data!.occurrence.reports).toEqual([]);
  });

  it("only the city office imports, issues and reviews", async () => {
    const preview = await gql(PREVIEW, { input: { text: SEED_TEXT } }, phoHien);
    expect(preview.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // A small page: asking anonymously for 2 000 rows is refused earlier, as too costly (QUERY_TOO_COSTLY).
    const anonymous = await gql(`{ myOccurrences(limit: 5) { id unitId } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("the ward reports with evidence and the plan's roll-up moves", async () => {
    const progress = async () =>
      (
        await gql<{ plan: { progress: { done: number } } }>(
          `query($id: ID!) { plan(id: $id) { progress { done } } }`,
          { id: planId },
          admin,
        )
      ).data!.plan.progress.done;
    const before = await progress();
    const mine = (
      await gql<{ myOccurrences: Occ[] }>(
        `query($p: ID) { myOccurrences(planId: $p) { id unitId unit { id name } } }`,
        { p: planId },
        phoHien,
      )
    ).data!.myOccurrences;
    const target = mine[0]!;
    const r = await gql<{ reportProgress: { status: string } }>(
      REPORT,
      { id: target.id, input: { status: "DONE", note: "Đã hoàn thành", evidenceNumber: "21/BC-UBND", evidenceDate: "2026-03-12" } },
      phoHien,
    );
    expect(r.errors).toBeUndefined();
    expect(await progress()).toBe(before + 1);
  });
});
