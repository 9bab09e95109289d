import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import type { Readable } from "node:stream";
import {
  type Actor,
  actorKey,
  clock,
  type Clock,
  type FastifyInstance,
  type FastifyReply,
  isUuid,
  requestClientKey,
} from "@tthc/service-kit";
import { EXTENSIONS, SNIFF_BYTES, sniffFileType } from "./sniff.ts";
import type { FileStore } from "./store.ts";

export interface UploadPolicy {
  maxBytes: number;
  /** MIME types accepted, as sniffFileType names them. */
  allowed: readonly string[];
}

/**
 * Bytes that uploads may add within a sliding window: per client (an IPv4 address or an IPv6 /64,
 * service-kit's requestClientKey) and for the whole service. Counted as a SQL sum over the
 * stored_file rows of the window, so it holds across replicas and restarts and counts exactly what
 * occupies the store; an upload is cut off at what is left of either budget.
 */
export interface UploadQuota {
  windowMs: number;
  perClientBytes: number;
  globalBytes: number;
}

export interface StoredFile {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  uploadedBy: string;
}

/** The part of a Prisma client (or transaction) the routes need. */
export interface FilesDb {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface FileRoutesOptions {
  store: FileStore;
  db: FilesDb;
  policy: UploadPolicy | (() => Promise<UploadPolicy>);
  /** Who may upload (e.g. anyone for the public PAKN form, staff elsewhere); throw a GraphQL-style coded error or return false. */
  canUpload(actor: Actor): boolean | Promise<boolean>;
  canDownload(actor: Actor, file: StoredFile): boolean | Promise<boolean>;
  /** The upload budget that applies to this actor (e.g. anonymous uploads of the public form), or null for none. */
  quota?(actor: Actor): UploadQuota | null;
  /**
   * Stamps created_at, which rules read (complaints refuses an attachment uploaded too long ago), so
   * it comes from the service's clock rather than the database's now(). The process clock by default.
   */
  now?: Clock;
}

type ErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "FILE_TOO_LARGE" | "FILE_TYPE_NOT_ALLOWED" | "EMPTY_FILE" | "NOT_FOUND" | "UPLOAD_QUOTA_EXCEEDED";

const MESSAGES: Record<ErrorCode, { status: number; vi: string; en: string }> = {
  UNAUTHENTICATED: { status: 401, vi: "Vui lòng đăng nhập.", en: "Sign-in required." },
  FORBIDDEN: { status: 403, vi: "Bạn không có quyền với tệp này.", en: "Not allowed." },
  FILE_TOO_LARGE: { status: 413, vi: "Tệp vượt quá dung lượng cho phép.", en: "The file is larger than allowed." },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    vi: "Định dạng tệp không được chấp nhận (kiểm tra theo nội dung tệp, không theo tên).",
    en: "This file type is not accepted (checked by content, not by name).",
  },
  EMPTY_FILE: { status: 400, vi: "Tệp rỗng.", en: "The file is empty." },
  NOT_FOUND: { status: 404, vi: "Không tìm thấy tệp.", en: "File not found." },
  UPLOAD_QUOTA_EXCEEDED: {
    status: 429,
    vi: "Đã vượt quá dung lượng tải lên cho phép trong thời gian này. Vui lòng thử lại sau.",
    en: "The upload allowance for this period is used up; try again later.",
  },
};

/** Bytes still allowed for this client: the smaller of what is left of its own and of the global budget. */
async function remainingQuota(db: FilesDb, quota: UploadQuota, client: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - quota.windowMs);
  const rows = await db.$queryRawUnsafe<Array<{ mine: string | number; everyone: string | number }>>(
    `SELECT coalesce(sum(size) FILTER (WHERE client_key = $1), 0) AS mine, coalesce(sum(size), 0) AS everyone
       FROM stored_file WHERE client_key IS NOT NULL AND created_at > $2`,
    client,
    since,
  );
  const used = rows[0] ?? { mine: 0, everyone: 0 };
  return Math.min(quota.perClientBytes - Number(used.mine), quota.globalBytes - Number(used.everyone));
}

class UploadRejected extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

function refuse(reply: FastifyReply, code: ErrorCode, detail?: Record<string, unknown>) {
  const m = MESSAGES[code];
  return reply.code(m.status).send({ error: { code, message: m.vi, messageEn: m.en, ...detail } });
}

