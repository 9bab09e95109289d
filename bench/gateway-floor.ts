/**
 * How close the gateway can come to its CPU goal (issue 13: at most 15% of a request's CPU) while it is a
 * Node process: the public PAKN query through the real gateway (router planner, production bundle) and
 * through bench/floor-proxy.ts — body in, actor signed, body out, answer streamed back, nothing else —
 * each started beside the running test stack with its gateway's environment, in front of the same
 * complaints replicas. For each: CPU per request of the front process and of the complaints replicas in
 * the same run (idle CPU subtracted), and the front's share. The floor's share is what no amount of
 * tuning inside a Node gateway gets below.
 *
 *   RATE_LIMIT_PER_MINUTE=10000000 ANON_RATE_LIMIT_PER_MINUTE=10000000 STACK_REPLICAS=2 npx tsx infra/stack/up.ts test
 *   npx tsx bench/gateway-floor.ts
 *
 * Loopback only, bounded like bench/load.ts (BENCH_SECONDS, BENCH_MAX_REQUESTS, BENCH_CONNECTIONS).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { bundleDir } from "../infra/bundle/bundle.ts";
import { runDir, stackProcesses } from "../infra/stack/processes.ts";
import { CONNECTIONS, MAX_REQUESTS, SECONDS, answer, besideGatewayEnv, cpuMs, generate, operations, readyAt } from "./load-kit.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const stack = JSON.parse(readFileSync(join(runDir("test"), "stack.json"), "utf8")) as { gatewayPort: number };
const complaints = stackProcesses("test")
  .filter((p) => p.name === "complaints" || p.name.startsWith("complaints-"))
  .map((p) => p.pid);

interface Front {
  name: string;
  url: string;
  child: ChildProcess;
}

async function start(name: string, args: string[], cwd: string, port: number): Promise<Front> {
  const child = spawn(process.execPath, args, { cwd, env: { ...besideGatewayEnv(port), PGAPPNAME: `bench-${name}` }, stdio: "ignore" });
  return { name, url: await readyAt(port), child };
}

const fronts = [
  await start("gateway", ["main.mjs"], bundleDir("gateway"), stack.gatewayPort + 97),
  await start("floor proxy", ["--import", "tsx", join(ROOT, "bench", "floor-proxy.ts")], ROOT, stack.gatewayPort + 98),
];
try {
  const op = (await operations(fronts[0]!.url))[0]!;
  const answers = await Promise.all(fronts.map((f) => answer(f.url, op.body, op.headers)));
  if (!isDeepStrictEqual(answers[0], answers[1])) throw new Error("the gateway and the floor proxy answer differently");

  // Idle CPU (ms per ms) of each front and of the complaints replicas, subtracted from the runs as in load.ts.
  const idleFrom = { at: performance.now(), fronts: fronts.map((f) => cpuMs([f.child.pid!])), services: cpuMs(complaints) };
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const idleWall = performance.now() - idleFrom.at;
  const idle = {
    fronts: fronts.map((f, i) => (cpuMs([f.child.pid!]) - idleFrom.fronts[i]!) / idleWall),
    services: (cpuMs(complaints) - idleFrom.services) / idleWall,
  };

  console.log(`[bench] ${op.name}; ${CONNECTIONS} connections, ${SECONDS} s or ${MAX_REQUESTS} requests through each front`);
  const rows: string[] = [];
  const perRequest: number[] = [];
  for (const [i, front] of fronts.entries()) {
    const before = { at: performance.now(), front: cpuMs([front.child.pid!]), services: cpuMs(complaints) };
    const r = generate(front.url, op.body, op.headers);
    const wall = performance.now() - before.at;
    const frontMs = Math.max(0, cpuMs([front.child.pid!]) - before.front - idle.fronts[i]! * wall) / Math.max(1, r.requests);
    const servicesMs = Math.max(0, cpuMs(complaints) - before.services - idle.services * wall) / Math.max(1, r.requests);
    perRequest.push(frontMs);
    rows.push(
      `| ${front.name} | ${r.throughput.toFixed(0)} | ${r.ok}/${r.requests} | ${frontMs.toFixed(2)} | ${servicesMs.toFixed(2)} | ${((100 * frontMs) / (frontMs + servicesMs)).toFixed(0)}% |`,
    );
  }
  console.log(
    [
      "| front | req/s | 2xx/total | front CPU ms/req | complaints CPU ms/req | front's share |",
      "|---|---|---|---|---|---|",
      ...rows,
      "",
      `floor / gateway CPU per request: ${(perRequest[1]! / perRequest[0]!).toFixed(2)}`,
    ].join("\n"),
  );
} finally {
  for (const f of fronts) f.child.kill("SIGTERM");
}
