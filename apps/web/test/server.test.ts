/**
 * The production web server (server/server.ts) on a real port, in front of a real HTTP upstream that
 * records what reaches it (the gateway's place): the headers the app needs, client-side routes, and
 * /graphql and /files passed through with the caller's address and the bytes of an upload unchanged.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, createWebServer } from "../server/server.ts";

let web: FastifyInstance;
let base: string;
let upstream: Server;
const received: Array<{ method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }> = [];
const bundle = `console.log(${JSON.stringify("x".repeat(20_000))});`;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: { echoed: req.url } }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const root = mkdtempSync(join(tmpdir(), "web-dist-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(
    join(root, "index.html"),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script>',
  );
  writeFileSync(join(root, "assets", "index-abc123.js"), bundle);
  web = await createWebServer({ root, gatewayUrl: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, logLevel: "silent" });
  await web.listen({ port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await web?.close();
  await new Promise((resolve) => upstream?.close(resolve));
});

describe("web server", () => {
  it("serves the app's shell with its security headers, revalidated on each visit", async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("answers a client-side route with the shell, and a missing hashed file with 404", async () => {
    const route = await fetch(`${base}/complaints/inbox?page=2`);
    expect(route.status).toBe(200);
    expect(route.headers.get("content-type")).toContain("text/html");
    expect(await route.text()).toContain('<div id="root">');
    const missing = await fetch(`${base}/assets/index-old999.js`);
    expect(missing.status).toBe(404);
  });

  it("serves hashed files as immutable, compressed for a browser that accepts gzip", async () => {
    const res = await fetch(`${base}/assets/index-abc123.js`, { headers: { "accept-encoding": "gzip" }, decompress: false } as RequestInit);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const raw = Buffer.from(await res.arrayBuffer());
    // fetch may already have decoded it; either way the bytes are the file's.
    const body = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString() : raw.toString();
    expect(body).toBe(bundle);
  });

  it("passes /graphql to the gateway with the caller's address", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7" },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { echoed: "/graphql" } });
    const last = received.at(-1)!;
    expect(last.method).toBe("POST");
    expect(JSON.parse(last.body.toString())).toEqual({ query: "{ me { id } }" });
    expect(last.headers["x-forwarded-for"]).toBe("203.0.113.7, 127.0.0.1");
  });

  it("streams an upload to /files byte for byte", async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
    bytes.write("%PDF-1.7", 0);
    const form = new FormData();
    form.append("file", new Blob([bytes], { type: "application/pdf" }), "bien-ban.pdf");
    const res = await fetch(`${base}/files/complaints/upload?x=1`, { method: "POST", body: form });
    expect(res.status).toBe(200);
    const last = received.at(-1)!;
    expect(last.url).toBe("/files/complaints/upload?x=1");
    expect(last.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(last.body.includes(bytes)).toBe(true);
  });

  it("answers its health check", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
  });
});
