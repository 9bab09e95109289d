/**
 * OpenTelemetry tracing, configured here for every service and the gateway (issue 13, item 8).
 *
 * Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: then spans go to `<endpoint>/v1/traces` as OTLP/HTTP
 * JSON, in batches. The spans are explicit (the gateway's request and each subgraph fetch, a subgraph's
 * /graphql request, the outbox relay's publish, the consumer's handling; see their call sites) rather
 * than auto-instrumentation, which patches modules through require hooks that an esbuild bundle
 * bypasses. Without a registered provider the @opentelemetry/api calls below are no-ops, so packages
 * that create spans (messaging) depend only on the API.
 */
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { z } from "zod";

// The API-only helpers live in messaging (which service-kit builds on), so its relay and consumer share them.
export {
  contextWithSpan,
  extractContext,
  inSpan,
  traceHeaders,
  tracer,
  SpanKind,
  SpanStatusCode,
  type Context,
  type Span,
} from "@tthc/messaging";

/** The variables of tracing, shared by every service's env schema and the gateway's. */
export const tracingEnv = {
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ""))
    .optional()
    .describe("OTLP/HTTP collector (e.g. http://otel-collector:4318): traces are sent to <endpoint>/v1/traces; unset = tracing off"),
};

export interface Tracing {
  /** Export the spans still buffered and stop (on shutdown, so the last requests' spans are not lost). */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { shutdown: async () => undefined };
let started: Tracing | undefined;

/**
 * Register the process's tracer provider (once per process: the first caller names the service).
 * Returns a no-op when no endpoint is configured.
 */
export function startTracing(service: string, env: { OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined }): Tracing {
  if (started) return started;
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return OFF;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": service, "service.namespace": "tthc" }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${env.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces` }), {
        // A short delay so a trace is visible in the collector within seconds, in batches still.
        scheduledDelayMillis: 1_000,
      }),
    ],
  });
  // The W3C trace-context propagator and the AsyncLocalStorage context manager: a span started in a
  // request is the parent of whatever that request's code starts or enqueues (packages/messaging).
  provider.register();
  started = { shutdown: () => provider.shutdown() };
  return started;
}
