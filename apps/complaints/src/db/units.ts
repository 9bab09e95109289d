import type { Db, Tx } from "./client.ts";

/** Names of units from the local replica of the directory (unknown ids are left out). */
export async function unitNames(db: Db | Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<Array<{ id: string; name: string }>>(`SELECT id, name FROM unit_replica WHERE id = ANY($1::text[])`, [...ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
