/**
 * `npm run -w @tthc/inspections replay`: rebuild the signals read model (unit_signal) from the topics'
 * whole history, with the service's consumers stopped first (see runReplayCommand). Reads DATABASE_URL
 * and KAFKA_BROKERS. The risk weights and the service's own records are not touched.
 */
import { loadEnv, runMain, runReplayCommand } from "@tthc/service-kit";
import { createDb } from "../db/client.ts";
import { envSchema } from "../env.ts";
import { signalHandlers } from "./signals.ts";

runMain("inspections replay", async () => {
  const env = loadEnv(envSchema.pick({ DATABASE_URL: true, KAFKA_BROKERS: true }));
  await runReplayCommand({
    name: "inspections",
    env,
    createDb,
    handlers: signalHandlers,
    reset: async (tx) => {
      await tx.unitSignal.deleteMany();
    },
  });
});
