/**
 * What the load benchmarks share (load.ts, gateway-planner.ts, gateway-floor.ts): the operations they
 * send, the load generator they run in its own process, the CPU they read from /proc, and the environment
 * of a process started beside the running test stack's gateway.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseInstant } from "@tthc/clock";
import { loginAt, waitFor } from "@tthc/test-kit";
import { stackProcesses } from "../infra/stack/processes.ts";

const ROOT = new URL("..", import.meta.url).pathname;
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 20_000);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const TICK_MS = 1000 / 100; // /proc/<pid>/stat counts CPU in clock ticks of 1/100 s (USER_HZ on Linux)

/** User + system CPU of the processes so far, in ms (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_MS;
}

export interface Operation {
  name: string;
  body: object;
  headers: Record<string, string>;
}

export interface Result {
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  throughput: number;
  p50: number;
  p99: number;
}

/** Runs one operation against `url` for BENCH_SECONDS (at most BENCH_MAX_REQUESTS) in a load-generator process. */
export function generate(url: string, body: object, headers: Record<string, string>): Result {
  const job = {
    url,
    body: JSON.stringify(body),
    headers,
    connections: CONNECTIONS,
    seconds: SECONDS,
    maxRequests: MAX_REQUESTS,
  };
  const out = execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "bench", "load-generator.ts"), JSON.stringify(job)], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Result;
}

/** The public page's query and the busiest staff queries, with the demo users' tokens from `gatewayUrl`. */
export async function operations(gatewayUrl: string): Promise<Operation[]> {
  const admin = (await loginAt(gatewayUrl, "admin", "Admin@2024")).accessToken;
  const ward = (await loginAt(gatewayUrl, "phuong.leloi", "Leloi@2024")).accessToken;
  return [
    {
      name: "public: published PAKN (anonymous)",
      body: {
        query: `query Published($search: String) { publishedComplaints(search: $search, limit: 50) { total items { trackingCode field regulation question answer publishedAt } } }`,
        variables: {},
      },
      headers: {},
    },
    {
      name: "staff: PAKN inbox, by deadline (city office)",
      body: {
        query: `query Inbox($limit: Int) { complaints(sort: DEADLINE_ASC, limit: $limit) { total items { id trackingCode status dueStatus regulation due { answer } units { name lead } } } }`,
        variables: { limit: 20 },
      },
      headers: { authorization: `Bearer ${admin}` },
    },
    {
      name: "staff: my occurrences (ward officer)",
      body: {
        query: `query Mine($limit: Int) { myOccurrences(limit: $limit) { id label dueDay status overdue task { label } plan { id title } } }`,
        variables: { limit: 20 },
      },
      headers: { authorization: `Bearer ${ward}` },
    },
    {
      name: "staff: units (directory)",
      body: { query: `{ units { id code name level { code } } }`, variables: {} },
      headers: { authorization: `Bearer ${admin}` },
    },
  ];
}

/**
 * The running test stack's gateway environment (keys, subgraph URLs), for a process started beside it on
 * `port`. Its clock is moved to where the running gateway's is now (a process clock is TEST_CLOCK plus the
 * time since it started), or the services would refuse the new process's actor signatures as stale.
 */
export function besideGatewayEnv(port: number): NodeJS.ProcessEnv {
  const running = stackProcesses("test").find((p) => p.name === "gateway" || p.name === "gateway-1");
  if (!running) throw new Error("no gateway of the test stack is running (infra/stack/up.ts test)");
  const env = Object.fromEntries(
    readFileSync(`/proc/${running.pid}/environ`, "utf8")
      .split("\0")
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
  ) as NodeJS.ProcessEnv;
  if (env.TEST_CLOCK) {
    const elapsedSeconds = Number(execFileSync("ps", ["-o", "etimes=", "-p", String(running.pid)], { encoding: "utf8" }).trim());
    env.TEST_CLOCK = new Date(parseInstant(env.TEST_CLOCK).getTime() + elapsedSeconds * 1000).toISOString();
  }
  return { ...env, PORT: String(port) };
}

/** Waits for a process started on `port` to be ready; its GraphQL URL. */
export async function readyAt(port: number): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/readyz`).catch(() => null))?.ok === true, 60_000);
  return `${base}/graphql`;
}

/** One answer to an operation, parsed. */
export async function answer(url: string, body: object, headers: Record<string, string>, retried = false): Promise<unknown> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return await res.json();
  } catch (error) {
    // fetch keeps the connection of the previous operation's check, which the server closed as idle during the load.
    if (!retried) return answer(url, body, headers, true);
    throw new Error(`${url}: ${JSON.stringify(body).slice(0, 80)}`, { cause: error });
  }
}
