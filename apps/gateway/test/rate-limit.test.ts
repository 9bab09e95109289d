import { describe, expect, it } from "vitest";
import { RateLimiter } from "../src/rate-limit.ts";

describe("RateLimiter", () => {
  it("allows the limit per minute, then refuses with a retry time", () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 3; i++) expect(limiter.take("a", 3)).toEqual({ allowed: true });
    expect(limiter.take("a", 3)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.take("b", 3)).toEqual({ allowed: true });
    now = 30_000;
    expect(limiter.take("a", 3)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it("slides: the previous minute's requests weigh less as it recedes", () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 4; i++) limiter.take("a", 4);
    now = 60_000 + 15_000; // 75% of the previous window still overlaps: 3 weighted requests used
    expect(limiter.take("a", 4)).toEqual({ allowed: true });
    expect(limiter.take("a", 4)).toMatchObject({ allowed: false });
    now = 60_000 + 45_000; // 25% overlap: 1 + 1 used
    expect(limiter.take("a", 4)).toEqual({ allowed: true });
    now = 200_000; // both windows gone
    for (let i = 0; i < 4; i++) expect(limiter.take("a", 4)).toEqual({ allowed: true });
  });
});
