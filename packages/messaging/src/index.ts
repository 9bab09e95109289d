export { messagingMigrations } from "./migrations.ts";
export { pgTransactions, type SqlTx, type RunInTransaction } from "./transaction.ts";
export { enqueue } from "./outbox.ts";
export { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from "./relay.ts";
export {
  startConsumer,
  DLQ_HEADERS,
  type ConsumerOptions,
  type RunningConsumer,
  type EventHandler,
  type EventHandlers,
} from "./consumer.ts";
export { ensureTopics, dlqTopicOf } from "./topics.ts";
export { createKafka, kafkaLogCreator, producerDefaults } from "./kafka.ts";
export type { Logger } from "./logger.ts";
