/** Kafka headers every published event carries, so brokers' tools and partners can route without parsing the value. */
export const EVENT_HEADERS = {
  type: "x-event-type",
  id: "x-event-id",
  correlationId: "x-correlation-id",
} as const;
