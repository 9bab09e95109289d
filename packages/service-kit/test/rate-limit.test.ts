import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryRateLimiter, type RateLimiter } from "../src/rate-limit.ts";
import { connectRedis, RedisRateLimiter, redisReady } from "../src/redis-rate-limit.ts";

const MINUTE = 60_000;
// The machine's Redis (CI starts it); each run has its own key prefix, removed at the end.
const redis = connectRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const prefix = `tthc:test:${randomUUID()}:`;
// Any fallback to in-process counts would make the Redis suite test the memory store: none is allowed.
const noFallback = (err: unknown) => {
  throw new Error(`RedisRateLimiter fell back: ${String(err)}`);
};
beforeAll(() => redisReady(redis));
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

const stores: Array<[string, (now: () => number) => RateLimiter]> = [
  ["MemoryRateLimiter", (now) => new MemoryRateLimiter(now)],
  ["RedisRateLimiter", (now) => new RedisRateLimiter(redis, { prefix: `${prefix}${randomUUID()}:`, now, onFallback: noFallback })],
];

describe.each(stores)("%s", (_, create) => {
  it("allows the limit per minute, then refuses with a retry time", async () => {
    let now = 0;
    const limiter = create(() => now);
    for (let i = 0; i < 3; i++) expect(await limiter.take("a", 3, MINUTE)).toEqual({ allowed: true });
    expect(await limiter.take("a", 3, MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(await limiter.take("b", 3, MINUTE)).toEqual({ allowed: true });
    now = 30_000;
    expect(await limiter.take("a", 3, MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it("slides: the previous minute's requests weigh less as it recedes", async () => {
    let now = 0;
    const limiter = create(() => now);
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
    const limiter = create(() => now);
    for (let i = 0; i < 10; i++) await limiter.take("a", 2, MINUTE);
    now = 60_000 + 30_000; // half the previous window overlaps: 5 weighted attempts > 2
    expect(await limiter.take("a", 2, MINUTE)).toMatchObject({ allowed: false });
    expect(await limiter.take("b", 2, 1_000)).toEqual({ allowed: true });
  });
});

describe("RedisRateLimiter across replicas", () => {
  it("shares the counts between two replicas' clients", async () => {
    const other = connectRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
    try {
      await redisReady(other);
      const shared = `${prefix}shared:`;
      const now = () => 10 * MINUTE;
      const a = new RedisRateLimiter(redis, { prefix: shared, now, onFallback: noFallback });
      const b = new RedisRateLimiter(other, { prefix: shared, now, onFallback: noFallback });
      expect(await a.take("client", 2, MINUTE)).toEqual({ allowed: true });
      expect(await b.take("client", 2, MINUTE)).toEqual({ allowed: true });
      expect(await a.take("client", 2, MINUTE)).toMatchObject({ allowed: false });
      expect(await b.take("client", 2, MINUTE)).toMatchObject({ allowed: false });
    } finally {
      other.disconnect();
    }
  });

  it("falls back to the replica's own counts while Redis cannot answer, and says so", async () => {
    // Nothing listens on port 1: every command fails at once (no offline queue).
    const down = connectRedis("redis://127.0.0.1:1");
    down.on("error", () => {});
    const failures: unknown[] = [];
    try {
      const limiter = new RedisRateLimiter(down, { prefix, now: () => 0, onFallback: (err) => failures.push(err) });
      expect(await limiter.take("client", 1, MINUTE)).toEqual({ allowed: true });
      expect(await limiter.take("client", 1, MINUTE)).toMatchObject({ allowed: false });
      expect(failures).toHaveLength(2);
    } finally {
      down.disconnect();
    }
  });
});
