/**
 * The environment table of each app's README, generated from the zod schema in its src/env.ts, so
 * the documentation cannot drift from what the service really reads.
 *
 *   npx tsx infra/docs/env-tables.ts           rewrite the tables between the env markers
 *   npx tsx infra/docs/env-tables.ts --check   exit 1 when a README's table is stale
 *
 * A variable's description is its zod `.describe()` text, else the entry in DESCRIPTIONS below;
 * a variable with neither is an error, so a new variable cannot go undocumented.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { envSchema as complaints } from "../../apps/complaints/src/env.ts";
import { envSchema as directory } from "../../apps/directory/src/env.ts";
import { envSchema as gateway } from "../../apps/gateway/src/env.ts";
import { envSchema as inspections } from "../../apps/inspections/src/env.ts";
import { envSchema as planning } from "../../apps/planning/src/env.ts";
import { envSchema as reporting } from "../../apps/reporting/src/env.ts";
import { envSchema as web } from "../../apps/web/server/env.ts";

const APPS: Record<string, z.ZodObject> = { directory, planning, complaints, inspections, reporting, gateway, web };

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const START = "<!-- env:start -->";
const END = "<!-- env:end -->";

const DESCRIPTIONS: Record<string, string> = {
  PORT: "HTTP port; 0 asks the OS for a free one (tests)",
  HOST: "interface to listen on; loopback, because only the gateway is public",
  DATABASE_URL: "the service's own PostgreSQL database (created and migrated at start)",
  KAFKA_BROKERS: "Kafka brokers, `host:port[,host:port]`",
  ACTOR_SIGNING_KEY:
    "Ed25519 private key (PKCS#8 DER, base64) the gateway signs each subgraph request's actor header (`x-tthc-actor`) with; only the gateway holds it (`npm run -w @tthc/gateway actor-keys`)",
  ACTOR_PUBLIC_KEY:
    "Ed25519 public key (SPKI DER, base64) a service verifies the gateway's actor header with; it cannot sign (`npm run -w @tthc/gateway actor-keys`)",
  LOG_LEVEL: "pino log level",
  JWT_SECRET: "HMAC key of the access tokens the directory issues and the gateway checks",
  ACCESS_TOKEN_TTL_MINUTES: "lifetime of an access token (1–60)",
  SESSION_TTL_HOURS: "lifetime of a login session, renewed by rotating refresh tokens",
  LOGIN_DELAY_FIRST_SECONDS: "wait after a client's first wrong password; doubles with each further one",
  LOGIN_DELAY_MAX_SECONDS: "longest wait between a client's checked sign-in attempts (the cap of the doubling)",
  LOGIN_FORGET_HOURS: "failed sign-ins are forgotten this long after a counter's last failure",
  LOGIN_REMEMBER_SIGN_IN_DAYS: "how long an address that signed in to an account skips that account's delay (then its counter is pruned)",
  LOGIN_PRUNE_CHECK_SECONDS: "interval of the job that deletes sign-in counters which no longer affect any decision",
  PLANNING_FILES_DIR: "folder of uploaded evidence and plan documents",
  PLANNING_UPLOAD_MAX_BYTES: "largest accepted upload; bigger ones are cut off while streaming",
  PLANNING_DEADLINE_CHECK_SECONDS: "interval of the job that raises due-soon / overdue occurrence events",
  COMPLAINTS_SECRET_PEPPER:
    "HMAC key of the senders' tracking secrets, kept outside the database; at least 16 characters (changing it invalidates every sender's secret)",
  COMPLAINTS_FILES_DIR: "folder of uploaded attachments and exported registers",
  COMPLAINTS_POW_DIFFICULTY: "leading zero bits of the public form's proof of work (0–30)",
  COMPLAINTS_SUBMIT_LIMIT: "public submissions per client and window (every attempt counts)",
  COMPLAINTS_PUBLIC_LIMIT: "public look-ups, challenges and uploads per client and window",
  COMPLAINTS_RATE_WINDOW_SECONDS: "length of the public rate-limit window",
  COMPLAINTS_DEADLINE_CHECK_SECONDS: "interval of the job that raises due-soon / overdue PAKN events",
  COMPLAINTS_RETENTION_CHECK_SECONDS: "interval of the job that erases senders' personal data past retention",
  COMPLAINTS_SMTP_URL: "`smtp://user:pass@host:port`; when set, answers are also emailed to senders",
  COMPLAINTS_MAIL_FROM: "sender address of those emails",
  DIRECTORY_URL: "base URL of the directory subgraph (`/graphql` is appended)",
  PLANNING_URL: "base URL of the planning subgraph",
  COMPLAINTS_URL: "base URL of the complaints subgraph",
  INSPECTIONS_URL: "base URL of the inspections subgraph",
  REPORTING_URL: "base URL of the reporting subgraph",
  RATE_LIMIT_PER_MINUTE: "requests per minute of a signed-in user or partner",
  ANON_RATE_LIMIT_PER_MINUTE: "requests per minute of an anonymous client address",
  MAX_DEPTH: "deepest GraphQL selection accepted",
  MAX_TOKENS: "most GraphQL tokens accepted in one document",
  MAX_BODY_BYTES: "largest GraphQL request body accepted (bytes); larger gets 413 PAYLOAD_TOO_LARGE",
};

/** The parts of a zod v4 schema definition this script reads. */
interface Def {
  type: string;
  defaultValue?: unknown;
  in?: z.ZodType;
  innerType?: z.ZodType;
}

/** "required", "optional" or the default, looking through transforms and pipes. */
function presence(schema: z.ZodType): string {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.type === "default") return `default ${code(display(def.defaultValue))}`;
  if (def.type === "optional") return "optional";
  if (def.type === "pipe" && def.in) return presence(def.in);
  return "**required**";
}

/** Defaults computed from the checkout's location are shown relative to the repository root. */
function display(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.startsWith(ROOT) ? text.slice(ROOT.length) : text;
}

const code = (text: string) => `\`${text.replace(/\|/g, "\\|")}\``;

function table(app: string, schema: z.ZodObject): string {
  const rows = Object.entries(schema.shape).map(([name, field]) => {
    const description = (field as z.ZodType).description ?? DESCRIPTIONS[name];
    if (!description) throw new Error(`${app}: ${name} has no description; add .describe() in src/env.ts or an entry in DESCRIPTIONS`);
    return `| \`${name}\` | ${presence(field as z.ZodType)} | ${description} |`;
  });
  return [
    START,
    `<!-- Generated from apps/${app}/${app === "web" ? "server" : "src"}/env.ts by \`npx tsx infra/docs/env-tables.ts\`; do not edit by hand. -->`,
    "| variable | required / default | description |",
    "|---|---|---|",
    ...rows,
    END,
  ].join("\n");
}

const check = process.argv.includes("--check");
const stale: string[] = [];
for (const [app, schema] of Object.entries(APPS)) {
  const path = `${ROOT}apps/${app}/README.md`;
  const readme = readFileSync(path, "utf8");
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`apps/${app}/README.md has no ${START} … ${END} block`);
  const updated = readme.slice(0, start) + table(app, schema) + readme.slice(end + END.length);
  if (updated === readme) continue;
  stale.push(`apps/${app}/README.md`);
  if (!check) writeFileSync(path, updated);
}

if (check && stale.length > 0) {
  console.error(`Stale environment tables: ${stale.join(", ")}; run "npx tsx infra/docs/env-tables.ts".`);
  process.exit(1);
}
console.log(stale.length > 0 ? `Updated ${stale.join(", ")}` : "Environment tables are up to date.");
