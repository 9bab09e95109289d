import { refuseTestClockOutsideTestProfile } from "@tthc/clock";
import { SERVICES, serviceUrlVariable } from "@tthc/service-kit";
import { z } from "zod";

const url = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ""));
const positiveInt = z.coerce.number().int().positive();

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535),
  JWT_SECRET: z.string().min(16, "must be at least 16 characters"),
  ACTOR_SIGNING_SECRET: z.string().min(16, "must be at least 16 characters"),
  // DIRECTORY_URL, PLANNING_URL …: one per service of the registry.
  ...(Object.fromEntries(SERVICES.map((s) => [serviceUrlVariable(s), url])) as Record<ReturnType<typeof serviceUrlVariable>, typeof url>),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  RATE_LIMIT_PER_MINUTE: positiveInt.default(300),
  ANON_RATE_LIMIT_PER_MINUTE: positiveInt.default(60),
  MAX_DEPTH: positiveInt.default(10),
  MAX_TOKENS: positiveInt.default(2000),
  // Proxies whose X-Forwarded-For is believed (the web app's server on this host by default);
  // anyone else's header is ignored, so a client cannot pick its own rate-limit budget.
  TRUSTED_PROXIES: z
    .string()
    .default("127.0.0.1,::1")
    .transform((v) => v.split(",").map((a) => a.trim()).filter(Boolean)),
});

export type GatewayEnv = z.infer<typeof envSchema>;

/** Validate the environment; every problem is reported at once. */
export function parseEnv(source: Record<string, string | undefined>): { ok: true; env: GatewayEnv } | { ok: false; problems: string[] } {
  const result = envSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  return { ok: false, problems: result.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`) };
}

/** The only reader of process.env: a bad environment prints all problems and exits 1. */
export function loadEnv(): GatewayEnv {
  refuseTestClockOutsideTestProfile("gateway");
  const result = parseEnv(process.env);
  if (result.ok) return result.env;
  console.error(`Invalid gateway environment:\n${result.problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
