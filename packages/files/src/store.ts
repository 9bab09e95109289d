import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

/**
 * Where file bytes live. One small interface so that a local folder (default) and an
 * S3-compatible store (production) are interchangeable; metadata stays in the service database.
 */
export interface FileStore {
  /** A stream that writes the file under a temporary name; `commit` makes it visible, `abort` stops the stream and drops it. */
  open(id: string): Promise<{ stream: Writable; commit(): Promise<void>; abort(): Promise<void> }>;
  read(id: string): Readable;
  remove(id: string): Promise<void>;
}

/** Files in `<root>/<first two chars of id>/<id>`; written to `.part` first so a cut-off upload never shows. */
export function localFileStore(root: string): FileStore {
  const pathOf = (id: string) => join(root, id.slice(0, 2), id);
  return {
    async open(id) {
      const final = pathOf(id);
      const partial = `${final}.part`;
      await mkdir(join(root, id.slice(0, 2)), { recursive: true });
      const stream = createWriteStream(partial, { flush: true });
      return {
        stream,
        commit: () => rename(partial, final),
        abort: async () => {
          // Closed before the file is removed: a write stream opens its file asynchronously, so one
          // refused at its first bytes may create the file after a plain rm and leave it behind.
          if (!stream.closed) {
            // An error while closing (the open failing) is dropped with the file: it must not replace the upload's own.
            stream.on("error", () => undefined);
            const closed = new Promise<void>((resolve) => stream.once("close", () => resolve()));
            stream.destroy();
            await closed;
          }
          await rm(partial, { force: true });
        },
      };
    },
    read: (id) => createReadStream(pathOf(id)),
    remove: (id) => rm(pathOf(id), { force: true }),
  };
}
