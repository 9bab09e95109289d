import { fileURLToPath } from "node:url";
import { baseServiceEnv, loadEnv } from "@tthc/service-kit";
import { z } from "zod";

/** Everything the reporting service reads from its environment (the only reader of process.env). */
export const envSchema = baseServiceEnv.extend({
  REPORTING_FILES_DIR: z
    .string()
    .default(fileURLToPath(new URL("../../../.data/files/reporting", import.meta.url)))
    .describe("where the issued city reports (DOCX and XLSX) are stored (a local folder)"),
  // Who issues the city report is the locality's own (docs/domain.md §8, [U]): configuration.
  REPORTING_DOCUMENT_ISSUER: z
    .string()
    .min(1)
    .default("Văn phòng HĐND và UBND thành phố")
    .describe("the issuing body printed on the city report"),
  REPORTING_DOCUMENT_PARENT_ISSUER: z
    .string()
    .default("UBND thành phố Hưng Yên")
    .describe("the body above the issuer on the city report (empty for none)"),
  REPORTING_DOCUMENT_PLACE: z.string().min(1).default("Hưng Yên").describe("the place in the city report's place-and-date line"),
  REPORTING_DOCUMENT_SYMBOL: z
    .string()
    .min(1)
    .default("BC-VP")
    .describe('the symbol after the city report\'s number ("3/BC-VP"); the number counts the issues of the year'),
});

export type ReportingEnv = z.infer<typeof envSchema>;

export const loadReportingEnv = (source: Record<string, string | undefined> = process.env) => loadEnv(envSchema, source);
