import { baseServiceEnv, loadEnv as loadServiceEnv } from "@tthc/service-kit";
import { z } from "zod";

const { PORT, HOST, LOG_LEVEL } = baseServiceEnv.shape;

/** The web app's server (server.ts): the built app as static files, and the gateway behind the same origin. */
export const envSchema = z.object({
  PORT,
  HOST,
  GATEWAY_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ""))
    .describe("the gateway that /graphql and /files are passed to (one origin for the browser: no CORS, one origin for the tokens)"),
  LOG_LEVEL,
  WEB_DRAIN_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .max(120)
    .default(15)
    .describe("on SIGTERM, how long requests and uploads in flight may take to finish before their connections are cut"),
});

export type WebEnv = z.infer<typeof envSchema>;

/** The only reader of process.env, like every service's: a bad environment prints all problems and exits 1. */
export function loadEnv(): WebEnv {
  return loadServiceEnv(envSchema, process.env, "web");
}
