import { generateKeyPairSync } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { generateActorKeys } from "../src/actor.ts";
import { baseServiceEnv, EnvError, loadEnv, parseEnv } from "../src/env.ts";

const KEYS = generateActorKeys();
const valid = {
  PORT: "4001",
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/tthc_directory",
  KAFKA_BROKERS: "127.0.0.1:9092, 127.0.0.1:9093",
  ACTOR_PUBLIC_KEY: KEYS.publicKey,
};

function problems(source: Record<string, string>): string[] {
  try {
    parseEnv(baseServiceEnv, source);
  } catch (err) {
    if (err instanceof EnvError) return err.problems;
    throw err;
  }
  throw new Error("expected an EnvError");
}

describe("parseEnv", () => {
  it("parses a valid environment with defaults", () => {
    const env = parseEnv(baseServiceEnv, valid);
    expect(env).toEqual({
      PORT: 4001,
      HOST: "127.0.0.1",
      DATABASE_URL: valid.DATABASE_URL,
      KAFKA_BROKERS: ["127.0.0.1:9092", "127.0.0.1:9093"],
      ACTOR_PUBLIC_KEY: valid.ACTOR_PUBLIC_KEY,
      LOG_LEVEL: "info",
      MESSAGING_OUTBOX_RETENTION_DAYS: 7,
      MESSAGING_PROCESSED_RETENTION_DAYS: 90,
      MESSAGING_PRUNE_CHECK_SECONDS: 3600,
    });
  });

  it("names a missing variable", () => {
    const { DATABASE_URL: _omitted, ...rest } = valid;
    expect(problems(rest)).toEqual(["DATABASE_URL: required"]);
  });

  it("treats an empty variable as missing", () => {
    expect(problems({ ...valid, DATABASE_URL: "" })).toEqual(["DATABASE_URL: required"]);
  });

  it("reports every problem at once, each naming its variable", () => {
    const found = problems({ PORT: "abc", KAFKA_BROKERS: "nope", ACTOR_PUBLIC_KEY: "change-me", LOG_LEVEL: "loud" });
    expect(found).toEqual(
      expect.arrayContaining([
        "PORT: expected a number",
        "DATABASE_URL: required",
        expect.stringMatching(/^KAFKA_BROKERS.*: expected host:port/),
        expect.stringMatching(/^ACTOR_PUBLIC_KEY: must be the public half of an Ed25519 key pair/),
        expect.stringMatching(/^LOG_LEVEL: expected one of fatal, error/),
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it("refuses the private half, or a key of another kind, where the public half belongs", () => {
    expect(problems({ ...valid, ACTOR_PUBLIC_KEY: KEYS.privateKey })).toEqual([
      expect.stringMatching(/^ACTOR_PUBLIC_KEY: must be the public half/),
    ]);
    const p256 = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ format: "der", type: "spki" }).toString("base64");
    expect(problems({ ...valid, ACTOR_PUBLIC_KEY: p256 })).toHaveLength(1);
  });

  it("lets a service extend the base schema", () => {
    const schema = baseServiceEnv.extend({ JWT_SECRET: z.string().min(32) });
    expect(parseEnv(schema, { ...valid, JWT_SECRET: "j".repeat(32) }).JWT_SECRET).toBe("j".repeat(32));
    expect(() => parseEnv(schema, valid)).toThrow(/JWT_SECRET: required/);
  });
});

describe("loadEnv", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints every problem and exits 1", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => loadEnv(baseServiceEnv, { PORT: "x" })).toThrow("exit 1");
    expect(exit).toHaveBeenCalledWith(1);
    const output = printed.mock.calls.flat().join("\n");
    expect(output).toContain("PORT: expected a number");
    expect(output).toContain("DATABASE_URL: required");
    expect(output).toContain("KAFKA_BROKERS: required");
    expect(output).toContain("ACTOR_PUBLIC_KEY: required");
  });
});
