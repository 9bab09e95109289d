/** Kafka headers every published event carries, so brokers' tools and partners can route without parsing the value. */
export const EVENT_HEADERS = {
  type: "x-event-type",
  id: "x-event-id",
  correlationId: "x-correlation-id",
  // W3C trace context (https://www.w3.org/TR/trace-context/) of the request that caused the event, when
  // tracing is on: the consumer's span continues that trace (packages/messaging/src/tracing.ts).
  traceparent: "traceparent",
  tracestate: "tracestate",
} as const;
