import { fileURLToPath } from "node:url";
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
  INSPECTIONS_FILES_DIR: z
    .string()
    .default(fileURLToPath(new URL("../../../.data/files/inspections", import.meta.url)))
    .describe("where evidence files and the generated records and conclusion notices are stored (a local folder)"),
  INSPECTIONS_UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024)
    .describe("largest accepted evidence file; bigger ones are cut off while streaming"),
  // Who issues the inspection documents is the locality's own (docs/domain.md §8, [U]): configuration.
  INSPECTIONS_DOCUMENT_ISSUER: z
    .string()
    .min(1)
    .default("Văn phòng HĐND và UBND thành phố")
    .describe("the issuing body printed on inspection records and conclusion notices"),
  INSPECTIONS_DOCUMENT_PARENT_ISSUER: z
    .string()
    .default("UBND thành phố Hưng Yên")
    .describe("the body above the issuer on those documents (empty for none)"),
  INSPECTIONS_DOCUMENT_PLACE: z.string().min(1).default("Hưng Yên").describe("the place in the documents' place-and-date line"),
});

export type InspectionsEnv = z.infer<typeof envSchema>;

export const loadInspectionsEnv = (source: Record<string, string | undefined> = process.env) => loadEnv(envSchema, source);

/** The demo seed (`src/seed.ts`): the service's env, and a profile that refuses to put demo inspections anywhere but the demo stack. */
export const seedEnvSchema = envSchema.extend({
  STACK_PROFILE: z.enum(["demo"], "the inspections seed runs only in the demo stack (STACK_PROFILE=demo)"),
});

export const loadSeedEnv = (source: Record<string, string | undefined> = process.env) => loadEnv(seedEnvSchema, source, "inspections seed");
