import type { Db } from "./client.ts";
import { isUuid } from "./ids.ts";

export async function findUser(db: Db, id: string) {
  if (!isUuid(id)) return null;
  return db.user.findUnique({ where: { id } });
}

export async function listUsers(db: Db) {
  return db.user.findMany({ orderBy: { username: "asc" } });
}
