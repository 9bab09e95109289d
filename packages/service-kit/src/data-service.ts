import { ensureDatabase, migrate, type MigrationSource } from "@tthc/db";
import { topicOf, type EventEnvelope, type EventType } from "@tthc/events";
import {
  messagingMigrations,
  pruneMessagingTables,
  startConsumer,
  startOutboxRelay,
  type EventHandlers,
  type SqlTx,
} from "@tthc/messaging";
import type { FastifyInstance } from "fastify";
import type { BaseServiceEnv } from "./env.ts";
import { startJobs, type Job } from "./jobs.ts";
import { addCollector, startMetricsServer } from "./metrics.ts";
import { kafkaCollector, outboxCollector } from "./service-metrics.ts";
import { startTracing } from "./tracing.ts";
import { runService, type RunningService, type ShutdownStep } from "./run.ts";

/** What a service's database client must offer (a Prisma client with a driver adapter fits). */
export interface ServiceDb<Tx extends SqlTx = SqlTx> extends SqlTx {
  $transaction<T>(fn: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T>;
  $disconnect(): Promise<void>;
}

export interface DataServiceOptions<Db extends ServiceDb<Tx>, Tx extends SqlTx> {
  name: string;
  env: BaseServiceEnv;
  /** The service's own migrations (and shared ones it uses, e.g. the unit replica); messaging's come first. */
  migrations: MigrationSource[];
  createDb(databaseUrl: string): Db;
  buildApp(db: Db): FastifyInstance;
  /** Event handlers by event type; all run in one consumer group named after the service. */
  consumer?: {
    handlers: EventHandlers<Tx>;
    /** Events per transaction (ConsumerOptions.batchSize in @tthc/messaging; default 1). */
    batchSize?: number;
    /** The chunk's unseen events together (ConsumerOptions.handleBatch). */
    handleBatch?: (events: EventEnvelope[], tx: Tx) => Promise<void>;
  };
  /** Periodic jobs (src/jobs/): one run at a time each, stopped before the database closes. */
  jobs?: Job<Db>[];
}

/** Every service's outbox and processed-event tables, pruned past their retention (operations: nothing grows for ever). */
export function messagingRetentionJob(env: BaseServiceEnv): Job<SqlTx> {
  return {
    name: "messaging-retention",
    every: env.MESSAGING_PRUNE_CHECK_SECONDS * 1000,
    run: async ({ db, signal }) => {
      const { outbox, processed } = await pruneMessagingTables(
        db,
        { outboxDays: env.MESSAGING_OUTBOX_RETENTION_DAYS, processedDays: env.MESSAGING_PROCESSED_RETENTION_DAYS },
        signal,
      );
      return outbox + processed;
    },
  };
}

/** The topics carrying the handled event types (from the catalogue), so a subscription cannot drift from its handlers. */
export function consumerTopics(handlers: EventHandlers<never>): string[] {
  return [...new Set(Object.keys(handlers).map((type) => topicOf(type as EventType)))].sort();
}

/**
 * The start every service with a database shares (docs/architecture.md §7): create and migrate its database,
 * connect, start the outbox relay, its consumer and its periodic jobs, then serve — and on a signal stop
 * in the reverse order (jobs → consumer → relay → server → database), so no accepted work is lost.
 */
export async function startDataService<Db extends ServiceDb<Tx>, Tx extends SqlTx>(
  options: DataServiceOptions<Db, Tx>,
): Promise<RunningService> {
  const { env, name } = options;
  // First, so that every span (requests, relay, consumer) goes to the configured collector.
  const tracing = startTracing(name, env);
  await ensureDatabase(env.DATABASE_URL);
  await migrate(env.DATABASE_URL, [messagingMigrations, ...options.migrations]);
  const db = options.createDb(env.DATABASE_URL);
  const app = options.buildApp(db);
  app.addHook("onClose", () => db.$disconnect());
  // After the requests in flight finished (onClose): the last spans are flushed to the collector.
  app.addHook("onClose", () => tracing.shutdown());

  const shutdown: ShutdownStep[] = [];
  const metricsServer = await startMetricsServer(name, env);
  const collectors = [addCollector(outboxCollector(name, db))];
  shutdown.push({
    name: "metrics",
    stop: async () => {
      for (const remove of collectors) remove();
      await metricsServer.close();
    },
  });
  const jobs = startJobs<Db>([...(options.jobs ?? []), messagingRetentionJob(env)], db, app.log.child({ component: "jobs" }), name);
  shutdown.push({ name: "jobs", stop: () => jobs.stop() });
  if (options.consumer) {
    const topics = consumerTopics(options.consumer.handlers);
    const kafkaMetrics = kafkaCollector({
      app: name,
      brokers: env.KAFKA_BROKERS,
      groupId: name,
      topics,
      log: app.log.child({ component: "metrics" }),
    });
    collectors.push(addCollector(kafkaMetrics.collect));
    shutdown.push({ name: "kafka metrics", stop: () => kafkaMetrics.close() });
    const consumer = await startConsumer<Tx>({
      brokers: env.KAFKA_BROKERS,
      groupId: name,
      topics,
      runInTransaction: (fn) => db.$transaction(fn),
      handlers: options.consumer.handlers,
      batchSize: options.consumer.batchSize,
      handleBatch: options.consumer.handleBatch,
      log: app.log.child({ component: "consumer" }),
    });
    shutdown.push({ name: "consumer", stop: () => consumer.stop() });
  }
  const relay = startOutboxRelay({
    databaseUrl: env.DATABASE_URL,
    brokers: env.KAFKA_BROKERS,
    service: name,
    log: app.log.child({ component: "outbox-relay" }),
  });
  shutdown.push({ name: "outbox relay", stop: () => relay.stop() });
  return runService({ app, port: env.PORT, host: env.HOST, shutdown });
}

/** Run a service's main(); a failure to start is printed and exits 1. */
export function runMain(name: string, main: () => Promise<unknown>): void {
  main().catch((err: unknown) => {
    console.error(`[${name}] failed to start:`, err);
    process.exit(1);
  });
}
