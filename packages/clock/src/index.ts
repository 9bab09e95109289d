/**
 * The platform's one clock. Every rule that depends on "now" (deadlines, expiries, "today", the event
 * envelope's time) reads a `Clock`, injected where the code is built and defaulting to `clock`, the
 * process clock below, so a whole stack can be run at a chosen instant (`TEST_CLOCK`) and a test can
 * pass a clock of its own.
 *
 * No dependencies: the event catalogue, the service kit and the apps all import it.
 */

/** The current instant. A function rather than an object so that `() => fixed` is a clock too. */
export type Clock = () => Date;

/** The variable that starts the process clock at a chosen instant (test profile only). */
export const TEST_CLOCK = "TEST_CLOCK";

/**
 * The instant the test command (infra/test.sh, the test stack) runs on when TEST_CLOCK is not given,
 * so that every run sees the same dates: a Monday morning in Vietnam, a working day mid-quarter.
 */
export const DEFAULT_TEST_CLOCK = "2026-03-16T10:00:00+07:00";

// An offset is required: "2026-02-13T00:30" would mean a different instant on every machine.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant of an ISO 8601 timestamp with an offset (`2026-02-13T00:30:00+07:00`); throws otherwise. */
export function parseInstant(value: string, name = TEST_CLOCK): Date {
  const instant = ISO_INSTANT.test(value) ? new Date(value) : undefined;
  // Date() rolls 30 February over into March; a day that does not exist is a typo, not an instant.
  const exists = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  if (
    !instant ||
    Number.isNaN(instant.getTime()) ||
    !exists(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)))
  ) {
    throw new RangeError(`${name}="${value}" is not an ISO 8601 instant with an offset, e.g. 2026-02-13T00:30:00+07:00`);
  }
  return instant;
}

/**
 * A clock that reads `start` at the real instant `realStartMs` (epoch ms) and then runs at real speed:
 * time keeps passing, so timeouts, expiries and ordering by time behave as they do in production.
 */
export function runningClock(start: Date | string, realStartMs: number = Date.now()): Clock {
  const offset = (typeof start === "string" ? parseInstant(start) : start).getTime() - realStartMs;
  return () => new Date(Date.now() + offset);
}

/** A clock that never moves (unit tests of pure rules). */
export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === "string" ? parseInstant(at) : at;
  return () => new Date(instant.getTime());
}

export const systemClock: Clock = () => new Date();

/**
 * The clock of a process with this environment: TEST_CLOCK plus the real time elapsed since the
 * process started (performance.timeOrigin), so every module of one process agrees; else the wall clock.
 */
export function clockFromEnv(env: Record<string, string | undefined> = process.env): Clock {
  const value = env[TEST_CLOCK];
  return value ? runningClock(value, performance.timeOrigin) : systemClock;
}

let processClock: Clock | undefined;

/**
 * The process clock (see clockFromEnv). Read on first use rather than at import, so a bad TEST_CLOCK
 * is reported by the start-up check below instead of failing an import.
 */
export const clock: Clock = () => (processClock ??= clockFromEnv())();

/** Why this environment may not start a process, or undefined if it may. */
export function testClockProblem(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env[TEST_CLOCK];
  if (!value) return undefined;
  // A clock set by hand must never reach a real deployment: it would move every deadline and expiry.
  if (env.STACK_PROFILE !== "test") {
    return `${TEST_CLOCK} is set (${value}) but STACK_PROFILE is ${env.STACK_PROFILE ? `"${env.STACK_PROFILE}"` : "not set"}: a test clock is only allowed in the test profile (STACK_PROFILE=test). Unset ${TEST_CLOCK}.`;
  }
  try {
    parseInstant(value);
  } catch (err) {
    return (err as Error).message;
  }
  return undefined;
}

/** At a process's start: print the problem and exit 1 if the environment sets a test clock it may not use. */
export function refuseTestClockOutsideTestProfile(name: string, env: Record<string, string | undefined> = process.env): void {
  const problem = testClockProblem(env);
  if (!problem) return;
  console.error(`[${name}] refusing to start: ${problem}`);
  process.exit(1);
}
