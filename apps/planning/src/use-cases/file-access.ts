/** Who may download a stored file: the file routes (app.ts) ask before serving one. */
import type { StoredFile } from "@tthc/files";
import { actorKey, type Actor } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { seesAllUnits } from "../domain/index.ts";

/**
 * Evidence is readable by whoever may read the report it is attached to; any file (plan documents to
 * import and exports too) by its uploader.
 */
export async function canDownloadFile(db: Db, actor: Actor, file: StoredFile): Promise<boolean> {
  if (actor.kind !== "user") return false;
  if (seesAllUnits(actor) || file.uploadedBy === actorKey(actor)) return true;
  if (!actor.unitId) return false;
  const reports = await db.progressReport.findMany({
    where: { fileIds: { has: file.id } },
    include: { occurrence: { include: { task: { include: { units: true } } } } },
  });
  return reports.some(
    (r) =>
      r.occurrence.unitId === actor.unitId || r.occurrence.task.units.some((u) => u.role === "coordinating" && u.unitId === actor.unitId),
  );
}
