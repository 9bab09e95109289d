import { clock } from "@tthc/clock";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * The one rate-limiter interface (gateway per-client limits, complaints' public form and lookups).
 * Async so a shared store (Redis, operations issue) can implement it. A key should always be taken
 * with the same window.
 */
export interface RateLimiter {
  /** Count one attempt for `key`; refused when more than `limit` attempts fall in the sliding `windowMs`. */
  take(key: string, limit: number, windowMs: number): Promise<RateDecision>;
}

/** What one attempt sees: the previous window's count and the current window's before this attempt. */
export interface WindowCounts {
  now: number;
  windowMs: number;
  limit: number;
  previous: number;
  currentBefore: number;
}

/**
 * The sliding-window rule both stores apply (the two-window approximation: the previous window's count
 * is weighted by how much of it still overlaps the sliding window), so a client cannot burst twice the
 * limit across a window boundary.
 */
export function slidingWindowDecision({ now, windowMs, limit, previous, currentBefore }: WindowCounts): RateDecision {
  const windowStart = now - (now % windowMs);
  const overlap = 1 - (now - windowStart) / windowMs;
  const used = previous * overlap + currentBefore;
  if (used + 1 <= limit) return { allowed: true };
  // The earliest moment the weighted count drops enough, or the next window when only the current one counts.
  const waitMs = previous > 0 && currentBefore + 1 <= limit ? ((used + 1 - limit) / previous) * windowMs : windowStart + windowMs - now;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

interface Windows {
  windowMs: number;
  start: number;
  current: number;
  previous: number;
}

/**
 * In-process sliding window (one replica's counts; RedisRateLimiter shares them). Every attempt counts, refused ones included: hammering keeps a client
 * out and guessing costs the same as asking. A restart forgets the counts (at worst one extra window).
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, Windows>();

  // Epoch milliseconds; the process clock unless a test passes its own.
  constructor(private readonly now: () => number = () => clock().getTime()) {}

  take(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    return Promise.resolve(this.takeNow(key, limit, windowMs));
  }

  private takeNow(key: string, limit: number, windowMs: number): RateDecision {
    const now = this.now();
    const windowStart = now - (now % windowMs);
    let entry = this.windows.get(key);
    if (!entry || entry.start <= windowStart - 2 * windowMs) {
      entry = { windowMs, start: windowStart, current: 0, previous: 0 };
    } else if (entry.start < windowStart) {
      entry = { windowMs, start: windowStart, current: 0, previous: entry.current };
    }
    this.windows.set(key, entry);
    if (this.windows.size > 100_000) this.sweep(now);
    const decision = slidingWindowDecision({ now, windowMs, limit, previous: entry.previous, currentBefore: entry.current });
    entry.current += 1;
    return decision;
  }

  // An entry whose current window ended a whole window ago counts for nothing any more.
  private sweep(now: number): void {
    for (const [key, entry] of this.windows) if (entry.start + 2 * entry.windowMs <= now) this.windows.delete(key);
  }
}
