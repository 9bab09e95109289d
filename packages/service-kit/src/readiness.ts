import { Kafka, logLevel } from "kafkajs";

/** One dependency a service needs before it can take traffic; `check` rejects when it is unavailable. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
  /**
   * Reported but not blocking: the service still takes traffic when this fails (the broker: commands
   * go to the outbox and the relay publishes them once it is back, so a broker outage must not pull
   * every replica out of its load balancer).
   */
  advisory?: boolean;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, "ok" | string>;
  /** Failed checks that make the service unavailable. */
  failed: string[];
  /** Failed advisory checks: the service is ready, but working without them. */
  degraded: string[];
}

const CHECK_TIMEOUT_MS = 3_000;

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function runReadiness(checks: ReadinessCheck[], timeoutMs = CHECK_TIMEOUT_MS): Promise<ReadinessReport> {
  const outcomes = await Promise.all(
    checks.map(async ({ name, check, advisory }) => {
      try {
        await withTimeout(Promise.resolve().then(check), timeoutMs);
        return { name, advisory, outcome: "ok" };
      } catch (err) {
        return { name, advisory, outcome: (err as Error).message || String(err) };
      }
    }),
  );
  const failing = outcomes.filter(({ outcome }) => outcome !== "ok");
  const failed = failing.filter(({ advisory }) => !advisory).map(({ name }) => name);
  const degraded = failing.filter(({ advisory }) => advisory).map(({ name }) => name);
  return { ready: failed.length === 0, checks: Object.fromEntries(outcomes.map(({ name, outcome }) => [name, outcome])), failed, degraded };
}

/**
 * A probe answered from its last result for `ttlMs`, with concurrent callers sharing one run: a burst
 * of /readyz hits (public, unauthenticated) costs one round of checks, not one per hit.
 */
export function cachedProbe<T>(probe: () => Promise<T>, ttlMs: number, now: () => number = Date.now): () => Promise<T> {
  let last: { at: number; result: Promise<T> } | undefined;
  return () => {
    const at = now();
    if (!last || at - last.at >= ttlMs) {
      const result = probe();
      last = { at, result };
      // A probe that throws is not kept: the next call asks again.
      result.catch(() => (last = undefined));
    }
    return last.result;
  };
}

/** True for a connection from this host; readiness details and metrics answer only these. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === "::1" || /^(::ffff:)?127\./.test(address);
}

/** The service's database answers `select 1` (any Prisma client or transaction fits). */
export function databaseReadiness(db: { $queryRawUnsafe(sql: string): Promise<unknown> }): ReadinessCheck {
  return { name: "database", check: async () => void (await db.$queryRawUnsafe("SELECT 1")) };
}

/** The Kafka cluster answers a metadata request. Advisory: writes wait in the outbox while it is away. */
export function kafkaReadiness(brokers: string[]): ReadinessCheck {
  return {
    name: "kafka",
    advisory: true,
    async check() {
      // No retries and no client logging: the probe reports the failure itself and is asked again soon.
      const kafka = new Kafka({
        clientId: "readiness",
        brokers,
        connectionTimeout: 1_000,
        requestTimeout: 2_000,
        retry: { retries: 0 },
        logLevel: logLevel.NOTHING,
      });
      const admin = kafka.admin();
      try {
        await admin.connect();
        await admin.describeCluster();
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
    },
  };
}
