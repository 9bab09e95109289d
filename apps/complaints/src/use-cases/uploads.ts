/** Uploads of the public form that never became an attachment: deleted once they can no longer be attached. */
import { deleteUnusedUploads } from "@tthc/files";
import type { ComplaintsDeps } from "./deps.ts";

/**
 * Deletes stored uploads (not exports) older than the attachment age limit that no PAKN refers to.
 * An hour past that limit, so a submission checking a file at the limit never races its deletion.
 */
export function deleteUnattachedUploads(deps: ComplaintsDeps, signal?: AbortSignal): Promise<number> {
  const olderThan = new Date(deps.now().getTime() - deps.limits.uploadMaxAgeMs - 60 * 60 * 1000);
  return deleteUnusedUploads(deps.db, deps.files, {
    olderThan,
    unattached: `NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."fileId" = f.id)`,
    signal,
  });
}
