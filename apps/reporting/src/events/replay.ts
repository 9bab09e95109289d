/**
 * `npm run -w @tthc/reporting replay`: rebuild the facts (and the unit replica) from the whole history of
 * the topics reporting consumes (the service's consumers stopped first; see runReplayCommand). Reads
 * DATABASE_URL and KAFKA_BROKERS. Report registry and unit reports are reporting's own records, not kept.
 */
import { loadEnv, runMain, runReplayCommand } from "@tthc/service-kit";
import { createDb } from "../db/client.ts";
import { resetFacts } from "../db/facts.ts";
import { envSchema } from "../env.ts";
import { handlers } from "./handlers.ts";

runMain("reporting replay", async () => {
  const env = loadEnv(envSchema.pick({ DATABASE_URL: true, KAFKA_BROKERS: true }));
  await runReplayCommand({ name: "reporting", env, createDb, handlers, reset: resetFacts });
});
