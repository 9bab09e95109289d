import { refuseTestClockOutsideTestProfile } from "@tthc/clock";
import { z } from "zod";
import { actorPublicKey, actorSigningKey } from "./actor.ts";
import { metricsEnv } from "./metrics.ts";
import { tracingEnv } from "./tracing.ts";

const secrets = new WeakSet<z.ZodType>();

/**
 * A secret variable (signing keys, peppers): required in every profile, with no default and nothing
 * derived in its place, so a start without it stops naming it. The demo and test stacks generate
 * random ones per profile (infra/stack/config.ts). A value left from an example file is refused.
 */
export function secret(minLength: number) {
  const schema = z
    .string()
    .min(minLength, `must be at least ${minLength} characters`)
    .refine((value) => !/change[-_ ]?me/i.test(value), "is a placeholder: set a random value (e.g. `openssl rand -hex 32`)");
  secrets.add(schema);
  return schema;
}

/**
 * An Ed25519 key of the actor signature (actor.ts), required like a secret: the gateway's private
 * half or a service's public half, DER in base64. `npm run -w @tthc/gateway actor-keys` makes a pair.
 */
export function actorSignatureKey(half: "private" | "public") {
  const parse = half === "private" ? actorSigningKey : actorPublicKey;
  const schema = z.string().refine((value) => {
    try {
      parse(value);
      return true;
    } catch {
      return false;
    }
  }, `must be the ${half} half of an Ed25519 key pair (DER, base64): run \`npm run -w @tthc/gateway actor-keys\``);
  secrets.add(schema);
  return schema;
}

/** Whether a variable of an env schema was declared with `secret()` or `actorSignatureKey()` (docker-compose.yml may not default it). */
export function isSecret(field: unknown): boolean {
  return secrets.has(field as z.ZodType);
}

/**
 * The variables every Fastify service reads. A service extends this in its own `src/env.ts`
 * (`baseServiceEnv.extend({ JWT_SECRET: ... })`) and loads it once with `loadEnv`.
 */
export const baseServiceEnv = z.object({
  // 0 asks the OS for a free port (tests).
  PORT: z.coerce.number().int().min(0).max(65_535),
  // Loopback by default: only the gateway is public; a container sets HOST=0.0.0.0 explicitly.
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/.+/, "expected a postgresql:// URL"),
  KAFKA_BROKERS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((b) => b.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, "expected host:port[,host:port]")).min(1, "expected host:port[,host:port]")),
  ACTOR_PUBLIC_KEY: actorSignatureKey("public"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MESSAGING_OUTBOX_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .default(7)
    .describe("days a published outbox row is kept (the event stays in Kafka)"),
  MESSAGING_PROCESSED_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(7)
    .default(90)
    .describe("days a processed-event row is kept: a redelivery or a dead letter replayed later than this would be applied again"),
  MESSAGING_PRUNE_CHECK_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(3600)
    .describe("interval of the job that prunes published outbox rows and old processed-event rows"),
  ...tracingEnv,
  ...metricsEnv,
});
export type BaseServiceEnv = z.infer<typeof baseServiceEnv>;

export class EnvError extends Error {
  /** `app` names whose environment it is in the message, e.g. "Invalid gateway environment". */
  constructor(
    readonly problems: string[],
    app?: string,
  ) {
    super(`Invalid ${app ? `${app} ` : ""}environment:\n  ${problems.join("\n  ")}`);
  }
}

type Source = Record<string, string | undefined>;

function describe(issue: z.core.$ZodIssue, source: Source): string {
  const name = issue.path.join(".");
  const raw = source[String(issue.path[0])];
  if (raw === undefined) return `${name}: required`;
  if (issue.code === "invalid_type") return `${name}: expected a ${issue.expected}`;
  if (issue.code === "invalid_value") return `${name}: expected one of ${issue.values.map(String).join(", ")}`;
  return `${name}: ${issue.message}`;
}

/** Parse the whole environment; throws an EnvError naming every bad variable (for tests and tools). */
export function parseEnv<S extends z.ZodObject>(schema: S, source: Source = process.env, app?: string): z.infer<S> {
  // An empty variable counts as unset, so that `FOO=` falls back to the default or is reported missing.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success)
    throw new EnvError(
      result.error.issues.map((issue) => describe(issue, cleaned)),
      app,
    );
  return result.data;
}

/**
 * Parse the whole environment; on any problem print all of them and exit 1 (a service's start).
 * A TEST_CLOCK outside the test profile also exits 1: every service and the gateway load their
 * environment this way.
 */
export function loadEnv<S extends z.ZodObject>(schema: S, source: Source = process.env, app?: string): z.infer<S> {
  refuseTestClockOutsideTestProfile(app ?? "service", source);
  try {
    return parseEnv(schema, source, app);
  } catch (err) {
    if (!(err instanceof EnvError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}
