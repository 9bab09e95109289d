/**
 * No Docker engine runs here, so docker-compose.yml cannot be started in CI; this test keeps it from
 * drifting: every app and backing service is there, every variable an app's env schema requires is
 * set for it, and no secret has a committed value or default.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { generateActorKeys, isSecret } from "@tthc/service-kit";
import { SERVICES } from "../stack/config.ts";
import { ROOT } from "../stack/processes.ts";

interface ComposeService {
  environment?: Record<string, string | number>;
  healthcheck?: unknown;
  depends_on?: Record<string, unknown>;
  ports?: unknown[];
  profiles?: string[];
}
const text = readFileSync(join(ROOT, "docker-compose.yml"), "utf8");
const compose = parse(text, { merge: true }) as { services: Record<string, ComposeService> };

// Compose's interpolation: ${NAME:?message} must be set by the operator; ${NAME:-default} falls back.
const VARIABLE = /\$\{(\w+)(?:(:?[?-])([^}]*))?\}/g;
// What an operator would set each required variable to: a random hex secret (URL-safe), or for the
// actor keys the pair `npm run -w @tthc/gateway actor-keys` prints.
const operatorValue = randomBytes(32).toString("hex");
const actorKeys = generateActorKeys();
const operatorValues: Record<string, string> = { ACTOR_SIGNING_KEY: actorKeys.privateKey, ACTOR_PUBLIC_KEY: actorKeys.publicKey };
const interpolate = (value: string | number) =>
  String(value).replace(VARIABLE, (_, name: string, op?: string, arg?: string) =>
    op?.endsWith("-") ? (arg ?? "") : (operatorValues[name] ?? operatorValue),
  );

/** Variables the schema cannot do without: neither optional nor defaulted. */
function requiredKeys(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
}

const APPS = [...SERVICES, "gateway"] as const;

describe("docker-compose.yml", () => {
  it("has the backing services and every app, each with a health check", () => {
    for (const name of ["postgres", "kafka", ...APPS, "web"]) {
      expect(compose.services[name], name).toBeDefined();
      expect(compose.services[name]!.healthcheck, `${name} healthcheck`).toBeDefined();
    }
  });

  it.each(APPS)("sets every variable %s requires", async (app) => {
    const { envSchema } = (await import(join(ROOT, "apps", app, "src", "env.ts"))) as { envSchema: z.ZodObject };
    const env = compose.services[app]!.environment ?? {};
    const missing = requiredKeys(envSchema).filter((key) => env[key] === undefined);
    expect(missing).toEqual([]);
    // And the values pass the schema itself (right types and formats), not just exist.
    const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v)])));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it("gives each service its own database", () => {
    const urls = SERVICES.map((s) => interpolate(compose.services[s]!.environment?.DATABASE_URL ?? ""));
    expect(new Set(urls.map((u) => new URL(u).pathname)).size).toBe(SERVICES.length);
  });

  it.each(APPS)("takes every secret of %s from the operator, with no default", async (app) => {
    const { envSchema } = (await import(join(ROOT, "apps", app, "src", "env.ts"))) as { envSchema: z.ZodObject };
    const env = compose.services[app]!.environment ?? {};
    const secrets = Object.entries(envSchema.shape).filter(([, field]) => isSecret(field));
    expect(secrets.length).toBeGreaterThan(0);
    for (const [key] of secrets) {
      if (env[key] === undefined) continue; // an optional secret left unset
      expect(String(env[key]), key).toMatch(new RegExp(`^\\$\\{${key}:\\?[^}]*\\}$`));
    }
  });

  it("has no default for any variable anywhere (a default is a committed value)", () => {
    const defaults = [...text.matchAll(VARIABLE)].filter((m) => m[2]?.endsWith("-")).map((m) => m[0]);
    expect(defaults).toEqual([]);
    expect(text).not.toMatch(/change-?me/i);
  });

  it("keeps PostgreSQL unpublished, with the operator's password in every database URL", () => {
    expect(compose.services.postgres!.ports).toBeUndefined();
    expect(String(compose.services.postgres!.environment?.POSTGRES_PASSWORD)).toMatch(/^\$\{POSTGRES_PASSWORD:\?[^}]*\}$/);
    for (const [name, service] of Object.entries(compose.services)) {
      const url = service.environment?.DATABASE_URL;
      if (url !== undefined) expect(String(url), name).toMatch(/^postgresql:\/\/postgres:\$\{POSTGRES_PASSWORD:\?[^}]*\}@postgres:5432\//);
    }
  });

  it("seeds the demo logins and partner key only under --profile demo", () => {
    const seeders = Object.entries(compose.services).filter(([, s]) => JSON.stringify(s).includes("seed.ts"));
    expect(seeders.map(([name]) => name)).toEqual(["directory-seed"]);
    for (const [, service] of seeders) {
      expect(service.profiles).toEqual(["demo"]);
      expect(service.environment?.STACK_PROFILE).toBe("demo");
    }
    // Every other container runs as a real deployment would: no profile that admits demo data.
    const others = Object.entries(compose.services).filter(([name]) => name !== "directory-seed");
    expect(others.filter(([, s]) => s.environment?.STACK_PROFILE !== undefined).map(([name]) => name)).toEqual([]);
  });
});
