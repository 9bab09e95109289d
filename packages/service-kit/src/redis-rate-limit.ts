import { clock } from "@tthc/clock";
import { Redis } from "ioredis";
import { z } from "zod";
import { MemoryRateLimiter, slidingWindowDecision, type RateDecision, type RateLimiter } from "./rate-limit.ts";

// One round trip, atomic: count this attempt in the current window and read the previous window's count.
// The current window's key lives two windows, as long as it can still be someone's "previous".
const TAKE = `
local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
return {current, previous}
`;

export interface RedisRateLimiterOptions {
  /** Keeps deployments (and the demo and test stacks) sharing one Redis apart, e.g. "tthc:demo:". */
  prefix: string;
  /** Epoch milliseconds; the process clock unless a test passes its own. */
  now?: () => number;
  /** Called when Redis cannot answer and the replica's own counts decide instead. */
  onFallback?: (err: unknown) => void;
}

/**
 * The counts shared by every replica (operations issue): the same sliding window as MemoryRateLimiter,
 * kept in Redis. Redis unreachable or slow does not stop the service: each replica falls back to its own
 * in-process counts until Redis answers again (limits per replica for that time, never none).
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly now: () => number;
  private readonly fallback: MemoryRateLimiter;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisRateLimiterOptions,
  ) {
    this.now = options.now ?? (() => clock().getTime());
    this.fallback = new MemoryRateLimiter(this.now);
  }

  async take(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const now = this.now();
    const windowStart = now - (now % windowMs);
    const base = `${this.options.prefix}rate:${windowMs}:${key}:`;
    try {
      const [current, previous] = (await this.redis.eval(
        TAKE,
        2,
        `${base}${windowStart}`,
        `${base}${windowStart - windowMs}`,
        String(2 * windowMs),
      )) as [number, number];
      return slidingWindowDecision({ now, windowMs, limit, previous, currentBefore: current - 1 });
    } catch (err) {
      this.options.onFallback?.(err);
      return this.fallback.take(key, limit, windowMs);
    }
  }
}

/**
 * A Redis client that fails fast instead of queueing commands while disconnected (a rate check must not
 * wait for Redis to come back), and keeps reconnecting in the background.
 */
export function connectRedis(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    lazyConnect: false,
  });
}

/** Resolves once the client is connected (a service waits for it at start, so its first requests are counted in Redis). */
export function redisReady(redis: Redis): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onReady = () => {
      redis.off("end", onEnd);
      resolve();
    };
    const onEnd = () => {
      redis.off("ready", onReady);
      reject(new Error("Redis connection closed before it was ready"));
    };
    redis.once("ready", onReady);
    redis.once("end", onEnd);
  });
}

/** The variables of a process whose rate limits may be shared (gateway, complaints). */
export const sharedLimitsEnv = {
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, "expected a redis:// URL")
    .optional()
    .describe("Redis holding the rate-limit counts every replica shares; unset, each process counts alone"),
  REDIS_KEY_PREFIX: z.string().default("tthc:").describe("prefix of this deployment's keys in that Redis"),
};

export interface SharedRateLimiter {
  limiter: RateLimiter;
  /**
   * Waits (at most `timeoutMs`) for Redis, so a replica's first requests are already counted with the
   * others'; true once connected. A Redis still down after that is no reason not to start.
   */
  ready(timeoutMs: number): Promise<boolean>;
  /** Disconnects from Redis (nothing to do for in-process counts). */
  close(): Promise<void>;
}

// A Redis outage is logged once a minute, not once per request.
const FALLBACK_LOG_EVERY_MS = 60_000;

/** The rate limiter of a process: Redis-backed when REDIS_URL is set, in-process otherwise. */
export function sharedRateLimiter(
  env: { REDIS_URL?: string; REDIS_KEY_PREFIX: string },
  now: () => number,
  log: { warn(obj: object, msg?: string): void },
): SharedRateLimiter {
  if (!env.REDIS_URL) return { limiter: new MemoryRateLimiter(now), ready: async () => true, close: async () => {} };
  const redis = connectRedis(env.REDIS_URL);
  let lastLogged = -Infinity;
  // ioredis reports connection errors as events; the fallback below already handles their effect.
  redis.on("error", () => {});
  const limiter = new RedisRateLimiter(redis, {
    prefix: env.REDIS_KEY_PREFIX,
    now,
    onFallback: (err) => {
      const at = performance.now();
      if (at - lastLogged < FALLBACK_LOG_EVERY_MS) return;
      lastLogged = at;
      log.warn({ err: String(err) }, "rate limits: Redis unavailable, counting in this process until it answers");
    },
  });
  return {
    limiter,
    ready: (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      return Promise.race([
        redisReady(redis).then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]).finally(() => clearTimeout(timer));
    },
    close: async () => {
      redis.disconnect();
    },
  };
}
