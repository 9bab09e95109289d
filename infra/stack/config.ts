/**
 * The one description of the running platform: which apps exist, their ports, databases and the
 * environment each reads. The start command, the test stack and the docker-compose drift test all
 * read this, so a new app or variable is added here once.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_TEST_CLOCK, TEST_CLOCK, parseInstant, runningClock } from "@tthc/clock";
import { withDatabase } from "@tthc/db";

export type Profile = "demo" | "test";

import { SERVICES, generateActorKeys, serviceUrlVariable, type ActorKeyPair, type ServiceName } from "@tthc/service-kit";

export { SERVICES, type ServiceName };

export interface StackConfig {
  profile: Profile;
  kafkaPort: number;
  kafkaBrokers: string;
  /** Where clients reach the gateway and each service: the process itself, or with replicas the proxy in front of its pair. */
  gatewayPort: number;
  webPort: number;
  servicePorts: Record<ServiceName, number>;
  /**
   * Processes per app (the gateway and each service): 1, or 2 with STACK_REPLICAS=2, when haproxy listens on
   * the ports above and balances over the replicas' own ports (replicaPort). The fault suite (tests/faults)
   * runs on such a stack; the demo and the other suites run one of each.
   */
  replicas: number;
  databaseUrls: Record<ServiceName, string>;
  secrets: Secrets;
  /** The Redis of the shared rate limits (the machine's, REDIS_URL) and this stack's key prefix in it. */
  redis: { url: string; prefix: string };
  /**
   * The gateway's budget of an anonymous client address (ANON_RATE_LIMIT_PER_MINUTE): the environment's, or in
   * the test profile 1000. Every client of the test stack is 127.0.0.1 (the integration suites and each
   * browser of the e2e suites, through the web server), so the default 60 a minute, meant for one citizen's
   * address, would let one suite's sign-ins refuse the next suite's with 429.
   */
  anonRateLimitPerMinute?: string;
  /** The test profile's clock (none in the demo: it runs on the wall clock). */
  clock?: StackClock;
  /**
   * Where the services and the gateway send their traces (OTLP/HTTP): in the test profile a port of its
   * own (base + 90), where tests/integration/tracing.test.ts listens; in the demo only when
   * OTEL_EXPORTER_OTLP_ENDPOINT is set (a collector the operator runs).
   */
  otlpEndpoint?: string;
}

/**
 * The test stack runs at a chosen instant: TEST_CLOCK, or DEFAULT_TEST_CLOCK so that every run sees
 * the same dates. `instant` is what the stack's clock read at `startedAt` (real epoch ms); from there
 * it runs at real speed. Each process's clock starts at its own start (packages/clock), so each is
 * handed the stack's time at its spawn (clockEnv): otherwise a service started a minute before the
 * gateway would be a minute ahead of it, and the gateway's ten-second actor signatures would look expired or not yet issued.
 */
export interface StackClock {
  instant: string;
  startedAt: number;
}

/** The stack's current instant (for the test suites too: they read the clock from stack.json). */
export function stackNow(clock: StackClock): Date {
  return runningClock(clock.instant, clock.startedAt)();
}

interface Secrets {
  jwt: string;
  /** The gateway signs actors with the private half; every service verifies with the public half. */
  actor: ActorKeyPair;
  /** Keys the PAKN senders' secrets: if it changed, every sender's secret would stop working. */
  complaintsPepper: string;
  /**
   * Names this profile's keys in the shared Redis: new with every test run (its folder is deleted first),
   * so a run at the same test instant as the previous one never meets its rate-limit counts.
   */
  redisNamespace: string;
}

const BASE_PORT: Record<Profile, number> = { demo: 4000, test: 5000 };

/** The apps that run in pairs on a replicated stack (the web server stays single: it holds no state and no work). */
export const REPLICATED_APPS = ["gateway", ...SERVICES] as const;
export type ReplicatedApp = (typeof REPLICATED_APPS)[number];
const REPLICA_PORT_OFFSET = 20;

/** The port replica `replica` (1-based) of `app` listens on behind the proxy: base + 20, 21 for the gateway, then two per service. */
export function replicaPort(cfg: StackConfig, app: ReplicatedApp, replica: number): number {
  return cfg.gatewayPort + REPLICA_PORT_OFFSET + 2 * REPLICATED_APPS.indexOf(app) + (replica - 1);
}

