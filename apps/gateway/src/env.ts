import {
  SERVICES,
  baseServiceEnv,
  EnvError,
  loadEnv as loadServiceEnv,
  parseEnv as parseServiceEnv,
  actorSignatureKey,
  secret,
  serviceUrlVariable,
  sharedLimitsEnv,
  metricsEnv,
  tracingEnv,
} from "@tthc/service-kit";
import { z } from "zod";

const url = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ""));
const positiveInt = z.coerce.number().int().positive();
// The gateway has no database or broker: it shares only these variables with the services.
const { PORT, LOG_LEVEL } = baseServiceEnv.shape;

export const envSchema = z.object({
  PORT,
  ...sharedLimitsEnv,
  ...tracingEnv,
  ...metricsEnv,
  JWT_SECRET: secret(16),
  // The private half of the actor signature: the gateway alone holds it (services hold ACTOR_PUBLIC_KEY).
  ACTOR_SIGNING_KEY: actorSignatureKey("private"),
  // DIRECTORY_URL, PLANNING_URL …: one per service of the registry.
  ...(Object.fromEntries(SERVICES.map((s) => [serviceUrlVariable(s), url])) as Record<ReturnType<typeof serviceUrlVariable>, typeof url>),
  LOG_LEVEL,
  RATE_LIMIT_PER_MINUTE: positiveInt.default(300),
  ANON_RATE_LIMIT_PER_MINUTE: positiveInt.default(60),
  MAX_DEPTH: positiveInt.default(10),
  MAX_TOKENS: positiveInt.default(2000),
  // The cost of one operation (limits.ts): each field 1, times the page size of the lists it sits in.
  // Signed-in staff and partners: the web's heaviest read (a plan's 2 000 occurrences with task, plan and
  // reports, about 500 000) fits four times over. Anonymous callers:
  // a few pages of published results, not a hundred aliases of them.
  MAX_COST: positiveInt
    .default(2_000_000)
    .describe("cost budget of one operation for signed-in users and partners (each field 1, times the page sizes of the lists it is in)"),
  ANON_MAX_COST: positiveInt.default(2_000).describe("cost budget of one operation for anonymous callers"),
  // The page size assumed for a list whose first/limit argument is left out (and has no default).
  MAX_PAGE_SIZE: positiveInt.default(100).describe("page size counted for a list whose first/limit argument is left out without a default"),
  // A GraphQL request body (JSON); a pasted plan document is the largest legitimate one. Files go to /files.
  MAX_BODY_BYTES: positiveInt.default(2 * 1024 * 1024),
  GATEWAY_QUERY_PLANNER: z
    .enum(["router", "stitching"])
    .default("router")
    .describe(
      "router: Hive Router's query planner and executor (a native addon for Linux glibc and macOS); stitching: the pure-JavaScript runtime, for other platforms and as bench/gateway-planner.ts's baseline",
    ),
  GATEWAY_DRAIN_SECONDS: positiveInt
    .max(120)
    .default(15)
    .describe("on SIGTERM, how long requests and uploads in flight may take to finish before their connections are cut"),
  // Proxies whose X-Forwarded-For is believed (the web app's server on this host by default);
  // anyone else's header is ignored, so a client cannot pick its own rate-limit budget.
  TRUSTED_PROXIES: z
    .string()
    .default("127.0.0.1,::1")
    .transform((v) =>
      v
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean),
    )
    .describe(
      "addresses or CIDR ranges whose X-Forwarded-For is believed (the web server, an ingress); anyone else's is ignored, so a client cannot pick its own rate-limit budget",
    ),
});

export type GatewayEnv = z.infer<typeof envSchema>;

/** Validate the environment as every service does (service-kit's parseEnv); every problem is reported at once. */
export function parseEnv(source: Record<string, string | undefined>): { ok: true; env: GatewayEnv } | { ok: false; problems: string[] } {
  try {
    return { ok: true, env: parseServiceEnv(envSchema, source, "gateway") };
  } catch (err) {
    if (err instanceof EnvError) return { ok: false, problems: err.problems };
    throw err;
  }
}

/** The only reader of process.env: a bad environment prints all problems and exits 1. */
export function loadEnv(): GatewayEnv {
  // Like every service's: a TEST_CLOCK outside the test profile is refused there too.
  return loadServiceEnv(envSchema, process.env, "gateway");
}