/**
 * Stream the request body into the store, checking the type from the first bytes and the size as
 * the bytes arrive: an oversized or wrongly typed upload is cut off without ever being buffered whole.
 */
async function receive(body: Readable, store: FileStore, id: string, policy: UploadPolicy) {
  const target = await store.open(id);
  // A write still in flight when an upload is cut off fails with "stream destroyed": expected, and
  // the partial file is dropped anyway; a real disk error surfaces through `once(..., "finish")`.
  target.stream.on("error", () => undefined);
  const hash = createHash("sha256");
  let size = 0;
  let head = Buffer.alloc(0);
  let type: string | null = null;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > policy.maxBytes) throw new UploadRejected("FILE_TOO_LARGE");
      if (type === null) {
        head = Buffer.concat([head, chunk]);
        if (head.length < SNIFF_BYTES) continue;
        type = checkType(head, policy);
        hash.update(head);
        await write(target.stream, head);
        continue;
      }
      hash.update(chunk);
      await write(target.stream, chunk);
    }
    if (size === 0) throw new UploadRejected("EMPTY_FILE");
    if (type === null) {
      // A file smaller than the sniffing window.
      type = checkType(head, policy);
      hash.update(head);
      await write(target.stream, head);
    }
    target.stream.end();
    await once(target.stream, "finish");
    await target.commit();
    return { type, size, sha256: hash.digest("hex") };
  } catch (err) {
    await target.abort();
    body.destroy();
    throw err;
  }
}

function checkType(head: Buffer, policy: UploadPolicy): string {
  const type = sniffFileType(head);
  if (type === null || !policy.allowed.includes(type)) throw new UploadRejected("FILE_TYPE_NOT_ALLOWED");
  return type;
}

async function write(stream: NodeJS.WritableStream, chunk: Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

/**
 * The name an uploaded file is shown and downloaded with: only a display name (no path), in NFC, with
 * no control or invisible format characters (a right-to-left override turns "Don-\u202Efdp.bat" into a
 * name that reads "Don-tab.pdf"), and ending in the extension of the type the content was sniffed as,
 * whatever extension the uploader wrote.
 */
export function uploadedFileName(header: string | string[] | undefined, type: string): string {
  const raw = typeof header === "string" ? header : "";
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    name = raw;
  }
  const cleaned = name
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/[\\/]/g, "_")
    .replace(/\s+/gu, " ")
    .trim();
  const extension = EXTENSIONS[type] ?? "bin";
  // Whatever follows the last dot is the uploader's claim about the type: drop it.
  const stem = cleaned
    .replace(/\.[^.\s]{1,10}$/u, "")
    .replace(/[.\s]+$/u, "")
    .slice(0, 200);
  return `${stem || "tep-dinh-kem"}.${extension}`;
}

