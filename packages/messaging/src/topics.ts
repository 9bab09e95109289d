import { createKafka } from "./kafka.ts";
import type { Logger } from "./logger.ts";

const PARTITIONS = 3;
const REPLICATION = 1;

export function dlqTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Create the missing topics and their dead-letter twins (idempotent). Retention is unlimited in
 * time and size: rebuilding a projection replays a topic from offset 0.
 * Returns the topics it created.
 */
export async function ensureTopics(brokers: string[], topics: string[], log: Logger = silent): Promise<string[]> {
  const wanted = [...new Set(topics.flatMap((t) => (t.endsWith(".dlq") ? [t] : [t, dlqTopicOf(t)])))];
  const admin = createKafka({ brokers, clientId: "tthc-topics", log }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: PARTITIONS,
          replicationFactor: REPLICATION,
          configEntries: [
            { name: "retention.ms", value: "-1" },
            { name: "retention.bytes", value: "-1" },
          ],
        })),
      });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}
