/** Create every catalogued topic (and its dead-letter twin) with retention that keeps every event. */
import { allTopics } from "@tthc/events";
import { ensureTopics } from "@tthc/messaging";

const brokers = (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(",");
await ensureTopics(brokers, allTopics());
console.log(`[topics] ${allTopics().length} topics present on ${brokers.join(",")}`);
