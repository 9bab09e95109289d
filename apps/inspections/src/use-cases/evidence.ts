/**
 * Evidence files (tài liệu chứng minh) of checklist answers, findings and recommendation answers. They are
 * uploaded first through the service's `/files` routes (@tthc/files: the type read from the content,
 * the size cut off while streaming, so a forbidden type never becomes a stored file), then named by id
 * in the command that attaches them. Who may download one is asked here too.
 */
import { type Actor, actorKey, isUuid } from "@tthc/service-kit";
import type { StoredFile } from "@tthc/files";
import type { Db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { inspectionScope, refusal } from "../domain/index.ts";
import { domainError } from "./errors.ts";

type Tx = Prisma.TransactionClient;

/** At most this many files per answer, finding or recommendation answer. */
export const MAX_EVIDENCE_FILES = 10;

/**
 * The ids, deduplicated, once each is known to be a file the actor uploaded; otherwise the command is
 * refused (nothing changes: this runs before any write of the transaction). One query for the lot.
 */
export async function checkEvidence(
  tx: Tx | Db,
  actor: Actor,
  ids: readonly string[] | null | undefined,
  field: string,
): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) return [];
  if (unique.length > MAX_EVIDENCE_FILES)
    throw domainError(
      refusal(
        "TOO_MANY_FILES",
        `Mỗi nội dung chỉ được kèm tối đa ${MAX_EVIDENCE_FILES} tệp.`,
        `At most ${MAX_EVIDENCE_FILES} files each.`,
        field,
      ),
    );
  const wellFormed = unique.filter((id) => isUuid(id));
  const rows =
    wellFormed.length === 0
      ? []
      : await tx.$queryRawUnsafe<Array<{ id: string }>>(
          `SELECT id::text FROM stored_file WHERE id = ANY($1::uuid[]) AND uploaded_by = $2`,
          wellFormed,
          actorKey(actor),
        );
  if (rows.length !== unique.length)
    throw domainError(
      refusal(
        "UNKNOWN_FILE",
        "Tệp chứng minh không tồn tại hoặc không do bạn tải lên; vui lòng tải lên lại.",
        "Unknown evidence file, or not uploaded by you; upload it again.",
        field,
      ),
    );
  return unique;
}

/**
 * Readers of every inspection read every file of the service; a unit officer the files of their
 * unit's inspections (notices, evidence) and of recommendations addressed to the unit; an uploader
 * their own upload. Partners download nothing (evidence may name people).
 */
export async function canDownloadFile(db: Db, actor: Actor, file: StoredFile): Promise<boolean> {
  if (actor.kind !== "user") return false;
  const scope = inspectionScope(actor);
  if (scope.kind === "all" || file.uploadedBy === actorKey(actor)) return true;
  if (scope.kind !== "unit") return false;
  const rows = await db.$queryRawUnsafe<Array<{ ok: number }>>(
    `SELECT 1 AS ok FROM inspection i
      WHERE i.unit_id = $2 AND (i.conclusion_file_id = $1::uuid
         OR EXISTS (SELECT 1 FROM criterion c WHERE c.inspection_id = i.id AND ($1::uuid = ANY(c.self_file_ids) OR $1::uuid = ANY(c.team_file_ids)))
         OR EXISTS (SELECT 1 FROM finding f WHERE f.inspection_id = i.id AND $1::uuid = ANY(f.file_ids)))
     UNION ALL
     SELECT 1 FROM recommendation r WHERE r.responsible_unit_id = $2 AND $1::uuid = ANY(r.answer_file_ids)
     LIMIT 1`,
    file.id,
    scope.unitId,
  );
  return rows.length > 0;
}
