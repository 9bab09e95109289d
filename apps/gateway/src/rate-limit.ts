import { clock } from "@tthc/clock";

const WINDOW_MS = 60_000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Per-client sliding-window limiter (the two-window approximation: the previous minute's count is
 * weighted by how much of it still overlaps the sliding window). In memory: one gateway instance
 * limits its own traffic.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; current: number; previous: number }>();

  constructor(private readonly now: () => number = () => clock().getTime()) {}

  /** Count one request for `client`, unless that would exceed `limitPerMinute`. */
  take(client: string, limitPerMinute: number): RateDecision {
    const now = this.now();
    const windowStart = now - (now % WINDOW_MS);
    let entry = this.windows.get(client);
    if (!entry || entry.start <= windowStart - 2 * WINDOW_MS) {
      entry = { start: windowStart, current: 0, previous: 0 };
    } else if (entry.start < windowStart) {
      entry = { start: windowStart, current: 0, previous: entry.current };
    }
    this.windows.set(client, entry);
    if (this.windows.size > 100_000) this.sweep(windowStart);

    const overlap = 1 - (now - windowStart) / WINDOW_MS;
    const used = entry.previous * overlap + entry.current;
    if (used + 1 > limitPerMinute) {
      // The earliest moment the weighted count drops enough, or the next window when only the current one counts.
      const waitMs = entry.previous > 0 && entry.current < limitPerMinute
        ? ((used + 1 - limitPerMinute) / entry.previous) * WINDOW_MS
        : windowStart + WINDOW_MS - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    entry.current += 1;
    return { allowed: true };
  }

  private sweep(windowStart: number): void {
    for (const [client, entry] of this.windows) if (entry.start < windowStart - WINDOW_MS) this.windows.delete(client);
  }
}
