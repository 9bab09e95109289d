export { messagingMigrations } from "./migrations.ts";
export { pgTransactions, type SqlTx, type RunInTransaction } from "./transaction.ts";
export { enqueue, eventHeaders, eventMessage } from "./outbox.ts";
export { startOutboxRelay, RELAY_TAKEOVER_BOUND_MS, type OutboxRelay, type OutboxRelayOptions } from "./relay.ts";
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
export { stderrLogger, type Logger } from "./logger.ts";
export { isTransientError, isRecordError } from "./errors.ts";
export {
  readDeadLetters,
  showDeadLetter,
  replayDeadLetters,
  listDeadOutboxRows,
  retryDeadOutboxRows,
  REPLAYED_FROM_HEADER,
  type DeadLetter,
  type DeadOutboxRow,
} from "./dead-letters.ts";
export { replayReadModel, progressLine, ReplayRefusedError, type ReplayOptions, type ReplayProgress } from "./replay.ts";
export { pruneMessagingTables, type MessagingRetention } from "./retention.ts";
export {
  contextWithSpan,
  extractContext,
  failSpan,
  inSpan,
  traceHeaders,
  tracer,
  SpanKind,
  SpanStatusCode,
  type Context,
  type Span,
  type SpanOptions,
} from "./tracing.ts";
