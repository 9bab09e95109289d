/** Lockout after repeated failed logins (khóa tài khoản): the policy numbers come from the environment. */
export interface LockoutPolicy {
  maxFailures: number;
  lockoutMinutes: number;
}

export function isLocked(user: { lockedUntil: Date | null }, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now;
}

/** After a failed login that brought the count to `failures`: lock until when, or null. */
export function lockAfterFailure(failures: number, policy: LockoutPolicy, now: Date): Date | null {
  return failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : null;
}
