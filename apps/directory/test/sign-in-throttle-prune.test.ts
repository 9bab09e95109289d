import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneSignInCounters } from "../src/use-cases/sessions.ts";
import { startHarness, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness("throttle_prune");
});
afterAll(async () => {
  await h?.close();
});

describe("pruning the sign-in throttle's counters", () => {
  it("deletes only the counters that no longer change a decision", async () => {
    const now = new Date("2026-03-16T03:00:00Z");
    const hoursAgo = (n: number) => new Date(now.getTime() - n * 3_600_000);
    const daysAgo = (n: number) => hoursAgo(n * 24);
    const rows: Array<[string, Date | null, Date | null, Date | null]> = [
      // key, lastFailureAt, pendingUntil, lastSuccessAt
      ["forgotten-failure", hoursAgo(25), null, null],
      ["live-failure", hoursAgo(2), null, null],
      ["in-flight", null, new Date(now.getTime() + 5_000), null],
      ["old-sign-in", null, null, daysAgo(91)],
      ["remembered-sign-in", null, null, daysAgo(30)],
      ["never-used", null, null, null],
    ];
    for (const [key, failure, pending, success] of rows)
      await h.db.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "lastFailureAt", "pendingUntil", "lastSuccessAt")
        VALUES (${key}, ${failure ? 3 : 0}, ${failure}, ${pending}, ${success})`;

    const auth = { ...h.auth, now: () => now, rememberSignInMs: 90 * 24 * 3_600_000 };
    expect(await pruneSignInCounters(h.db, auth)).toBe(3);
    const left = await h.db.$queryRaw<Array<{ key: string }>>`SELECT "key" FROM "SignInThrottle" ORDER BY "key"`;
    expect(left.map((r) => r.key)).toEqual(["in-flight", "live-failure", "remembered-sign-in"]);
    expect(await pruneSignInCounters(h.db, auth)).toBe(0);
  });
});
