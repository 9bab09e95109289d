import { parseEvent, UnknownEventTypeError, type EventEnvelope, type EventOf, type EventType } from "@tthc/events";
import type { IHeaders, KafkaMessage, Producer } from "kafkajs";
import { backoff, sleep } from "./delay.ts";
import { createKafka, producerDefaults } from "./kafka.ts";
import { errorDetails, type Logger } from "./logger.ts";
import { dlqTopicOf } from "./topics.ts";
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
  /** Attempts before a failing event goes to the dead-letter topic (default 5). */
  maxAttempts?: number;
  /** Wait before the first retry; doubles on each further retry (default 200 ms). */
  backoffMs?: number;
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

type Outcome = "done" | "abandoned";

interface Delivery {
  topic: string;
  partition: number;
  message: KafkaMessage;
  heartbeat(): Promise<void>;
}

/**
 * Consume events at least once with idempotent effects: each event's handler runs in one
 * transaction with the `processed_event` row of (group, event id), and Kafka offsets are
 * committed only after those transactions commit. A redelivered event finds its row and is skipped.
 * An invalid message goes straight to `<topic>.dlq`; a handler that keeps failing goes there after
 * `maxAttempts`; either way the consumer moves on. Events of types it does not know or handle are
 * recorded as processed and skipped.
 */
export async function startConsumer<Tx extends SqlTx>(options: ConsumerOptions<Tx>): Promise<RunningConsumer> {
  const kafka = createKafka({ brokers: options.brokers, clientId: options.groupId, log: options.log });
  const consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false });
  const deadLetters = kafka.producer(producerDefaults);
  const processor = new Processor(options, deadLetters);

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
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        const { topic, partition } = batch;
        let settled: string | undefined;
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) break;
          if ((await processor.process({ topic, partition, message, heartbeat })) === "abandoned") break;
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
      await consumer.disconnect();
      await deadLetters.disconnect();
    },
  };
}

class Processor<Tx extends SqlTx> {
  private readonly stopping = new AbortController();
  private readonly maxAttempts: number;
  private readonly backoffMs: number;

  constructor(
    private readonly options: ConsumerOptions<Tx>,
    private readonly deadLetters: Producer,
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 200;
  }

  stop(): void {
    this.stopping.abort();
  }

  /** "abandoned" = stopping before the message was settled: leave its offset uncommitted for redelivery. */
  async process(delivery: Delivery): Promise<Outcome> {
    if (this.stopping.signal.aborted) return "abandoned";
    let eventId: string;
    let effect: ((tx: Tx) => Promise<void>) | undefined;
    try {
      const event = parseEvent(JSON.parse(delivery.message.value?.toString("utf8") ?? "null"));
      eventId = event.id;
      effect = this.handlerFor(event);
    } catch (err) {
      if (!(err instanceof UnknownEventTypeError)) return this.deadLetter(delivery, err, 1);
      eventId = err.eventId;
    }
    return this.processOnce(delivery, eventId, effect);
  }

  private handlerFor(event: EventEnvelope): ((tx: Tx) => Promise<void>) | undefined {
    const handler = this.options.handlers[event.type] as EventHandler<EventType, Tx> | undefined;
    return handler && ((tx) => handler(event, tx));
  }

  private async processOnce(delivery: Delivery, eventId: string, effect: ((tx: Tx) => Promise<void>) | undefined): Promise<Outcome> {
    const { groupId, log } = this.options;
    for (let attempt = 1; ; attempt++) {
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
        return "done";
      } catch (err) {
        if (this.stopping.signal.aborted) return "abandoned";
        if (attempt >= this.maxAttempts) return this.deadLetter(delivery, err, attempt);
        const waitMs = backoff(attempt, this.backoffMs, MAX_BACKOFF_MS);
        log.warn({ err: errorDetails(err), eventId, attempt, retryInMs: waitMs }, "consumer: handler failed; retrying");
        await sleep(waitMs, this.stopping.signal);
        await delivery.heartbeat().catch(() => undefined);
      }
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
        await sleep(backoff(failures + 1, this.backoffMs, MAX_BACKOFF_MS), this.stopping.signal);
      }
    }
  }
}
