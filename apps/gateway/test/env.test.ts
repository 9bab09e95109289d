import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateActorKeys } from "@tthc/service-kit";
import { parseEnv } from "../src/env.ts";

const valid = {
  PORT: "4000",
  JWT_SECRET: "0123456789abcdef0123",
  ACTOR_SIGNING_KEY: generateActorKeys().privateKey,
  DIRECTORY_URL: "http://127.0.0.1:4001/",
  PLANNING_URL: "http://127.0.0.1:4002",
  COMPLAINTS_URL: "http://127.0.0.1:4003",
  INSPECTIONS_URL: "http://127.0.0.1:4004",
  REPORTING_URL: "http://127.0.0.1:4005",
};

describe("parseEnv", () => {
  it("applies the documented defaults and trims trailing slashes", () => {
    const result = parseEnv(valid);
    expect(result).toMatchObject({
      ok: true,
      env: {
        PORT: 4000,
        DIRECTORY_URL: "http://127.0.0.1:4001",
        LOG_LEVEL: "info",
        RATE_LIMIT_PER_MINUTE: 300,
        ANON_RATE_LIMIT_PER_MINUTE: 60,
        MAX_DEPTH: 10,
        MAX_TOKENS: 2000,
      },
    });
  });

  it("reports every problem at once", () => {
    const result = parseEnv({
      ...valid,
      PORT: "abc",
      JWT_SECRET: "short",
      PLANNING_URL: undefined,
      MAX_DEPTH: "0",
      REPORTING_URL: "ftp://x",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.split(":")[0])).toEqual(["PORT", "JWT_SECRET", "PLANNING_URL", "REPORTING_URL", "MAX_DEPTH"]);
  });
});

describe("main", () => {
  it("prints every environment problem and exits 1", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("../src/main.ts", import.meta.url))], {
      env: { PATH: process.env.PATH, PORT: "x" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Invalid gateway environment/);
    for (const name of ["PORT", "JWT_SECRET", "ACTOR_SIGNING_KEY", "DIRECTORY_URL", "REPORTING_URL"])
      expect(result.stderr).toContain(`${name}:`);
  }, 120_000); // spawns tsx cold: tens of seconds on a busy 2-core machine
});
