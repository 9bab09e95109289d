/**
 * Sign-in and sessions: password sign-in with lockout, refresh-token rotation, sign-out, password
 * changes. The tokens and hashes are made by the adapters in ../auth/.
 */
import { appError, clock as processClock, notFound, unauthenticated, type Clock, type Role } from "@tthc/service-kit";
import { signAccessToken } from "../auth/access-token.ts";
import { hashPassword, verifyNothing, verifyPassword } from "../auth/passwords.ts";
import { randomToken, sha256 } from "../auth/secrets.ts";
import type { Db, Tx } from "../db/client.ts";
import type { User } from "../db/generated/client.ts";
import { findUser } from "../db/users.ts";
import type { LockoutPolicy } from "../domain/lockout.ts";
import { isLocked, lockAfterFailure } from "../domain/lockout.ts";
import { assertAcceptablePassword } from "../domain/passwords.ts";

// One message for an unknown user and a wrong password: the answer must not reveal which usernames exist.
const invalidCredentials = () => appError("INVALID_CREDENTIALS", "Wrong username or password");

const accountLocked = (until: Date) =>
  appError("ACCOUNT_LOCKED", "Too many failed sign-in attempts; the account is locked for a while", { lockedUntil: until.toISOString() });

// Said only to someone who gave the account's correct password, so it reveals nothing to a guesser.
const accountDeactivated = () => appError("ACCOUNT_DEACTIVATED", "Tài khoản đã bị vô hiệu hóa. / This account has been deactivated.");

const invalidRefreshToken = () => unauthenticated("The session has ended; please sign in again");

export interface AuthConfig {
  jwtSecret: string;
  accessTokenTtlMinutes: number;
  sessionTtlHours: number;
  lockout: LockoutPolicy;
  /**
   * The directory's clock: token, session and lockout expiry and "today". The process clock
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

/** Password sign-in (đăng nhập): a new session with a refresh token, and an access token. */
export async function login(db: Db, config: AuthConfig, username: string, password: string): Promise<IssuedTokens> {
  const now = clock(config);
  const user = await db.user.findUnique({ where: { username: normaliseUsername(username) } });
  if (!user) {
    await verifyNothing(password);
    throw invalidCredentials();
  }
  if (isLocked(user, now)) throw accountLocked(user.lockedUntil!);

  if (!(await verifyPassword(user.passwordHash, password))) {
    // Counted atomically, so parallel guesses cannot slip past the limit.
    const { failedLogins } = await db.user.update({ where: { id: user.id }, data: { failedLogins: { increment: 1 } } });
    const lockedUntil = lockAfterFailure(failedLogins, config.lockout, now);
    if (lockedUntil) {
      await db.user.update({ where: { id: user.id }, data: { lockedUntil, failedLogins: 0 } });
      throw accountLocked(lockedUntil);
    }
    throw invalidCredentials();
  }
  if (user.deactivatedAt) throw accountDeactivated();

  return db.$transaction(async (tx) => {
    const signedIn = await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    const session = await tx.session.create({
      data: { userId: user.id, expiresAt: new Date(now.getTime() + config.sessionTtlHours * 3_600_000) },
    });
    const refreshToken = await issueRefreshToken(tx, session.id);
    return { ...(await issueAccessToken(config, signedIn, session.id, now)), refreshToken, user: signedIn };
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
  if (session.revokedAt || session.expiresAt <= now || isLocked(session.user, now)) throw invalidRefreshToken();

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

/** The user changes their own password; their other sessions end. */
export async function changePassword(
  db: Db,
  config: AuthConfig,
  actor: { userId: string; sessionId: string },
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await db.user.findUnique({ where: { id: actor.userId } });
  if (!user) throw invalidRefreshToken();
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw invalidCredentials();
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

/** An admin sets a temporary password (cấp lại mật khẩu): the user must change it, and is unlocked and signed out everywhere. */
export async function resetPassword(db: Db, config: AuthConfig, userId: string, temporaryPassword: string): Promise<void> {
  const user = await findUser(db, userId);
  if (!user) throw notFound("No such user");
  assertAcceptablePassword(temporaryPassword, user.username, "temporaryPassword");
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null } }),
    db.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: clock(config) } }),
  ]);
}
