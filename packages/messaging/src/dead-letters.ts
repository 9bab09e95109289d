/**
 * Operating on what the platform set aside: the events a consumer dead-lettered (`<topic>.dlq`)
 * and the outbox rows the relay could not publish (`outbox_dead`). Used by dlq-cli.ts.
 */
import { randomUUID } from "node:crypto";
import type { IHeaders, KafkaMessage } from "kafkajs";
import pg from "pg";
import { EVENT_HEADERS } from "@tthc/events";
import { DLQ_HEADERS } from "./consumer.ts";
import { createKafka, producerDefaults } from "./kafka.ts";
import type { Logger } from "./logger.ts";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Marks a replayed message with where it came from (the consumer ignores it; people reading the topic may not). */
export const REPLAYED_FROM_HEADER = "x-dlq-replayed-from";

export interface DeadLetter {
  /** `<partition>:<offset>` in the dead-letter topic: how show and replay name it. */
  ref: string;
  partition: number;
  offset: string;
  /** Broker timestamp of the dead-lettering. */
  time: string;
  eventId: string | undefined;
  type: string | undefined;
  error: string | undefined;
  /** The topic it was consumed from (x-dlq-topic), where replay sends it back. */
  originalTopic: string | undefined;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    out[name] = (Array.isArray(value) ? value.map(String) : [value]).map((v) => v.toString()).join(",");
  }
  return out;
}

function payloadField(value: string | null, field: "id" | "type"): string | undefined {
  try {
    const parsed: unknown = JSON.parse(value ?? "null");
    const found = parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>)[field] : undefined;
    return typeof found === "string" ? found : undefined;
  } catch {
    return undefined;
  }
}

function toDeadLetter(partition: number, message: KafkaMessage): DeadLetter {
  const headers = stringHeaders(message.headers);
  const value = message.value?.toString("utf8") ?? null;
  return {
    ref: `${partition}:${message.offset}`,
    partition,
    offset: message.offset,
    time: new Date(Number(message.timestamp)).toISOString(),
    eventId: headers[EVENT_HEADERS.id] ?? payloadField(value, "id"),
    type: headers[EVENT_HEADERS.type] ?? payloadField(value, "type"),
    error: headers[DLQ_HEADERS.error],
    originalTopic: headers[DLQ_HEADERS.topic],
    key: message.key?.toString("utf8") ?? null,
    value,
    headers,
  };
}

/**
 * Every message of a dead-letter topic, in partition and offset order. Reads up to the end
 * offsets as of the call with a throwaway consumer group, deleted afterwards.
 */
