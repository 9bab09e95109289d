import { batchLoader } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { UnitVersion } from "../db/generated/client.ts";
import { predecessionsOf, successionsFrom } from "../db/reorganisation.ts";
import { treeMembershipsOf, type UnitWithLevel } from "../db/units.ts";
import type { Succession } from "../domain/reorganisation.ts";

/** One request's loaders: fields below a list of units ask through these, one query per level. */
export function directoryLoaders(db: Db) {
  return {
    unit: batchLoader<string, UnitWithLevel | null>(async (ids) => {
      const units = await db.unit.findMany({ where: { id: { in: ids } }, include: { level: true } });
      return new Map(units.map((u) => [u.id, u]));
    }, null),
    versions: batchLoader<string, UnitVersion[]>(async (ids) => {
      const rows = await db.unitVersion.findMany({ where: { unitId: { in: ids } }, orderBy: { validFrom: "asc" } });
      const byUnit = new Map<string, UnitVersion[]>();
      for (const r of rows) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
      return byUnit;
    }, []),
    /** The unit's parents over time (tree edges only; a group a unit belongs to is not its parent). */
    parents: batchLoader((ids: string[]) => treeMembershipsOf(db, ids), []),
    /** The successions that closed units into this one. */
    predecessions: batchLoader((ids: string[]) => predecessionsOf(db, ids), []),
    /** Every succession reachable from the unit (the same map for every unit of one batch). */
    successions: batchLoader<string, Map<string, Succession[]>>(async (ids) => {
      const all = await successionsFrom(db, ids);
      return new Map(ids.map((id) => [id, all]));
    }, new Map()),
  };
}
export type DirectoryLoaders = ReturnType<typeof directoryLoaders>;
