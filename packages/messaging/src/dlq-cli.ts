/**
 * Inspect and replay what messaging set aside.
 *
 *   Dead-letter topics (KAFKA_BROKERS, default 127.0.0.1:9092):
 *     npx tsx packages/messaging/src/dlq-cli.ts list <dlq-topic>
 *     npx tsx packages/messaging/src/dlq-cli.ts show <dlq-topic> <partition>:<offset>
 *     npx tsx packages/messaging/src/dlq-cli.ts replay <dlq-topic> (<partition>:<offset>... | --all)
 *
 *   Outbox rows the relay could not publish (DATABASE_URL of the service's database):
 *     npx tsx packages/messaging/src/dlq-cli.ts outbox-list
 *     npx tsx packages/messaging/src/dlq-cli.ts outbox-retry (<seq>... | --all)
 *
 * Replay sends events back to the topic they were consumed from; repeating it is safe (consumers
 * skip event ids they already processed). Fix the cause first, or the event is dead-lettered again.
 */
import { pathToFileURL } from "node:url";
import { listDeadOutboxRows, readDeadLetters, replayDeadLetters, retryDeadOutboxRows, showDeadLetter } from "./dead-letters.ts";
import { stderrLogger } from "./logger.ts";

const USAGE = `usage:
  dlq-cli.ts list <dlq-topic>
  dlq-cli.ts show <dlq-topic> <partition>:<offset>
  dlq-cli.ts replay <dlq-topic> (<partition>:<offset>... | --all)
  dlq-cli.ts outbox-list                      (DATABASE_URL)
  dlq-cli.ts outbox-retry (<seq>... | --all)  (DATABASE_URL)
env: KAFKA_BROKERS (comma-separated, default 127.0.0.1:9092), DATABASE_URL`;

class UsageError extends Error {}

function brokers(): string[] {
  return (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(",");
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError("DATABASE_URL is not set");
  return url;
}

function selection(args: string[]): string[] | "all" {
  if (args.length === 1 && args[0] === "--all") return "all";
  if (args.length === 0 || args.includes("--all")) throw new UsageError("name what to act on, or --all");
  return args;
}

function oneLine(text: string | undefined): string {
  return (text ?? "-").replace(/\s+/g, " ");
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case "list": {
      const [topic] = args;
      if (!topic || args.length !== 1) throw new UsageError("list needs a dead-letter topic");
      const letters = await readDeadLetters(brokers(), topic, stderrLogger);
      console.log(["ref", "event id", "type", "time", "error"].join("\t"));
      for (const d of letters) console.log([d.ref, d.eventId ?? "-", d.type ?? "-", d.time, oneLine(d.error)].join("\t"));
      console.error(`${letters.length} message(s) in ${topic}`);
      return;
    }
    case "show": {
      const [topic, ref] = args;
      if (!topic || !ref || args.length !== 2) throw new UsageError("show needs a dead-letter topic and a <partition>:<offset>");
      const letter = await showDeadLetter(brokers(), topic, ref, stderrLogger);
      let value: unknown = letter.value;
      try {
        value = JSON.parse(letter.value ?? "null");
      } catch {
        // Not JSON (that may be why it is here): show it as it is.
      }
      console.log(JSON.stringify({ ...letter, value }, null, 2));
      return;
    }
    case "replay": {
      const [topic, ...refs] = args;
      if (!topic) throw new UsageError("replay needs a dead-letter topic");
      const replayed = await replayDeadLetters(brokers(), topic, selection(refs), stderrLogger);
      for (const r of replayed) console.log([r.ref, r.eventId ?? "-", "→", r.topic].join("\t"));
      console.error(`${replayed.length} message(s) replayed`);
      return;
    }
    case "outbox-list": {
      if (args.length !== 0) throw new UsageError("outbox-list takes no arguments");
      const rows = await listDeadOutboxRows(databaseUrl());
      console.log(["seq", "event id", "topic", "failed at", "error"].join("\t"));
      for (const r of rows) console.log([r.seq, r.eventId, r.topic, r.failedAt.toISOString(), oneLine(r.error)].join("\t"));
      console.error(`${rows.length} dead outbox row(s)`);
      return;
    }
    case "outbox-retry": {
      const moved = await retryDeadOutboxRows(databaseUrl(), selection(args));
      for (const seq of moved) console.log(seq);
      console.error(`${moved.length} row(s) moved back to the outbox`);
      return;
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : "no command");
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
