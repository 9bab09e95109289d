/** Shared helpers for tests that run against the real PostgreSQL and Kafka of the test stack. */
import { readFileSync } from "node:fs";
import { runningClock, systemClock, type Clock } from "@tthc/clock";
import { withDatabase } from "@tthc/db";

/** The server every test database lives on; the connection (and its auth) comes from the environment. */
export function postgresUrl(): string {
  return process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

/** A database of this test suite's own, on the test server (create it with ensureDatabase/recreateDatabase). */
export function testDatabaseUrl(name: string): string {
  return withDatabase(postgresUrl(), `${process.env.TEST_DB_PREFIX ?? "tthc_test"}_${name}`);
}

/** The test broker, started by infra/test.sh (KAFKA_BROKERS). */
export function kafkaBrokers(): string[] {
  return (process.env.KAFKA_BROKERS ?? "127.0.0.1:19092").split(",");
}

/** Poll until `check` returns a value other than undefined/false, or fail with the last error after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 15_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`waitFor timed out after ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * The clock of the running test stack (infra/stack/up.ts records it in .data/run/<profile>/stack.json):
 * what "now" is for the services, so a suite that needs today's date or an expired token derives it
 * from here, never from the wall clock. The demo profile has none and runs on the wall clock.
 */
export function stackClock(profile = process.env.STACK_PROFILE ?? "test"): Clock {
  const file = new URL(`../../../.data/run/${profile}/stack.json`, import.meta.url);
  const { clock } = JSON.parse(readFileSync(file, "utf8")) as { clock?: { instant: string; startedAt: number } };
  return clock ? runningClock(clock.instant, clock.startedAt) : systemClock;
}

export { ensureDatabase, recreateDatabase } from "@tthc/db";
export * from "./proof-of-work.ts";
export * from "./service.ts";
export * from "./graphql-client.ts";
export * from "./succession.ts";
export * from "./reorganisation.ts";
