import { progressLine, replayReadModel, stderrLogger, type EventHandlers, type ReplayProgress, type SqlTx } from "@tthc/messaging";
import type { BaseServiceEnv } from "./env.ts";
import type { ServiceDb } from "./data-service.ts";
import { consumerTopics } from "./data-service.ts";

export interface ReplayCommandOptions<Db extends ServiceDb<Tx>, Tx extends SqlTx> {
  /** The service: its consumer group, whose read model is rebuilt. */
  name: string;
  env: Pick<BaseServiceEnv, "DATABASE_URL" | "KAFKA_BROKERS">;
  createDb(databaseUrl: string): Db;
  /** The read model's handlers (a subset of the service's consumer): only their topics are read. */
  handlers: EventHandlers<Tx>;
  /** Empties the read model's tables before the replay. */
  reset(tx: Tx): Promise<void>;
}

// A batch of a replay can hold thousands of events: far more than Prisma's default 5 s for a transaction.
const BATCH_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/**
 * The body of a service's `npm run replay` (src/events/replay.ts): rebuild its read model from offset 0
 * with a progress bar on stderr (rewritten in place on a terminal, a line per tenth otherwise).
 * Stop the service's consumers first; the replay refuses to run while its group has members.
 */
export async function runReplayCommand<Db extends ServiceDb<Tx>, Tx extends SqlTx>(
  options: ReplayCommandOptions<Db, Tx>,
): Promise<ReplayProgress> {
  const db = options.createDb(options.env.DATABASE_URL);
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  const show = (progress: ReplayProgress) => {
    const tenth = progress.total === 0 ? 10 : Math.floor((progress.done / progress.total) * 10);
    if (tty) process.stderr.write(`\r${progressLine(progress)}`);
    else if (tenth !== lastTenth) process.stderr.write(`${progressLine(progress)}\n`);
    lastTenth = tenth;
  };
  try {
    const result = await replayReadModel<Tx>({
      brokers: options.env.KAFKA_BROKERS,
      groupId: options.name,
      topics: consumerTopics(options.handlers),
      handlers: options.handlers,
      runInTransaction: (fn) => db.$transaction(fn, BATCH_TRANSACTION),
      reset: options.reset,
      log: stderrLogger,
      onProgress: show,
    });
    if (tty) process.stderr.write("\n");
    console.log(`[${options.name}] read model rebuilt: ${result.done} events, ${result.skipped} skipped`);
    return result;
  } finally {
    await db.$disconnect();
  }
}
