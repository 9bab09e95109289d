import { parseEvent, UnknownEventTypeError, type EventEnvelope, type EventOf, type EventType } from "@tthc/events";
import type { IHeaders, KafkaMessage, Producer } from "kafkajs";
import { backoff, sleep } from "./delay.ts";
import { createKafka, producerDefaults } from "./kafka.ts";
import { errorDetails, type Logger } from "./logger.ts";
import { isTransientError } from "./errors.ts";
import { dlqTopicOf } from "./topics.ts";
import { extractContext, inSpan, SpanKind } from "./tracing.ts";
import type { RunInTransaction, SqlTx } from "./transaction.ts";

/** An event handler: its effect is written through `tx`, in the transaction that records the event as processed. */
export type EventHandler<K extends EventType, Tx extends SqlTx = SqlTx> = (event: EventOf<K>, tx: Tx) => Promise<void>;
export type EventHandlers<Tx extends SqlTx = SqlTx> = { [K in EventType]?: EventHandler<K, Tx> };

export interface ConsumerOptions<Tx extends SqlTx = SqlTx> {
  brokers: string[];
  groupId: string;
  topics: string[];
  runInTransaction: RunInTransaction<Tx>;
  handlers: EventHandlers<Tx>;
  log: Logger;
  /** Attempts before an event whose handler keeps failing with a permanent error goes to the dead-letter topic (default 5). */
  maxAttempts?: number;
  /** Wait before the first retry; doubles on each further retry (default 200 ms). */
  backoffMs?: number;
  /** Longest wait between retries (default 10 s). */
  maxBackoffMs?: number;
  /**
   * Events handled in one transaction (default 1). A projection whose volume needs it (reporting's facts)
   * takes up to this many consecutive messages of a fetched batch into one transaction, each still recorded
   * in processed_event and skipped when seen before: the commit, not the handlers, is what costs most per
   * event. If that transaction fails, its events are handled again one by one, so retries and the
   * dead-letter topic work per event exactly as with 1.
   */
  batchSize?: number;
  /**
   * With batchSize: the events of a chunk not seen before, in order, handled together (set-based, a few
   * statements for the whole chunk) instead of by `handlers` one by one. It must have the effect the
   * handlers would have one after the other; the handlers still take each event when a chunk falls back.
   */
  handleBatch?: (events: EventEnvelope[], tx: Tx) => Promise<void>;
}

export interface RunningConsumer {
  /** Stop fetching, let the message in hand finish, commit what was processed, leave the group and disconnect. */
  stop(): Promise<void>;
}

/** Dead-letter headers, added to the original message's own. */
export const DLQ_HEADERS = {
  error: "x-dlq-error",
  attempts: "x-dlq-attempts",
  group: "x-dlq-group",
  topic: "x-dlq-topic",
  partition: "x-dlq-partition",
  offset: "x-dlq-offset",
} as const;

const MAX_BACKOFF_MS = 10_000;
const MAX_ERROR_HEADER_LENGTH = 2_000;
// How long a fetch waits for new messages. It also bounds how late a partition resumed after a
// retry wait is fetched again (kafkajs only looks at paused partitions between fetches).
const MAX_FETCH_WAIT_MS = 1_000;

/** "abandoned" = stopping before the message was settled: leave its offset uncommitted for redelivery. */
type Outcome = "done" | "abandoned" | { retryInMs: number };

interface Delivery {
  topic: string;
  partition: number;
  message: KafkaMessage;
}

/**
 * Consume events at least once with idempotent effects: each event's handler runs in one
 * transaction with the `processed_event` row of (group, event id), and Kafka offsets are
 * committed only after those transactions commit. A redelivered event finds its row and is skipped.
 *
 * Failures: a transient one (database or broker unreachable, connection lost, deadlock, timeout;
 * see errors.ts) is retried without limit, since the event is not at fault; a permanent one is
 * retried `maxAttempts` times, then the event goes to `<topic>.dlq` and the consumer moves on. An
 * invalid message goes to the dead-letter topic at once. Between retries only the failing
 * partition is paused: the others go on, and the consumer keeps heartbeating, so it stays in the
 * group however long a database outage lasts. Events of types it does not know or handle are
 * recorded as processed and skipped.
 */
