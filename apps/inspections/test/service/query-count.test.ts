/**
 * Bounded work per request: the fields below a page of inspections (unit names, team, checklist,
 * findings and their recommendations) ask through the request's loaders, one statement per level,
 * so the statements of a request do not grow with the inspections it lists.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import type { Db } from "../../src/db/client.ts";
import { PrismaClient } from "../../src/db/generated/client.ts";
import { ACTORS, approvedPlan, gql, ok, startedInspection, startHarness, TEST_NOW, UNIT, type Harness } from "../harness.ts";

const PAGE = `query($limit: Int) { inspections(limit: $limit) { total items { id unitName team { name }
  checklist { name criteria { code differs } } findings { description recommendations { status responsibleUnitName } } } } }`;

describe("statements per request do not grow with the inspections listed", () => {
  let h: Harness;
  let counted: Db;
  let app: Harness["app"];
  let statements = 0;

  beforeAll(async () => {
    h = await startHarness("query_count");
    const { inspectionOf } = await approvedPlan(h);
    for (const unitId of [UNIT.leLoi, UNIT.minhKhai]) {
      const criterion = await startedInspection(h, inspectionOf[unitId]!);
      const finding = ok(
        await gql<{ recordFinding: { id: string } }>(
          h.app,
          `mutation($id: ID!, $input: FindingInput!) { recordFinding(inspectionId: $id, input: $input) { id } }`,
          { id: inspectionOf[unitId], input: { criterionId: criterion["3.3"], severity: "MINOR", description: "Thiếu phiếu xin lỗi" } },
          ACTORS.inspector,
        ),
      ).recordFinding.id;
      ok(
        await gql(
          h.app,
          `mutation($id: ID!, $input: RecommendationInput!) { issueRecommendation(findingId: $id, input: $input) { id } }`,
          { id: finding, input: { text: "Lập phiếu xin lỗi cho hồ sơ trễ hạn", workingDays: 5 } },
          ACTORS.inspector,
        ),
      );
    }
    // The same service over a client that counts every statement it sends to PostgreSQL.
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: h.env.DATABASE_URL }),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", () => statements++);
    counted = client as unknown as Db;
    app = buildApp(h.env, counted, { now: () => TEST_NOW });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await counted?.$disconnect();
    await h?.close();
  });

  async function statementsFor(limit: number): Promise<{ rows: number; statements: number }> {
    const before = statements;
    const page = ok(
      await gql<{ inspections: { items: { checklist: unknown[]; findings: { recommendations: unknown[] }[] }[] } }>(
        app,
        PAGE,
        { limit },
        ACTORS.admin,
      ),
    );
    // Every level is filled: a count that stays the same because a level came back empty would prove nothing.
    for (const item of page.inspections.items) {
      expect(item.checklist).toHaveLength(7);
      expect(item.findings[0]?.recommendations).toHaveLength(1);
    }
    return { rows: page.inspections.items.length, statements: statements - before };
  }

  it("one inspection or two with their whole checklist, team, findings and recommendations: the same statements", async () => {
    const one = await statementsFor(1);
    const two = await statementsFor(2);
    expect([one.rows, two.rows]).toEqual([1, 2]);
    expect(two.statements).toBe(one.statements);
  });
});
