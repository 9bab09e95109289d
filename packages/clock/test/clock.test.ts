import { describe, expect, it } from "vitest";
import { clockFromEnv, fixedClock, parseInstant, runningClock, systemClock, testClockProblem } from "../src/index.ts";

describe("parseInstant", () => {
  it("reads an instant with an offset", () => {
    expect(parseInstant("2026-02-13T00:30:00+07:00").toISOString()).toBe("2026-02-12T17:30:00.000Z");
    expect(parseInstant("2026-12-31T23:30Z").toISOString()).toBe("2026-12-31T23:30:00.000Z");
  });

  it("refuses a local time without an offset, a bare date and nonsense, naming the variable", () => {
    for (const bad of ["2026-02-13T00:30:00", "2026-02-13", "tomorrow", "2026-02-30T00:00:00+07:00"]) {
      expect(() => parseInstant(bad)).toThrow(/TEST_CLOCK/);
    }
  });
});

describe("clocks", () => {
  it("a running clock starts at its instant and keeps time", async () => {
    const clock = runningClock("2026-02-13T00:30:00+07:00");
    const start = Date.parse("2026-02-13T00:30:00+07:00");
    const first = clock().getTime();
    expect(first - start).toBeGreaterThanOrEqual(0);
    expect(first - start).toBeLessThan(60_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(clock().getTime() - first).toBeGreaterThanOrEqual(40);
  });

  it("a fixed clock does not move", () => {
    expect(fixedClock("2026-12-31T23:30:00+07:00")().toISOString()).toBe("2026-12-31T16:30:00.000Z");
  });

  it("the environment's clock is the system clock unless TEST_CLOCK is set", () => {
    expect(clockFromEnv({})).toBe(systemClock);
    const now = clockFromEnv({ TEST_CLOCK: "2001-01-01T00:00:00+07:00" })();
    // Since the process started (well under a day ago), not since the call.
    expect(now.getTime() - Date.parse("2001-01-01T00:00:00+07:00")).toBeGreaterThanOrEqual(0);
    expect(now.getUTCFullYear()).toBe(2000);
  });
});

describe("the profile check", () => {
  it("allows no TEST_CLOCK anywhere, and TEST_CLOCK in the test profile", () => {
    expect(testClockProblem({})).toBeUndefined();
    expect(testClockProblem({ STACK_PROFILE: "demo" })).toBeUndefined();
    expect(testClockProblem({ TEST_CLOCK: "2026-02-13T00:30:00+07:00", STACK_PROFILE: "test" })).toBeUndefined();
  });

  it("refuses TEST_CLOCK outside the test profile, naming the variable", () => {
    expect(testClockProblem({ TEST_CLOCK: "2026-02-13T00:30:00+07:00" })).toMatch(/TEST_CLOCK.*STACK_PROFILE is not set/);
    expect(testClockProblem({ TEST_CLOCK: "2026-02-13T00:30:00+07:00", STACK_PROFILE: "demo" })).toMatch(/TEST_CLOCK.*"demo"/);
  });

  it("refuses a malformed TEST_CLOCK in the test profile", () => {
    expect(testClockProblem({ TEST_CLOCK: "2026-02-13 00:30", STACK_PROFILE: "test" })).toMatch(/TEST_CLOCK="2026-02-13 00:30"/);
  });
});
