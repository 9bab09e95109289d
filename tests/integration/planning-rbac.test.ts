/**
 * Planning through the gateway (issue: Planning): the city office imports and issues the seed plan;
 * a ward officer sees and reports on their own ward's occurrences only — another ward's read as not
 * found and cannot be reported on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "@tthc/test-kit";
import { bearer, gql, login } from "./stack.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const SEED_TEXT = readFileSync(join(ROOT, "apps/planning/test/fixtures/seed-2024.txt"), "utf8");

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
  let leLoi: Record<string, string>;
  let minhKhai: Record<string, string>;
  let planId: string;

  beforeAll(async () => {
    admin = bearer((await login("admin", "Admin@2024")).accessToken);
    leLoi = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
    minhKhai = bearer((await login("phuong.minhkhai", "Minhkhai@2024")).accessToken);
    // The planning service learns the units from the directory's events.
    await waitFor(
      async () =>
        ((await gql<{ planningStatus: { replicatedUnits: number } }>(`{ planningStatus { replicatedUnits } }`, {}, admin)).data
          ?.planningStatus.replicatedUnits ?? 0) > 20,
      30_000,
    );

    const units = (await gql<{ units: Array<{ id: string; name: string }> }>(`{ units { id name } }`, {}, admin)).data!.units;
    const unitNamed = (name: string) => units.find((u) => u.name === name)!.id;
    const preview = await gql<{ previewPlanImport: { unitNames: Array<{ name: string; resolved: boolean }> } }>(
      PREVIEW,
      { input: { text: SEED_TEXT } },
      admin,
    );
    const unknown = preview.data!.previewPlanImport.unitNames.filter((n) => !n.resolved).map((n) => n.name);
    // Whatever is not remembered from an earlier run is mapped the way the office would.
    const targets: Record<string, string> = {
      "Văn phòng HĐND - UBND thành phố được giao nhiệm vụ phối hợp rà soát": "Văn phòng HĐND-UBND thành phố",
      "phòng Văn hóa Thông tin thành phố": "Phòng Văn hóa và Thông tin",
    };
    const mappings = unknown.map((name) => ({ name, unitId: unitNamed(targets[name]!) }));
    const imported = await gql<{ importPlan: { id: string } }>(
      `mutation($input: PlanDocumentInput!) { importPlan(input: $input) { id } }`,
      { input: { text: SEED_TEXT, mappings } },
      admin,
    );
    expect(imported.errors).toBeUndefined();
    planId = imported.data!.importPlan.id;
    const issued = await gql<{ issuePlan: { status: string } }>(
      `mutation($id: ID!) { issuePlan(id: $id) { status } }`,
      { id: planId },
      admin,
    );
    expect(issued.data?.issuePlan.status).toBe("ISSUED");
  });

  it("a ward officer sees only the ward's occurrences, with the unit resolved by the directory", async () => {
    const mine = (await gql<{ myOccurrences: Occ[] }>(MY, {}, leLoi)).data!.myOccurrences;
    expect(mine.length).toBeGreaterThan(0);
    const unitIds = new Set(mine.map((o) => o.unitId));
    expect(unitIds.size).toBe(1);
    expect(mine[0]!.unit.name).toBe("UBND phường Lê Lợi");
  });

  it("another ward's occurrence reads as not found and cannot be reported on", async () => {
    const theirs = (await gql<{ myOccurrences: Occ[] }>(MY, {}, minhKhai)).data!.myOccurrences;
    const target = theirs[0]!;
    const read = await gql<{ occurrence: unknown }>(`query($id: ID!) { occurrence(id: $id) { id } }`, { id: target.id }, leLoi);
    expect(read.data?.occurrence).toBeNull();
    const report = await gql(REPORT, { id: target.id, input: { status: "IN_PROGRESS", note: "Không phải việc của phường" } }, leLoi);
    expect(report.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const listed = await gql(
      `query($p: ID!, $u: ID) { occurrences(planId: $p, filter: { unitId: $u }) { id } }`,
      { p: planId, u: target.unitId },
      leLoi,
    );
    expect(listed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const after = await gql<{ occurrence: { reports: unknown[] } }>(
      `query($id: ID!) { occurrence(id: $id) { reports { id } } }`,
      { id: target.id },
      minhKhai,
    );
    expect(after.data!.occurrence.reports).toEqual([]);
  });

  it("only the city office imports, issues and reviews", async () => {
    const preview = await gql(PREVIEW, { input: { text: SEED_TEXT } }, leLoi);
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
        leLoi,
      )
    ).data!.myOccurrences;
    const target = mine[0]!;
    const r = await gql<{ reportProgress: { status: string } }>(
      REPORT,
      { id: target.id, input: { status: "DONE", note: "Đã hoàn thành", evidenceNumber: "21/BC-UBND", evidenceDate: "2024-03-28" } },
      leLoi,
    );
    expect(r.errors).toBeUndefined();
    expect(await progress()).toBe(before + 1);
  });
});
