import { isUuid } from "@tthc/service-kit";
import type { Db, Tx } from "./client.ts";
import type { Prisma } from "./generated/client.ts";

export async function findUser(db: Db | Tx, id: string) {
  if (!isUuid(id)) return null;
  return db.user.findUnique({ where: { id } });
}

export async function findUserByUsername(db: Db | Tx, username: string) {
  return db.user.findUnique({ where: { username } });
}

export async function listAllUsers(db: Db) {
  return db.user.findMany({ orderBy: { username: "asc" } });
}

/** One page of accounts, by username; `search` matches username or full name (case-insensitive). */
export async function listUsers(db: Db, filter: { search?: string | null; includeDeactivated: boolean; limit: number; offset: number }) {
  const search = filter.search?.trim();
  const where: Prisma.UserWhereInput = {
    ...(filter.includeDeactivated ? {} : { deactivatedAt: null }),
    ...(search
      ? { OR: [{ username: { contains: search, mode: "insensitive" } }, { fullName: { contains: search, mode: "insensitive" } }] }
      : {}),
  };
  const [total, items] = await db.$transaction([
    db.user.count({ where }),
    db.user.findMany({ where, orderBy: { username: "asc" }, take: filter.limit, skip: filter.offset }),
  ]);
  return { total, items };
}

/** Active city administrators (notification recipients). */
export async function cityAdminIds(tx: Tx): Promise<string[]> {
  const admins = await tx.user.findMany({ where: { roles: { has: "CITY_ADMIN" }, deactivatedAt: null }, select: { id: true } });
  return admins.map((a) => a.id);
}

/** A session with its user, for the gateway's per-request check. */
export async function findSessionWithUser(db: Db, sessionId: string) {
  if (!isUuid(sessionId)) return null;
  return db.session.findUnique({ where: { id: sessionId }, include: { user: true } });
}
