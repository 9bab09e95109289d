/**
 * Prometheus metrics (issue 13, item 8): the one module every service and the gateway use.
 *
 * Served at `/metrics` on the app's own port to loopback callers only (a Prometheus on the same host,
 * `curl` on the machine), and, when METRICS_PORT is set, on that admin port (METRICS_HOST, loopback by
 * default; a cluster sets 0.0.0.0 and scrapes the pod there: deploy/k8s). Names are `tthc_*`; every
 * series carries `app` (the service or "gateway"). deploy/monitoring/ holds the dashboard and the
 * alert rules built on these names; infra/test/monitoring.test.ts checks that each name they use exists.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getOperationAST, type DocumentNode, type ExecutionResult } from "graphql";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { z } from "zod";

export const metricsEnv = {
  METRICS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65_535)
    .optional()
    .describe("admin port serving /metrics (unset: /metrics only on the app's own port, to loopback callers)"),
  METRICS_HOST: z.string().optional().describe("interface of the METRICS_PORT listener (default 127.0.0.1; 0.0.0.0 in a cluster)"),
};

export const metricsRegistry = new Registry();
// Process CPU, memory, event-loop lag, GC: what the gateway's CPU per request is read from.
collectDefaultMetrics({ register: metricsRegistry });

// Seconds; from a cached read (a few ms) to a large export or a slow plan import.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const metrics = {
  graphqlRequests: new Counter({
    name: "tthc_graphql_requests_total",
    help: "GraphQL requests by operation and outcome (ok, client_error, error = internal or unavailable, refused = never executed)",
    labelNames: ["app", "operation", "type", "outcome"] as const,
    registers: [metricsRegistry],
  }),
  graphqlDuration: new Histogram({
    name: "tthc_graphql_request_duration_seconds",
    help: "GraphQL request latency by operation, from the request's arrival to its response",
    labelNames: ["app", "operation", "type"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [metricsRegistry],
  }),
  outboxBacklog: new Gauge({
    name: "tthc_outbox_backlog",
    help: "outbox rows not yet published to Kafka",
    labelNames: ["app"] as const,
    registers: [metricsRegistry],
  }),
  outboxOldestAge: new Gauge({
    name: "tthc_outbox_oldest_age_seconds",
    help: "age of the oldest unpublished outbox row (0 when the outbox is empty)",
    labelNames: ["app"] as const,
    registers: [metricsRegistry],
  }),
  outboxDead: new Gauge({
    name: "tthc_outbox_dead_rows",
    help: "outbox rows Kafka refused for good, set aside in outbox_dead (dlq-cli outbox-retry)",
    labelNames: ["app"] as const,
    registers: [metricsRegistry],
  }),
  consumerLag: new Gauge({
    name: "tthc_consumer_lag",
    help: "events on a topic not yet committed by the app's consumer group (sum over partitions)",
    labelNames: ["app", "topic"] as const,
    registers: [metricsRegistry],
  }),
  dlqMessages: new Gauge({
    name: "tthc_dlq_messages",
    help: "events in the dead-letter topic of a topic the app consumes (retention is unlimited: it only grows until replayed and truncated)",
    labelNames: ["app", "topic"] as const,
    registers: [metricsRegistry],
  }),
  kafkaScrapeErrors: new Counter({
    name: "tthc_kafka_metrics_errors_total",
    help: "scrapes where the consumer lag and DLQ sizes could not be read from the broker",
    labelNames: ["app"] as const,
    registers: [metricsRegistry],
  }),
  jobRuns: new Counter({
    name: "tthc_job_runs_total",
    help: "periodic job runs by outcome (ok, failed)",
    labelNames: ["app", "job", "outcome"] as const,
    registers: [metricsRegistry],
  }),
  jobDuration: new Histogram({
    name: "tthc_job_duration_seconds",
    help: "periodic job run time",
    labelNames: ["app", "job"] as const,
    buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [metricsRegistry],
  }),
  jobLastSuccess: new Gauge({
    name: "tthc_job_last_success_timestamp_seconds",
    help: "when a job's last successful run ended (Unix seconds)",
    labelNames: ["app", "job"] as const,
    registers: [metricsRegistry],
  }),
};

/** Read on each scrape (outbox counts, consumer lag): one per service; each must settle quickly. */
export type Collector = () => Promise<void>;
const collectors = new Set<Collector>();
// A scrape must answer even when the database or the broker does not: their gauges keep their last value.
const COLLECT_TIMEOUT_MS = 3_000;

