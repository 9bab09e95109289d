/**
 * Rebuild a read model from offset 0 (dựng lại dữ liệu tổng hợp từ đầu): empty its tables, then apply every
 * event its topics hold, in partition order, with the handlers the live consumer uses. Projections are
 * written to give the same result from any replay of the same events, so the rebuilt model equals the one
 * built live (reporting's figures, inspections' risk signals).
 *
 * Safety: the live consumer group must be stopped (a replay refuses to start while it has members), or it
 * would apply events the replay applies too. The replay records each event in `processed_event` under the
 * live group, so when the consumers start again they skip what the replay already applied and carry on from
 * their committed offsets. It reads with a throwaway group (deleted at the end) up to each partition's end
 * as it was when the replay started; later events are the live consumer's.
 *
 * One transaction per fetched batch (the volume of a replay is the whole history): an event whose handler
 * fails is rolled back alone to a savepoint and counted as skipped, as the live consumer would have
 * dead-lettered it; a database that fails ends the replay with an error, and running it again starts over.
 */
import { randomUUID } from "node:crypto";
import { parseEvent, UnknownEventTypeError, type EventType } from "@tthc/events";
import type { EventHandler, EventHandlers } from "./consumer.ts";
import { isTransientError } from "./errors.ts";
import { createKafka } from "./kafka.ts";
import { errorDetails, type Logger } from "./logger.ts";
import type { RunInTransaction, SqlTx } from "./transaction.ts";

export interface ReplayOptions<Tx extends SqlTx = SqlTx> {
  brokers: string[];
  /** The live consumer group whose read model is rebuilt (the service's name). */
  groupId: string;
  topics: string[];
  handlers: EventHandlers<Tx>;
  runInTransaction: RunInTransaction<Tx>;
  /** Empties the read model's tables (in the same database as processed_event). */
  reset: (tx: Tx) => Promise<void>;
  log: Logger;
  /** Called after each applied batch, and once at the start. */
  onProgress?: (progress: ReplayProgress) => void;
  /** Milliseconds from any fixed origin, for the rate; the process's monotonic clock unless a test brings its own. */
  elapsedMs?: () => number;
}

export interface ReplayProgress {
  /** Messages read so far, of `total` (the topics' messages up to their end at the start). */
  done: number;
  total: number;
  /** Events whose handler failed and was rolled back alone. */
  skipped: number;
  perSecond: number;
  /** Estimated from the rate so far; null until there is a rate. */
  secondsLeft: number | null;
}

export class ReplayRefusedError extends Error {}

type Ends = Map<string, bigint>;
const partitionKey = (topic: string, partition: number) => `${topic}:${partition}`;

export async function replayReadModel<Tx extends SqlTx>(options: ReplayOptions<Tx>): Promise<ReplayProgress> {
  const elapsedMs = options.elapsedMs ?? (() => performance.now());
  const kafka = createKafka({ brokers: options.brokers, clientId: `${options.groupId}-replay`, log: options.log });
  const admin = kafka.admin();
  await admin.connect();
  const replayGroup = `${options.groupId}.replay-${randomUUID().slice(0, 8)}`;
  try {
    await refuseWhileLive(admin, options.groupId);
    const { ends, total } = await endsOf(admin, options.topics);
    await options.runInTransaction((tx) => options.reset(tx));

    const started = elapsedMs();
    const progress: ReplayProgress = { done: 0, total, skipped: 0, perSecond: 0, secondsLeft: null };
    options.onProgress?.({ ...progress });
    if (ends.size > 0) await applyAll(options, kafka, replayGroup, ends, progress, () => (elapsedMs() - started) / 1000);
    return progress;
  } finally {
    // The throwaway group only exists if the replay got as far as reading.
    await admin.deleteGroups([replayGroup]).catch(() => undefined);
    await admin.disconnect();
  }
}

async function refuseWhileLive(admin: ReturnType<ReturnType<typeof createKafka>["admin"]>, groupId: string): Promise<void> {
  const { groups } = await admin.describeGroups([groupId]);
  const members = groups[0]?.members.length ?? 0;
  if (members > 0) {
    throw new ReplayRefusedError(
      `consumer group ${groupId} has ${members} active member(s): stop the service's consumers before replaying its read model`,
    );
  }
}