/** `POST /files` (raw body, `x-file-name`) and `GET /files/:id` on a service (docs/architecture.md §5). */
export function registerFileRoutes(app: FastifyInstance, options: FileRoutesOptions): void {
  app.register(async (scope) => {
    // Raw bytes for every content type, streamed: the upload is never parsed or buffered by Fastify.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", (_request, payload, done) => done(null, payload));

    scope.post("/files", async (request, reply) => {
      if (!(await options.canUpload(request.actor)))
        return refuse(reply, request.actor.kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
      let policy = typeof options.policy === "function" ? await options.policy() : options.policy;
      const client = requestClientKey(request);
      const now = (options.now ?? clock)();
      const quota = options.quota?.(request.actor) ?? null;
      if (quota) {
        const left = await remainingQuota(options.db, quota, client, now);
        const declaredBytes = Number(request.headers["content-length"] ?? 0);
        if (left <= 0 || declaredBytes > left) {
          request.raw.destroy();
          const retryAfter = Math.ceil(quota.windowMs / 1000);
          return refuse(reply.header("connection", "close").header("retry-after", String(retryAfter)), "UPLOAD_QUOTA_EXCEEDED");
        }
        // A streamed upload without a declared length is cut off at what is left.
        policy = { ...policy, maxBytes: Math.min(policy.maxBytes, left) };
      }
      const declared = Number(request.headers["content-length"] ?? 0);
      if (declared > policy.maxBytes) {
        request.raw.destroy();
        return refuse(reply.header("connection", "close"), "FILE_TOO_LARGE", { maxBytes: policy.maxBytes });
      }
      const id = randomUUID();
      try {
        const { type, size, sha256 } = await receive(request.body as Readable, options.store, id, policy);
        const file: StoredFile = {
          id,
          name: uploadedFileName(request.headers["x-file-name"], type),
          type,
          size,
          sha256,
          uploadedBy: actorKey(request.actor),
        };
        await recordFile(options.db, file, (options.now ?? clock)(), client);
        return reply.code(201).send({ id: file.id, name: file.name, type: file.type, size: file.size, sha256: file.sha256 });
      } catch (err) {
        if (!(err instanceof UploadRejected)) throw err;
        reply.header("connection", "close");
        return refuse(reply, err.code, err.code === "FILE_TOO_LARGE" ? { maxBytes: policy.maxBytes } : undefined);
      }
    });

    scope.get<{ Params: { id: string } }>("/files/:id", async (request, reply) => {
      const file = await findFile(options.db, request.params.id);
      if (!file) return refuse(reply, "NOT_FOUND");
      if (!(await options.canDownload(request.actor, file))) return refuse(reply, "NOT_FOUND");
      return (
        reply
          .header("content-type", file.type)
          .header("content-length", String(file.size))
          .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
          // Never let a browser run or re-guess a stored file.
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", "sandbox; default-src 'none'")
          .send(options.store.read(file.id))
      );
    });
  });
}

/** created_at comes from the service's clock, not the database's now(): rules read it (see `now`). */
async function recordFile(db: FilesDb, file: StoredFile, createdAt: Date, client: string | null = null): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO stored_file (id, name, type, size, sha256, uploaded_by, created_at, client_key)
     VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8)`,
    file.id,
    file.name,
    file.type,
    file.size,
    file.sha256,
    file.uploadedBy,
    createdAt,
    client,
  );
}

/**
 * Store bytes the service made itself (an export) as a file of its own, owned by `owner`: written
 * to the store first, so a recorded file always has its bytes; served by the same `/files` routes.
 */
export async function storeFile(
  db: FilesDb,
  store: FileStore,
  owner: Actor,
  content: { name: string; type: string; bytes: Buffer },
  now: Clock = clock,
): Promise<StoredFile> {
  const id = randomUUID();
  const target = await store.open(id);
  try {
    await new Promise<void>((resolve, reject) => {
      target.stream.once("error", reject);
      target.stream.end(content.bytes, () => resolve());
    });
    await target.commit();
  } catch (err) {
    await target.abort();
    throw err;
  }
  const sha256 = createHash("sha256").update(content.bytes).digest("hex");
  const file: StoredFile = { id, name: content.name, type: content.type, size: content.bytes.length, sha256, uploadedBy: actorKey(owner) };
  await recordFile(db, file, now());
  return file;
}

/** A stored file's metadata, or null (also for a malformed id). */
export async function findFile(db: FilesDb, id: string): Promise<StoredFile | null> {
  if (!isUuid(id)) return null;
  const rows = await db.$queryRawUnsafe<Array<StoredFile & { size: string | number }>>(
    `SELECT id::text, name, type, size, sha256, uploaded_by AS "uploadedBy" FROM stored_file WHERE id = $1::uuid`,
    id,
  );
  const row = rows[0];
  return row ? { ...row, size: Number(row.size) } : null;
}

/**
 * Deletes uploads older than `olderThan` that `unattached` (a SQL condition on the row `f`, e.g. no
 * attachment refers to it) says nobody uses: rows first, in batches claimed with SKIP LOCKED so two
 * replicas never race, then their bytes (a crash in between leaves bytes without a row, never the
 * reverse). Exports (no client key) are not uploads and are left alone. Returns how many were deleted.
 */
export async function deleteUnusedUploads(
  db: FilesDb,
  store: FileStore,
  options: { olderThan: Date; unattached: string; batch?: number; signal?: AbortSignal },
): Promise<number> {
  let deleted = 0;
  for (;;) {
    if (options.signal?.aborted) return deleted;
    const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(
      `DELETE FROM stored_file WHERE id IN (
         SELECT f.id FROM stored_file f
          WHERE f.client_key IS NOT NULL AND f.created_at < $1 AND (${options.unattached})
          ORDER BY f.created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id::text`,
      options.olderThan,
      options.batch ?? 500,
    );
    for (const { id } of rows) await store.remove(id);
    deleted += rows.length;
    if (rows.length < (options.batch ?? 500)) return deleted;
  }
}
