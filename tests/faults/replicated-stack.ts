/**
 * The replicated test stack (STACK_REPLICAS=2 npx tsx infra/stack/up.ts test) as the fault suite drives
 * it: the gateway through haproxy, the replicas' processes, the broker, the service databases.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { bearer, loginAt, postGraphql, stackClock, waitFor, type GqlResult } from "@tthc/test-kit";
import type { ReplicatedApp, StackConfig } from "../../infra/stack/config.ts";
import { ROOT, pidOf, runDir, startProcess, waitReady } from "../../infra/stack/processes.ts";
import { appSpecs } from "../../infra/stack/up.ts";

export const stack = JSON.parse(readFileSync(join(runDir("test"), "stack.json"), "utf8")) as StackConfig & { gatewayUrl: string };
if (stack.replicas !== 2) {
  throw new Error("tests/faults needs the replicated stack: STACK_REPLICAS=2 npx tsx infra/stack/up.ts test");
}

const now = stackClock();

export const gql = <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<GqlResult<T>> =>
  postGraphql<T>(stack.gatewayUrl, query, variables, token ? bearer(token) : {});

export const login = async (username: string, password: string) => (await loginAt(stack.gatewayUrl, username, password)).accessToken;

/** What a run of commands came back with: the tracking codes the platform accepted, and each refusal's text. */
export interface Outcome {
  accepted: string[];
  failed: string[];
  /** Each command's success, in the order they came back. */
  order: boolean[];
}

function record(outcome: Outcome, r: { code?: string; error?: string }): void {
  if (r.code) outcome.accepted.push(r.code);
  else outcome.failed.push(r.error ?? "unknown");
  outcome.order.push(Boolean(r.code));
}

/** One command: a PAKN received at the desk (intakeComplaint), recorded by the city office through the gateway. */
export async function intake(token: string, label: string): Promise<{ code?: string; error?: string }> {
  try {
    const r = await gql<{ intakeComplaint: { receipt: { trackingCode: string } } }>(
      `mutation($i: IntakeComplaintInput!) { intakeComplaint(input: $i) { receipt { trackingCode } } }`,
      {
        i: {
          channel: "IN_PERSON",
          // A little in the past: each process's clock starts when it has booted, so a replica can be a second behind the suite's.
          receivedAt: new Date(now().getTime() - 10 * 60_000).toISOString(),
          senderName: "Phạm Văn Kiểm",
          senderAddress: "Số 1 phố Điện Biên, phường Lê Lợi",
          senderPhone: "0912 345 678",
          regulation: "Thủ tục đăng ký khai sinh",
          content: `Kiểm thử sự cố: ${label}`,
        },
      },
      token,
    );
    if (r.data) return { code: r.data.intakeComplaint.receipt.trackingCode };
    return { error: JSON.stringify(r.errors).slice(0, 160) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/**
 * `count` commands, `concurrency` at a time; `at[n]` runs once when n commands have come back (a fault
 * injected in the middle of the burst). Resolves when every command and every injected step is done.
 */
export async function burst(
  token: string,
  label: string,
  count: number,
  options: { concurrency?: number; at?: Record<number, () => Promise<void>> } = {},
): Promise<Outcome> {
  const outcome: Outcome = { accepted: [], failed: [], order: [] };
  const steps: Promise<void>[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      record(outcome, await intake(token, `${label} #${i}`));
      done++;
      const step = options.at?.[done];
      if (step) steps.push(step());
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  await Promise.all(steps);
  return outcome;
}

/** Commands one after another for `durationMs` (measured on the monotonic clock), e.g. while the broker is away. */
export async function steady(token: string, label: string, durationMs: number, pauseMs = 200): Promise<Outcome> {
  const outcome: Outcome = { accepted: [], failed: [], order: [] };
  const end = performance.now() + durationMs;
  for (let i = 0; performance.now() < end; i++) {
    record(outcome, await intake(token, `${label} #${i}`));
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return outcome;
}

/** kill -9: no drain, no goodbye to the database or the broker. */
export function killReplica(name: string): void {
  process.kill(-pidOf("test", name), "SIGKILL");
}

/** Start a killed replica again with the stack's own spec (and the stack clock's current time). */
export async function restartReplica(app: ReplicatedApp, replica: number): Promise<void> {
  const spec = appSpecs(stack, app).find((s) => s.name === `${app}-${replica}`);
  if (!spec) throw new Error(`no replica ${app}-${replica}`);
  startProcess("test", spec);
  await waitReady("test", spec);
}

/** The test broker, stopped and started with its own scripts (KAFKA_PORT and KAFKA_DATA_DIR from the test command's env). */
export function broker(action: "stop" | "start"): void {
  execFileSync("bash", [join(ROOT, "infra", "kafka", `${action}.sh`)], { stdio: "inherit" });
}

export async function query<R extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "tests-faults" });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The server's maintenance database (where ALLOW_CONNECTIONS of a service database is switched). */
export const maintenanceUrl = (() => {
  const url = new URL(stack.databaseUrls.complaints);
  url.pathname = "/postgres";
  return url.toString();
})();

/**
 * The database stops taking connections and loses the ones it had, as a restarting or failed-over
 * server would; `allow` undoes it.
 */
export async function refuseConnections(database: string, refuse: boolean): Promise<void> {
  await query(maintenanceUrl, `ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS ${refuse ? "false" : "true"}`);
  if (refuse) await query(maintenanceUrl, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [database]);
}

/** PAKN of a run stored in complaints, acknowledged or not (a command cut off by a kill may have been applied). */
export async function storedWithLabel(label: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    stack.databaseUrls.complaints,
    `SELECT count(*)::int AS n FROM "Complaint" WHERE content LIKE $1`,
    [`Kiểm thử sự cố: ${label} #%`],
  );
  return row!.n;
}

export const databaseName = (url: string) => new URL(url).pathname.slice(1);

/** Which replica holds the outbox relay's advisory lock on a service database (PGAPPNAME names each process). */
export async function relayHolder(databaseUrl: string): Promise<string | undefined> {
  const rows = await query<{ application_name: string }>(
    maintenanceUrl,
    `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND a.datname = $1`,
    [databaseName(databaseUrl)],
  );
  return rows[0]?.application_name;
}

/**
 * Nothing lost, nothing applied twice: every accepted PAKN is stored once in complaints, reaches
 * reporting's facts, and counts exactly once in the received figure. Returns how long reporting took.
 */
export async function expectAllApplied(
  accepted: string[],
  timeoutMs = 120_000,
): Promise<{ stored: number; projected: number; counted: number }> {
  const stored = await query<{ id: string }>(stack.databaseUrls.complaints, `SELECT id FROM "Complaint" WHERE "trackingCode" = ANY($1)`, [
    accepted,
  ]);
  if (stored.length !== new Set(accepted).size) throw new Error(`complaints stored ${stored.length} of ${accepted.length} accepted PAKN`);
  const projected = await waitFor(
    async () => {
      const [row] = await query<{ n: number }>(
        stack.databaseUrls.reporting,
        `SELECT count(*)::int AS n FROM "ComplaintFact" WHERE "trackingCode" = ANY($1)`,
        [accepted],
      );
      return row!.n === accepted.length ? row!.n : undefined;
    },
    timeoutMs,
    500,
  );
  const [counted] = await query<{ n: number }>(
    stack.databaseUrls.reporting,
    `SELECT coalesce(sum(value), 0)::int AS n FROM "FactContribution" WHERE measure = 'pakn.received' AND entity = ANY($1)`,
    [stored.map(({ id }) => `complaint:${id}`)],
  );
  return { stored: stored.length, projected, counted: counted!.n };
}
