import type { FilesDb } from "./routes.ts";
import type { FileStore } from "./store.ts";

/**
 * Erase stored files for good (e.g. personal data past its retention): the bytes first, then the
 * `stored_file` rows through the caller's transaction. Removing bytes is idempotent, so a rolled-back
 * transaction is simply run again; rows never outlive a commit that meant to erase them.
 */
export async function eraseFiles(db: FilesDb, store: FileStore, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  for (const id of ids) await store.remove(id);
  return db.$executeRawUnsafe(`DELETE FROM stored_file WHERE id = ANY($1::uuid[])`, [...ids]);
}