export async function startConsumer<Tx extends SqlTx>(options: ConsumerOptions<Tx>): Promise<RunningConsumer> {
  const kafka = createKafka({ brokers: options.brokers, clientId: options.groupId, log: options.log });
  const consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: MAX_FETCH_WAIT_MS });
  const deadLetters = kafka.producer(producerDefaults);
  const processor = new Processor(options, deadLetters);
  const resumeTimers = new Set<NodeJS.Timeout>();
  const batchSize = Math.max(1, options.batchSize ?? 1);

  await deadLetters.connect();
  try {
    await consumer.connect();
    // From the beginning for a new group: a new projection starts from the whole history.
    await consumer.subscribe({ topics: options.topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      // Offsets are committed once per fetched batch: a crash before that only causes redeliveries,
      // which processed_event turns into cheap skips.
      eachBatch: async ({ batch, resolveOffset, heartbeat, pause, isRunning, isStale }) => {
        const { topic, partition } = batch;
        let settled: string | undefined;
        // After a chunk fails together, its messages go one by one (up to this index) before the next chunk.
        let oneByOneUntil = -1;
        for (let i = 0; i < batch.messages.length; i++) {
          if (!isRunning() || isStale()) break;
          const chunk = i > oneByOneUntil ? batch.messages.slice(i, i + batchSize) : [];
          if (chunk.length > 1) {
            if (await processor.processTogether(topic, partition, chunk)) {
              for (const message of chunk) resolveOffset(message.offset);
              settled = chunk[chunk.length - 1]!.offset;
              i += chunk.length - 1;
              await heartbeat();
              continue;
            }
            oneByOneUntil = i + chunk.length - 1;
          }
          const message = batch.messages[i]!;
          const outcome = await processor.process({ topic, partition, message });
          if (outcome === "abandoned") break;
          if (outcome !== "done") {
            // Retry later without holding up the other partitions: pause this one and return. Its
            // unresolved messages are fetched again from this one once it is resumed.
            const resume = pause();
            const timer = setTimeout(() => {
              resumeTimers.delete(timer);
              resume();
            }, outcome.retryInMs);
            resumeTimers.add(timer);
            break;
          }
          resolveOffset(message.offset);
          settled = message.offset;
          await heartbeat();
        }
        if (settled === undefined) return;
        try {
          await consumer.commitOffsets([{ topic, partition, offset: (BigInt(settled) + 1n).toString() }]);
        } catch (err) {
          // Harmless: the events are recorded as processed, so their redelivery will be skipped.
          options.log.warn({ err: errorDetails(err), topic, partition, offset: settled }, "consumer: offset commit failed");
        }
      },
    });
  } catch (err) {
    await consumer.disconnect().catch(() => undefined);
    await deadLetters.disconnect().catch(() => undefined);
    throw err;
  }

  return {
    async stop() {
      processor.stop();
      for (const timer of resumeTimers) clearTimeout(timer);
      resumeTimers.clear();
      await consumer.disconnect();
      await deadLetters.disconnect();
    },
  };
}

/** The failures so far of the message a partition is stuck on. */
interface Failures {
  offset: string;
  /** All failures, for the backoff. */
  total: number;
  /** Permanent failures only, counted against maxAttempts. */
  permanent: number;
}

