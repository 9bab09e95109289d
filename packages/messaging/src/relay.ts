import type { Socket } from "node:net";
import type { Kafka, Message, Producer } from "kafkajs";
import pg from "pg";
import { backoff, sleep } from "./delay.ts";
import { causeChain, isRecordError } from "./errors.ts";
import { createKafka, producerDefaults } from "./kafka.ts";
import { errorDetails, type Logger } from "./logger.ts";
import { contextWithSpan, extractContext, failSpan, traceHeaders, tracer, SpanKind, type Span } from "./tracing.ts";

export interface OutboxRelayOptions {
  /** The service's own database (the one holding its outbox table). */
  databaseUrl: string;
  brokers: string[];
  /** Names the Kafka client and the log lines. */
  service: string;
  log: Logger;
  /** Fallback poll when no notification arrives (default 1000 ms). */
  pollIntervalMs?: number;
  /** Rows published per Kafka request (default 500). */
  batchSize?: number;
  /** Prepended to every topic name, so that several environments or test suites can share a broker. */
  topicPrefix?: string;
}

export interface OutboxRelay {
  /** Finish the batch in flight, release the lock and disconnect. */
  stop(): Promise<void>;
}

// Advisory locks are per database, so this one key gives one active relay per service database.
const RELAY_LOCK_KEY = 727_002;
const NOTIFY_CHANNEL = "tthc_outbox";
const MAX_BACKOFF_MS = 5_000;

/*
 * A silently cut connection (no FIN or RST ever arrives: a network partition, a frozen NAT or
 * proxy) must not keep the lock, and with it the outbox, forever. Two sides have to notice:
 *
 * - The relay: every query must answer within QUERY_TIMEOUT_MS, and a heartbeat query runs every
 *   HEARTBEAT_MS, so the relay drops a dead connection within HEARTBEAT_MS + QUERY_TIMEOUT_MS and
 *   stops publishing as the active relay.
 * - The server: it keeps the old session, and its advisory lock, until it notices the dead peer.
 *   The heartbeat keeps a live session from ever being idle, so idle_session_timeout ends a cut
 *   one SERVER_IDLE_SESSION_TIMEOUT_MS after the last query that reached it; TCP keepalive and
 *   tcp_user_timeout also end it when the network itself is gone.
 *
 * So a standby relay (which tries pg_try_advisory_lock on each poll) takes over within
 * RELAY_TAKEOVER_BOUND_MS + its poll interval of the cut (plus a round trip).
 */
const HEARTBEAT_MS = 2_000;
const QUERY_TIMEOUT_MS = 5_000;
const CONNECT_TIMEOUT_MS = 5_000;
const SERVER_IDLE_SESSION_TIMEOUT_MS = 10_000;
/** How long after a silent cut the old session's lock may still be held (see above); a standby adds its poll interval. */
export const RELAY_TAKEOVER_BOUND_MS = SERVER_IDLE_SESSION_TIMEOUT_MS;
const SESSION_SETTINGS = {
  idle_session_timeout: `${SERVER_IDLE_SESSION_TIMEOUT_MS}`,
  // The relay never holds a transaction open, and its statements are small.
  idle_in_transaction_session_timeout: `${SERVER_IDLE_SESSION_TIMEOUT_MS}`,
  statement_timeout: `${QUERY_TIMEOUT_MS}`,
  // Server-side probes of an idle connection (seconds): a vanished peer is noticed in 5 + 2×3 s.
  tcp_keepalives_idle: "5",
  tcp_keepalives_interval: "2",
  tcp_keepalives_count: "3",
  // Unacknowledged data (a result sent into a dead network) ends the session after this (ms).
  tcp_user_timeout: `${SERVER_IDLE_SESSION_TIMEOUT_MS}`,
};

interface OutboxRow {
  seq: string;
  topic: string;
  key: string;
  payload: string;
  headers: Record<string, string>;
}

