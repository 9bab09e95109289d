import { clock, type Actor } from "@tthc/service-kit";
import type { Db } from "./db/client.ts";
import type { SeedUnit } from "./seed-data.ts";
import { createUnit } from "./use-cases/units.ts";

export const SEED_ACTOR: Actor = { kind: "service", service: "directory-seed" };

/** Every unit's id by code, as the seeds name units. */
export async function unitIdsByCode(db: Db): Promise<Map<string, string>> {
  return new Map((await db.unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]));
}

/**
 * Create the seed units that are missing, valid from `since`, parents before children, through the same
 * command as the GraphQL mutation (so each publishes directory.unit.created). `idByCode` gains the new ids.
 */
export async function createMissingUnits(db: Db, units: readonly SeedUnit[], since: Date, idByCode: Map<string, string>): Promise<number> {
  let created = 0;
  for (const unit of units) {
    if (idByCode.has(unit.code)) continue;
    const row = await createUnit(
      db,
      { actor: SEED_ACTOR, now: clock() },
      {
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName,
        levelCode: unit.levelCode,
        parentId: unit.parentCode ? idByCode.get(unit.parentCode) : null,
        validFrom: since,
      },
    );
    idByCode.set(unit.code, row.id);
    created += 1;
  }
  return created;
}