class Processor<Tx extends SqlTx> {
  private readonly stopping = new AbortController();
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  /** By "topic:partition": a partition is processed in order, so only its first unsettled message can have failures. */
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly options: ConsumerOptions<Tx>,
    private readonly deadLetters: Producer,
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 200;
    this.maxBackoffMs = options.maxBackoffMs ?? MAX_BACKOFF_MS;
  }

  stop(): void {
    this.stopping.abort();
  }

  /** One delivery, in a consumer span continuing the trace its headers carry (the relay's publish span). */
  async process(delivery: Delivery): Promise<Outcome> {
    if (this.stopping.signal.aborted) return "abandoned";
    const { topic, partition, message } = delivery;
    return inSpan(`process ${topic}`, this.spanOptions(topic, partition, message), async (span) => {
      const outcome = await this.processIn(delivery);
      span.setAttribute("tthc.outcome", typeof outcome === "string" ? outcome : "retry");
      return outcome;
    });
  }

  /**
   * A consumer span continuing the trace the (first) message's headers carry, so one command's trace
   * reaches the consumer's effect whether it is handled alone or in a batch.
   */
  private spanOptions(topic: string, partition: number, first: KafkaMessage, extra: Record<string, number> = {}) {
    return {
      kind: SpanKind.CONSUMER,
      parent: extractContext(first.headers ?? {}),
      attributes: {
        "messaging.system": "kafka",
        "messaging.operation.type": "process",
        "messaging.destination.name": topic,
        "messaging.destination.partition.id": String(partition),
        "messaging.kafka.offset": first.offset,
        "messaging.consumer.group.name": this.options.groupId,
        ...extra,
      },
    };
  }

  private async processIn(delivery: Delivery): Promise<Outcome> {
    let eventId: string;
    let effect: ((tx: Tx) => Promise<void>) | undefined;
    try {
      const event = readEvent(delivery.message);
      eventId = event.id;
      effect = this.handlerFor(event);
    } catch (err) {
      if (!(err instanceof UnknownEventTypeError)) return this.deadLetter(delivery, err, 1);
      eventId = err.eventId;
    }
    return this.attempt(delivery, eventId, effect);
  }

  /**
   * Consecutive deliveries of one partition in one transaction (ConsumerOptions.batchSize). True when all
   * were handled; false, with nothing written, when any message is unreadable or the transaction failed:
   * the caller then handles them one by one, which retries or dead-letters the one at fault.
   */
  async processTogether(topic: string, partition: number, messages: KafkaMessage[]): Promise<boolean> {
    if (this.stopping.signal.aborted) return false;
    const events: EventEnvelope[] = [];
    for (const message of messages) {
      try {
        events.push(readEvent(message));
      } catch {
        return false;
      }
    }
    return inSpan(
      `process ${topic}`,
      this.spanOptions(topic, partition, messages[0]!, { "messaging.batch.message_count": messages.length }),
      async (span) => {
        try {
          await this.options.runInTransaction(async (tx) => {
            // As in attempt(): the processed_event rows first, so a concurrent delivery waits for this commit.
            const fresh = new Set(
              (
                await tx.$queryRawUnsafe<Array<{ event_id: string }>>(
                  `INSERT INTO "processed_event" ("consumer_group", "event_id")
                   SELECT $1, id FROM unnest($2::uuid[]) AS id ON CONFLICT DO NOTHING RETURNING "event_id"::text`,
                  this.options.groupId,
                  events.map((e) => e.id),
                )
              ).map((r) => r.event_id.toLowerCase()),
            );
            // delete: the same event twice in one chunk has its effect once.
            const unseen = events.filter((event) => fresh.delete(event.id.toLowerCase()));
            if (this.options.handleBatch) await this.options.handleBatch(unseen, tx);
            else for (const event of unseen) await this.handlerFor(event)?.(tx);
          });
          span.setAttribute("tthc.outcome", "done");
          return true;
        } catch (err) {
          this.options.log.warn(
            { err: errorDetails(err), topic, partition, offset: messages[0]!.offset, count: messages.length },
            "consumer: batch transaction failed; handling its events one by one",
          );
          span.setAttribute("tthc.outcome", "one-by-one");
          return false;
        }
      },
    );
  }

  private handlerFor(event: EventEnvelope): ((tx: Tx) => Promise<void>) | undefined {
    const handler = this.options.handlers[event.type] as EventHandler<EventType, Tx> | undefined;
    return handler && ((tx) => handler(event, tx));
  }

  /** One attempt; on failure either a wait before the next one or, once permanent failures reach maxAttempts, the dead-letter topic. */
  private async attempt(delivery: Delivery, eventId: string, effect: ((tx: Tx) => Promise<void>) | undefined): Promise<Outcome> {
    const { groupId, log } = this.options;
    const key = `${delivery.topic}:${delivery.partition}`;
    try {
      await this.options.runInTransaction(async (tx) => {
        // Insert first: a concurrent delivery of the same event (during a rebalance) blocks on this
        // row until the first commits, then sees it and skips.
        const fresh = await tx.$executeRawUnsafe(
          `INSERT INTO "processed_event" ("consumer_group", "event_id") VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING`,
          groupId,
          eventId,
        );
        if (fresh > 0 && effect) await effect(tx);
      });
      this.failures.delete(key);
      return "done";
    } catch (err) {
      if (this.stopping.signal.aborted) return "abandoned";
      const previous = this.failures.get(key);
      const failures: Failures =
        previous?.offset === delivery.message.offset ? previous : { offset: delivery.message.offset, total: 0, permanent: 0 };
      const transient = isTransientError(err);
      failures.total += 1;
      if (!transient) failures.permanent += 1;
      if (failures.permanent >= this.maxAttempts) {
        this.failures.delete(key);
        return this.deadLetter(delivery, err, failures.permanent);
      }
      this.failures.set(key, failures);
      const retryInMs = backoff(failures.total, this.backoffMs, this.maxBackoffMs);
      const where = { eventId, topic: delivery.topic, partition: delivery.partition, offset: delivery.message.offset };
      if (transient) {
        log.warn(
          { err: errorDetails(err), ...where, failures: failures.total, retryInMs },
          "consumer: transient failure; partition paused, retrying",
        );
      } else {
        log.warn({ err: errorDetails(err), ...where, attempt: failures.permanent, retryInMs }, "consumer: handler failed; retrying");
      }
      return { retryInMs };
    }
  }

  private async deadLetter({ topic, partition, message }: Delivery, cause: unknown, attempts: number): Promise<Outcome> {
    const reason = errorDetails(cause).message.slice(0, MAX_ERROR_HEADER_LENGTH);
    const headers: IHeaders = {
      ...message.headers,
      [DLQ_HEADERS.error]: reason,
      [DLQ_HEADERS.attempts]: String(attempts),
      [DLQ_HEADERS.group]: this.options.groupId,
      [DLQ_HEADERS.topic]: topic,
      [DLQ_HEADERS.partition]: String(partition),
      [DLQ_HEADERS.offset]: message.offset,
    };
    const dlq = dlqTopicOf(topic);
    for (let failures = 0; ; failures++) {
      try {
        await this.deadLetters.send({ topic: dlq, messages: [{ key: message.key, value: message.value, headers }] });
        this.options.log.error({ topic, partition, offset: message.offset, dlq, reason, attempts }, "consumer: message dead-lettered");
        return "done";
      } catch (err) {
        // Until it is safely in the dead-letter topic the message must not be committed past.
        if (this.stopping.signal.aborted) return "abandoned";
        this.options.log.error({ err: errorDetails(err), dlq }, "consumer: dead-letter publish failed; retrying");
        await sleep(backoff(failures + 1, this.backoffMs, this.maxBackoffMs), this.stopping.signal);
      }
    }
  }
}

/** A message's value as a catalogued event; throws when it is not JSON or not a valid envelope. */
function readEvent(message: KafkaMessage): EventEnvelope {
  return parseEvent(JSON.parse(message.value?.toString("utf8") ?? "null"));
}
