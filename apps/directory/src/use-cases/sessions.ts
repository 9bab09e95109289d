/**
 * Sign-in and sessions: password sign-in with throttling, refresh-token rotation, sign-out, password
 * changes. The tokens and hashes are made by the adapters in ../auth/.
 */
import { appError, clock as processClock, notFound, rateLimited, unauthenticated, type Clock, type Role } from "@tthc/service-kit";
import { signAccessToken } from "../auth/access-token.ts";
import { hashPassword, verifyNothing, verifyPassword } from "../auth/passwords.ts";
import { randomToken, sha256 } from "../auth/secrets.ts";
import type { Db, Tx } from "../db/client.ts";
import type { User } from "../db/generated/client.ts";
import { findUser } from "../db/users.ts";
import { claimAttempt, pruneThrottleCounters, recordFailure, recordSuccess, type ThrottleKeys } from "../db/sign-in-throttle.ts";
import type { SignInThrottlePolicy } from "../domain/sign-in-throttle.ts";
import { assertAcceptablePassword } from "../domain/passwords.ts";

// One message for an unknown user and a wrong password: the answer must not reveal which usernames exist.
const invalidCredentials = () => appError("INVALID_CREDENTIALS", "Wrong username or password");

// The same for every username, existing or not: it says when this client may try again, nothing about the account.
const tooManyAttempts = (retryAfterMs: number) => {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return rateLimited(
    seconds,
    `Đăng nhập sai nhiều lần, vui lòng thử lại sau ${seconds} giây.`,
    `Too many failed sign-in attempts; try again in ${seconds} s.`,
  );
};

// Said only to someone who gave the account's correct password, so it reveals nothing to a guesser.
const accountDeactivated = () => appError("ACCOUNT_DEACTIVATED", "Tài khoản đã bị vô hiệu hóa. / This account has been deactivated.");

const invalidRefreshToken = () => unauthenticated("The session has ended; please sign in again");

export interface AuthConfig {
  jwtSecret: string;
  accessTokenTtlMinutes: number;
  sessionTtlHours: number;
  throttle: SignInThrottlePolicy;
  /** How long a counter remembers that its client signed in to its account (pruneSignInCounters). */
  rememberSignInMs: number;
  /**
   * The directory's clock: token, session and sign-in delay expiry and "today". The process clock
   * (TEST_CLOCK in the test stack) unless replaced, e.g. by tests that step past expiries.
   */
  now?: Clock;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  user: User;
}

/** The clock this configuration runs on. */
export const clockOf = (config: AuthConfig): Clock => config.now ?? processClock;
const clock = (config: AuthConfig) => clockOf(config)();

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

async function issueRefreshToken(tx: Tx, sessionId: string): Promise<string> {
  const token = randomToken();
  await tx.refreshToken.create({ data: { sessionId, tokenHash: sha256(token) } });
  return token;
}

async function issueAccessToken(config: AuthConfig, user: User, sessionId: string, now: Date) {
  const accessTokenExpiresAt = new Date(now.getTime() + config.accessTokenTtlMinutes * 60_000);
  const accessToken = await signAccessToken(
    { sub: user.id, sid: sessionId, username: user.username, unitId: user.unitId, roles: user.roles as Role[] },
    config.jwtSecret,
    accessTokenExpiresAt,
    now,
  );
  return { accessToken, accessTokenExpiresAt };
}

/** The throttle counters of an attempt on `username` from `client` (hashed: a mistyped password is never stored). */
function throttleKeys(username: string, client: string): ThrottleKeys {
  const account = sha256(`account\n${normaliseUsername(username)}`);
  return { client: sha256(`client\n${client}`), account, pair: sha256(`pair\n${account}\n${client}`) };
}

/**
 * Check a password under the sign-in throttle (domain/sign-in-throttle.ts): an attempt inside its
 * delay is refused before anything is verified; a verified one is counted either way. An unknown
 * username takes the same path and time (its counters exist like any other's).
 */
async function verifyThrottled(
  db: Db,
  config: AuthConfig,
  user: User | null,
  username: string,
  password: string,
  client: string,
): Promise<{ ok: false } | { ok: true; keys: ThrottleKeys; heldClient: boolean }> {
  const keys = throttleKeys(username, client);
  const decision = await claimAttempt(db, keys, config.throttle, clock(config));
  if (!decision.allowed) throw tooManyAttempts(decision.retryAfterMs);
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyNothing(password), false);
  if (!ok) {
    await recordFailure(db, keys, config.throttle, clock(config));
    return { ok: false };
  }
  return { ok: true, keys, heldClient: decision.holdsClient };
}

