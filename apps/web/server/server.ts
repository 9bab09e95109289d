/**
 * The web app in production: the files `vite build` wrote, served with the headers the app needs, and
 * the gateway's /graphql and /files behind the same origin (the app calls them at relative paths).
 * Fastify and its static, proxy and compression plugins rather than a hand-written file server: ranges,
 * ETags, path traversal and streaming uploads are theirs to get right.
 */
import { existsSync } from "node:fs";
import compress from "@fastify/compress";
import proxy from "@fastify/http-proxy";
import serveStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";

/**
 * Same origin only: scripts and connections to this server. Ant Design writes its styles at run time
 * (CSS-in-JS), hence 'unsafe-inline' for styles alone; images may be data:/blob: (previews, charts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
};

/** Vite names every file under assets/ by its content hash: a new build never reuses a name. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html names the current hashes, so the browser asks again each time (an ETag makes it cheap). */
const REVALIDATE = "no-cache";

export interface WebServerOptions {
  /** The folder `vite build` wrote (index.html and assets/). */
  root: string;
  gatewayUrl: string;
  logLevel?: string;
}

export async function createWebServer({ root, gatewayUrl, logLevel = "info" }: WebServerOptions): Promise<FastifyInstance> {
  if (!existsSync(`${root}/index.html`)) throw new Error(`no built web app in ${root}: run npm run -w @tthc/web build first`);
  const app = Fastify({ logger: { level: logLevel }, forceCloseConnections: "idle" });
  app.addHook("onSend", async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  // Static files need nothing else to be served: alive is ready (the gateway has probes of its own).
  for (const path of ["/healthz", "/readyz"]) app.get(path, async () => ({ ok: true }));
  // JSON answers of the gateway are compressed here too; uploads and file downloads pass as they are.
  await app.register(compress, { global: true, threshold: 1024 });
  for (const prefix of ["/graphql", "/files"]) {
    await app.register(proxy, {
      upstream: gatewayUrl,
      prefix,
      rewritePrefix: prefix,
      replyOptions: {
        // The gateway rate-limits per client: it must learn the browser's address, not ours (it believes
        // the header only from the proxies it trusts, TRUSTED_PROXIES).
        rewriteRequestHeaders: (request, headers) => {
          const forwarded = request.headers["x-forwarded-for"];
          return { ...headers, "x-forwarded-for": forwarded ? `${String(forwarded)}, ${request.ip}` : request.ip };
        },
      },
    });
  }
  await app.register(serveStatic, {
    root,
    wildcard: false,
    index: false,
    // Ours, below: send's own (max-age=0) would overwrite it.
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader("cache-control", path.includes("/assets/") ? IMMUTABLE : REVALIDATE);
    },
  });
  // Client-side routes (/complaints/…, /tra-cuu/…): the app's shell, which routes in the browser.
  const shell = (_request: FastifyRequest, reply: FastifyReply) => {
    reply.header("cache-control", REVALIDATE);
    return reply.sendFile("index.html");
  };
  app.get("/", shell);
  app.setNotFoundHandler((request, reply) => {
    // A missing hashed file is a 404, not the shell: a browser holding an old index.html must see the error.
    if (request.method !== "GET" || request.url.startsWith("/assets/")) return reply.code(404).send({ error: "not found" });
    return shell(request, reply);
  });
  return app;
}

/** Close: no new connections; requests and uploads in flight get `drainSeconds` before they are cut. */
export async function drain(app: FastifyInstance, drainSeconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, drainSeconds * 1000)));
  await Promise.race([app.close(), deadline]);
  clearTimeout(timer);
  app.server.closeAllConnections();
}
