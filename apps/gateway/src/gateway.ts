import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { BlockList, isIP, type AddressInfo } from "node:net";
import { createGatewayRuntime, createLoggerFromLogging } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import httpTransport from "@graphql-mesh/transport-http";
import { clock, type Clock } from "@tthc/clock";
import {
  CORRELATION_HEADER,
  sharedRateLimiter,
  actorKey,
  appError,
  clientAddressKey,
  cachedProbe,
  isLoopback,
  notFound,
  rateLimited,
  unauthenticated,
  correlationId as requestCorrelationId,
  serviceUrlVariable,
  actorSigningKey,
  signActor,
  metricsText,
  newOperation,
  observeGraphqlRequest,
  useOperationMetrics,
  type Actor,
  type ActorSignature,
  type Context,
  type OperationInfo,
  type RateLimiter,
} from "@tthc/service-kit";
import { AuthenticationError, createAuthenticator } from "./auth.ts";
import { DirectoryClient, DirectoryUnavailableError } from "./directory-client.ts";
import type { GatewayEnv } from "./env.ts";
import { errorBody, maskError, useExecutedDataNull } from "./errors.ts";
import { proxyFiles } from "./files-proxy.ts";
import { useOperationLimits } from "./limits.ts";
import { useActorSignature } from "./actor-signature.ts";
import { passwordChangeRequired, usePasswordChangeGate } from "./password-change.ts";
import { checkReadiness } from "./readiness.ts";
import { SUBGRAPHS, graphqlUrl, type SubgraphName } from "./subgraphs.ts";
import { useSubgraphTracing } from "./subgraph-tracing.ts";

/** What the gateway established about a request before GraphQL runs; part of every GraphQL context. */
export interface RequestContext {
  actor: Actor;
  correlationId: string;
  clientAddress: string;
  /** The session holds a temporary password: only changing it (and `me`, signing out) is allowed. */
  mustChangePassword: boolean;
  /** The request's span context: the parent of its subgraph fetches (subgraph-tracing.ts). */
  trace: Context;
  /** The operation's name and outcome, for the request metrics (service-kit metrics.ts). */
  operation: OperationInfo;
}

export interface GatewayOptions {
  /** The supergraph SDL; defaults to the checked-in apps/gateway/supergraph.graphql. */
  supergraphSdl?: string;
  apiKeyCacheMs?: number;
  /** Token expiry, caches and rate limits; the process clock by default. */
  clock?: Clock;
}

export interface Gateway {
  /** Start listening (default: env.PORT on all interfaces); resolves with the bound port. */
  listen(port?: number, host?: string): Promise<{ port: number; url: string }>;
  /**
   * Stop accepting connections, let the requests and uploads in flight finish (up to GATEWAY_DRAIN_SECONDS),
   * close each connection as it goes idle, then cut whatever is left and dispose of the runtime.
   */
  close(): Promise<void>;
}

const GRAPHQL_PATH = "/graphql";
// How long a starting gateway waits for the Redis of its shared rate limits.
const REDIS_START_WAIT_MS = 2_000;
// Long enough to absorb a burst of probes, short enough for a load balancer to notice a failure.
const READINESS_CACHE_MS = 2_000;

function defaultSupergraph(): string {
  try {
    return readFileSync(new URL("../supergraph.graphql", import.meta.url), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    throw new Error("apps/gateway/supergraph.graphql is missing: run `npm run compose -w @tthc/gateway`", { cause: err });
  }
}

function logLevel(level: GatewayEnv["LOG_LEVEL"]) {
  if (level === "silent") return false;
  return level === "fatal" ? "error" : level;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

// An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d; subgraphs should see a.b.c.d.
const plainAddress = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.)/, "");

/**
 * Whether an address is one of the trusted proxies: exact addresses, or CIDR ranges (a cluster's pod
 * network, where the web server's and the ingress's addresses change with each pod).
 */
