import { baseServiceEnv, loadEnv } from "@tthc/service-kit";
import { z } from "zod";

/** Everything the inspections service reads from its environment (the only reader of process.env). */
export const envSchema = baseServiceEnv.extend({
  /** How often the overdue check raises inspections.recommendation.overdue for recommendations past their due day. */
  INSPECTIONS_OVERDUE_CHECK_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(300)
    .describe("interval of the check that raises `inspections.recommendation.overdue` once for each recommendation past its due day"),
});

export type InspectionsEnv = z.infer<typeof envSchema>;

export const loadInspectionsEnv = (source: Record<string, string | undefined> = process.env) => loadEnv(envSchema, source);