export async function readDeadLetters(
  brokers: string[],
  dlqTopic: string,
  log: Logger = silent,
  timeoutMs = 60_000,
): Promise<DeadLetter[]> {
  const kafka = createKafka({ brokers, clientId: "tthc-dlq-cli", log });
  const admin = kafka.admin();
  await admin.connect();
  try {
    // Asking for the offsets of a missing topic would only fail after kafkajs's retries.
    if (!(await admin.listTopics()).includes(dlqTopic)) throw new Error(`No topic ${dlqTopic}`);
    const ends = new Map(
      (await admin.fetchTopicOffsets(dlqTopic)).filter((p) => BigInt(p.high) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.high)]),
    );
    if (ends.size === 0) return [];
    const groupId = `tthc-dlq-cli-${randomUUID()}`;
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 500 });
    const found: DeadLetter[] = [];
    const remaining = new Set(ends.keys());
    await consumer.connect();
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Timed out reading ${dlqTopic}`)), timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        consumer
          .subscribe({ topics: [dlqTopic], fromBeginning: true })
          .then(() =>
            consumer.run({
              eachMessage: async ({ partition, message }) => {
                const end = ends.get(partition);
                if (end === undefined || BigInt(message.offset) >= end) return;
                found.push(toDeadLetter(partition, message));
                if (BigInt(message.offset) + 1n >= end) {
                  remaining.delete(partition);
                  if (remaining.size === 0) done();
                }
              },
            }),
          )
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return found.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  } finally {
    await admin.disconnect();
  }
}

export async function showDeadLetter(brokers: string[], dlqTopic: string, ref: string, log: Logger = silent): Promise<DeadLetter> {
  const found = (await readDeadLetters(brokers, dlqTopic, log)).find((d) => d.ref === ref);
  if (!found) throw new Error(`No message ${ref} in ${dlqTopic} (refs are <partition>:<offset>)`);
  return found;
}

/**
 * Send dead letters (the given refs, or all) back to the topic they were consumed from, with
 * their key, value and original headers, so that the consumer handles them again. Safe to repeat:
 * consumers skip event ids they already processed, and a dead-lettered event was never recorded
 * as processed, so its first replay is handled and any further copy skipped.
 */
export async function replayDeadLetters(
  brokers: string[],
  dlqTopic: string,
  refs: string[] | "all",
  log: Logger = silent,
): Promise<Array<{ ref: string; topic: string; eventId: string | undefined }>> {
  const letters = await readDeadLetters(brokers, dlqTopic, log);
  const chosen = refs === "all" ? letters : refs.map((ref) => letters.find((d) => d.ref === ref) ?? ref);
  const missing = chosen.filter((d): d is string => typeof d === "string");
  if (missing.length > 0) throw new Error(`No message ${missing.join(", ")} in ${dlqTopic} (refs are <partition>:<offset>)`);
  const replays = (chosen as DeadLetter[]).map((letter) => {
    if (!letter.originalTopic)
      throw new Error(`${dlqTopic} ${letter.ref} has no ${DLQ_HEADERS.topic} header: cannot tell where to replay it`);
    const headers: Record<string, string> = { [REPLAYED_FROM_HEADER]: `${dlqTopic}/${letter.ref}` };
    for (const [name, value] of Object.entries(letter.headers)) if (!name.startsWith("x-dlq-")) headers[name] = value;
    return { letter, topic: letter.originalTopic, message: { key: letter.key, value: letter.value, headers } };
  });
  if (replays.length === 0) return [];
  const producer = createKafka({ brokers, clientId: "tthc-dlq-cli", log }).producer(producerDefaults);
  await producer.connect();
  try {
    // One send for all, in dead-letter order: events of one key keep their relative order.
    const byTopic = new Map<string, Array<(typeof replays)[number]["message"]>>();
    for (const r of replays) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r.message]);
    await producer.sendBatch({ topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
  } finally {
    await producer.disconnect();
  }
  return replays.map((r) => ({ ref: r.letter.ref, topic: r.topic, eventId: r.letter.eventId }));
}

export interface DeadOutboxRow {
  seq: string;
  eventId: string;
  topic: string;
  key: string;
  error: string;
  createdAt: Date;
  failedAt: Date;
}

async function withClient<T>(databaseUrl: string, fn: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

/** The outbox rows the relay set aside, oldest first. */
export async function listDeadOutboxRows(databaseUrl: string): Promise<DeadOutboxRow[]> {
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<DeadOutboxRow>(
      `SELECT "seq", "event_id" AS "eventId", "topic", "key", "error", "created_at" AS "createdAt", "failed_at" AS "failedAt"
         FROM "outbox_dead" ORDER BY "seq"`,
    );
    return rows;
  });
}

/**
 * Move dead outbox rows (the given seqs, or all) back into the outbox, where the relay publishes
 * them as new rows (a new seq: after what was written since). Returns the seqs moved back. A row
 * that still cannot be published is moved aside again.
 */
export async function retryDeadOutboxRows(databaseUrl: string, seqs: string[] | "all"): Promise<string[]> {
  return withClient(databaseUrl, async (db) => {
    await db.query("BEGIN");
    try {
      const { rows } = await db.query<{ seq: string }>(
        `WITH moved AS (
           DELETE FROM "outbox_dead" WHERE $1::boolean OR "seq" = ANY($2::bigint[])
           RETURNING "seq", "event_id", "topic", "key", "payload", "headers", "created_at"
         ), inserted AS (
           INSERT INTO "outbox" ("event_id", "topic", "key", "payload", "headers", "created_at")
           SELECT "event_id", "topic", "key", "payload", "headers", "created_at" FROM moved ORDER BY "seq"
         )
         SELECT "seq" FROM moved ORDER BY "seq"`,
        [seqs === "all", seqs === "all" ? [] : seqs],
      );
      const moved = rows.map((r) => r.seq);
      const unknown = seqs === "all" ? [] : seqs.filter((s) => !moved.includes(String(BigInt(s))));
      // All or nothing: a typo in one seq should not leave the others half done.
      if (unknown.length > 0) throw new Error(`No dead outbox row ${unknown.join(", ")}`);
      await db.query("COMMIT");
      return moved;
    } catch (err) {
      await db.query("ROLLBACK").catch(() => undefined);
      throw err;
    }
  });
}
