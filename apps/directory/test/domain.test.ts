import { EnvError, parseEnv } from "@tthc/service-kit";
import { describe, expect, it } from "vitest";
import { fromDbDate as formatDate } from "@tthc/calendar";
import { addDays, isValidAt, parseDate, today } from "../src/domain/dates.ts";
import { isLocked, lockAfterFailure } from "../src/domain/lockout.ts";
import { assertNoCycle, planMove, type Membership } from "../src/domain/membership.ts";
import { assertAcceptablePassword } from "../src/domain/passwords.ts";
import { foldVietnamese as foldDiacritics } from "@tthc/text";
import { compareVietnamese } from "../src/domain/text.ts";
import { normaliseUnitFields } from "../src/domain/units.ts";
import { envSchema } from "../src/env.ts";

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

describe("accounts", () => {
  it("locks at the limit for the configured time", () => {
    const now = new Date("2025-01-01T08:00:00Z");
    const policy = { maxFailures: 5, lockoutMinutes: 15 };
    expect(lockAfterFailure(4, policy, now)).toBeNull();
    const until = lockAfterFailure(5, policy, now)!;
    expect(until.toISOString()).toBe("2025-01-01T08:15:00.000Z");
    expect(isLocked({ lockedUntil: until }, now)).toBe(true);
    expect(isLocked({ lockedUntil: until }, until)).toBe(false);
  });
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
    });
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
        ACTOR_SIGNING_SECRET: "s".repeat(16),
        LOGIN_MAX_FAILURES: "many",
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError);
      expect((err as EnvError).problems).toEqual(["JWT_SECRET: required", "LOGIN_MAX_FAILURES: expected a number"]);
    }
  });
});
