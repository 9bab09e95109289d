/**
 * Sign-in throttling (chống dò mật khẩu): each failed attempt makes the next one wait, doubling from
 * `firstDelayMs` up to `maxDelayMs`. Three counters are kept, each keyed by plain strings:
 *
 * - the client (its address): every failure from it, on any username — stops guessing and
 *   password spraying from one place;
 * - the account (the username, existing or not): every failure on it, from anywhere — a client that
 *   has failed on this account waits the account's delay after its own last failure, so many
 *   addresses guessing one account are slowed down together;
 * - the pair (account, client): whether this client has failed on this account since it last signed
 *   in to it, and whether it ever did sign in to it from there.
 *
 * What the design guarantees (no one can lock the owner out):
 * - a delay is always measured from the waiting client's own last failure, never from someone
 *   else's: other clients' failures can make an account's delay longer, but they never stop a client
 *   that has not failed on this account, and a client that has waits at most `maxDelayMs` after its
 *   own last failure and is then verified (no shared slot to race for);
 * - a client that signed in to this account before and has not failed on it since (the owner at
 *   their usual address) is held by nothing but its own attempt in flight: not by the address's
 *   failures on other accounts (colleagues behind the same office address), nor by the account's;
 * - an attempt made before its delay ends is refused without verifying the password and changes no
 *   counter, so the answer cannot tell a right password from a wrong one;
 * - unknown usernames have counters like any other, so they get the same answers with the same timing;
 * - one attempt per client at a time (`pendingUntil`): parallel guesses from one client are refused,
 *   not verified in parallel.
 *
 * Counters are forgotten `forgetMs` after their last failure.
 */
export interface SignInThrottlePolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  forgetMs: number;
  /** How long a claimed attempt holds its client's turn if its outcome is never recorded (a crash). */
  pendingMs: number;
}

/** One counter's row. */
export interface ThrottleCounter {
  failures: number;
  lastFailureAt: Date | null;
  pendingUntil: Date | null;
  lastSuccessAt: Date | null;
}

export interface ThrottleState {
  client: ThrottleCounter;
  account: ThrottleCounter;
  pair: ThrottleCounter;
}

export type ThrottleDecision =
  | { allowed: true; /** whether the client counter takes part (and is held while the attempt runs) */ holdsClient: boolean }
  | { allowed: false; retryAfterMs: number };

/** The wait after `failures` failures: none, then firstDelayMs, doubling, capped at maxDelayMs. */
export function delayAfter(failures: number, policy: SignInThrottlePolicy): number {
  if (failures <= 0) return 0;
  // 2^30 ms is already far past any cap; the exponent is bounded so the number stays finite.
  return Math.min(policy.firstDelayMs * 2 ** Math.min(failures - 1, 30), policy.maxDelayMs);
}

/** Failures still remembered at `now`. */
export function liveFailures(counter: ThrottleCounter, policy: SignInThrottlePolicy, now: Date): number {
  if (!counter.lastFailureAt || now.getTime() - counter.lastFailureAt.getTime() >= policy.forgetMs) return 0;
  return counter.failures;
}

/** May this attempt have its password verified now? */
export function decideAttempt(state: ThrottleState, policy: SignInThrottlePolicy, now: Date): ThrottleDecision {
  const t = now.getTime();
  const waits: number[] = [];
  // An attempt in flight ends within moments (its outcome clears it); try again after the first delay.
  const pending = (c: ThrottleCounter) =>
    c.pendingUntil && c.pendingUntil.getTime() > t ? Math.min(c.pendingUntil.getTime() - t, policy.firstDelayMs) : 0;
  const until = (from: Date | null, delay: number) => (from ? from.getTime() + delay - t : 0);

  waits.push(pending(state.pair));
  const pairFailures = liveFailures(state.pair, policy, now);
  const trusted = state.pair.lastSuccessAt !== null && pairFailures === 0;
  if (!trusted) {
    waits.push(pending(state.client));
    waits.push(until(state.client.lastFailureAt, delayAfter(liveFailures(state.client, policy, now), policy)));
    // The account's delay holds only a client that has itself failed on this account, from its own failure.
    if (pairFailures > 0) waits.push(until(state.pair.lastFailureAt, delayAfter(liveFailures(state.account, policy, now), policy)));
  }
  const retryAfterMs = Math.max(0, ...waits);
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true, holdsClient: !trusted };
}