export function stackConfig(profile: Profile, env: NodeJS.ProcessEnv = process.env): StackConfig {
  // Overridable so that two test runs (or a test run beside a demo) can share one machine.
  const base = Number(env.STACK_BASE_PORT ?? BASE_PORT[profile]);
  const postgres = env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const kafkaPort = Number(env.KAFKA_PORT ?? (profile === "demo" ? 9092 : 19092));
  const dbPrefix = env.STACK_DB_PREFIX ?? (profile === "demo" ? "tthc" : "tthc_stack");
  const servicePorts = Object.fromEntries(SERVICES.map((s, i) => [s, base + 1 + i])) as Record<ServiceName, number>;
  const replicas = Number(env.STACK_REPLICAS ?? 1);
  if (replicas !== 1 && replicas !== 2) throw new Error(`STACK_REPLICAS must be 1 or 2, not ${env.STACK_REPLICAS}`);
  const replicaPorts = replicas > 1 ? REPLICATED_APPS.flatMap((_, i) => [0, 1].map((r) => base + REPLICA_PORT_OFFSET + 2 * i + r)) : [];
  assertFetchablePorts([base, ...Object.values(servicePorts), ...replicaPorts, base + 80, base + 90]);
  const databaseUrls = Object.fromEntries(SERVICES.map((s) => [s, withDatabase(postgres, `${dbPrefix}_${s}`)])) as Record<
    ServiceName,
    string
  >;
  const secrets = secretsFor(profile, env);
  return {
    profile,
    kafkaPort,
    kafkaBrokers: `127.0.0.1:${kafkaPort}`,
    gatewayPort: base,
    webPort: base + 80,
    servicePorts,
    replicas,
    databaseUrls,
    secrets,
    redis: { url: env.REDIS_URL ?? "redis://127.0.0.1:6379", prefix: `tthc:${profile}:${secrets.redisNamespace}:` },
    anonRateLimitPerMinute: env.ANON_RATE_LIMIT_PER_MINUTE ?? (profile === "test" ? "1000" : undefined),
    otlpEndpoint: profile === "test" ? `http://127.0.0.1:${base + 90}` : env.OTEL_EXPORTER_OTLP_ENDPOINT,
    clock:
      profile === "test"
        ? { instant: parseInstant(env[TEST_CLOCK] ?? DEFAULT_TEST_CLOCK).toISOString(), startedAt: Date.now() }
        : undefined,
  };
}

/**
 * Ports that fetch() refuses to reach ("bad ports" of the WHATWG Fetch standard), so Node, the
 * browser and the test suites would all fail with a bare "fetch failed" on a stack placed there.
 */
const FETCH_BLOCKED_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117,
  119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** The ports the stack listens on (gateway, services, web) must all be reachable by fetch(). */
function assertFetchablePorts(ports: number[]): void {
  const bad = ports.filter((p) => !Number.isInteger(p) || p < 1 || p > 65535 || FETCH_BLOCKED_PORTS.has(p));
  if (bad.length > 0) {
    throw new Error(
      `STACK_BASE_PORT puts the stack on port ${bad.join(", ")}, which fetch() refuses to reach (or no port at all); pick another base (e.g. 7000)`,
    );
  }
}

/**
 * How a process knows its profile (STACK_PROFILE) and, in the test profile only, its clock. A
 * process refuses to start with TEST_CLOCK outside the test profile (packages/clock); that includes a
 * TEST_CLOCK left in the shell of `npm start`, since processes inherit the environment.
 * Computed at each spawn, so every process starts at the stack's current time.
 */
export function clockEnv(cfg: StackConfig): Record<string, string> {
  if (!cfg.clock) return { STACK_PROFILE: cfg.profile };
  return { STACK_PROFILE: cfg.profile, [TEST_CLOCK]: stackNow(cfg.clock).toISOString() };
}

/**
 * What a profile writes besides its databases and broker: secrets and uploaded files
 * (`.data/<profile>/`, gitignored). The test command wipes the test profile's folder before each run.
 */
export function profileDataDir(profile: Profile): string {
  return join(new URL("../..", import.meta.url).pathname, ".data", profile);
}

/**
 * Write a file only its owner may read (secrets, signing keys): `mode` applies only when the file is
 * created, so an existing file left readable by an older version is narrowed as well.
 */