/** Each non-empty partition's end offset now (the replay's stopping point) and the number of messages before it. */
async function endsOf(
  admin: ReturnType<ReturnType<typeof createKafka>["admin"]>,
  topics: string[],
): Promise<{ ends: Ends; total: number }> {
  const ends: Ends = new Map();
  let total = 0;
  for (const topic of topics) {
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(high) <= BigInt(low)) continue;
      ends.set(partitionKey(topic, partition), BigInt(high));
      total += Number(BigInt(high) - BigInt(low));
    }
  }
  return { ends, total };
}

async function applyAll<Tx extends SqlTx>(
  options: ReplayOptions<Tx>,
  kafka: ReturnType<typeof createKafka>,
  replayGroup: string,
  ends: Ends,
  progress: ReplayProgress,
  seconds: () => number,
): Promise<void> {
  const consumer = kafka.consumer({ groupId: replayGroup, allowAutoTopicCreation: false, maxWaitTimeInMs: 500 });
  const remaining = new Set(ends.keys());
  let finish!: (err?: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => {
    finish = (err) => (err === undefined ? resolve() : reject(err instanceof Error ? err : new Error(String(err))));
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: options.topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch, heartbeat }) => {
        const key = partitionKey(batch.topic, batch.partition);
        const end = ends.get(key);
        if (end === undefined || !remaining.has(key)) return;
        const messages = batch.messages.filter((m) => BigInt(m.offset) < end);
        try {
          progress.skipped += await applyBatch(options, messages);
        } catch (err) {
          finish(err);
          return;
        }
        progress.done += messages.length;
        const last = messages.at(-1);
        if (last && BigInt(last.offset) + 1n >= end) remaining.delete(key);
        const s = seconds();
        progress.perSecond = s > 0 ? progress.done / s : 0;
        progress.secondsLeft = progress.perSecond > 0 ? (progress.total - progress.done) / progress.perSecond : null;
        options.onProgress?.({ ...progress });
        await heartbeat();
        if (remaining.size === 0) finish();
      },
    });
    await finished;
  } finally {
    await consumer.disconnect();
  }
}

/** One transaction for the batch; returns how many events were skipped because their handler failed. */
async function applyBatch<Tx extends SqlTx>(
  options: ReplayOptions<Tx>,
  messages: Array<{ offset: string; value: Buffer | null }>,
): Promise<number> {
  return options.runInTransaction(async (tx) => {
    let skipped = 0;
    for (const message of messages) {
      let event;
      try {
        event = parseEvent(JSON.parse(message.value?.toString("utf8") ?? "null"));
      } catch (err) {
        // Unknown types are none of this model's business; invalid messages were dead-lettered when live.
        if (!(err instanceof UnknownEventTypeError)) skipped += 1;
        continue;
      }
      // The live group's row, so its consumers skip this event when they start again.
      await tx.$executeRawUnsafe(
        `INSERT INTO "processed_event" ("consumer_group", "event_id") VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING`,
        options.groupId,
        event.id,
      );
      const handler = options.handlers[event.type] as EventHandler<EventType, Tx> | undefined;
      if (!handler) continue;
      await tx.$executeRawUnsafe("SAVEPOINT replay_event");
      try {
        await handler(event, tx);
        await tx.$executeRawUnsafe("RELEASE SAVEPOINT replay_event");
      } catch (err) {
        // The database's trouble, not the event's: end the replay rather than skip events wrongly.
        if (isTransientError(err)) throw err;
        await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT replay_event");
        options.log.warn({ err: errorDetails(err), eventId: event.id, offset: message.offset }, "replay: handler failed; event skipped");
        skipped += 1;
      }
    }
    return skipped;
  });
}

/** One line for a terminal: bar, counts, rate and time left. */
export function progressLine({ done, total, skipped, perSecond, secondsLeft }: ReplayProgress, width = 30): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * width);
  const left = secondsLeft === null ? "?" : `${Math.ceil(secondsLeft)} s`;
  return (
    `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.floor(share * 100)}% ` +
    `${done}/${total} events · ${Math.round(perSecond)} events/s · ${left} left` +
    (skipped > 0 ? ` · ${skipped} skipped` : "")
  );
}
