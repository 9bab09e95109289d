import { fileURLToPath } from "node:url";
import type { MigrationSource } from "@tthc/db";

export { DOCX, EXTENSIONS, JPEG, PDF, PNG, SNIFF_BYTES, sniffFileType } from "./sniff.ts";
export { localFileStore, type FileStore } from "./store.ts";
export { eraseFiles } from "./erase.ts";
export {
  deleteUnusedUploads,
  findFile,
  registerFileRoutes,
  storeFile,
  type FileRoutesOptions,
  type FilesDb,
  type StoredFile,
  type UploadPolicy,
  type UploadQuota,
} from "./routes.ts";

/** The `stored_file` table, applied by migrate() as source "files". */
export const filesMigrations: MigrationSource = {
  source: "files",
  dir: fileURLToPath(new URL("../migrations", import.meta.url)),
};
