/**
 * User administration (quản lý tài khoản) by the city office, and the live session the gateway asks
 * about on every request: roles, unit, active and must-change-password come from here, never from the
 * access token, so a change takes effect on the user's next request.
 */
import { type Actor, fieldErrors, isUuid, notFound, requireRole, type Role } from "@tthc/service-kit";
import { hashPassword } from "../auth/passwords.ts";
import { oneTimePassword } from "../auth/secrets.ts";
import type { Db, Tx } from "../db/client.ts";
import type { User } from "../db/generated/client.ts";
import { findSessionWithUser, findUser, findUserByUsername, listUsers } from "../db/users.ts";
import { today } from "../domain/dates.ts";
import { assertNotSelfDemotion, normaliseAccessChange, normaliseNewUser, type UserAccess } from "../domain/users.ts";
import { clockOf, type AuthConfig } from "./sessions.ts";

const MAX_PAGE = 100;

const noSuchUser = () => notFound("Không có tài khoản này. / No such user.");

/** A page of accounts for the administrators' list. */
export async function userPage(
  db: Db,
  actor: Actor,
  filter: { search?: string | null; includeDeactivated?: boolean | null; limit?: number | null; offset?: number | null },
) {
  requireRole(actor, "CITY_ADMIN");
  const limit = Math.min(Math.max(filter.limit ?? 20, 1), MAX_PAGE);
  const offset = Math.max(filter.offset ?? 0, 0);
  return listUsers(db, { search: filter.search, includeDeactivated: filter.includeDeactivated ?? false, limit, offset });
}

/** The unit must exist and still be open today: nobody is appointed to a closed unit. */
async function assertAssignableUnit(tx: Tx, config: AuthConfig, unitId: string | null): Promise<void> {
  if (!unitId) return;
  const unit = isUuid(unitId) ? await tx.unit.findUnique({ where: { id: unitId } }) : null;
  if (!unit || (unit.validTo && unit.validTo < today(clockOf(config)()))) {
    throw fieldErrors([
      { field: "unitId", messageVi: "Đơn vị không tồn tại hoặc đã giải thể.", messageEn: "The unit does not exist or is closed." },
    ]);
  }
}

/**
 * A new account (tạo tài khoản) with a temporary password, returned this once: the user must change
 * it at first sign-in.
 */
export async function createUser(
  db: Db,
  config: AuthConfig,
  actor: Actor,
  input: { username: string; fullName: string; roles: readonly string[]; unitId?: string | null },
): Promise<{ user: User; temporaryPassword: string }> {
  requireRole(actor, "CITY_ADMIN");
  const fields = normaliseNewUser(input);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    await assertAssignableUnit(tx, config, fields.unitId);
    if (await findUserByUsername(tx, fields.username)) {
      throw fieldErrors([{ field: "username", messageVi: "Tên đăng nhập đã được dùng.", messageEn: "This username is already taken." }]);
    }
    return tx.user.create({ data: { ...fields, passwordHash, mustChangePassword: true } });
  });
  return { user, temporaryPassword: password };
}

/** Set an account's roles and unit (phân quyền); seen by the gateway on the user's next request. */
export async function setUserAccess(
  db: Db,
  config: AuthConfig,
  actor: Actor,
  userId: string,
  input: { roles: readonly string[]; unitId?: string | null },
): Promise<User> {
  const admin = requireRole(actor, "CITY_ADMIN");
  const access: UserAccess = normaliseAccessChange(input);
  assertNotSelfDemotion(admin.userId, userId, { roles: access.roles });
  return db.$transaction(async (tx) => {
    if (!(await findUser(tx, userId))) throw noSuchUser();
    await assertAssignableUnit(tx, config, access.unitId);
    return tx.user.update({ where: { id: userId }, data: { roles: access.roles, unitId: access.unitId } });
  });
}

/** Deactivate an account (khóa tài khoản): it can no longer sign in and every session of it ends now. */
export async function deactivateUser(db: Db, config: AuthConfig, actor: Actor, userId: string): Promise<User> {
  const admin = requireRole(actor, "CITY_ADMIN");
  assertNotSelfDemotion(admin.userId, userId, { deactivate: true });
  const now = clockOf(config)();
  return db.$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) throw noSuchUser();
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    return user.deactivatedAt ? user : tx.user.update({ where: { id: userId }, data: { deactivatedAt: now } });
  });
}

/** Reactivate an account; it signs in again with its password (or one the administrator resets). */
export async function reactivateUser(db: Db, actor: Actor, userId: string): Promise<User> {
  requireRole(actor, "CITY_ADMIN");
  return db.$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) throw noSuchUser();
    return tx.user.update({ where: { id: userId }, data: { deactivatedAt: null } });
  });
}

/** What the gateway needs to act for a session: who, with which roles and unit, and whether only a password change is allowed. */
export interface LiveSession {
  userId: string;
  username: string;
  roles: Role[];
  unitId: string | null;
  mustChangePassword: boolean;
}

/** The session's user as of now, or null when the session is unknown, revoked, expired or its account deactivated. */
export async function liveSession(db: Db, config: AuthConfig, sessionId: string): Promise<LiveSession | null> {
  const session = await findSessionWithUser(db, sessionId);
  if (!session || session.revokedAt || session.expiresAt <= clockOf(config)() || session.user.deactivatedAt) return null;
  const { user } = session;
  return {
    userId: user.id,
    username: user.username,
    roles: user.roles as Role[],
    unitId: user.unitId,
    mustChangePassword: user.mustChangePassword,
  };
}
