import type { SqlTx } from "@tthc/messaging";
import type { DirectoryUnit } from "../domain/unit-resolution.ts";

/** Every unit of the local replica (kept by directory.unit.* events), for name matching and group expansion. */
export async function directoryUnits(tx: SqlTx): Promise<DirectoryUnit[]> {
  return tx.$queryRawUnsafe<DirectoryUnit[]>(
    `SELECT id, name, short_name AS "shortName", alternative_names AS "alternativeNames", level_code AS "levelCode", parent_id AS "parentId",
       to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
     FROM unit_replica`,
  );
}
