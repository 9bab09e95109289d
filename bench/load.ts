/**
 * Load on the running two-replica stack, through haproxy and the gateway: the public PAKN pages' query
 * and the busiest staff queries. For each, the throughput and p50/p99 latency, and the CPU the gateway
 * replicas and the service replicas spent per request (from /proc, in the same run), so the gateway's
 * share of a request's CPU can be compared with its goal (at most 15%).
 *
 *   RATE_LIMIT_PER_MINUTE=10000000 ANON_RATE_LIMIT_PER_MINUTE=10000000 STACK_REPLICAS=2 npx tsx infra/stack/up.ts test
 *   npx tsx bench/load.ts
 *
 * The per-user and per-client rate limits would otherwise refuse a load test within a second (the
 * stack's processes inherit those two variables). Traffic goes to loopback only, bounded by
 * BENCH_SECONDS (default 10 per operation) and BENCH_MAX_REQUESTS (default 20000 per operation), with
 * BENCH_CONNECTIONS (default 8) connections. The processes' idle CPU is measured first over BENCH_IDLE_SECONDS
 * (default 5) and subtracted. Each operation runs in a separate load-generator process
 * (bench/load-generator.ts). STACK_PROFILE=demo points it at `npm start` (one replica of each).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loginAt } from "@tthc/test-kit";
import { runDir, stackProcesses } from "../infra/stack/processes.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const PROFILE = process.env.STACK_PROFILE ?? "test";
const stack = JSON.parse(readFileSync(join(runDir(PROFILE), "stack.json"), "utf8")) as { gatewayUrl: string; replicas?: number };
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 20_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 5);
const TICK_MS = 1000 / 100; // /proc/<pid>/stat counts CPU in clock ticks of 1/100 s (USER_HZ on Linux)

/** The stack's processes by role: the gateway replicas and the service replicas (not haproxy, not the web server). */
function processes(): { gateway: number[]; services: number[] } {
  const out = { gateway: [] as number[], services: [] as number[] };
  for (const { name, pid } of stackProcesses(PROFILE)) {
    if (name === "haproxy" || name === "web") continue;
    (name.startsWith("gateway") ? out.gateway : out.services).push(pid);
  }
  return out;
}

/** User + system CPU of the processes so far, in ms (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_MS;
}

/**
 * CPU the processes spend with no traffic at all (haproxy's health checks, outbox polling, consumers'
 * heartbeats, jobs), in ms per ms of wall time. It is subtracted from each run, so a request is charged
 * only with its own work: ten idle service replicas would otherwise pad the services' side and make the
 * gateway's share look smaller than it is.
 */
async function idleRates(pids: { gateway: number[]; services: number[] }): Promise<{ gateway: number; services: number }> {
  const start = { at: performance.now(), gateway: cpuMs(pids.gateway), services: cpuMs(pids.services) };
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  const wall = performance.now() - start.at;
  return { gateway: (cpuMs(pids.gateway) - start.gateway) / wall, services: (cpuMs(pids.services) - start.services) / wall };
}

interface Result {
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  throughput: number;
  p50: number;
  p99: number;
}

function generate(body: object, headers: Record<string, string>): Result {
  const job = {
    url: stack.gatewayUrl,
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

const admin = (await loginAt(stack.gatewayUrl, "admin", "Admin@2024")).accessToken;
const ward = (await loginAt(stack.gatewayUrl, "phuong.leloi", "Leloi@2024")).accessToken;
const operations: Array<{ name: string; body: object; headers: Record<string, string> }> = [
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

const pids = processes();
console.log(
  `[bench] ${pids.gateway.length} gateway and ${pids.services.length} service processes (replicas: ${stack.replicas ?? 1}); ` +
    `${CONNECTIONS} connections, ${SECONDS} s or ${MAX_REQUESTS} requests per operation`,
);
const rows: string[] = [];
const idle = await idleRates(pids);
console.log(
  `[bench] idle CPU over ${IDLE_SECONDS} s, subtracted from each run: gateway ${(idle.gateway * 1000).toFixed(0)} ms/s, services ${(idle.services * 1000).toFixed(0)} ms/s`,
);
for (const op of operations) {
  const before = { at: performance.now(), gateway: cpuMs(pids.gateway), services: cpuMs(pids.services) };
  const r = generate(op.body, op.headers);
  const wall = performance.now() - before.at;
  const gateway = Math.max(0, cpuMs(pids.gateway) - before.gateway - idle.gateway * wall);
  const services = Math.max(0, cpuMs(pids.services) - before.services - idle.services * wall);
  const per = (ms: number) => (r.requests > 0 ? ms / r.requests : 0).toFixed(2);
  const share = gateway + services > 0 ? (100 * gateway) / (gateway + services) : 0;
  if (r.non2xx + r.errors > 0) console.warn(`[bench] ${op.name}: ${r.non2xx} non-2xx and ${r.errors} errors (rate limits left on?)`);
  rows.push(
    `| ${op.name} | ${r.throughput.toFixed(0)} | ${r.p50} / ${r.p99} | ${r.ok}/${r.requests} | ${per(gateway)} | ${per(services)} | ${share.toFixed(0)}% |`,
  );
}
console.log(
  [
    "| operation | req/s | p50 / p99 ms | 2xx/total | gateway CPU ms/req | services CPU ms/req | gateway share |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n"),
);
