import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ensureDatabase, migrate, recreateDatabase, withDatabase } from "../src/index.ts";

// @tthc/test-kit builds on this package, so these tests name their databases themselves, the same way.
const testDatabaseUrl = (name: string) =>
  withDatabase(
    process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    `${process.env.TEST_DB_PREFIX ?? "tthc_test"}_${name}`,
  );

const url = testDatabaseUrl("db_migrate");
let dir: string;

function addMigration(name: string, sql: string): void {
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, "migration.sql"), sql);
}

async function tables(): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    return rows.map((r) => r.t);
  } finally {
    await client.end();
  }
}

beforeEach(async () => {
  await recreateDatabase(url);
  dir = mkdtempSync(join(tmpdir(), "tthc-migrations-"));
});
afterAll(async () => recreateDatabase(url));

describe("migrate", () => {
  it("applies pending migrations in order, once", async () => {
    addMigration("0001_units", "CREATE TABLE unit (id text PRIMARY KEY);");
    addMigration("0002_users", "CREATE TABLE app_user (id text PRIMARY KEY, unit_id text REFERENCES unit(id));");
    expect(await migrate(url, [{ source: "svc", dir }])).toEqual([
      { source: "svc", name: "0001_units" },
      { source: "svc", name: "0002_users" },
    ]);
    expect(await migrate(url, [{ source: "svc", dir }])).toEqual([]);
    expect(await tables()).toEqual(["_schema_migrations", "app_user", "unit"]);
  });

  it("refuses a migration edited after it was applied", async () => {
    addMigration("0001_units", "CREATE TABLE unit (id text PRIMARY KEY);");
    await migrate(url, [{ source: "svc", dir }]);
    addMigration("0001_units", "CREATE TABLE unit (id text PRIMARY KEY, name text);");
    await expect(migrate(url, [{ source: "svc", dir }])).rejects.toThrow(/edited after it was applied/);
  });

  it("rolls a failing migration back whole and names it", async () => {
    addMigration("0001_broken", "CREATE TABLE half (id text); SELECT no_such_function();");
    await expect(migrate(url, [{ source: "svc", dir }])).rejects.toThrow(/svc\/0001_broken failed/);
    expect(await tables()).toEqual(["_schema_migrations"]);
  });

  it("keeps sources apart; ensureDatabase leaves an existing database alone", async () => {
    const other = testDatabaseUrl("db_migrate_new");
    await recreateDatabase(other);
    expect(await ensureDatabase(other)).toBe(false);
    addMigration("0001_same_name", "CREATE TABLE a (id int);");
    const second = mkdtempSync(join(tmpdir(), "tthc-migrations-"));
    mkdirSync(join(second, "0001_same_name"));
    writeFileSync(join(second, "0001_same_name", "migration.sql"), "CREATE TABLE b (id int);");
    const applied = await migrate(url, [
      { source: "one", dir },
      { source: "two", dir: second },
    ]);
    expect(applied.map((m) => `${m.source}/${m.name}`)).toEqual(["one/0001_same_name", "two/0001_same_name"]);
  });
});
