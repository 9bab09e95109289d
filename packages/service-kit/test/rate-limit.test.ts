import { describe, expect, it } from "vitest";
import { MemoryRateLimiter } from "../src/rate-limit.ts";

const MINUTE = 60_000;

describe("MemoryRateLimiter", () => {
  it("allows the limit per minute, then refuses with a retry time", async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    for (let i = 0; i < 3; i++) expect(await limiter.take("a", 3, MINUTE)).toEqual({ allowed: true });
    expect(await limiter.take("a", 3, MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(await limiter.take("b", 3, MINUTE)).toEqual({ allowed: true });
    now = 30_000;
    expect(await limiter.take("a", 3, MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it("slides: the previous minute's requests weigh less as it recedes", async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    for (let i = 0; i < 4; i++) await limiter.take("a", 4, MINUTE);
    now = 60_000 + 15_000; // 75% of the previous window still overlaps: 3 weighted requests used
    expect(await limiter.take("a", 4, MINUTE)).toEqual({ allowed: true });
    expect(await limiter.take("a", 4, MINUTE)).toMatchObject({ allowed: false });
    now = 60_000 + 45_000; // 25% overlap: 1 + 2 used (the refused attempt counted too)
    expect(await limiter.take("a", 4, MINUTE)).toEqual({ allowed: true });
    now = 200_000; // both windows gone
    for (let i = 0; i < 4; i++) expect(await limiter.take("a", 4, MINUTE)).toEqual({ allowed: true });
  });

  it("counts refused attempts, so a client that keeps hammering stays out", async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    for (let i = 0; i < 10; i++) await limiter.take("a", 2, MINUTE);
    now = 60_000 + 30_000; // half the previous window overlaps: 5 weighted attempts > 2
    expect(await limiter.take("a", 2, MINUTE)).toMatchObject({ allowed: false });
    expect(await limiter.take("b", 2, 1_000)).toEqual({ allowed: true });
  });
});
