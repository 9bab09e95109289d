/**
 * The gateway's query planners side by side, in one run: Hive Router's (the default) against the
 * pure-JavaScript stitching runtime (the baseline), each in a gateway process of its own started from the
 * production bundle beside the running test stack, with the stack's own gateway environment, in front of
 * the same service replicas. For each operation of bench/load.ts: the answers must be equal, then each
 * gateway takes the same load and the CPU it spent per request is compared.
 *
 *   RATE_LIMIT_PER_MINUTE=10000000 ANON_RATE_LIMIT_PER_MINUTE=10000000 STACK_REPLICAS=2 npx tsx infra/stack/up.ts test
 *   npx tsx bench/gateway-planner.ts
 *
 * Loopback only, bounded like bench/load.ts (BENCH_SECONDS, BENCH_MAX_REQUESTS, BENCH_CONNECTIONS).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { bundleDir } from "../infra/bundle/bundle.ts";
import { runDir } from "../infra/stack/processes.ts";
import { CONNECTIONS, MAX_REQUESTS, SECONDS, answer, besideGatewayEnv, cpuMs, generate, operations, readyAt } from "./load-kit.ts";

const PLANNERS = ["stitching", "router"] as const;
type Planner = (typeof PLANNERS)[number];

const stack = JSON.parse(readFileSync(join(runDir("test"), "stack.json"), "utf8")) as { gatewayPort: number };

async function startGateway(planner: Planner, port: number): Promise<{ planner: Planner; url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["main.mjs"], {
    cwd: bundleDir("gateway"),
    env: { ...besideGatewayEnv(port), GATEWAY_QUERY_PLANNER: planner, PGAPPNAME: `bench-gateway-${planner}` },
    stdio: "ignore",
  });
  return { planner, url: await readyAt(port), child };
}

const gateways = await Promise.all(PLANNERS.map((planner, i) => startGateway(planner, stack.gatewayPort + 97 + i)));
try {
  // What each spends with no traffic (Redis, metrics), in ms per ms, subtracted from its runs as in bench/load.ts.
  const idle = new Map<Planner, number>();
  const idleFrom = { at: performance.now(), cpu: gateways.map((g) => cpuMs([g.child.pid!])) };
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  gateways.forEach((g, i) => idle.set(g.planner, (cpuMs([g.child.pid!]) - idleFrom.cpu[i]!) / (performance.now() - idleFrom.at)));
  console.log(
    `[bench] a gateway per planner beside the test stack; ${CONNECTIONS} connections, ${SECONDS} s or ${MAX_REQUESTS} requests each`,
  );
  const rows: string[] = [];
  for (const op of await operations(gateways[0]!.url)) {
    const answers = await Promise.all(gateways.map((g) => answer(g.url, op.body, op.headers)));
    if (!isDeepStrictEqual(answers[0], answers[1])) throw new Error(`${op.name}: the planners answer differently`);
    const perRequest = new Map<Planner, { ms: number; throughput: number; ok: number; requests: number }>();
    for (const g of gateways) {
      const before = { at: performance.now(), cpu: cpuMs([g.child.pid!]) };
      const r = generate(g.url, op.body, op.headers);
      const busy = cpuMs([g.child.pid!]) - before.cpu - idle.get(g.planner)! * (performance.now() - before.at);
      perRequest.set(g.planner, {
        ms: Math.max(0, busy) / Math.max(1, r.requests),
        throughput: r.throughput,
        ok: r.ok,
        requests: r.requests,
      });
    }
    const base = perRequest.get("stitching")!;
    const router = perRequest.get("router")!;
    rows.push(
      `| ${op.name} | ${base.ms.toFixed(2)} (${base.throughput.toFixed(0)} req/s, ${base.ok}/${base.requests} 2xx) | ` +
        `${router.ms.toFixed(2)} (${router.throughput.toFixed(0)} req/s, ${router.ok}/${router.requests} 2xx) | ${(router.ms / base.ms).toFixed(2)} |`,
    );
  }
  console.log(
    [
      "| operation | stitching: gateway CPU ms/req | router: gateway CPU ms/req | ratio router/stitching |",
      "|---|---|---|---|",
      ...rows,
    ].join("\n"),
  );
} finally {
  for (const g of gateways) g.child.kill("SIGTERM");
}
