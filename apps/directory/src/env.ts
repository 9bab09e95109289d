import { baseServiceEnv, loadEnv, secret } from "@tthc/service-kit";
import { z } from "zod";

const seconds = z.coerce.number().int().min(1);

/** Everything the directory service reads from its environment (the only reader of process.env). */
export const envSchema = baseServiceEnv.extend({
  JWT_SECRET: secret(32),
  ACCESS_TOKEN_TTL_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOGIN_DELAY_FIRST_SECONDS: seconds.max(60).default(1),
  LOGIN_DELAY_MAX_SECONDS: seconds.max(24 * 3600).default(15 * 60),
  LOGIN_FORGET_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  // How long a sign-in from an address is remembered, letting that address skip the account's delay.
  LOGIN_REMEMBER_SIGN_IN_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  LOGIN_PRUNE_CHECK_SECONDS: seconds.max(24 * 3600).default(3600),
  REORGANISATION_CHECK_SECONDS: seconds
    .max(24 * 3600)
    .default(300)
    .describe("interval of the job that applies scheduled reorganisation decisions whose effective date (Vietnam time) has come"),
});
export type DirectoryEnv = z.infer<typeof envSchema>;

/**
 * The demo seed needs the database, and a profile that may hold the demo logins: it creates users
 * with published passwords and a published partner key, so it runs only in the demo and test stacks.
 */
export const seedEnvSchema = baseServiceEnv.pick({ DATABASE_URL: true, LOG_LEVEL: true }).extend({
  STACK_PROFILE: z.enum(["demo", "test"], "the demo seed runs only in the demo and test stacks (STACK_PROFILE=demo|test)"),
});

/** Creating the first administrator needs only the database. */
export const adminEnvSchema = baseServiceEnv.pick({ DATABASE_URL: true });

export function loadDirectoryEnv(source: Record<string, string | undefined> = process.env): DirectoryEnv {
  return loadEnv(envSchema, source);
}

export function loadSeedEnv(source: Record<string, string | undefined> = process.env): z.infer<typeof seedEnvSchema> {
  return loadEnv(seedEnvSchema, source, "directory seed");
}

export function loadAdminEnv(source: Record<string, string | undefined> = process.env): z.infer<typeof adminEnvSchema> {
  return loadEnv(adminEnvSchema, source, "directory create-admin");
}
