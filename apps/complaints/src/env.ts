import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { baseServiceEnv, loadEnv } from "@tthc/service-kit";
import { z } from "zod";

const positiveInt = z.coerce.number().int().positive();

/** Everything the complaints service reads from its environment (the only reader of process.env). */
export const envSchema = baseServiceEnv.extend({
  /**
   * Keys the HMAC of the senders' secrets; kept outside the database. Without it, one is derived
   * from ACTOR_SIGNING_SECRET, which ties the secrets to that key (set it explicitly in production).
   */
  COMPLAINTS_SECRET_PEPPER: z.string().min(16, "must be at least 16 characters").optional(),
  /** Where uploaded attachments are stored (a local folder; S3 sits behind the same interface). */
  COMPLAINTS_FILES_DIR: z.string().default(fileURLToPath(new URL("../../../.data/files/complaints", import.meta.url))),
  /** Leading zero bits of the public form's proof of work (16 ≈ 65 000 hashes, about a second on a phone). */
  COMPLAINTS_POW_DIFFICULTY: z.coerce.number().int().min(0).max(30).default(16),
  /** Public submissions per client and window; every attempt counts. */
  COMPLAINTS_SUBMIT_LIMIT: positiveInt.default(20),
  /** Public look-ups, challenges and uploads per client and window. */
  COMPLAINTS_PUBLIC_LIMIT: positiveInt.default(120),
  COMPLAINTS_RATE_WINDOW_SECONDS: positiveInt.default(600),
  /** How often the deadline monitor raises due-soon / overdue alerts. */
  COMPLAINTS_DEADLINE_CHECK_SECONDS: positiveInt.default(300),
  /** How often closed PAKN past the retention period have their sender's personal data erased. */
  COMPLAINTS_RETENTION_CHECK_SECONDS: positiveInt.default(3600),
  /** smtp://user:pass@host:port — answers are also emailed when set. */
  COMPLAINTS_SMTP_URL: z.url().optional(),
  COMPLAINTS_MAIL_FROM: z.string().default("Văn phòng HĐND-UBND thành phố <pakn@localhost>"),
});

export type ComplaintsEnv = z.infer<typeof envSchema>;

export const loadComplaintsEnv = (source: Record<string, string | undefined> = process.env) => loadEnv(envSchema, source);

export function secretPepper(env: ComplaintsEnv): string {
  return env.COMPLAINTS_SECRET_PEPPER ?? createHash("sha256").update(`complaints-secret-pepper:${env.ACTOR_SIGNING_SECRET}`).digest("hex");
}
