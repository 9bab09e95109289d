import { EnvError, generateActorKeys, parseEnv } from "@tthc/service-kit";
import { describe, expect, it } from "vitest";
import { fromDbDate as formatDate } from "@tthc/calendar";
import { addDays, isValidAt, parseDate, today } from "../src/domain/dates.ts";
import { decideAttempt, delayAfter, type ThrottleCounter } from "../src/domain/sign-in-throttle.ts";
import { assertNoCycle, planMove, type Membership } from "../src/domain/membership.ts";
import { assertAcceptablePassword } from "../src/domain/passwords.ts";
import { foldVietnamese as foldDiacritics } from "@tthc/text";
import { compareVietnamese } from "../src/domain/text.ts";
import { normaliseUnitFields } from "../src/domain/units.ts";
import { envSchema, seedEnvSchema } from "../src/env.ts";

const d = parseDate;

describe("dates", () => {
  it("parses strict YYYY-MM-DD and treats ranges as inclusive", () => {
    expect(formatDate(d("2024-02-29"))).toBe("2024-02-29");
    expect(() => d("2023-02-29")).toThrow(/not a date/);
    expect(() => d("2024-1-5")).toThrow(/not a date/);
    const range = { validFrom: d("2024-01-01"), validTo: d("2025-06-30") };
    expect(isValidAt(range, d("2025-06-30"))).toBe(true);
    expect(isValidAt(range, d("2025-07-01"))).toBe(false);
    expect(isValidAt({ validFrom: d("2024-01-01"), validTo: null }, d("2099-01-01"))).toBe(true);
    expect(formatDate(addDays(d("2025-03-01"), -1))).toBe("2025-02-28");
  });

  it("takes today in Vietnam time, not UTC", () => {
    // 00:30 on 13/02/2026 in Vietnam is still 12/02 in UTC.
    expect(formatDate(today(new Date("2026-02-13T00:30:00+07:00")))).toBe("2026-02-13");
    expect(formatDate(today(new Date("2026-12-31T23:30:00+07:00")))).toBe("2026-12-31");
  });
});

describe("Vietnamese text", () => {
  it("folds diacritics and đ", () => {
    expect(foldDiacritics("  UBND phường Lê   Lợi ")).toBe("ubnd phuong le loi");
    expect(foldDiacritics("Đông Đô")).toBe("dong do");
  });
  it("collates d < đ < e and ignores case", () => {
    expect(["Em", "Đông", "Dương", "anh"].sort(compareVietnamese)).toEqual(["anh", "Dương", "Đông", "Em"]);
  });
});

describe("moving a unit", () => {
  const m = (id: string, parentId: string, from: string, to: string | null): Membership => ({
    id,
    parentId,
    validFrom: d(from),
    validTo: to ? d(to) : null,
  });

  it("splits the membership in effect", () => {
    expect(planMove([m("a", "city", "2024-01-01", null)], "province", d("2025-07-01"))).toEqual({
      kind: "split",
      membershipId: "a",
      previousParentId: "city",
      closeOn: d("2025-06-30"),
      newValidTo: null,
    });
  });
  it("repoints a membership that starts that day, opens one for a root", () => {
    expect(planMove([m("a", "city", "2025-07-01", null)], "province", d("2025-07-01"))).toMatchObject({
      kind: "repoint",
      membershipId: "a",
    });
    expect(planMove([], "province", d("2025-07-01"))).toEqual({ kind: "open", newValidTo: null });
  });
  it("refuses a move before a later one, to the same parent, or into its own subtree", () => {
    const history = [m("a", "city", "2024-01-01", "2025-06-30"), m("b", "province", "2025-07-01", null)];
    expect(() => planMove(history, "other", d("2025-01-01"))).toThrow(/2025-07-01/);
    expect(() => planMove(history, "province", d("2025-08-01"))).toThrow(/already belongs/);
    expect(() => assertNoCycle("x", "x", [])).toThrow();
    expect(() => assertNoCycle("x", "child", ["x", "root"])).toThrow();
    expect(() => assertNoCycle("x", "other", ["root"])).not.toThrow();
  });
});