/** Register a collector run before each scrape; returns its removal (on shutdown). */
export function addCollector(collector: Collector): () => void {
  collectors.add(collector);
  return () => collectors.delete(collector);
}

/** The exposition text, after every collector had its chance to refresh. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  await Promise.all(
    [...collectors].map((collect) => {
      let timer: NodeJS.Timeout | undefined;
      return Promise.race([
        collect().catch(() => undefined),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, COLLECT_TIMEOUT_MS))),
      ]).finally(() => clearTimeout(timer));
    }),
  );
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}

/**
 * Name the process's own series (CPU, memory, event loop) after `app`, like the tthc_* ones, and open
 * the admin listener of METRICS_PORT (none, and a no-op close, when it is unset).
 */
export async function startMetricsServer(
  app: string,
  env: { METRICS_PORT?: number | undefined; METRICS_HOST?: string | undefined },
): Promise<{
  port?: number;
  close(): Promise<void>;
}> {
  // A series' own `app` label wins over this default (prom-client), so tests running several apps in one process stay right.
  metricsRegistry.setDefaultLabels({ app });
  if (env.METRICS_PORT === undefined) return { close: async () => undefined };
  const server: Server = createServer((req, res) => {
    if (req.method !== "GET" || new URL(req.url ?? "/", "http://metrics").pathname !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    metricsText().then(
      ({ contentType, body }) => res.writeHead(200, { "content-type": contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.METRICS_PORT, env.METRICS_HOST ?? "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What one GraphQL request turned out to be, filled in as it runs (useOperationMetrics). */
export interface OperationInfo {
  name: string;
  type: string;
  outcome: "ok" | "client_error" | "error" | "refused";
}

// Operation names are the client's choice: past this many distinct ones per process the rest count as
// "other", so no caller can grow the series without bound.
const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();

function operationLabel(name: string): string {
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return "other";
  operationNames.add(name);
  return name;
}

// Errors that are the service's fault; every other coded error (bad input, forbidden, not found,
// rate limited, unauthenticated) is the caller's.
const SERVER_ERROR_CODES = new Set(["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"]);

/** A new request's record: "refused" until GraphQL executes it (a parse, validation, limit or authentication refusal). */
export const newOperation = (): OperationInfo => ({ name: "(none)", type: "(none)", outcome: "refused" });

/**
 * A Yoga/Envelop plugin (the subgraphs' and the gateway's runtime both take it) that names the
 * operation and judges its result. One record per request, no work per field.
 */
export function useOperationMetrics(infoOf: (context: unknown) => OperationInfo | undefined) {
  return {
    onExecute({ args }: { args: { contextValue: unknown; document: DocumentNode; operationName?: string | null } }) {
      const info = infoOf(args.contextValue);
      if (!info) return undefined;
      const operation = getOperationAST(args.document, args.operationName);
      info.type = operation?.operation ?? "unknown";
      info.name = operationLabel(operation?.name?.value ?? "anonymous");
      info.outcome = "ok";
      return {
        onExecuteDone({ result }: { result: ExecutionResult | AsyncIterable<ExecutionResult> }) {
          if (Symbol.asyncIterator in result) return;
          const codes = (result.errors ?? []).map((e) => (e.extensions as { code?: unknown } | undefined)?.code);
          if (codes.some((code) => typeof code !== "string" || SERVER_ERROR_CODES.has(code))) info.outcome = "error";
          else if (codes.length > 0) info.outcome = "client_error";
        },
      };
    },
  };
}

/** Count one finished GraphQL request (`failed`: it threw or answered 5xx outside GraphQL). */
export function recordOperation(app: string, info: OperationInfo, seconds: number, failed = false): void {
  const outcome = failed ? "error" : info.outcome;
  metrics.graphqlRequests.inc({ app, operation: info.name, type: info.type, outcome });
  metrics.graphqlDuration.observe({ app, operation: info.name, type: info.type }, seconds);
}
