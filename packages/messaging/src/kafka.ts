import { Kafka, Partitioners, logLevel, type LogEntry, type ProducerConfig } from "kafkajs";
import type { Logger } from "./logger.ts";

const LEVELS: Record<number, keyof Logger | undefined> = {
  [logLevel.ERROR]: "error",
  [logLevel.WARN]: "warn",
  [logLevel.INFO]: "info",
  [logLevel.DEBUG]: "debug",
};

/** Route kafkajs's own logs into our logger (its level filtering then applies to them too). */
export function kafkaLogCreator(log: Logger) {
  return () =>
    ({ namespace, level, log: entry }: LogEntry) => {
      const method = LEVELS[level];
      if (!method) return;
      const { message, timestamp: _timestamp, logger: _logger, ...details } = entry;
      log[method]({ kafka: namespace, ...details }, message);
    };
}

export function createKafka(options: { brokers: string[]; clientId: string; log: Logger }): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    connectionTimeout: 3_000,
    logLevel: logLevel.INFO,
    logCreator: kafkaLogCreator(options.log),
  });
}

/**
 * Producer settings shared by the relay and the dead-letter publisher. The partitioner is chosen
 * explicitly (Java-compatible murmur2, so keys land where other Kafka clients would put them).
 * Topics are never auto-created: ensureTopics() sets the retention that replay depends on.
 */
export const producerDefaults: ProducerConfig = {
  createPartitioner: Partitioners.DefaultPartitioner,
  allowAutoTopicCreation: false,
};
