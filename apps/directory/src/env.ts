import { baseServiceEnv, loadEnv } from "@tthc/service-kit";
import { z } from "zod";

/** Everything the directory service reads from its environment (the only reader of process.env). */
export const envSchema = baseServiceEnv.extend({
  JWT_SECRET: z.string().min(32, "must be at least 32 characters"),
  ACCESS_TOKEN_TTL_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
});
export type DirectoryEnv = z.infer<typeof envSchema>;

/** The seed only needs the database. */
export const seedEnvSchema = baseServiceEnv.pick({ DATABASE_URL: true, LOG_LEVEL: true });

export function loadDirectoryEnv(source: Record<string, string | undefined> = process.env): DirectoryEnv {
  return loadEnv(envSchema, source);
}

export function loadSeedEnv(source: Record<string, string | undefined> = process.env): z.infer<typeof seedEnvSchema> {
  return loadEnv(seedEnvSchema, source);
}
