/**
 * The restore drill of the test command (infra/test.sh runs it after the browser tests, with the test
 * stack stopped and its broker still up):
 *
 *   npx tsx infra/backup/drill.ts
 *
 * backs up every database of the test stack, restores them into fresh databases
 * (`<STACK_DB_PREFIX>_drill_<service>`, dropped by the next run's reset), checks every table's rows
 * against the backup, then empties reporting's PAKN facts in the restored database and rebuilds them
 * from Kafka with reporting's own replay command, and compares the rebuilt figures with the originals:
 * the counts by status and a digest of every fact row. Exits non-zero on any difference.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { withDatabase } from "@tthc/db";
import { SERVICES, serviceEnv, stackConfig, stackNow, type ServiceName } from "../stack/config.ts";
import { ROOT } from "../stack/processes.ts";
import { backupPlatform } from "./backup.ts";
import { requireStoppedConsumers, restoreDatabases } from "./restore.ts";

const run = promisify(execFile);

interface Figures {
  facts: number;
  byStatus: Record<string, number>;
  settledOnTime: number;
  digest: string;
}

/** Reporting's PAKN figures, and a digest of every fact row so that any difference in any column shows. */
async function reportingFigures(url: string): Promise<Figures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string; n: string }>(
      'SELECT status, count(*) AS n FROM "ComplaintFact" GROUP BY status ORDER BY status',
    );
    const { rows: totals } = await client.query<{ facts: string; on_time: string; digest: string | null }>(
      `SELECT count(*) AS facts, count(*) FILTER (WHERE "settledOnTime") AS on_time,
              md5(string_agg(f::text, '|' ORDER BY f.id)) AS digest
         FROM "ComplaintFact" f`,
    );
    const t = totals[0]!;
    return {
      facts: Number(t.facts),
      byStatus: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])),
      settledOnTime: Number(t.on_time),
      digest: t.digest ?? "",
    };
  } finally {
    await client.end();
  }
}

const started = performance.now();
const config = stackConfig("test");
const dir = join(process.env.TMPDIR ?? join(ROOT, ".data", "test", "tmp"), "backup-drill");
const manifest = await backupPlatform(config, dir, stackNow(config.clock!));
console.log(`[drill] backup of ${SERVICES.length} databases in ${dir}`);

const prefix = `${process.env.STACK_DB_PREFIX ?? "tthc_stack"}_drill`;
const targets = Object.fromEntries(SERVICES.map((s) => [s, withDatabase(config.databaseUrls[s], `${prefix}_${s}`)])) as Record<
  ServiceName,
  string
>;
const { restored } = await restoreDatabases(dir, targets, true);
for (const r of restored) console.log(`[drill] ${r.service}: ${r.rows} rows in ${r.tables} tables restored, as in the backup`);

const before = await reportingFigures(config.databaseUrls.reporting);
if (before.facts === 0) throw new Error("[drill] the test stack's reporting has no PAKN facts: nothing to compare");
await requireStoppedConsumers(config.kafkaBrokers, ["reporting"], 60);
await run("npm", ["run", "--silent", "-w", "@tthc/reporting", "replay"], {
  cwd: ROOT,
  // Reporting's own environment in the test stack (its profile and clock), pointed at the restored database.
  env: { ...process.env, ...serviceEnv(config, "reporting"), DATABASE_URL: targets.reporting },
});
const after = await reportingFigures(targets.reporting);
console.log(`[drill] reporting's PAKN facts: original ${JSON.stringify(before)}`);
console.log(`[drill] rebuilt from Kafka into the restored database: ${JSON.stringify(after)}`);
if (JSON.stringify(before) !== JSON.stringify(after)) throw new Error("[drill] the rebuilt figures differ from the originals");
const rows = Object.values(manifest.databases).reduce((sum, db) => sum + Object.values(db.rows).reduce((a, b) => a + b, 0), 0);
console.log(
  `[drill] passed: ${rows} rows backed up and restored, ${after.facts} facts rebuilt identical, in ${Math.round((performance.now() - started) / 1000)} s`,
);
