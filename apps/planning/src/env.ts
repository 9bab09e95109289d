import { baseServiceEnv, loadEnv } from "@tthc/service-kit";

/** Everything the planning service reads from its environment (the only reader of process.env). */
export const envSchema = baseServiceEnv;

export const loadPlanningEnv = (source: Record<string, string | undefined> = process.env) => loadEnv(envSchema, source);