export function writePrivateFile(file: string, content: string): void {
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/**
 * Generated once per profile and kept in the profile's folder, so a restart keeps sessions and the
 * senders' PAKN secrets valid; variables in the environment win. The test profile's are new on
 * every run of the test command, because that run starts by deleting the folder.
 */
function secretsFor(profile: Profile, env: NodeJS.ProcessEnv): Secrets {
  const dir = profileDataDir(profile);
  const file = join(dir, "secrets.json");
  const fresh = () => randomBytes(32).toString("hex");
  const stored: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const secrets: Secrets = {
    jwt: stored.jwt ?? fresh(),
    // A profile folder from before the actor keys were asymmetric holds a string here: replace it.
    actor: typeof stored.actor === "object" && stored.actor ? stored.actor : generateActorKeys(),
    complaintsPepper: stored.complaintsPepper ?? fresh(),
    redisNamespace: stored.redisNamespace ?? randomBytes(6).toString("hex"),
  };
  mkdirSync(dir, { recursive: true });
  writePrivateFile(file, JSON.stringify(secrets));
  return {
    jwt: env.JWT_SECRET ?? secrets.jwt,
    actor: {
      privateKey: env.ACTOR_SIGNING_KEY ?? secrets.actor.privateKey,
      publicKey: env.ACTOR_PUBLIC_KEY ?? secrets.actor.publicKey,
    },
    complaintsPepper: env.COMPLAINTS_SECRET_PEPPER ?? secrets.complaintsPepper,
    redisNamespace: secrets.redisNamespace,
  };
}

/** Where the gateway and complaints keep the rate-limit counts their replicas share. */
function sharedLimitsEnvOf(cfg: StackConfig): Record<string, string> {
  return { REDIS_URL: cfg.redis.url, REDIS_KEY_PREFIX: cfg.redis.prefix };
}

/** Tracing's collector, when the stack has one (StackConfig.otlpEndpoint). */
function tracingEnvOf(cfg: StackConfig): Record<string, string> {
  return cfg.otlpEndpoint ? { OTEL_EXPORTER_OTLP_ENDPOINT: cfg.otlpEndpoint } : {};
}

/** The environment of one service process (the variables its src/env.ts reads). */
export function serviceEnv(cfg: StackConfig, service: ServiceName): Record<string, string> {
  const env: Record<string, string> = {
    PORT: String(cfg.servicePorts[service]),
    DATABASE_URL: cfg.databaseUrls[service],
    KAFKA_BROKERS: cfg.kafkaBrokers,
    ACTOR_PUBLIC_KEY: cfg.secrets.actor.publicKey,
    LOG_LEVEL: "info",
    ...tracingEnvOf(cfg),
    ...clockEnv(cfg),
  };
  if (service === "directory") env.JWT_SECRET = cfg.secrets.jwt;
  // The test stack applies a scheduled reorganisation decision within seconds of its effective date
  // (tests/integration/reorganisation.test.ts waits for it); the default (300 s) suits a real deployment.
  if (service === "directory" && cfg.profile === "test") env.REORGANISATION_CHECK_SECONDS = "2";
  if (service === "complaints") Object.assign(env, { COMPLAINTS_SECRET_PEPPER: cfg.secrets.complaintsPepper }, sharedLimitsEnvOf(cfg));
  // Each profile keeps its own uploads, so the test stack never writes into the demo's files.
  if (service === "complaints") env.COMPLAINTS_FILES_DIR = join(profileDataDir(cfg.profile), "files", "complaints");
  if (service === "planning") env.PLANNING_FILES_DIR = join(profileDataDir(cfg.profile), "files", "planning");
  if (service === "inspections") env.INSPECTIONS_FILES_DIR = join(profileDataDir(cfg.profile), "files", "inspections");
  if (service === "reporting") env.REPORTING_FILES_DIR = join(profileDataDir(cfg.profile), "files", "reporting");
  return env;
}

export function gatewayEnv(cfg: StackConfig): Record<string, string> {
  return {
    PORT: String(cfg.gatewayPort),
    JWT_SECRET: cfg.secrets.jwt,
    ACTOR_SIGNING_KEY: cfg.secrets.actor.privateKey,
    ...sharedLimitsEnvOf(cfg),
    ...(cfg.anonRateLimitPerMinute ? { ANON_RATE_LIMIT_PER_MINUTE: cfg.anonRateLimitPerMinute } : {}),
    LOG_LEVEL: "info",
    ...tracingEnvOf(cfg),
    ...clockEnv(cfg),
    ...Object.fromEntries(SERVICES.map((s) => [serviceUrlVariable(s), `http://127.0.0.1:${cfg.servicePorts[s]}`])),
  };
}

export function webEnv(cfg: StackConfig): Record<string, string> {
  return { PORT: String(cfg.webPort), GATEWAY_URL: `http://127.0.0.1:${cfg.gatewayPort}`, ...clockEnv(cfg) };
}
