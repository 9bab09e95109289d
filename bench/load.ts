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
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runDir, stackProcesses } from "../infra/stack/processes.ts";
import { CONNECTIONS, MAX_REQUESTS, SECONDS, cpuMs, generate, operations } from "./load-kit.ts";

const PROFILE = process.env.STACK_PROFILE ?? "test";
const stack = JSON.parse(readFileSync(join(runDir(PROFILE), "stack.json"), "utf8")) as { gatewayUrl: string; replicas?: number };
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 5);

/** The stack's processes by role: the gateway replicas and the service replicas (not haproxy, not the web server). */
function processes(): { gateway: number[]; services: number[] } {
  const out = { gateway: [] as number[], services: [] as number[] };
  for (const { name, pid } of stackProcesses(PROFILE)) {
    if (name === "haproxy" || name === "web") continue;
    (name.startsWith("gateway") ? out.gateway : out.services).push(pid);
  }
  return out;
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
for (const op of await operations(stack.gatewayUrl)) {
  const before = { at: performance.now(), gateway: cpuMs(pids.gateway), services: cpuMs(pids.services) };
  const r = generate(stack.gatewayUrl, op.body, op.headers);
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
