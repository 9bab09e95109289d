/**
 * `npm run -w @tthc/reporting replay`: rebuild the PAKN facts from the complaints topic's whole history
 * (the service's consumers stopped first; see runReplayCommand). Reads DATABASE_URL and KAFKA_BROKERS.
 */
import { loadEnv, runMain, runReplayCommand } from "@tthc/service-kit";
import { createDb } from "../db/client.ts";
import { envSchema } from "../env.ts";
import { complaintFactHandlers } from "./complaint-facts.ts";

runMain("reporting replay", async () => {
  const env = loadEnv(envSchema.pick({ DATABASE_URL: true, KAFKA_BROKERS: true }));
  await runReplayCommand({
    name: "reporting",
    env,
    createDb,
    handlers: complaintFactHandlers,
    reset: async (tx) => {
      await tx.complaintFact.deleteMany();
    },
  });
});
