import type { Db, Tx } from "./client.ts";
import { isUuid } from "./ids.ts";

export async function findUser(db: Db | Tx, id: string) {
  if (!isUuid(id)) return null;
  return db.user.findUnique({ where: { id } });
}

export async function listUsers(db: Db) {
  return db.user.findMany({ orderBy: { username: "asc" } });
}

export async function cityAdminIds(tx: Tx): Promise<string[]> {
  const admins = await tx.user.findMany({ where: { roles: { has: "CITY_ADMIN" } }, select: { id: true } });
  return admins.map((a) => a.id);
}
