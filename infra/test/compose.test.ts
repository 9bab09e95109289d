/**
 * No Docker engine runs here, so docker-compose.yml cannot be started in CI; this test keeps it from
 * drifting: every app and backing service is there, and every variable an app's env schema requires
 * is set for it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { SERVICES } from "../stack/config.ts";
import { ROOT } from "../stack/processes.ts";

interface ComposeService {
  environment?: Record<string, string | number>;
  healthcheck?: unknown;
  depends_on?: Record<string, unknown>;
}
const compose = parse(readFileSync(join(ROOT, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, ComposeService>;
};

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
    const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)])));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it("gives each service its own database", () => {
    const urls = SERVICES.map((s) => String(compose.services[s]!.environment?.DATABASE_URL));
    expect(new Set(urls.map((u) => new URL(u).pathname)).size).toBe(SERVICES.length);
  });
});
