/**
 * Fresh state for the test command (infra/test.sh runs this before anything else): every run starts
 * from nothing a previous run — or a developer's test run — left behind, so no run can see another's
 * lockouts, users, events or files.
 *
 *   tsx infra/stack/reset.ts
 *
 * Stops the test stack, drops the workspace suites' databases (TEST_DB_PREFIX) and the test stack's
 * (STACK_DB_PREFIX), and deletes the test profile's run folder, secrets, files and temporary files.
 * The test broker's storage is wiped by infra/test.sh, which owns the broker's lifecycle. The demo
 * profile (its databases, broker, files and secrets) is never touched.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { dropDatabasesByPrefix } from "@tthc/db";
import { profileDataDir } from "./config.ts";
import { ROOT, stopAll } from "./processes.ts";

export async function resetTestState(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await stopAll("test");
  const postgres = env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  // The trailing "_" keeps "tthc_test" from matching a hypothetical "tthc_testing" of someone else.
  const prefixes = [`${env.TEST_DB_PREFIX ?? "tthc_test"}_`, `${env.STACK_DB_PREFIX ?? "tthc_stack"}_`];
  const dropped = (await Promise.all(prefixes.map((p) => dropDatabasesByPrefix(postgres, p)))).flat();
  for (const dir of [join(ROOT, ".data", "run", "test"), profileDataDir("test"), join(ROOT, "tests", "e2e", "artifacts")]) {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `[reset] test state cleared: ${dropped.length} databases dropped (${prefixes.map((p) => `${p}*`).join(", ")}), files and secrets removed`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await resetTestState();
