/**
 * A plan of the stack's current year, of the suite's own, as a province has had since the 2025
 * reorganisation: the seed plan of 2024 (issued by the city, for the city's wards) imported with the
 * office's mappings, then copied to this year by the province, whose copy gives each closed ward's work
 * to its successor (Lê Lợi's to Phố Hiến, Lam Sơn's to Sơn Nam), and issued.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { issueProvinceCopy, must, vietnamDay, waitFor } from "@tthc/test-kit";
import { gql, now, stack } from "./stack.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
export const SEED_TEXT = readFileSync(join(ROOT, "apps/planning/test/fixtures/seed-2024.txt"), "utf8");

/** The two names of the seed the matching rules cannot place, as the office maps them. */
const TARGETS: Record<string, string> = {
  "Văn phòng HĐND - UBND thành phố được giao nhiệm vụ phối hợp rà soát": "Văn phòng HĐND-UBND thành phố",
  "phòng Văn hóa Thông tin thành phố": "Phòng Văn hóa và Thông tin",
};

/** Imports the seed plan as `admin` (the office), then issues the province's copy; returns the copy's id. */
export async function issueCurrentYearPlan(admin: Record<string, string>): Promise<string> {
  // The planning service learns the units (and the reorganisation) from the directory's events.
  await waitFor(
    async () =>
      ((await gql<{ planningStatus: { replicatedUnits: number } }>(`{ planningStatus { replicatedUnits } }`, {}, admin)).data
        ?.planningStatus.replicatedUnits ?? 0) > 20,
    30_000,
  );
  // The units of the plan's year, the city's offices among them: the 2024 plan names them.
  const url = stack.gatewayUrl;
  const { units } = await must<{ units: Array<{ id: string; name: string }> }>(url, `{ units(asOf: "2024-12-31") { id name } }`, {}, admin);
  const preview = await must<{ previewPlanImport: { unitNames: Array<{ name: string; resolved: boolean }> } }>(
    url,
    `query($input: PlanDocumentInput!) { previewPlanImport(input: $input) { unitNames { name resolved } } }`,
    { input: { text: SEED_TEXT } },
    admin,
  );
  const mappings = preview.previewPlanImport.unitNames
    .filter((n) => !n.resolved)
    .map((n) => ({ name: n.name, unitId: units.find((u) => u.name === TARGETS[n.name])!.id }));
  const { importPlan } = await must<{ importPlan: { id: string } }>(
    url,
    `mutation($input: PlanDocumentInput!) { importPlan(input: $input) { id } }`,
    { input: { text: SEED_TEXT, mappings } },
    admin,
  );
  return issueProvinceCopy(url, admin, importPlan.id, Number(vietnamDay(now()).slice(0, 4)));
}
