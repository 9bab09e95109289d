import { fileURLToPath } from "node:url";
import { baseServiceEnv, loadEnv, secret, sharedLimitsEnv } from "@tthc/service-kit";
import { z } from "zod";

const positiveInt = z.coerce.number().int().positive();

/** Everything the complaints service reads from its environment (the only reader of process.env). */
export const envSchema = baseServiceEnv.extend({
  ...sharedLimitsEnv,
  /**
   * Keys the HMAC of the senders' secrets; kept outside the database. Required: were it changed or
   * lost, every sender's secret would stop working, so it is nothing derived from another key.
   */
  COMPLAINTS_SECRET_PEPPER: secret(16),
  /** Where uploaded attachments are stored (a local folder; S3 sits behind the same interface). */
  COMPLAINTS_FILES_DIR: z.string().default(fileURLToPath(new URL("../../../.data/files/complaints", import.meta.url))),
  /** Leading zero bits of the public form's proof of work when the form is quiet (16 ≈ 65 000 hashes, about a second on a phone). */
  COMPLAINTS_POW_DIFFICULTY: z.coerce.number().int().min(0).max(30).default(16),
  /** The most the proof of work's difficulty rises to under load (each bit doubles the work; 24 ≈ 4 minutes on a phone). */
  COMPLAINTS_POW_MAX_DIFFICULTY: z.coerce
    .number()
    .int()
    .min(0)
    .max(30)
    .default(24)
    .describe("ceiling the proof of work's difficulty rises to under load (0–30)"),
  /** Challenges one client (IPv4 address or IPv6 /64) may take per window at the quiet difficulty; each doubling beyond adds a bit. */
  COMPLAINTS_POW_CLIENT_FREE: positiveInt
    .default(10)
    .describe("challenges one client (IPv4 address or IPv6 /64) takes per window at the base difficulty; each doubling beyond adds a bit"),
  /** Challenges all clients together may take per window at the quiet difficulty; each doubling beyond adds a bit for everyone. */
  COMPLAINTS_POW_GLOBAL_FREE: positiveInt
    .default(500)
    .describe("challenges all clients together take per window at the base difficulty; each doubling beyond adds a bit for everyone"),
  /** Public submissions per client and window; every attempt counts. Generous: many citizens may share one carrier address, and the rising proof of work is what slows one sender down. */
  COMPLAINTS_SUBMIT_LIMIT: positiveInt.default(60),
  /** Public look-ups, challenges and uploads per client and window. */
  COMPLAINTS_PUBLIC_LIMIT: positiveInt.default(120),
  COMPLAINTS_RATE_WINDOW_SECONDS: positiveInt.default(600),
  /** Bytes one client (IPv4 address or IPv6 /64) may upload anonymously per upload window (two full submissions' attachments by default). */
  COMPLAINTS_UPLOAD_CLIENT_BYTES: positiveInt
    .default(200 * 1024 * 1024)
    .describe("bytes one client (IPv4 address or IPv6 /64) may upload anonymously per upload window"),
  /** Bytes all anonymous clients together may upload per upload window. */
  COMPLAINTS_UPLOAD_GLOBAL_BYTES: positiveInt
    .default(4 * 1024 * 1024 * 1024)
    .describe("bytes all anonymous clients together may upload per upload window"),
  COMPLAINTS_UPLOAD_WINDOW_SECONDS: positiveInt.default(3600).describe("length of the upload quota window"),
  /** An upload not attached to a PAKN within this time is refused as an attachment and then deleted. */
  COMPLAINTS_UNATTACHED_UPLOAD_HOURS: positiveInt
    .default(24)
    .describe("age after which an upload is no longer accepted as an attachment and, unattached, is deleted"),
  /** How often unattached uploads past that age are deleted. */
  COMPLAINTS_UPLOAD_CLEANUP_SECONDS: positiveInt
    .default(3600)
    .describe("interval of the job that deletes unattached uploads past that age"),
  COMPLAINTS_CHALLENGE_PRUNE_SECONDS: positiveInt
    .default(600)
    .describe("interval of the job that deletes anti-automation challenges past their expiry and the counting window"),
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

/** The demo seed (`src/seed.ts`): the service's env, and a profile that refuses to put demo PAKN anywhere but the demo stack. */
export const seedEnvSchema = envSchema.extend({
  STACK_PROFILE: z.enum(["demo"], "the complaints seed runs only in the demo stack (STACK_PROFILE=demo)"),
});

export const loadSeedEnv = (source: Record<string, string | undefined> = process.env) => loadEnv(seedEnvSchema, source, "complaints seed");