describe("sign-in throttle", () => {
  const policy = { firstDelayMs: 1000, maxDelayMs: 15 * 60_000, forgetMs: 24 * 3_600_000, pendingMs: 10_000 };
  const now = new Date("2025-01-01T08:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const fresh: ThrottleCounter = { failures: 0, lastFailureAt: null, pendingUntil: null, lastSuccessAt: null };
  const failed = (failures: number, msAgo: number, more: Partial<ThrottleCounter> = {}): ThrottleCounter => ({
    ...fresh,
    failures,
    lastFailureAt: ago(msAgo),
    ...more,
  });

  it("doubles the delay from 1 s up to 15 minutes", () => {
    expect([0, 1, 2, 3, 4, 10, 11, 40].map((n) => delayAfter(n, policy))).toEqual([0, 1000, 2000, 4000, 8000, 512_000, 900_000, 900_000]);
  });

  it("refuses a client inside its own delay, before anything is verified", () => {
    const state = { client: failed(3, 3000), account: failed(3, 3000), pair: failed(3, 3000) };
    expect(decideAttempt(state, policy, now)).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(decideAttempt({ ...state, client: failed(3, 4000), pair: failed(3, 4000) }, policy, now)).toMatchObject({ allowed: true });
  });

  it("holds a client that failed on the account by the account's delay, from its own last failure", () => {
    // Others failed 11 times on the account; this client once, 60 s ago: it waits 15 min from its own failure.
    const state = { client: failed(1, 60_000), account: failed(12, 0), pair: failed(1, 60_000) };
    expect(decideAttempt(state, policy, now)).toEqual({ allowed: false, retryAfterMs: 840_000 });
    expect(decideAttempt({ ...state, pair: failed(1, 900_000), client: failed(1, 900_000) }, policy, now)).toMatchObject({ allowed: true });
  });

  it("never holds a client that has not failed on the account because of the account's failures", () => {
    expect(decideAttempt({ client: fresh, account: failed(40, 0), pair: fresh }, policy, now)).toEqual({
      allowed: true,
      holdsClient: true,
    });
  });

  it("lets the owner at a known address through whatever the address and the account have suffered", () => {
    const state = { client: failed(30, 0), account: failed(30, 0), pair: { ...fresh, lastSuccessAt: ago(86_400_000) } };
    expect(decideAttempt(state, policy, now)).toEqual({ allowed: true, holdsClient: false });
  });

  it("takes one attempt of a client at a time", () => {
    const pending = { ...fresh, pendingUntil: new Date(now.getTime() + 5000) };
    expect(decideAttempt({ client: pending, account: fresh, pair: fresh }, policy, now)).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(decideAttempt({ client: fresh, account: fresh, pair: pending }, policy, now)).toEqual({ allowed: false, retryAfterMs: 1000 });
  });

  it("forgets failures after the forget window", () => {
    const old = failed(20, policy.forgetMs);
    expect(decideAttempt({ client: old, account: old, pair: old }, policy, now)).toMatchObject({ allowed: true });
  });
});

describe("accounts", () => {
  it("accepts only reasonable new passwords", () => {
    expect(() => assertAcceptablePassword("Leloi@2025", "phuong.leloi")).not.toThrow();
    expect(() => assertAcceptablePassword("short1", "u")).toThrow(/8–128/);
    expect(() => assertAcceptablePassword("onlyletters", "u")).toThrow(/letters and digits/);
    expect(() => assertAcceptablePassword("admin2024x", "admin")).toThrow(/username/);
  });
  it("validates unit fields", () => {
    expect(normaliseUnitFields({ code: " hy.tp ", name: " UBND  thành phố ", shortName: " " })).toEqual({
      code: "hy.tp",
      name: "UBND thành phố",
      shortName: null,
      alternativeNames: [],
    });
    // Blanks, repeats and the unit's own name are not alternatives.
    expect(
      normaliseUnitFields({
        code: "hy.tp.vh",
        name: "Phòng Văn hóa",
        alternativeNames: [" Phòng  VHTT ", "Phòng VHTT", "", "Phòng Văn hóa"],
      }).alternativeNames,
    ).toEqual(["Phòng VHTT"]);
    expect(() => normaliseUnitFields({ code: "bad code", name: "x" })).toThrow(/Code/);
    expect(() => normaliseUnitFields({ code: "ok", name: "  " })).toThrow(/Name/);
  });
});

describe("environment", () => {
  it("names every missing or malformed directory variable", () => {
    try {
      parseEnv(envSchema, {
        PORT: "4001",
        DATABASE_URL: "postgresql://x/y",
        KAFKA_BROKERS: "h:1",
        ACTOR_PUBLIC_KEY: generateActorKeys().publicKey,
        LOGIN_DELAY_MAX_SECONDS: "many",
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError);
      expect((err as EnvError).problems).toEqual(["JWT_SECRET: required", "LOGIN_DELAY_MAX_SECONDS: expected a number"]);
    }
  });

  it("refuses a placeholder secret, naming it", () => {
    const problems = (() => {
      try {
        parseEnv(envSchema, {
          PORT: "4001",
          DATABASE_URL: "postgresql://x/y",
          KAFKA_BROKERS: "h:1",
          ACTOR_PUBLIC_KEY: "change-me-actor-public-key",
          JWT_SECRET: "change-me-jwt-secret-at-least-32-chars",
        });
        return [];
      } catch (err) {
        return (err as EnvError).problems.map((p) => p.split(":")[0]);
      }
    })();
    expect(problems).toEqual(["ACTOR_PUBLIC_KEY", "JWT_SECRET"]);
  });

  it("runs the demo seed (published logins and partner key) only in the demo and test profiles", () => {
    const base = { DATABASE_URL: "postgresql://x/y" };
    expect(() => parseEnv(seedEnvSchema, base)).toThrow(/STACK_PROFILE: required/);
    expect(() => parseEnv(seedEnvSchema, { ...base, STACK_PROFILE: "production" })).toThrow(/STACK_PROFILE/);
    expect(parseEnv(seedEnvSchema, { ...base, STACK_PROFILE: "demo" }).STACK_PROFILE).toBe("demo");
  });
});
