import { readdirSync, existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "graphql";
import { migrate } from "@tthc/db";
import { createService, signActor, type Actor, type FastifyInstance } from "@tthc/service-kit";
import { recreateDatabase, testDatabaseUrl } from "@tthc/test-kit";
import { PDF, filesMigrations, findFile, localFileStore, registerFileRoutes, storeFile, type FilesDb } from "../src/index.ts";

const SECRET = "files-test-actor-secret";
const staff: Actor = { kind: "user", userId: "u1", username: "admin", unitId: null, roles: ["CITY_ADMIN"], sessionId: "s" };
const url = testDatabaseUrl("files");
let pool: pg.Pool;
let app: FastifyInstance;
let base: string;
let root: string;
let staffHeader: string;
let db: FilesDb;

const pdf = (bytes: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(Math.max(0, bytes - 9), 0x41)]);

async function storedRows(): Promise<number> {
  return (await pool.query("SELECT count(*)::int AS n FROM stored_file")).rows[0].n;
}
function storedBytes(): string[] {
  return existsSync(root)
    ? readdirSync(root, { recursive: true })
        .map(String)
        .filter((f) => f.length > 3)
    : [];
}

beforeAll(async () => {
  await recreateDatabase(url);
  await migrate(url, [filesMigrations]);
  pool = new pg.Pool({ connectionString: url });
  db = {
    $executeRawUnsafe: async (q, ...v) => (await pool.query(q, v)).rowCount ?? 0,
    $queryRawUnsafe: async <T>(q: string, ...v: unknown[]) => (await pool.query(q, v)).rows as T,
  };
  root = await mkdtemp(join(tmpdir(), "tthc-files-"));
  app = createService({
    name: "files-test",
    env: { ACTOR_SIGNING_SECRET: SECRET, LOG_LEVEL: "silent" },
    typeDefs: parse("type Query { ok: Boolean }"),
    resolvers: { Query: { ok: () => true } },
  });
  registerFileRoutes(app, {
    store: localFileStore(root),
    db,
    policy: { maxBytes: 1024 * 1024, allowed: [PDF] },
    canUpload: (actor) => actor.kind === "user",
    canDownload: (actor) => actor.kind === "user",
  });
  base = await app.listen({ port: 0, host: "127.0.0.1" });
  staffHeader = await signActor(staff, SECRET);
});
afterAll(async () => {
  await app.close();
  await pool.end();
});

async function upload(body: Buffer | Readable, name = "to-trinh.pdf", actor: string | null = staffHeader) {
  const res = await fetch(`${base}/files`, {
    method: "POST",
    headers: {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(name),
      ...(actor ? { "x-tthc-actor": actor } : {}),
    },
    body: body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body,
    ...(body instanceof Readable ? { duplex: "half" } : {}),
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

describe("file uploads", () => {
  it("stores a PDF and serves it back as an attachment that a browser will not run", async () => {
    const bytes = pdf(200_000);
    const up = await upload(bytes, "Tờ trình số 12.pdf");
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ name: "Tờ trình số 12.pdf", type: PDF, size: bytes.length });
    const res = await fetch(`${base}/files/${up.body.id}`, { headers: { "x-tthc-actor": staffHeader } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(PDF);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("names a file by what its content is: no bidirectional tricks, no uploader's extension, no path", async () => {
    // U+202E (right-to-left override) makes "Don-\u202Efdp.bat" display as "Don-tab.pdf".
    const spoofed = await upload(pdf(1_000), "Don-\u202Efdp.bat");
    expect(spoofed.status).toBe(201);
    expect(spoofed.body.name).toBe("Don-fdp.pdf");
    expect((await upload(pdf(1_000), "..\\..\\anh\u200B chup.png")).body.name).toBe(".._.._anh chup.pdf");
    // A name typed in decomposed form (e.g. from macOS) is stored composed, as the rest of the system writes Vietnamese.
    expect((await upload(pdf(1_000), "Ho\u0302\u0300 so\u031B")).body.name).toBe("Hồ sơ.pdf");
    expect((await upload(pdf(1_000), "\u202E.exe")).body.name).toBe("tep-dinh-kem.pdf");
  });

  it("refuses an executable renamed .pdf and keeps nothing of it", async () => {
    const rows = await storedRows();
    const files = storedBytes().length;
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(10_000, 0x90)]);
    const up = await upload(exe, "hoa-don.pdf");
    expect(up.status).toBe(415);
    expect(up.body.error?.code).toBe("FILE_TYPE_NOT_ALLOWED");
    expect(up.body.error?.message).toMatch(/Định dạng tệp không được chấp nhận/);
    expect(await storedRows()).toBe(rows);
    expect(storedBytes().length).toBe(files);
  });

  it("cuts off an oversized upload while streaming (no length announced) and keeps nothing", async () => {
    const rows = await storedRows();
    const files = storedBytes().length;
    let sent = 0;
    const chunk = pdf(64 * 1024);
    // 4 MiB in chunks, with no content-length: the server must count and stop on its own.
    const stream = new Readable({
      read() {
        if (sent >= 4 * 1024 * 1024) return this.push(null);
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const up = await upload(stream).catch((err: Error) => ({ status: 0, body: { error: { code: err.message, message: "" } } }));
    // Either the 413 arrives, or the server closed the connection mid-stream; both leave nothing stored.
    if (up.status !== 0) {
      expect(up.status).toBe(413);
      expect(up.body.error?.code).toBe("FILE_TOO_LARGE");
    }
    expect(sent).toBeLessThan(4 * 1024 * 1024 + chunk.length);
    expect(await storedRows()).toBe(rows);
    expect(storedBytes().length).toBe(files);
  });

  it("refuses an anonymous upload and an empty file", async () => {
    expect((await upload(pdf(100), "a.pdf", null)).status).toBe(401);
    const empty = await upload(Buffer.alloc(0));
    expect(empty.body.error?.code).toBe("EMPTY_FILE");
  });

  it("answers NOT_FOUND for an unknown or malformed id", async () => {
    for (const id of ["00000000-0000-0000-0000-000000000000", "../../etc/passwd"]) {
      const res = await fetch(`${base}/files/${encodeURIComponent(id)}`, { headers: { "x-tthc-actor": staffHeader } });
      expect(res.status).toBe(404);
    }
  });
});

describe("storeFile", () => {
  it("stores bytes a service made as a file of its owner, served by the same routes", async () => {
    const bytes = pdf(300);
    const file = await storeFile(db, localFileStore(root), staff, { name: "Bao-cao.pdf", type: PDF, bytes });
    expect(file).toMatchObject({ name: "Bao-cao.pdf", type: PDF, size: 300, uploadedBy: "user:u1" });
    expect(await findFile(db, file.id)).toEqual(file);
    const res = await fetch(`${base}/files/${file.id}`, { headers: { "x-tthc-actor": staffHeader } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
