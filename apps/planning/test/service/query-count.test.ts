/**
 * Bounded work per request: the SQL statements planning runs for one request stay the same however
 * many rows it lists. Task.progress below `myOccurrences` used to rebuild the whole plan per row
 * (about 15,000 heavy statements for one officer's list); the fields below a list now ask through
 * the request's loaders, one statement per level.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import type { Db } from "../../src/db/client.ts";
import { PrismaClient } from "../../src/db/generated/client.ts";
import { ACTORS, gql, importSeed, startHarness, type Harness } from "../harness.ts";

// Everything the "my tasks" page and the plan page ask below a list, and the task's roll-up.
const MY = `query($limit: Int) { myOccurrences(limit: $limit) { id unitName unit { id }
  task { label progress { total done overdue } leadUnits { unitId unitName } coordinatingUnits { unitId unitName } }
  plan { title }
  reports { id unitName byCoordinatingUnit bySystem } } }`;
const REPORT = `mutation($id: ID!, $input: ProgressReportInput!) { reportProgress(occurrenceId: $id, input: $input) { id } }`;

describe("statements per request do not grow with the rows listed", () => {
  let h: Harness;
  let counted: Db;
  let app: Harness["app"];
  let statements = 0;

  beforeAll(async () => {
    h = await startHarness("query_count", { now: () => new Date("2024-03-27T03:00:00Z") });
    await importSeed(h.app);
    // The same service over a client that counts every statement it sends to PostgreSQL.
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: h.env.DATABASE_URL }),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", () => statements++);
    counted = client as unknown as Db;
    app = buildApp(h.env, counted, { now: () => new Date("2024-03-27T03:00:00Z") });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await counted?.$disconnect();
    await h?.close();
  });

  async function statementsFor(limit: number): Promise<{ rows: number; statements: number }> {
    const before = statements;
    const r = await gql<{ myOccurrences: unknown[] }>(app, MY, { limit }, ACTORS.leLoi);
    expect(r.errors).toBeUndefined();
    return { rows: r.data!.myOccurrences.length, statements: statements - before };
  }

  it("myOccurrences with each task's progress, units and reports: the same count for 2 rows as for all", async () => {
    const mine = (await gql<{ myOccurrences: Array<{ id: string }> }>(h.app, `{ myOccurrences(limit: 5000) { id } }`, {}, ACTORS.leLoi))
      .data!.myOccurrences;
    for (const o of mine.slice(0, 3)) {
      const r = await gql(h.app, REPORT, { id: o.id, input: { status: "IN_PROGRESS", note: "Đang thực hiện" } }, ACTORS.leLoi);
      expect(r.errors).toBeUndefined();
    }
    const few = await statementsFor(2);
    const all = await statementsFor(5000);
    expect(few.rows).toBe(2);
    expect(all.rows).toBe(mine.length);
    expect(all.rows).toBeGreaterThan(20);
    expect(all.statements).toBe(few.statements);
    expect(all.statements).toBeLessThanOrEqual(12);
  });
});
