/**
 * Planning through the gateway, beyond RBAC: the plan exported to DOCX is a stored file downloaded at
 * /files/planning/<id> (the exporter may, another unit's officer may not), and a ward drafts and
 * submits its own unit plan, which the city office sees on the board and no other unit reads.
 */
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { issueCurrentYearPlan } from "./current-plan.ts";
import { bearer, gql, login, stack } from "./stack.ts";

describe("planning export and unit plans through the gateway", () => {
  let admin: Record<string, string>;
  let phoHien: Record<string, string>;
  let sonNam: Record<string, string>;
  let planId: string;

  beforeAll(async () => {
    admin = bearer((await login("admin", "Admin@2024")).accessToken);
    phoHien = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
    sonNam = bearer((await login("phuong.sonnam", "Sonnam@2025")).accessToken);
    planId = await issueCurrentYearPlan(admin);
  });

  it("exports the plan to DOCX and serves it at /files/planning/<id> to the exporter only", async () => {
    const r = await gql<{ exportPlanDocx: { url: string } }>(
      `mutation($p: ID!) { exportPlanDocx(planId: $p) { url } }`,
      { p: planId },
      admin,
    );
    expect(r.errors).toBeUndefined();
    const url = new URL(r.data!.exportPlanDocx.url, stack.gatewayUrl);
    const res = await fetch(url, { headers: admin });
    expect(res.status).toBe(200);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await res.arrayBuffer()) });
    const taskRows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].filter(
      (m) => (m[1]!.match(/<td/g) ?? []).length === 6 && !m[1]!.includes("Nội dung công việc"),
    );
    expect(taskRows).toHaveLength(23);
    expect((await fetch(url, { headers: phoHien })).status).toBeGreaterThanOrEqual(400);
  });

  it("a ward drafts and submits its unit plan; the city office's board shows it", async () => {
    const drafted = await gql<{ generateUnitPlanDraft: { status: string; items: unknown[] } }>(
      `mutation($p: ID!) { generateUnitPlanDraft(planId: $p) { status items { taskLabel } } }`,
      { p: planId },
      phoHien,
    );
    expect(drafted.data!.generateUnitPlanDraft.status).toBe("DRAFT");
    expect(drafted.data!.generateUnitPlanDraft.items.length).toBeGreaterThan(0);
    expect((await gql(`mutation($p: ID!) { submitUnitPlan(planId: $p) { status } }`, { p: planId }, phoHien)).errors).toBeUndefined();
    const board = await gql<{ unitPlanBoard: { rows: Array<{ unitName: string; status: string }> } }>(
      `query($p: ID!) { unitPlanBoard(planId: $p) { rows { unitName status } } }`,
      { p: planId },
      admin,
    );
    expect(board.data!.unitPlanBoard.rows.find((r) => r.unitName === "UBND phường Phố Hiến")?.status).toBe("SUBMITTED");
    expect(
      (await gql(`query($p: ID!) { unitPlanBoard(planId: $p) { deadline } }`, { p: planId }, phoHien)).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
  });

  it("Plan.unitPlans answers like the board: every unit's plan for the city office, only its own for a ward officer", async () => {
    const unitPlans = async (who: Record<string, string>) => {
      const r = await gql<{ plan: { unitPlans: Array<{ unitName: string; status: string; title: string | null; items: unknown[] }> } }>(
        `query($p: ID!) { plan(id: $p) { unitPlans { unitName status title items { content } } } }`,
        { p: planId },
        who,
      );
      expect(r.errors).toBeUndefined();
      return r.data!.plan.unitPlans;
    };
    const all = await unitPlans(admin);
    expect(all.length).toBeGreaterThan(5);
    expect(all.find((u) => u.unitName === "UBND phường Phố Hiến")?.status).toBe("SUBMITTED");
    // Another ward's officer learns nothing of Phố Hiến's submitted plan, its title or its items.
    expect((await unitPlans(sonNam)).map((u) => u.unitName)).toEqual(["UBND phường Sơn Nam"]);
    const own = await unitPlans(phoHien);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ unitName: "UBND phường Phố Hiến", status: "SUBMITTED" });
    expect(own[0]!.items.length).toBeGreaterThan(0);
    // Per-unit progress follows the same rule.
    const byUnit = await gql<{ plan: { unitProgress: Array<{ unitName: string }> } }>(
      `query($p: ID!) { plan(id: $p) { unitProgress { unitName } } }`,
      { p: planId },
      sonNam,
    );
    expect(byUnit.data!.plan.unitProgress.map((u) => u.unitName)).toEqual(["UBND phường Sơn Nam"]);
  });
});
