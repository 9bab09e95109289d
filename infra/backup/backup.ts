/**
 * Back up every service's database (sao lưu):
 *
 *   npx tsx infra/backup/backup.ts [demo|test] [--out DIR]
 *
 * writes one `pg_dump` custom-format file per service and a `manifest.json` into DIR (by default
 * `backups/<profile>-<instant>`, git-ignored). The platform may keep running while it does.
 *
 * Consistent per database: the rows counted for the manifest are read in the very snapshot the dump is
 * taken from (`pg_export_snapshot()` handed to `pg_dump --snapshot`), so a restore is checked against
 * exactly what was dumped. Across databases there is no common instant, and none is needed: services
 * share only events, and the manifest records each service's committed Kafka offsets, read *before* its
 * snapshot. A consumer commits an offset only after its transaction commits, so a database always holds
 * at least what its recorded offsets say; on restore the groups are set back to them, and the events in
 * between are delivered again and skipped by `processed_event` (restore.ts).
 *
 * What a restore cannot bring back is a command accepted after the dump: that is what the production
 * database's continuous WAL archive is for (CloudNativePG's scheduled backup in deploy/k8s, README).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { systemClock } from "@tthc/clock";
import { createKafka, stderrLogger } from "@tthc/messaging";
import { SERVICES, stackConfig, stackNow, type Profile, type ServiceName, type StackConfig } from "../stack/config.ts";
import { ROOT } from "../stack/processes.ts";

const run = promisify(execFile);

export const MANIFEST = "manifest.json";

export interface DatabaseBackup {
  file: string;
  sha256: string;
  /** Rows per table ("schema.table"), counted in the dump's own snapshot. */
  rows: Record<string, number>;
  /** The service's consumer group's committed offsets ("topic:partition" → next offset), read before the snapshot. */
  offsets: Record<string, string>;
}

export interface BackupManifest {
  version: 1;
  profile: Profile;
  takenAt: string;
  pgDump: string;
  databases: Record<ServiceName, DatabaseBackup>;
}

/** Rows per table of the connected database, in one statement (one snapshot). */
export async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string; sql: string }>(
    `SELECT table_schema || '.' || table_name AS name,
            format('SELECT %L AS name, count(*)::bigint AS n FROM %I.%I', table_schema || '.' || table_name, table_schema, table_name) AS sql
       FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
      ORDER BY 1`,
  );
  if (tables.length === 0) return {};
  const { rows } = await client.query<{ name: string; n: string }>(tables.map((t) => t.sql).join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}

async function committedOffsets(config: StackConfig, groupId: string): Promise<Record<string, string>> {
  const admin = createKafka({ brokers: [config.kafkaBrokers], clientId: "backup", log: stderrLogger }).admin();
  await admin.connect();
  try {
    const topics = await admin.fetchOffsets({ groupId });
    const offsets: Record<string, string> = {};
    for (const { topic, partitions } of topics) {
      for (const p of partitions) if (p.offset !== "-1") offsets[`${topic}:${p.partition}`] = p.offset;
    }
    return offsets;
  } finally {
    await admin.disconnect();
  }
}

export function sha256(file: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => done(hash.digest("hex")))
      .on("error", fail);
  });
}

async function backupDatabase(config: StackConfig, service: ServiceName, dir: string): Promise<DatabaseBackup> {
  const offsets = await committedOffsets(config, service);
  const client = new pg.Client({ connectionString: config.databaseUrls[service] });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    const counted = await countRows(client);
    const file = `${service}.dump`;
    // The exporting transaction stays open until pg_dump has read everything in its snapshot.
    await run("pg_dump", [
      "--format=custom",
      "--no-owner",
      `--snapshot=${rows[0]!.snapshot}`,
      `--file=${join(dir, file)}`,
      `--dbname=${config.databaseUrls[service]}`,
    ]);
    await client.query("COMMIT");
    return { file, sha256: await sha256(join(dir, file)), rows: counted, offsets };
  } finally {
    await client.end();
  }
}

export async function backupPlatform(config: StackConfig, dir: string, takenAt: Date): Promise<BackupManifest> {
  mkdirSync(dir, { recursive: true });
  const { stdout: pgDump } = await run("pg_dump", ["--version"]);
  const databases = {} as Record<ServiceName, DatabaseBackup>;
  for (const service of SERVICES) databases[service] = await backupDatabase(config, service, dir);
  const manifest: BackupManifest = {
    version: 1,
    profile: config.profile,
    takenAt: takenAt.toISOString(),
    pgDump: pgDump.trim(),
    databases,
  };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const profile = (args.find((a) => a === "demo" || a === "test") ?? "demo") as Profile;
  const config = stackConfig(profile);
  // The test profile runs at its stack's instant, the demo on the wall clock.
  const takenAt = config.clock ? stackNow(config.clock) : systemClock();
  const dir = resolve(option(args, "--out") ?? join(ROOT, "backups", `${profile}-${takenAt.toISOString().replaceAll(":", "")}`));
  const manifest = await backupPlatform(config, dir, takenAt);
  for (const [service, db] of Object.entries(manifest.databases)) {
    const rows = Object.values(db.rows).reduce((a, b) => a + b, 0);
    console.log(
      `[backup] ${service}: ${rows} rows in ${Object.keys(db.rows).length} tables, ${Object.keys(db.offsets).length} partition offsets`,
    );
  }
  console.log(`[backup] ${dir}`);
}
