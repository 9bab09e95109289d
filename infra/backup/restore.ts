/**
 * Restore a backup taken by backup.ts (khôi phục):
 *
 *   npx tsx infra/backup/restore.ts DIR [demo|test] --replace      # the profile's own databases
 *   npx tsx infra/backup/restore.ts DIR [demo|test] --into PREFIX  # fresh databases PREFIX_<service>
 *
 * Every dump is checked against its manifest checksum first, restored into a freshly created database,
 * and its rows counted against the manifest: any difference fails the restore.
 *
 * Restoring the profile's own databases needs the platform stopped (it refuses while a service's
 * consumer group has members) and `--replace`, since it drops them. It then sets each service's consumer
 * group back to the offsets recorded with its dump, so the events the restored database has not seen are
 * delivered again (those it has are skipped by `processed_event`), and projections catch up by themselves.
 * Outbox rows published after the dump are published again; consumers skip them the same way.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { databaseName, recreateDatabase, redactUrl, withDatabase } from "@tthc/db";
import { createKafka, stderrLogger } from "@tthc/messaging";
import { SERVICES, stackConfig, type Profile, type ServiceName } from "../stack/config.ts";
import { MANIFEST, countRows, sha256, type BackupManifest } from "./backup.ts";

const run = promisify(execFile);

export function readManifest(dir: string): BackupManifest {
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as BackupManifest;
  if (manifest.version !== 1) throw new Error(`${dir}: unknown backup manifest version ${String(manifest.version)}`);
  return manifest;
}

export interface RestoredDatabase {
  service: ServiceName;
  database: string;
  tables: number;
  rows: number;
}

async function databaseExists(url: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: withDatabase(url) });
  await admin.connect();
  try {
    return (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName(url)])).rowCount === 1;
  } finally {
    await admin.end();
  }
}

async function restoreDatabase(
  dir: string,
  manifest: BackupManifest,
  service: ServiceName,
  url: string,
  replace: boolean,
): Promise<RestoredDatabase> {
  const backup = manifest.databases[service];
  if (!backup) throw new Error(`${dir}: the backup has no database for ${service}`);
  const file = join(dir, backup.file);
  if ((await sha256(file)) !== backup.sha256) throw new Error(`${file}: checksum differs from the manifest; the file is damaged`);
  if (!replace && (await databaseExists(url))) throw new Error(`${redactUrl(url)} exists; pass --replace to drop it`);
  await recreateDatabase(url);
  await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${url}`, file]);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await countRows(client);
    const expected = JSON.stringify(backup.rows);
    if (JSON.stringify(rows) !== expected)
      throw new Error(`${service}: restored rows ${JSON.stringify(rows)} differ from the backup's ${expected}`);
    return { service, database: databaseName(url), tables: Object.keys(rows).length, rows: Object.values(rows).reduce((a, b) => a + b, 0) };
  } finally {
    await client.end();
  }
}

/** Restore every database of the backup into `targets` (one URL per service). */
export async function restoreDatabases(
  dir: string,
  targets: Record<ServiceName, string>,
  replace: boolean,
): Promise<{ manifest: BackupManifest; restored: RestoredDatabase[] }> {
  const manifest = readManifest(dir);
  const restored: RestoredDatabase[] = [];
  for (const service of SERVICES) restored.push(await restoreDatabase(dir, manifest, service, targets[service], replace));
  return { manifest, restored };
}

/** Set each service's consumer group back to the offsets recorded with its dump (the group must be stopped). */
export async function rewindConsumerGroups(brokers: string, manifest: BackupManifest): Promise<void> {
  const admin = createKafka({ brokers: [brokers], clientId: "restore", log: stderrLogger }).admin();
  await admin.connect();
  try {
    for (const service of SERVICES) {
      const byTopic = new Map<string, { partition: number; offset: string }[]>();
      for (const [key, offset] of Object.entries(manifest.databases[service].offsets)) {
        const at = key.lastIndexOf(":");
        const topic = key.slice(0, at);
        byTopic.set(topic, [...(byTopic.get(topic) ?? []), { partition: Number(key.slice(at + 1)), offset }]);
      }
      for (const [topic, partitions] of byTopic) await admin.setOffsets({ groupId: service, topic, partitions });
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * Throws unless the consumer groups (every service's by default) are without members, i.e. the
 * platform is stopped. A group keeps its members for a session timeout after its process stops, so a
 * caller that has just stopped the platform gives `waitSeconds` to let the broker notice.
 */
export async function requireStoppedConsumers(brokers: string, groups: readonly string[] = SERVICES, waitSeconds = 0): Promise<void> {
  const admin = createKafka({ brokers: [brokers], clientId: "restore", log: stderrLogger }).admin();
  await admin.connect();
  try {
    for (let waited = 0; ; waited++) {
      const described = await admin.describeGroups([...groups]);
      const live = described.groups.filter((g) => g.members.length > 0).map((g) => g.groupId);
      if (live.length === 0) return;
      if (waited >= waitSeconds) throw new Error(`consumer groups still running: ${live.join(", ")}; stop the platform first`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  } finally {
    await admin.disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = resolve(args[0] ?? "");
  if (!args[0] || args[0].startsWith("--")) throw new Error("usage: restore.ts DIR [demo|test] (--replace | --into PREFIX)");
  const profile = (args.find((a) => a === "demo" || a === "test") ?? "demo") as Profile;
  const config = stackConfig(profile);
  const intoAt = args.indexOf("--into");
  if (intoAt >= 0) {
    const prefix = args[intoAt + 1] ?? "";
    const targets = Object.fromEntries(SERVICES.map((s) => [s, withDatabase(config.databaseUrls[s], `${prefix}_${s}`)])) as Record<
      ServiceName,
      string
    >;
    const { restored } = await restoreDatabases(dir, targets, args.includes("--replace"));
    for (const r of restored) console.log(`[restore] ${r.service} → ${r.database}: ${r.rows} rows in ${r.tables} tables, as in the backup`);
  } else {
    if (!args.includes("--replace")) throw new Error(`restoring the ${profile} platform's own databases drops them: pass --replace`);
    await requireStoppedConsumers(config.kafkaBrokers);
    const { manifest, restored } = await restoreDatabases(dir, config.databaseUrls, true);
    for (const r of restored) console.log(`[restore] ${r.service} → ${r.database}: ${r.rows} rows in ${r.tables} tables, as in the backup`);
    await rewindConsumerGroups(config.kafkaBrokers, manifest);
    console.log("[restore] consumer groups set back to the backup's offsets; start the platform to catch up from Kafka");
  }
}
