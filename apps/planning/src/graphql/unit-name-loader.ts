import type { SqlTx } from "@tthc/messaging";
import { unitNames } from "@tthc/unit-replica";
import { batchLoader } from "@tthc/service-kit";

/** Unit names for one request, fetched in one query per tick however many fields ask; a name that fails to load reads as null. */
export function unitNameLoader(db: SqlTx): (id: string) => Promise<string | null> {
  return batchLoader<string, string | null>((ids) => unitNames(db, ids).catch(() => new Map<string, string | null>()), null);
}
