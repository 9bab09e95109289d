/**
 * Bring the platform up: the production bundles (services, gateway, the web app and its server),
 * databases, topics, services (each migrates itself at start), demo data, gateway and web server. Kafka is started before this by infra/kafka/start.sh.
 *
 *   tsx infra/stack/up.ts demo|test
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureDatabase } from "@tthc/db";
import { allTopics } from "@tthc/events";
import { ensureTopics } from "@tthc/messaging";
import { demoLoginsText } from "../../apps/directory/src/seed-data.ts";
import {
  SERVICES,
  gatewayEnv,
  replicaPort,
  serviceEnv,
  stackConfig,
  webEnv,
  writePrivateFile,
  type Profile,
  type ReplicatedApp,
  type StackConfig,
} from "./config.ts";
import { HAPROXY, haproxyConfig } from "./haproxy.ts";
import { BUNDLED_APPS, bundleApp, bundleDir, type BundledApp } from "../bundle/bundle.ts";
import { ROOT, runDir, startProcess, stopAll, waitReady, waitUntilReachable, type ProcessSpec } from "./processes.ts";

const TSX = join(ROOT, "node_modules", ".bin", "tsx");

/** Services, the gateway and the web server run as in production: their bundles, with plain node (infra/bundle). */
function bundleRun(app: BundledApp): Pick<ProcessSpec, "command" | "args" | "cwd"> {
  return { command: process.execPath, args: ["--enable-source-maps", "main.mjs"], cwd: bundleDir(app) };
}

/**
 * The processes of one app: itself on its port, or on a replicated stack its two replicas on their own
 * ports (the proxy takes the app's port). PGAPPNAME names each process in pg_stat_activity, so the
 * fault suite can tell which replica holds a service's relay lock.
 */
export function appSpecs(cfg: StackConfig, app: ReplicatedApp): ProcessSpec[] {
  const env = app === "gateway" ? gatewayEnv(cfg) : serviceEnv(cfg, app);
  const port = app === "gateway" ? cfg.gatewayPort : cfg.servicePorts[app];
  if (cfg.replicas === 1) {
    return [{ name: app, ...bundleRun(app), env: { ...env, PGAPPNAME: app }, readyUrl: `http://127.0.0.1:${port}/readyz` }];
  }
  return [1, 2].map((replica) => {
    const name = `${app}-${replica}`;
    const own = replicaPort(cfg, app, replica);
    return { name, ...bundleRun(app), env: { ...env, PORT: String(own), PGAPPNAME: name }, readyUrl: `http://127.0.0.1:${own}/readyz` };
  });
}

/** haproxy in front of every pair, in the foreground like the other processes (stopAll stops it too). */
function proxySpec(cfg: StackConfig): ProcessSpec {
  const file = join(runDir(cfg.profile), "haproxy.cfg");
  writeFileSync(file, haproxyConfig(cfg));
  return { name: "haproxy", command: HAPROXY, args: ["-db", "-f", file], cwd: runDir(cfg.profile), env: {}, readyUrl: "" };
}

export async function up(profile: Profile): Promise<StackConfig> {
  const cfg = stackConfig(profile);
  await stopAll(profile);

  await Promise.all(BUNDLED_APPS.map((app) => bundleApp(app)));
  for (const service of SERVICES) await ensureDatabase(cfg.databaseUrls[service]);
  await ensureTopics([cfg.kafkaBrokers], allTopics());

  if (cfg.replicas > 1) startProcess(profile, proxySpec(cfg));
  const specs = SERVICES.flatMap((s) => appSpecs(cfg, s));
  for (const spec of specs) startProcess(profile, spec);
  await Promise.all(specs.map((spec) => waitReady(profile, spec)));

  // Demo data, idempotent: the directory's units and users (their events fill every replica), then
  // the seed plan of 2024 imported and issued, and its copy for the current year. The demo profile
  // adds a year under way (planning's progress, focal officers and linked tasks; complaints' PAKN in
  // every state, whose events fill the directory's inbox; inspections' approved plan of the year with one
  // inspection concluded); the test stack keeps the bare data its suites expect, on the same units after
  // the 2025 reorganisation (the directory's seed applies it in both profiles).
  const seeded =
    profile === "demo" ? (["directory", "planning", "complaints", "inspections"] as const) : (["directory", "planning"] as const);
  for (const service of seeded) {
    execFileSync(TSX, ["src/seed.ts"], {
      cwd: join(ROOT, "apps", service),
      env: { ...process.env, ...serviceEnv(cfg, service) },
      stdio: "inherit",
    });
  }

  const gateways = appSpecs(cfg, "gateway");
  for (const spec of gateways) startProcess(profile, spec);
  await Promise.all(gateways.map((spec) => waitReady(profile, spec)));
  // Through the proxy too: its health checks see each replica ready within a second.
  if (cfg.replicas > 1) await waitUntilReachable(`http://127.0.0.1:${cfg.gatewayPort}/readyz`);

  const web: ProcessSpec = {
    name: "web",
    ...bundleRun("web"),
    env: webEnv(cfg),
    readyUrl: `http://127.0.0.1:${cfg.webPort}/healthz`,
  };
  startProcess(profile, web);
  await waitReady(profile, web);

  // Test suites read the secrets and URLs of the running stack from here: the owner's eyes only.
  writePrivateFile(
    join(runDir(profile), "stack.json"),
    JSON.stringify(
      { ...cfg, webUrl: `http://127.0.0.1:${cfg.webPort}`, gatewayUrl: `http://127.0.0.1:${cfg.gatewayPort}/graphql` },
      null,
      2,
    ),
  );
  return cfg;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const profile = (process.argv[2] ?? "demo") as Profile;
  up(profile).then(
    (cfg) => {
      console.log(`\n[stack] ${profile} stack is up.`);
      console.log(`  Web app:  http://127.0.0.1:${cfg.webPort}/`);
      console.log(`  GraphQL:  http://127.0.0.1:${cfg.gatewayPort}/graphql`);
      console.log(`  Logs:     ${runDir(profile)}/*.log`);
      console.log(`\n${demoLoginsText()}`);
    },
    async (err) => {
      console.error(`[stack] failed: ${(err as Error).message}`);
      await stopAll(profile);
      process.exit(1);
    },
  );
}
