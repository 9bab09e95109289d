import { ACTOR_HEADER, type FastifyRequest } from "@tthc/service-kit";

/**
 * Fixed-window counters per client and action (in memory, per process: a restart forgets them,
 * which at worst grants one extra window). Every attempt counts, refused ones included, so
 * guessing secrets or hammering the form costs the same as using it.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly windowMs: number,
    // Epoch milliseconds; complaintsDeps passes its clock (the process clock unless a test's).
    private readonly now: () => number,
  ) {}

  /** Counts one attempt; returns the seconds to wait when over `limit`, else null. */
  take(key: string, limit: number): number | null {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 100_000) this.sweep(now);
    }
    window.count += 1;
    if (window.count <= limit) return null;
    return Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/**
 * The client behind a request. The gateway puts the caller's address in x-forwarded-for and signs
 * the actor; a request without the signed actor header did not come through the gateway, so its
 * x-forwarded-for is not trusted and the socket address is used.
 */
export function clientKey(request: FastifyRequest): string {
  const forwarded = request.headers["x-forwarded-for"];
  if (typeof request.headers[ACTOR_HEADER] === "string" && typeof forwarded === "string" && forwarded.trim()) {
    return forwarded.split(",")[0]!.trim();
  }
  return request.ip;
}
