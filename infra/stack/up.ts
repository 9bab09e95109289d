/**
 * Bring the platform up: the production bundles (services, gateway, the web app and its server),
 * databases, topics, services (each migrates itself at start), demo data, gateway and web server. Kafka is started before this by infra/kafka/start.sh.
 *
 *   tsx infra/stack/up.ts demo|test
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ensureDatabase } from "@tthc/db";
import { allTopics } from "@tthc/events";
import { ensureTopics } from "@tthc/messaging";
import { demoLoginsText } from "../../apps/directory/src/seed-data.ts";
import { SERVICES, gatewayEnv, serviceEnv, stackConfig, webEnv, writePrivateFile, type Profile, type StackConfig } from "./config.ts";
import { BUNDLED_APPS, bundleApp, bundleDir, type BundledApp } from "../bundle/bundle.ts";
import { ROOT, runDir, startProcess, stopAll, waitReady, type ProcessSpec } from "./processes.ts";

const TSX = join(ROOT, "node_modules", ".bin", "tsx");

/** Services, the gateway and the web server run as in production: their bundles, with plain node (infra/bundle). */
function bundleRun(app: BundledApp): Pick<ProcessSpec, "command" | "args" | "cwd"> {
  return { command: process.execPath, args: ["--enable-source-maps", "main.mjs"], cwd: bundleDir(app) };
}

function serviceSpec(cfg: StackConfig, service: (typeof SERVICES)[number]): ProcessSpec {
  return {
    name: service,
    ...bundleRun(service),
    env: serviceEnv(cfg, service),
    readyUrl: `http://127.0.0.1:${cfg.servicePorts[service]}/readyz`,
  };
}

export async function up(profile: Profile): Promise<StackConfig> {
  const cfg = stackConfig(profile);
  await stopAll(profile);

  await Promise.all(BUNDLED_APPS.map((app) => bundleApp(app)));
  for (const service of SERVICES) await ensureDatabase(cfg.databaseUrls[service]);
  await ensureTopics([cfg.kafkaBrokers], allTopics());

  const specs = SERVICES.map((s) => serviceSpec(cfg, s));
  for (const spec of specs) startProcess(profile, spec);
  await Promise.all(specs.map((spec) => waitReady(profile, spec)));

  // Demo data, idempotent: the directory's units and users (their events fill every replica), then
  // the seed plan of 2024 imported and issued, and its copy for the current year. The demo profile
  // adds a year under way (planning's progress, focal officers and linked tasks; complaints' PAKN in
  // every state, whose events fill the directory's inbox); the test stack keeps the bare data its
  // suites expect.
  const seeded = profile === "demo" ? (["directory", "planning", "complaints"] as const) : (["directory", "planning"] as const);
  for (const service of seeded) {
    execFileSync(TSX, ["src/seed.ts"], {
      cwd: join(ROOT, "apps", service),
      env: { ...process.env, ...serviceEnv(cfg, service) },
      stdio: "inherit",
    });
  }

  const gateway: ProcessSpec = {
    name: "gateway",
    ...bundleRun("gateway"),
    env: gatewayEnv(cfg),
    readyUrl: `http://127.0.0.1:${cfg.gatewayPort}/readyz`,
  };
  startProcess(profile, gateway);
  await waitReady(profile, gateway);

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
