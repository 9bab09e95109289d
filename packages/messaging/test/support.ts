import { randomUUID } from "node:crypto";
import { migrate } from "@tthc/db";
import { createEvent, type EventOf } from "@tthc/events";
import { kafkaBrokers, recreateDatabase, testDatabaseUrl, waitFor } from "@tthc/test-kit";
import type { KafkaMessage } from "kafkajs";
import { createKafka, messagingMigrations, producerDefaults, type Logger } from "../src/index.ts";

export const brokers = kafkaBrokers();

export interface LogEntry {
  level: keyof Logger;
  msg: string | undefined;
  obj: object;
}

/** Keeps log lines for assertions; set TEST_LOG=1 to also print them. */
export function testLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: keyof Logger) => (obj: object, msg?: string) => {
    entries.push({ level, msg, obj });
    if (process.env.TEST_LOG) console.log(level, msg, JSON.stringify(obj));
  };
  return { entries, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A unique, Kafka-safe name so suites and reruns never share topics or consumer groups. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 13)}`;
}

/** A fresh database of this suite with the messaging tables. */
export async function messagingDatabase(name: string): Promise<string> {
  const url = testDatabaseUrl(name);
  await recreateDatabase(url);
  await migrate(url, [messagingMigrations]);
  return url;
}

export function unitUpdated(unitId: string, name: string, code = "PTP"): EventOf<"directory.unit.updated"> {
  return createEvent("directory.unit.updated", {
    source: "directory",
    subject: unitId,
    data: {
      unit: { id: unitId, code, name, shortName: null, levelCode: "department", parentId: null, validFrom: "2024-01-01", validTo: null },
      changed: ["name"],
    },
  });
}

/** Produce raw messages straight to a topic, bypassing the outbox (for poison messages). */
export async function produce(
  topic: string,
  messages: Array<{ key: string; value: string; headers?: Record<string, string>; partition?: number }>,
): Promise<void> {
  const producer = createKafka({ brokers, clientId: "test-producer", log: testLogger() }).producer(producerDefaults);
  await producer.connect();
  try {
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

/** Read a topic from offset 0 with a throwaway group until `count` messages arrived. */
export async function readTopic(topic: string, count: number, timeoutMs = 30_000): Promise<KafkaMessage[]> {
  const consumer = createKafka({ brokers, clientId: "test-reader", log: testLogger() }).consumer({ groupId: uniqueName("reader") });
  const received: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.push(message);
      },
    });
    await waitFor(() => received.length >= count, timeoutMs);
    return received;
  } finally {
    await consumer.disconnect();
  }
}

export function header(message: KafkaMessage, name: string): string | undefined {
  return message.headers?.[name]?.toString();
}