export function trustedProxyMatcher(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", bits] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
  };
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy (the web app's server),
 * in which case the nearest untrusted hop of X-Forwarded-For.
 */
function clientAddressOf(req: IncomingMessage, trusted: (address: string) => boolean): string {
  let address = plainAddress(req.socket.remoteAddress ?? "unknown");
  const hops = (header(req, "x-forwarded-for") ?? "").split(",").map(plainAddress).filter(Boolean);
  while (trusted(address) && hops.length > 0) address = hops.pop()!;
  return address;
}

/**
 * The request body, or null once it exceeds `limit` bytes (the rest is not read: the connection is
 * closed after the 413). A declared Content-Length over the limit is refused before reading anything.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers["content-length"] ?? 0) > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(body);
}

// Anonymous callers share no identity, so their budget is per client: the address, or an IPv6 /64.
function rateLimitKey(actor: Actor, clientAddress: string): string {
  return actor.kind === "anonymous" ? `ip:${clientAddressKey(clientAddress)}` : actorKey(actor);
}

export function createGateway(env: GatewayEnv, options: GatewayOptions = {}): Gateway {
  const log = createLoggerFromLogging(logLevel(env.LOG_LEVEL));
  const baseUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, env[serviceUrlVariable(name)]])) as Record<SubgraphName, string>;
  const signingKey = actorSigningKey(env.ACTOR_SIGNING_KEY);
  const now = options.clock ?? clock;
  const trustedProxy = trustedProxyMatcher(env.TRUSTED_PROXIES);
  const authenticate = createAuthenticator({
    jwtSecret: env.JWT_SECRET,
    directory: new DirectoryClient(env.DIRECTORY_URL, signingKey),
    apiKeyCacheMs: options.apiKeyCacheMs,
    clock: options.clock,
  });
  /** The actor header of one request to one subgraph (actor.ts: audience, ten seconds, the body's digest). */
  const sign = (actor: Actor, signature: ActorSignature) => signActor(actor, signingKey, signature, now());
  // Shared by the replicas through Redis when REDIS_URL is set.
  const limits = sharedRateLimiter(env, () => now().getTime(), log);
  const rateLimiter: RateLimiter = limits.limiter;
  // One round of subgraph probes per READINESS_CACHE_MS however often /readyz is hit.
  const cachedReadiness = cachedProbe(() => checkReadiness(baseUrls), READINESS_CACHE_MS);

  const runtime = createGatewayRuntime<RequestContext>({
    supergraph: options.supergraphSdl ?? defaultSupergraph(),
    transports: { http: httpTransport },
    // Hive Router's query planner (Rust, a native addon) and its executor instead of the default stitching
    // runtime, which re-executes every subgraph answer through graphql-js: about half the gateway's CPU per
    // request (bench/README.md, gateway-planner.ts).
    ...(env.GATEWAY_QUERY_PLANNER === "router" ? { unifiedGraphHandler } : {}),
    // The composed supergraph carries placeholder URLs; the real ones come from the environment.
    transportEntries: Object.fromEntries(SUBGRAPHS.map((name) => [name, { location: graphqlUrl(baseUrls[name]) }])),
    graphqlEndpoint: GRAPHQL_PATH,
    logging: log,
    landingPage: false,
    graphiql: false,
    maskedErrors: { maskError },
    // No default code: an uncoded subgraph error is internal and gets masked; subgraph names stay private.
    subgraphErrors: { errorCode: false, subgraphNameProp: false },
    disableIntrospection: { disableIf: ({ context }) => context.actor?.kind === "anonymous" },
    // Only these headers reach subgraphs: whatever the client sent as x-tthc-actor never does; the
    // actor is signed per subgraph request by useActorSignature.
    propagateHeaders: {
      fromClientToSubgraphs: ({ context }) => ({
        // admit() sets both before GraphQL runs; were one missing, an empty header reads as absent.
        [CORRELATION_HEADER]: context.correlationId ?? "",
        "x-forwarded-for": context.clientAddress,
      }),
    },
    plugins: () => [
      useOperationLimits({
        maxDepth: env.MAX_DEPTH,
        maxTokens: env.MAX_TOKENS,
        maxPageSize: env.MAX_PAGE_SIZE,
        maxCost: (context) =>
          (context as Partial<RequestContext>).actor?.kind === "user" || (context as Partial<RequestContext>).actor?.kind === "partner"
            ? env.MAX_COST
            : env.ANON_MAX_COST,
      }),
      usePasswordChangeGate(),
      useOperationMetrics((context) => (context as Partial<RequestContext>).operation),
      useSubgraphTracing(),
      useActorSignature(sign),
      useExecutedDataNull(),
    ],
  });

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, correlationId: string): Promise<void> {
    if (req.method === "OPTIONS") return void (await runtime(req, res));
    const operation = newOperation();
    await observeGraphqlRequest(
      "gateway",
      req,
      operation,
      () => res.statusCode,
      (trace) => executeGraphql(req, res, correlationId, { trace, operation }),
    );
  }

  async function executeGraphql(
    req: IncomingMessage,
    res: ServerResponse,
    correlationId: string,
    observed: Pick<RequestContext, "trace" | "operation">,
  ): Promise<void> {
    const admitted = await admit(req, res, correlationId);
    if (!admitted) return;
    const context: RequestContext = { ...admitted, ...observed };
    if (req.method === "POST") {
      const body = await readBody(req, env.MAX_BODY_BYTES);
      if (!body) {
        const limit = env.MAX_BODY_BYTES;
        return sendJson(
          res,
          413,
          errorBody(appError("PAYLOAD_TOO_LARGE", `Yêu cầu quá lớn (tối đa ${limit} byte). / Request body over ${limit} bytes.`)),
          { connection: "close" },
        );
      }
      // The runtime (whatwg-node) reads a body already on the request instead of the consumed stream.
      (req as IncomingMessage & { body?: Buffer }).body = body;
    }
    await runtime(req, res, context);
  }

  /**
   * Authenticate and rate-limit a request; the context to forward, or null when a refusal
   * (401/429/503) has been sent.
   */
  async function admit(
    req: IncomingMessage,
    res: ServerResponse,
    correlationId: string,
  ): Promise<Omit<RequestContext, "trace" | "operation"> | null> {
    const clientAddress = clientAddressOf(req, trustedProxy);
    let actor: Actor;
    let mustChangePassword: boolean;
    try {
      ({ actor, mustChangePassword } = await authenticate(
        { authorization: header(req, "authorization"), apiKey: header(req, "x-api-key") },
        correlationId,
      ));
    } catch (err) {
      // Failed credentials count against the caller's address, so guessing keys is rate limited too.
      if (!(await rejectIfLimited(res, `ip:${clientAddressKey(clientAddress)}`, env.ANON_RATE_LIMIT_PER_MINUTE))) return null;
      if (err instanceof AuthenticationError) {
        sendJson(res, 401, errorBody(unauthenticated(err.message)), { "www-authenticate": "Bearer" });
        return null;
      }
      if (err instanceof DirectoryUnavailableError) {
        log.error({ correlationId, error: err.message }, "authentication unavailable");
        sendJson(res, 503, errorBody(appError("SERVICE_UNAVAILABLE", "Authentication is temporarily unavailable")));
        return null;
      }
      throw err;
    }

    const limit = actor.kind === "anonymous" ? env.ANON_RATE_LIMIT_PER_MINUTE : env.RATE_LIMIT_PER_MINUTE;
    if (!(await rejectIfLimited(res, rateLimitKey(actor, clientAddress), limit))) return null;
    return {
      actor,
      correlationId,
      clientAddress,
      mustChangePassword,
    };
  }

  /** `POST /files/<service>` and `GET /files/<service>/<id>`, streamed to that service. */
  async function handleFiles(req: IncomingMessage, res: ServerResponse, correlationId: string, pathname: string): Promise<void> {
    const [, , service, id, ...rest] = pathname.split("/");
    const known = SUBGRAPHS.find((name) => name === service);
    const methodFits = (req.method === "POST" && id === undefined) || (req.method === "GET" && id !== undefined && rest.length === 0);
    if (!known || !methodFits) return sendJson(res, 404, errorBody(notFound(`No route ${pathname}`)));
    const context = await admit(req, res, correlationId);
    if (!context) return req.resume() && undefined;
    if (context.mustChangePassword) {
      req.resume();
      return sendJson(res, 403, errorBody(passwordChangeRequired()));
    }
    await proxyFiles(req, res, context, {
      target: new URL(id === undefined ? "/files" : `/files/${encodeURIComponent(id)}`, baseUrls[known]),
      audience: known,
      sign,
      signingKey,
      now,
    });
  }

  /** True when the request may proceed; otherwise a 429 has been sent. */
  async function rejectIfLimited(res: ServerResponse, client: string, limitPerMinute: number): Promise<boolean> {
    const decision = await rateLimiter.take(client, limitPerMinute, 60_000);
    if (decision.allowed) return true;
    const seconds = decision.retryAfterSeconds;
    sendJson(
      res,
      429,
      errorBody(
        rateLimited(seconds, `Quá nhiều yêu cầu, vui lòng thử lại sau ${seconds} giây. / Too many requests, please retry in ${seconds} s.`),
      ),
      { "retry-after": String(seconds) },
    );
    return false;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const correlationId = requestCorrelationId(req);
    res.setHeader(CORRELATION_HEADER, correlationId);
    const { pathname } = new URL(req.url ?? "/", "http://gateway");

    if (pathname === "/healthz") return sendJson(res, 200, JSON.stringify({ status: "ok" }));
    if (pathname === "/readyz") {
      const readiness = await cachedReadiness();
      const status = readiness.ready ? "ready" : "not ready";
      // Probes anywhere read the status code; which subgraph is down is for this host only.
      const details = isLoopback(req.socket.remoteAddress) ? { subgraphs: readiness.subgraphs, degraded: readiness.degraded } : {};
      return sendJson(res, readiness.ready ? 200 : 503, JSON.stringify({ status, ...details }));
    }
    if (pathname === GRAPHQL_PATH) return handleGraphql(req, res, correlationId);
    // For a Prometheus on this host; a cluster scrapes the METRICS_PORT listener (main.ts).
    if (pathname === "/metrics" && isLoopback(req.socket.remoteAddress)) {
      const { contentType, body } = await metricsText();
      res.writeHead(200, { "content-type": contentType });
      return void res.end(body);
    }
    if (pathname.startsWith("/files/")) return handleFiles(req, res, correlationId, pathname);
    sendJson(res, 404, errorBody(notFound(`No route ${pathname}`)));
  }

  // Requests whose response has not finished: what a shutdown waits for.
  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;
  const server = createServer((req, res) => {
    inFlight += 1;
    res.once("close", () => {
      inFlight -= 1;
      if (!draining) return;
      // A keep-alive connection whose last request just finished would otherwise stay open until cut.
      server.closeIdleConnections();
      if (inFlight === 0) drained?.();
    });
    if (draining) res.setHeader("connection", "close");
    handle(req, res).catch((err: unknown) => {
      log.error({ error: (err as Error).stack }, "unhandled request failure");
      if (!res.headersSent) sendJson(res, 500, errorBody(appError("INTERNAL_SERVER_ERROR", "Internal server error")));
      else res.destroy();
    });
  });

  return {
    async listen(port = env.PORT, host) {
      if (!(await limits.ready(REDIS_START_WAIT_MS)))
        log.warn({}, "rate limits: Redis not reachable at start; counting in this process for now");
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const bound = (server.address() as AddressInfo).port;
          resolve({ port: bound, url: `http://${host ?? "127.0.0.1"}:${bound}` });
        });
      });
    },
    async close() {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, env.GATEWAY_DRAIN_SECONDS * 1000))),
        ]);
        clearTimeout(timer);
        if (inFlight > 0) log.warn({ inFlight }, "drain deadline passed; cutting the requests still in flight");
      }
      server.closeAllConnections();
      await closed;
      await limits.close();
      await runtime.dispose();
    },
  };
}
