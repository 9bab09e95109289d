import { readdirSync, existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "graphql";
import { migrate } from "@tthc/db";
import { request as httpRequest } from "node:http";
import {
  ACTOR_HEADER,
  BODY_IN_TRAILER,
  BODY_SIGNATURE_TRAILER,
  actorSigner,
  actorSigningKey,
  bodyDigest,
  createService,
  generateActorKeys,
  signBodyTrailer,
  type Actor,
  type FastifyInstance,
} from "@tthc/service-kit";
import { recreateDatabase, testDatabaseUrl } from "@tthc/test-kit";
import { PDF, filesMigrations, findFile, localFileStore, registerFileRoutes, storeFile, type FilesDb } from "../src/index.ts";

// The test stands in for the gateway: it signs with the private half, the service holds the public one.
const KEYS = generateActorKeys();
const gatewayKey = actorSigningKey(KEYS.privateKey);
const sign = actorSigner(gatewayKey, "files-test");
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
    env: { ACTOR_PUBLIC_KEY: KEYS.publicKey, LOG_LEVEL: "silent" },
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
  staffHeader = await sign(staff);
});
afterAll(async () => {
  await app.close();
  await pool.end();
});

/** An upload signed for its bytes (a stream's digest would follow in a trailer, which fetch cannot send). */
async function upload(body: Buffer | Readable, name = "to-trinh.pdf", actor: Actor | null = staff, signedBody?: Buffer) {
  const header = actor ? await sign(actor, body instanceof Readable ? BODY_IN_TRAILER : (signedBody ?? body)) : null;
  const res = await fetch(`${base}/files`, {
    method: "POST",
    headers: {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(name),
      ...(header ? { [ACTOR_HEADER]: header } : {}),
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
    const res = await fetch(`${base}/files/${up.body.id}`, { headers: { [ACTOR_HEADER]: staffHeader } });
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

  it("refuses bytes other than those the actor was signed for and keeps nothing of them", async () => {
    const rows = await storedRows();
    const files = storedBytes().length;
    const up = await upload(pdf(2_000), "a.pdf", staff, pdf(1_000));
    expect(up.status).toBe(401);
    expect(await storedRows()).toBe(rows);
    expect(storedBytes().length).toBe(files);
  });

  it("takes a streamed upload whose digest follows in the gateway's signed trailer, and nothing else", async () => {
    const bytes = pdf(100_000);
    /** Streams `bytes` chunked, as the gateway does, ending with the trailer `trailer(actorHeader)` returns. */
    async function streamed(trailer: (actorHeader: string) => Promise<Record<string, string>>) {
      const actorHeader = await sign(staff, BODY_IN_TRAILER);
      const trailers = await trailer(actorHeader);
      return new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${base}/files`, {
          method: "POST",
          headers: { "content-type": "application/octet-stream", [ACTOR_HEADER]: actorHeader, trailer: BODY_SIGNATURE_TRAILER },
        });
        req.on("response", (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.write(bytes.subarray(0, 50_000));
        req.write(bytes.subarray(50_000));
        req.addTrailers(trailers);
        req.end();
      });
    }
    const rows = await storedRows();
    expect(await streamed(async (h) => ({ [BODY_SIGNATURE_TRAILER]: await signBodyTrailer(h, bodyDigest(bytes), gatewayKey) }))).toBe(201);
    expect(await storedRows()).toBe(rows + 1);
    // No trailer; a trailer of other bytes; a valid trailer of another request.
    expect(await streamed(async () => ({}))).toBe(401);
    expect(await streamed(async (h) => ({ [BODY_SIGNATURE_TRAILER]: await signBodyTrailer(h, bodyDigest("x"), gatewayKey) }))).toBe(401);
    const other = await sign(staff, BODY_IN_TRAILER);
    expect(await streamed(async () => ({ [BODY_SIGNATURE_TRAILER]: await signBodyTrailer(other, bodyDigest(bytes), gatewayKey) }))).toBe(
      401,
    );
    expect(await storedRows()).toBe(rows + 1);
  });

  it("answers NOT_FOUND for an unknown or malformed id", async () => {
    for (const id of ["00000000-0000-0000-0000-000000000000", "../../etc/passwd"]) {
      const res = await fetch(`${base}/files/${encodeURIComponent(id)}`, { headers: { [ACTOR_HEADER]: staffHeader } });
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
    const res = await fetch(`${base}/files/${file.id}`, { headers: { [ACTOR_HEADER]: staffHeader } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
