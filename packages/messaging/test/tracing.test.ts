/**
 * Trace context across the outbox and Kafka: the span current when `enqueue` runs (a request's) is the
 * parent of the relay's publish span, which is the parent of the consumer's handling span, and the
 * handler runs in that span. A tracer provider with an in-memory exporter stands in for service-kit's.
 */
import pg from "pg";
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { trace } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "@tthc/test-kit";
import { EVENT_HEADERS } from "@tthc/events";
import { enqueue, ensureTopics, inSpan, pgTransactions, startConsumer, startOutboxRelay, SpanKind } from "../src/index.ts";
import { brokers, messagingDatabase, testLogger, uniqueName, unitUpdated } from "./support.ts";

const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register();

describe("trace context through the outbox and Kafka", () => {
  let pool: pg.Pool;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await messagingDatabase("messaging_tracing");
    pool = new pg.Pool({ connectionString: databaseUrl });
  });
  afterAll(async () => {
    await pool.end();
    await provider.shutdown();
  });

  it("keeps the request's context in the outbox row and continues it in the consumer's span", async () => {
    const prefix = `${uniqueName("tracing")}.`;
    const topic = `${prefix}directory.unit.v1`;
    await ensureTopics(brokers, [topic]);
    const event = unitUpdated("unit-traced", "Phòng Tư pháp");

    const request = await inSpan("request", { kind: SpanKind.SERVER }, async (span) => {
      await pgTransactions(pool)((tx) => enqueue(tx, event));
      return span.spanContext();
    });
    const { rows } = await pool.query<{ headers: Record<string, string> }>(`SELECT headers FROM outbox WHERE event_id = $1`, [event.id]);
    expect(rows[0]!.headers[EVENT_HEADERS.traceparent]).toBe(`00-${request.traceId}-${request.spanId}-01`);

    let handledIn: string | undefined;
    const relay = startOutboxRelay({ databaseUrl, brokers, service: "test", log: testLogger(), pollIntervalMs: 200, topicPrefix: prefix });
    const consumer = await startConsumer({
      brokers,
      groupId: uniqueName("tracing-group"),
      topics: [topic],
      runInTransaction: pgTransactions(pool),
      handlers: {
        "directory.unit.updated": async () => {
          handledIn = trace.getActiveSpan()?.spanContext().spanId;
        },
      },
      log: testLogger(),
    });
    try {
      await waitFor(() => handledIn !== undefined, 30_000);
    } finally {
      await consumer.stop();
      await relay.stop();
    }

    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === request.traceId);
    const published = spans.find((s) => s.kind === SpanKind.PRODUCER);
    const consumed = spans.find((s) => s.kind === SpanKind.CONSUMER);
    expect(published?.name).toBe(`publish ${topic}`);
    expect(published?.parentSpanContext?.spanId).toBe(request.spanId);
    expect(published?.attributes["messaging.message.id"]).toBe(event.id);
    expect(consumed?.name).toBe(`process ${topic}`);
    expect(consumed?.parentSpanContext?.spanId).toBe(published?.spanContext().spanId);
    expect(consumed?.attributes["tthc.outcome"]).toBe("done");
    // The handler ran in the consumer's span: whatever it enqueues continues the same trace.
    expect(handledIn).toBe(consumed?.spanContext().spanId);
  });

  it("writes no trace header when no span is current", async () => {
    const event = unitUpdated("unit-untraced", "Phòng Nội vụ");
    await pgTransactions(pool)((tx) => enqueue(tx, event));
    const { rows } = await pool.query<{ headers: Record<string, string> }>(`SELECT headers FROM outbox WHERE event_id = $1`, [event.id]);
    expect(Object.keys(rows[0]!.headers).sort()).toEqual(["x-correlation-id", "x-event-id", "x-event-type"]);
  });
});