/**
 * Password sign-in (đăng nhập): a new session with a refresh token, and an access token. `client` is
 * the caller's address as the gateway saw it (service-kit's clientAddress).
 */
export async function login(db: Db, config: AuthConfig, username: string, password: string, client: string): Promise<IssuedTokens> {
  const user = await db.user.findUnique({ where: { username: normaliseUsername(username) } });
  const verified = await verifyThrottled(db, config, user, username, password, client);
  if (!user || !verified.ok) throw invalidCredentials();
  const now = clock(config);
  // Only to the right password: a deactivated account is no oracle for guessing. The password was
  // right, so the attempt's claim is released as a success's would be.
  if (user.deactivatedAt) {
    await recordSuccess(db, verified.keys, verified.heldClient, now);
    throw accountDeactivated();
  }

  return db.$transaction(async (tx) => {
    await recordSuccess(tx, verified.keys, verified.heldClient, now);
    const session = await tx.session.create({
      data: { userId: user.id, expiresAt: new Date(now.getTime() + config.sessionTtlHours * 3_600_000) },
    });
    const refreshToken = await issueRefreshToken(tx, session.id);
    return { ...(await issueAccessToken(config, user, session.id, now)), refreshToken, user };
  });
}

/**
 * Spend a refresh token for a new pair (rotation). A token used twice means it was copied: the whole
 * session is revoked, so the thief and the owner both have to sign in again.
 */
export async function refreshSession(db: Db, config: AuthConfig, refreshToken: string): Promise<IssuedTokens> {
  const now = clock(config);
  const stored = await db.refreshToken.findUnique({
    where: { tokenHash: sha256(refreshToken) },
    include: { session: { include: { user: true } } },
  });
  if (!stored) throw invalidRefreshToken();
  const { session } = stored;
  if (stored.usedAt) {
    await db.session.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: now } });
    throw invalidRefreshToken();
  }
  if (session.revokedAt || session.expiresAt <= now) throw invalidRefreshToken();

  return db.$transaction(async (tx) => {
    const spent = await tx.refreshToken.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count !== 1) throw invalidRefreshToken();
    const next = await issueRefreshToken(tx, session.id);
    return { ...(await issueAccessToken(config, session.user, session.id, now)), refreshToken: next, user: session.user };
  });
}

/** Sign out (đăng xuất): the refresh token's session ends; access tokens of it fail the gateway's session check. */
export async function logout(db: Db, config: AuthConfig, refreshToken: string): Promise<void> {
  const stored = await db.refreshToken.findUnique({ where: { tokenHash: sha256(refreshToken) }, select: { sessionId: true } });
  if (!stored) return;
  await db.session.updateMany({ where: { id: stored.sessionId, revokedAt: null }, data: { revokedAt: clock(config) } });
}

/**
 * The user changes their own password; their other sessions end. A wrong current password counts
 * like a failed sign-in (a stolen session must not become a free password oracle).
 */
export async function changePassword(
  db: Db,
  config: AuthConfig,
  actor: { userId: string; sessionId: string },
  currentPassword: string,
  newPassword: string,
  client: string,
): Promise<void> {
  const user = await db.user.findUnique({ where: { id: actor.userId } });
  if (!user) throw invalidRefreshToken();
  const verified = await verifyThrottled(db, config, user, user.username, currentPassword, client);
  if (!verified.ok) throw invalidCredentials();
  await recordSuccess(db, verified.keys, verified.heldClient, clock(config));
  assertAcceptablePassword(newPassword, user.username);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } }),
    db.session.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: actor.sessionId } },
      data: { revokedAt: clock(config) },
    }),
  ]);
}

/** An admin sets a temporary password (cấp lại mật khẩu): the user must change it, and is signed out everywhere. */
export async function resetPassword(db: Db, config: AuthConfig, userId: string, temporaryPassword: string): Promise<void> {
  const user = await findUser(db, userId);
  if (!user) throw notFound("No such user");
  assertAcceptablePassword(temporaryPassword, user.username, "temporaryPassword");
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true } }),
    db.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: clock(config) } }),
  ]);
}

/** The sign-in-throttle-prune job: delete counters that no longer affect any decision. */
export function pruneSignInCounters(db: Db, config: AuthConfig, signal?: AbortSignal): Promise<number> {
  return pruneThrottleCounters(db, config.throttle, config.rememberSignInMs, clock(config), signal);
}
