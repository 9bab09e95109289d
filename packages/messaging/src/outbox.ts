import { EVENT_HEADERS, parseEvent, topicOf, type EventEnvelope } from "@tthc/events";
import { traceHeaders } from "./tracing.ts";
import type { SqlTx } from "./transaction.ts";

const COLUMNS = 5;
// PostgreSQL takes at most 65 535 parameters per statement.
const ROWS_PER_STATEMENT = 1_000;

/** The Kafka headers every event carries (consumers route and deduplicate on them without parsing the value). */
export function eventHeaders(event: EventEnvelope): Record<string, string> {
  return { [EVENT_HEADERS.type]: event.type, [EVENT_HEADERS.id]: event.id, [EVENT_HEADERS.correlationId]: event.correlationId };
}

/** An event as the relay publishes it (keyed by subject), for tools that produce straight to a topic (benches). */
export function eventMessage(event: EventEnvelope): { key: string; value: string; headers: Record<string, string> } {
  return { key: event.subject, value: JSON.stringify(event), headers: eventHeaders(event) };
}

/**
 * Write events to the outbox in the caller's transaction, so they are published if and only if the
 * change that produced them commits. Every event is validated first: one bad event writes nothing.
 */
export async function enqueue(tx: SqlTx, ...events: EventEnvelope[]): Promise<void> {
  // The current span (the request's, or the consumer's when a handler emits events) is each row's parent.
  const trace = traceHeaders();
  const rows = events.map((raw) => {
    const event = parseEvent(raw);
    const headers = { ...eventHeaders(event), ...trace };
    return [event.id, topicOf(event.type), event.subject, JSON.stringify(event), JSON.stringify(headers)];
  });
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = chunk
      .map((_, i) => {
        const p = i * COLUMNS;
        return `($${p + 1}::uuid, $${p + 2}, $${p + 3}, $${p + 4}::jsonb, $${p + 5}::jsonb)`;
      })
      .join(", ");
    await tx.$executeRawUnsafe(`INSERT INTO "outbox" ("event_id", "topic", "key", "payload", "headers") VALUES ${values}`, ...chunk.flat());
  }
}
