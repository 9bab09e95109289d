/**
 * Trace context across the outbox and Kafka, on the OpenTelemetry API only: service-kit registers the
 * SDK (tracing.ts there) when OTEL_EXPORTER_OTLP_ENDPOINT is set; without it every call here is a no-op
 * and no trace header is written.
 *
 * The path of one command: the request's span is current when `enqueue` writes the outbox row, so the
 * row's headers carry its W3C `traceparent`; the relay publishes the row in a producer span that is a
 * child of it and puts its own `traceparent` in the Kafka headers; the consumer handles the event in a
 * consumer span that is a child of that one.
 */
import { context, propagation, trace, SpanKind, SpanStatusCode, type Context, type Span, type TextMapGetter } from "@opentelemetry/api";

export { SpanKind, SpanStatusCode, type Context, type Span };

export const tracer = () => trace.getTracer("tthc");

type Carrier = Record<string, string | Buffer | Array<string | Buffer> | undefined>;

const text = (value: string | Buffer) => (typeof value === "string" ? value : value.toString("utf8"));

// HTTP headers arrive as strings, Kafka headers as Buffers: both read as text.
const getter: TextMapGetter<Carrier> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value.map(text) : text(value);
  },
};

/** The trace context a caller sent (W3C `traceparent`/`tracestate`) on top of the current one. */
export function extractContext(headers: Carrier): Context {
  return propagation.extract(context.active(), headers, getter);
}

/** The headers that carry `ctx` to the next hop (none when tracing is off or no span is current). */
export function traceHeaders(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** `parent` with `span` as its current span: what a child of `span` is started in. */
export const contextWithSpan = (parent: Context, span: Span): Context => trace.setSpan(parent, span);

export interface SpanOptions {
  kind: SpanKind;
  /** The parent's context (default: the current one). */
  parent?: Context;
  attributes?: Record<string, string | number | boolean>;
}

/**
 * Run `fn` in a new span, ending it when `fn` settles; a thrown error marks the span failed. `fn` runs
 * in the span's context, so the spans and outbox rows it creates belong to the same trace.
 */
export async function inSpan<T>(name: string, options: SpanOptions, fn: (span: Span) => Promise<T>): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: options.kind, attributes: options.attributes }, parent);
  try {
    return await context.with(contextWithSpan(parent, span), () => fn(span));
  } catch (err) {
    failSpan(span, err);
    throw err;
  } finally {
    span.end();
  }
}

/** Mark a span failed with the error's message. */
export function failSpan(span: Span, err: unknown): void {
  const error = err instanceof Error ? err : new Error(String(err));
  span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
}
