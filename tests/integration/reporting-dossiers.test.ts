/**
 * Reporting through the gateway (issue 12 items 2 and 10): a partner writes dossier steps only with a key
 * carrying `dossiers:write`; the steps travel through the outbox and Kafka into reporting's facts, where the
 * ward's pre-filled quarterly report shows them; a unit officer sees only their own unit's reports; a partner
 * reads reports only with `reports:read`; the same holds for a unit's scorecard. Q1/2026 (15/12/2025 → 14/03/2026) ends two days before TEST_CLOCK.
 */
import { waitFor } from "@tthc/test-kit";
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, gql, login } from "./stack.ts";

const KEY = `mutation ($name: String!, $scopes: [String!]) { createApiKey(name: $name, scopes: $scopes) }`;
const RECORD = `mutation ($steps: [DossierStepInput!]!) { recordDossierSteps(steps: $steps) { recorded duplicates errors { index field message } } }`;
const GENERATE = `mutation { generateExpectedReports(kindCode: "tthc-control-quarterly", year: 2026, index: 1) }`;
const REPORTS = `query ($unitId: String) { unitReports(kindCode: "tthc-control-quarterly", periodKey: "2026-Q1", unitId: $unitId, first: 100) {
  total items { id unitId figures { code value } } } }`;

type Reports = {
  unitReports: { total: number; items: Array<{ id: string; unitId: string; figures: Array<{ code: string; value: number }> }> };
};

describe("dossier steps and reports through the gateway", () => {
  let admin: Record<string, string>;
  let phoHien: Record<string, string>;
  let writer: Record<string, string>;
  let reader: Record<string, string>;
  let phoHienUnit: { id: string; code: string };

  beforeAll(async () => {
    admin = bearer((await login("admin", "Admin@2024")).accessToken);
    phoHien = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
    const key = async (name: string, scopes: string[]) =>
      ({ "x-api-key": (await gql<{ createApiKey: string }>(KEY, { name, scopes }, admin)).data!.createApiKey }) as Record<string, string>;
    writer = await key("Hệ thống một cửa (ghi hồ sơ)", ["dossiers:write"]);
    reader = await key("Đối tác thống kê", ["reports:read"]);
    phoHienUnit = (await gql<{ me: { unit: { id: string; code: string } } }>(`{ me { unit { id code } } }`, {}, phoHien)).data!.me.unit;
    // Reporting learns the units from the directory's events.
    await waitFor(
      async () =>
        ((await gql<{ reportingStatus: { replicatedUnits: number } }>(`{ reportingStatus { replicatedUnits } }`, {}, admin)).data
          ?.reportingStatus.replicatedUnits ?? 0) > 20,
      30_000,
    );
    expect((await gql<{ generateExpectedReports: number }>(GENERATE, {}, admin)).errors).toBeUndefined();
  });

  const steps = () => [
    {
      dossierCode: "000.00.31.H29-260105-0001",
      unitCode: phoHienUnit.code,
      step: "received",
      occurredAt: "2026-01-05T09:30:00+07:00",
      channel: "online",
      dueDay: "2026-01-20",
    },
    {
      dossierCode: "000.00.31.H29-260105-0001",
      unitCode: phoHienUnit.code,
      step: "resolved",
      occurredAt: "2026-01-12T15:00:00+07:00",
      timeliness: "early",
    },
    {
      dossierCode: "H29.123.45-260302-010001",
      unitCode: phoHienUnit.code,
      step: "received",
      occurredAt: "2026-03-02T08:00:00+07:00",
      channel: "post",
      dueDay: "2026-03-09",
    },
  ];

  it("refuses dossier steps without the write scope", async () => {
    for (const caller of [reader, admin, phoHien]) {
      const r = await gql(RECORD, { steps: steps() }, caller);
      expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain(r.errors?.[0]?.extensions?.code);
    }
    expect((await gql(RECORD, { steps: steps() })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("records steps with the write scope, once, and the ward's report shows them", async () => {
    const first = await gql<{ recordDossierSteps: { recorded: number; duplicates: number } }>(RECORD, { steps: steps() }, writer);
    expect(first.data!.recordDossierSteps).toMatchObject({ recorded: 3, duplicates: 0 });
    const again = await gql<{ recordDossierSteps: { recorded: number; duplicates: number } }>(RECORD, { steps: steps() }, writer);
    expect(again.data!.recordDossierSteps).toMatchObject({ recorded: 0, duplicates: 3 });

    const figures = await waitFor(async () => {
      const own = (await gql<Reports>(REPORTS, {}, phoHien)).data!.unitReports.items;
      const values = Object.fromEntries(own[0]!.figures.map((f) => [f.code, f.value]));
      return values["dossier.received"] === 2 ? values : undefined;
    }, 30_000);
    expect(figures).toMatchObject({
      "dossier.received.online": 1,
      "dossier.received.offline": 1,
      "dossier.resolved.early": 1,
      "dossier.open.overdue": 1,
    });
  });

  it("a unit officer sees only their own unit's reports", async () => {
    const own = (await gql<Reports>(REPORTS, {}, phoHien)).data!.unitReports;
    expect(own.total).toBe(1);
    expect(own.items[0]!.unitId).toBe(phoHienUnit.id);
    const all = (await gql<Reports>(REPORTS, {}, admin)).data!.unitReports;
    const other = all.items.find((r) => r.unitId !== phoHienUnit.id)!;
    const foreign = await gql(`query ($id: ID!) { unitReport(id: $id) { id } }`, { id: other.id }, phoHien);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("partners read reports only with reports:read", async () => {
    const read = await gql<Reports>(REPORTS, { unitId: phoHienUnit.id }, reader);
    expect(read.errors).toBeUndefined();
    expect(read.data!.unitReports.total).toBe(1);
    expect((await gql(REPORTS, {}, writer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // A reports:read key does not open the import records (city office only).
    expect((await gql(`{ dossierImports { total } }`, {}, reader)).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });

  it("a unit sees only its own scorecard; city readers and reports:read partners read every unit's", async () => {
    const CARD = `query ($u: ID!) { unitScorecard(unitId: $u, kindCode: "tthc-control-quarterly", year: 2026, index: 1) {
      unitId dossiersOnTime { numerator denominator rate } } }`;
    type Card = { unitScorecard: { unitId: string; dossiersOnTime: { numerator: number; denominator: number; rate: number | null } } };
    // The dossier resolved early on 12/01 (recorded above): 1 / 1.
    const expected = { unitId: phoHienUnit.id, dossiersOnTime: { numerator: 1, denominator: 1, rate: 1 } };
    for (const caller of [phoHien, admin, reader]) {
      const own = await gql<Card>(CARD, { u: phoHienUnit.id }, caller);
      expect(own.errors).toBeUndefined();
      expect(own.data!.unitScorecard).toEqual(expected);
    }
    const all = (await gql<Reports>(REPORTS, {}, admin)).data!.unitReports;
    const otherUnit = all.items.find((r) => r.unitId !== phoHienUnit.id)!.unitId;
    expect((await gql(CARD, { u: otherUnit }, phoHien)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(CARD, { u: otherUnit }, writer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(CARD, { u: otherUnit })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
