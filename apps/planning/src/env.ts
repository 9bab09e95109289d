import { fileURLToPath } from "node:url";
import { baseServiceEnv, loadEnv } from "@tthc/service-kit";
import { z } from "zod";

/** Everything the planning service reads from its environment (the only reader of process.env). */
export const envSchema = baseServiceEnv.extend({
  /** Where uploaded evidence and plan documents are stored (a local folder; S3 sits behind the same interface). */
  PLANNING_FILES_DIR: z.string().default(fileURLToPath(new URL("../../../.data/files/planning", import.meta.url))),
  /** Largest accepted upload; bigger ones are cut off while streaming. */
  PLANNING_UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** How often the deadline checker raises due-soon / overdue events. */
  PLANNING_DEADLINE_CHECK_SECONDS: z.coerce.number().int().positive().default(300),
});

export type PlanningEnv = z.infer<typeof envSchema>;

export const loadPlanningEnv = (source: Record<string, string | undefined> = process.env) => loadEnv(envSchema, source);

/**
 * The seed (`src/seed.ts`) needs the database and the stack's profile: both profiles get the plans,
 * only the demo gets the year's progress on them (the test stack's suites expect the bare plans).
 */
export const seedEnvSchema = baseServiceEnv.pick({ DATABASE_URL: true }).extend({
  STACK_PROFILE: z.enum(["demo", "test"], "the planning seed runs only in the demo and test stacks (STACK_PROFILE=demo|test)"),
});

export const loadSeedEnv = (source: Record<string, string | undefined> = process.env) => loadEnv(seedEnvSchema, source, "planning seed");