/** Resolves a waiting relay early when a notification arrives; remembers one that arrived while it was busy. */
class Wakeup {
  private pending = false;
  private resolve: (() => void) | undefined;

  notify(): void {
    this.pending = true;
    this.resolve?.();
  }

  async wait(ms: number): Promise<void> {
    if (!this.pending) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        this.resolve = done;
        function done() {
          clearTimeout(timer);
          resolve();
        }
      });
      this.resolve = undefined;
    }
    this.pending = false;
  }
}

/**
 * Publish the outbox to Kafka until stopped. One relay per database is active at a time (a
 * PostgreSQL session advisory lock held on the relay's own connection; others wait for it). Rows go
 * out in seq order, one request in flight, through an idempotent producer, and are stamped
 * published only after Kafka acknowledged them; so a broker outage delays events but never loses
 * or reorders them (a row may be published twice after a failure — consumers are idempotent).
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const relay = new Relay(options);
  const running = relay.run();
  return {
    async stop() {
      relay.stop();
      await running;
    },
  };
}

class Relay {
  private readonly log: Logger;
  private readonly kafka: Kafka;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly topicPrefix: string;
  private readonly wakeup = new Wakeup();
  private readonly stopping = new AbortController();
  private db: pg.Client | undefined;
  private locked = false;
  private producer: Producer | undefined;
  private waitingForLockLogged = false;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.log = options.log;
    this.kafka = createKafka({ brokers: options.brokers, clientId: `${options.service}-outbox-relay`, log: options.log });
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 500;
    this.topicPrefix = options.topicPrefix ?? "";
  }

  stop(): void {
    this.stopping.abort();
    this.wakeup.notify();
  }

  async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      try {
        const db = await this.lockedConnection();
        if (db) {
          await this.drain(db);
          if (failures > 0) this.log.info({ failures }, "outbox relay: publishing again");
          failures = 0;
        }
        await this.wakeup.wait(this.pollIntervalMs);
      } catch (err) {
        if (this.stopping.signal.aborted) break;
        failures += 1;
        this.log.error({ err: errorDetails(err), failures }, "outbox relay: publishing failed; retrying");
        await sleep(backoff(failures, 200, MAX_BACKOFF_MS), this.stopping.signal);
      }
    }
    await this.close();
  }

  /** The relay's connection, once it holds the lock; undefined while another relay holds it. */
  private async lockedConnection(): Promise<pg.Client | undefined> {
    const db = this.db ?? (await this.connect());
    if (!this.locked) {
      const { rows } = await this.query<{ locked: boolean }>(db, "SELECT pg_try_advisory_lock($1) AS locked", [RELAY_LOCK_KEY]);
      this.locked = rows[0]?.locked === true;
      if (!this.locked) {
        if (!this.waitingForLockLogged) this.log.info({}, "outbox relay: another relay is active; standing by");
        this.waitingForLockLogged = true;
        return undefined;
      }
      this.log.info({}, "outbox relay: active");
    }
    return db;
  }

  private async connect(): Promise<pg.Client> {
    const db = new pg.Client({
      connectionString: this.options.databaseUrl,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      keepAlive: true,
      keepAliveInitialDelayMillis: 5_000,
      options: Object.entries(SESSION_SETTINGS)
        .map(([name, value]) => `-c ${name}=${value}`)
        .join(" "),
    });
    db.on("notification", () => this.wakeup.notify());
    db.on("error", (err) => {
      this.log.warn({ err: errorDetails(err) }, "outbox relay: database connection lost");
      void this.dropConnection(db);
    });
    try {
      await db.connect();
      // The outbox is a queue: its statistics are always stale (a burst of inserts looks like a few
      // rows), and the planner then reads and sorts every unpublished row for each batch instead
      // of walking the partial index in seq order. Only this session's queries are affected.
      await db.query("SET enable_bitmapscan = off");
      await db.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (err) {
      await db.end().catch(() => undefined);
      throw err;
    }
    this.db = db;
    this.startHeartbeat(db);
    return db;
  }

  /** A cheap query every HEARTBEAT_MS: proves the connection (and so the lock) is still there, and keeps the session from going idle. */
  private startHeartbeat(db: pg.Client): void {
    clearInterval(this.heartbeat);
    let inFlight = false;
    this.heartbeat = setInterval(() => {
      if (inFlight || this.db !== db) return;
      inFlight = true;
      db.query("SELECT 1")
        .catch(async (err: unknown) => {
          if (this.db !== db) return;
          this.log.warn({ err: errorDetails(err), locked: this.locked }, "outbox relay: database connection lost");
          await this.dropConnection(db);
          this.wakeup.notify();
        })
        .finally(() => {
          inFlight = false;
        });
    }, HEARTBEAT_MS);
  }

  /** Closing the session releases the advisory lock, so another relay can take over. */
  private async dropConnection(db: pg.Client): Promise<void> {
    if (this.db === db) {
      this.db = undefined;
      this.locked = false;
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
    await closeClient(db);
  }

  private async query<R extends pg.QueryResultRow>(db: pg.Client, text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      return await db.query<R>(text, values);
    } catch (err) {
      await this.dropConnection(db);
      throw err;
    }
  }

  /**
   * Publish until the outbox is empty. Pipelined: while Kafka acknowledges batch k, the previous
   * batch is stamped and the next one read — still one Kafka request in flight, in seq order.
   */
  private async drain(db: pg.Client): Promise<void> {
    let rows = await this.nextBatch(db, []);
    let sent: OutboxRow[] = [];
    while (rows.length > 0 && !this.stopping.signal.aborted) {
      const inFlight = rows;
      const [published, stamped, next] = await Promise.allSettled([
        this.publish(db, inFlight),
        this.markPublished(db, sent),
        inFlight.length < this.batchSize ? Promise.resolve([]) : this.nextBatch(db, inFlight),
      ]);
      for (const step of [published, stamped, next]) if (step.status === "rejected") throw step.reason;
      sent = inFlight;
      rows = next.status === "fulfilled" ? next.value : [];
    }
    await this.markPublished(db, sent);
  }

  /** The oldest unpublished rows, leaving out the batch still in flight (its rows are not stamped yet). */
  private async nextBatch(db: pg.Client, inFlight: OutboxRow[]): Promise<OutboxRow[]> {
    const { rows } = await this.query<OutboxRow>(
      db,
      `SELECT "seq", "topic", "key", "payload"::text AS "payload", "headers" FROM "outbox"
        WHERE "published_at" IS NULL AND NOT ("seq" = ANY($2::bigint[])) ORDER BY "seq" LIMIT $1`,
      [this.batchSize, inFlight.map((r) => r.seq)],
    );
    return rows;
  }

  private async markPublished(db: pg.Client, rows: OutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.query(db, `UPDATE "outbox" SET "published_at" = now() WHERE "seq" = ANY($1::bigint[])`, [rows.map((r) => r.seq)]);
  }

  /**
   * Publish a batch. When Kafka refuses a record of it for good (see isRecordError), find which
   * by publishing the batch again one row at a time, in seq order, and move each such row to
   * outbox_dead, so that the rows after it go on. Any other error (broker down or slow) is thrown
   * and the whole batch is retried later, nothing moved aside.
   */
  private async publish(db: pg.Client, rows: OutboxRow[]): Promise<void> {
    try {
      await this.send(rows);
      return;
    } catch (err) {
      if (!isRecordError(err)) throw err;
      this.log.warn(
        { err: errorDetails(err), rows: rows.length },
        "outbox relay: Kafka refused a record; publishing the batch one row at a time",
      );
    }
    // A missing topic costs kafkajs's whole retry time on each attempt; once one row found it
    // missing, the other rows of this batch for that topic are moved aside without asking again.
    const missingTopics = new Map<string, unknown>();
    for (const row of rows) {
      if (this.stopping.signal.aborted) throw new Error("outbox relay: stopping");
      const missing = missingTopics.get(row.topic);
      if (missing !== undefined) {
        await this.moveToDead(db, row, missing);
        continue;
      }
      try {
        await this.send([row]);
      } catch (err) {
        if (!isRecordError(err)) throw err;
        if (causeChain(err).some((n) => n.type === "UNKNOWN_TOPIC_OR_PARTITION")) missingTopics.set(row.topic, err);
        await this.moveToDead(db, row, err);
      }
    }
  }

  /** One statement, so it cannot interleave with the other queries pipelined on this connection. */
  private async moveToDead(db: pg.Client, row: OutboxRow, err: unknown): Promise<void> {
    const error = errorDetails(err).message;
    await this.query(
      db,
      `WITH moved AS (DELETE FROM "outbox" WHERE "seq" = $1 RETURNING *)
       INSERT INTO "outbox_dead" ("seq", "event_id", "topic", "key", "payload", "headers", "created_at", "error")
       SELECT "seq", "event_id", "topic", "key", "payload", "headers", "created_at", $2 FROM moved`,
      [row.seq, error],
    );
    this.log.error(
      { seq: row.seq, eventId: row.headers["x-event-id"], topic: this.topicPrefix + row.topic, error },
      "outbox relay: row cannot be published; moved to outbox_dead",
    );
  }

  private async send(rows: OutboxRow[]): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    const spans: Span[] = [];
    for (const row of rows) {
      const topic = this.topicPrefix + row.topic;
      const messages = byTopic.get(topic) ?? [];
      messages.push({ key: row.key, value: row.payload, headers: this.traced(row, topic, spans) });
      byTopic.set(topic, messages);
    }
    try {
      const producer = await this.connectedProducer();
      try {
        await producer.sendBatch({ topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
      } catch (err) {
        // A fresh producer after a failure: the old one's connections and sequence state are suspect.
        this.producer = undefined;
        await producer.disconnect().catch(() => undefined);
        throw err;
      }
    } catch (err) {
      for (const span of spans) failSpan(span, err);
      throw err;
    } finally {
      for (const span of spans) span.end();
    }
  }

  /**
   * A row that carries the trace of the request that wrote it is published in a producer span, a
   * child of that request's; the message carries this span's context on to the consumer.
   */
  private traced(row: OutboxRow, topic: string, spans: Span[]): Record<string, string> {
    if (!row.headers.traceparent) return row.headers;
    const parent = extractContext(row.headers);
    const span = tracer().startSpan(
      `publish ${topic}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          "messaging.system": "kafka",
          "messaging.operation.type": "send",
          "messaging.destination.name": topic,
          "messaging.message.id": row.headers["x-event-id"] ?? "",
          "tthc.outbox.seq": row.seq,
        },
      },
      parent,
    );
    spans.push(span);
    return { ...row.headers, ...traceHeaders(contextWithSpan(parent, span)) };
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.kafka.producer({
      ...producerDefaults,
      idempotent: true,
      maxInFlightRequests: 1,
      // Bounded, so that a broker outage surfaces here (logged, retried by the relay loop) and stop() is never stuck.
      retry: { retries: 5, maxRetryTime: MAX_BACKOFF_MS },
    });
    try {
      await producer.connect();
    } catch (err) {
      await producer.disconnect().catch(() => undefined);
      throw err;
    }
    this.producer = producer;
    return producer;
  }

  private async close(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = undefined;
    if (this.db) await this.dropConnection(this.db);
  }
}

/**
 * End a connection; one that does not close within a second is destroyed. A silently cut peer
 * never answers the goodbye, and pg's end() would wait for it forever.
 */
async function closeClient(db: pg.Client): Promise<void> {
  const ended = db.end().catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), 1_000);
  });
  if ((await Promise.race([ended, late])) === "late") {
    // pg has no public destroy(); its socket is the only way to let go of the connection.
    (db as unknown as { connection: { stream: Socket } }).connection.stream.destroy();
    await ended;
  }
  clearTimeout(timer);
}
