import { setTimeout as wait } from "node:timers/promises";

/** Exponential backoff: `baseMs`, 2×, 4×… capped at `maxMs`. */
export function backoff(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), maxMs);
}

/** Sleep that ends early (without throwing) when the signal aborts, so shutdown never waits out a backoff. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  await wait(ms, undefined, { signal }).catch(() => undefined);
}
