import { randomUUID } from "node:crypto";
import { setTimeout as sleepMs } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeSupergraph } from "../src/compose.ts";
import type { GatewayEnv } from "../src/env.ts";
import { createGateway, type Gateway } from "../src/gateway.ts";
import { decodeJwt } from "jose";
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { SpanStatusCode, actorPublicKey, actorSigner, actorSigningKey, clock, generateActorKeys } from "@tthc/service-kit";
import { DIRECTORY_SDL, DIRECTORY_TEST_FIELDS, PLANNING_SDL } from "./support/directory-sdl.ts";
import {
  acceptedSignatures,
  probes,
  startDirectory,
  startPlanning,
  type DirectoryState,
  type RunningServer,
  type SessionUser,
} from "./support/subgraphs.ts";
import { accessToken, type TokenClaims } from "./support/tokens.ts";

const JWT_SECRET = "jwt-secret-for-gateway-tests";
// The spans the gateway records in this process (a deployment exports them to OTEL_EXPORTER_OTLP_ENDPOINT).
const spans = new InMemorySpanExporter();
new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }).register();
const ACTOR_KEYS = generateActorKeys();
const officer = { sub: "user-1", sid: "session-1", username: "can.bo", unitId: "u2", roles: ["UNIT_OFFICER"] };

const officerNow: SessionUser = { userId: "user-1", username: "can.bo", unitId: "u2", roles: ["UNIT_OFFICER"], mustChangePassword: false };

const state: DirectoryState = {
  sessions: new Map<string, SessionUser | null>([
    ["session-1", officerNow],
    ["session-logout", officerNow],
    ["session-revoked", null],
    ["session-promoted", officerNow],
    ["session-temporary", { ...officerNow, mustChangePassword: true }],
  ]),
  apiKeys: new Map([["pk_valid_key", { partnerId: "partner-1", name: "Một cửa tỉnh", scopes: ["read:reports"] }]]),
  internalActors: [],
};

let directory: RunningServer;
let planning: RunningServer;
const gateways: Gateway[] = [];

async function startGateway(overrides: Partial<GatewayEnv> = {}): Promise<string> {
  const composed = composeSupergraph([
    { name: "directory", sdl: `${DIRECTORY_SDL}\n${DIRECTORY_TEST_FIELDS}` },
    { name: "planning", sdl: PLANNING_SDL },
  ]);
  if (!composed.ok) throw new Error(composed.errors.join("\n"));
  const env: GatewayEnv = {
    PORT: 0,
    JWT_SECRET,
    ACTOR_SIGNING_KEY: ACTOR_KEYS.privateKey,
    DIRECTORY_URL: directory.url,
    PLANNING_URL: planning.url,
    COMPLAINTS_URL: planning.url,
    INSPECTIONS_URL: planning.url,
    REPORTING_URL: planning.url,
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: 1000,
    ANON_RATE_LIMIT_PER_MINUTE: 1000,
    MAX_DEPTH: 5,
    MAX_TOKENS: 200,
    MAX_COST: 5_000,
    ANON_MAX_COST: 400,
    MAX_PAGE_SIZE: 100,
    MAX_BODY_BYTES: 64 * 1024,
    GATEWAY_QUERY_PLANNER: "router",
    GATEWAY_DRAIN_SECONDS: 15,
    REDIS_KEY_PREFIX: "tthc:test:",
    // The test client is on loopback; only the test below trusts it as a proxy.
    TRUSTED_PROXIES: [],
    ...overrides,
  };
  const gateway = createGateway(env, { supergraphSdl: composed.supergraphSdl });
  gateways.push(gateway);
  return (await gateway.listen(0, "127.0.0.1")).url;
}

interface GraphqlResponse {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphqlResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const gql = (url: string, query: string, headers: Record<string, string> = {}) => post(url, { query }, headers);
const bearer = async (claims: TokenClaims = officer, expiresAt?: number) => ({
  authorization: `Bearer ${await accessToken(JWT_SECRET, claims, expiresAt)}`,
});
const SEEN = "{ seen { actorJson actorHeader forwardedFor correlationId } }";

function seenActor(res: GraphqlResponse): Record<string, unknown> {
  const seen = res.body.data?.seen as { actorJson: string };
  return JSON.parse(seen.actorJson) as Record<string, unknown>;
}

let gateway: string;

beforeAll(async () => {
  directory = await startDirectory(actorPublicKey(ACTOR_KEYS.publicKey), state);
  planning = await startPlanning(actorPublicKey(ACTOR_KEYS.publicKey));
  gateway = await startGateway();
});

afterAll(async () => {
  await Promise.all(gateways.map((g) => g.close()));
  await Promise.all([directory?.close(), planning?.close()]);
});

describe("authentication and the forwarded actor", () => {
  it("forwards a valid JWT's user as a signed actor the subgraph verifies, with correlation id and client address", async () => {
    const res = await gql(gateway, SEEN, { ...(await bearer()), "x-correlation-id": "corr-123" });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(seenActor(res)).toEqual({
      kind: "user",
      userId: "user-1",
      username: "can.bo",
      unitId: "u2",
      roles: ["UNIT_OFFICER"],
      sessionId: "session-1",
    });
    const seen = res.body.data?.seen as { forwardedFor: string; correlationId: string };
    expect(seen.correlationId).toBe("corr-123");
    expect(seen.forwardedFor).toBe("127.0.0.1");
    expect(res.headers.get("x-correlation-id")).toBe("corr-123");
  });

  it("calls directory's internal endpoints as the signed gateway service", async () => {
    expect(state.internalActors.length).toBeGreaterThan(0);
    expect(state.internalActors).toContainEqual({ kind: "service", service: "gateway" });
  });

  it("resolves an entity across two subgraphs at the run-time URLs (placeholders in the supergraph are overridden)", async () => {
    const before = acceptedSignatures.length;
    const res = await gql(gateway, `{ unit(id: "u2") { name parent { code } planningStatus } }`, await bearer());
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ unit: { name: "Phường Hiến Nam", parent: { code: "HY" }, planningStatus: "plan-of-u2" } });
    // Each subgraph got an actor signed for itself and for the body it received (the stubs check both).
    const audiences = acceptedSignatures.slice(before).map((s) => s.audience);
    expect(audiences).toContain("directory");
    expect(audiences).toContain("planning");
  });

  it("answers the same with the stitching planner (GATEWAY_QUERY_PLANNER, for platforms without the router's addon)", async () => {
    const stitching = await startGateway({ GATEWAY_QUERY_PLANNER: "stitching" });
    const query = `{ unit(id: "u2") { name parent { code } planningStatus } }`;
    const [router, fallback] = await Promise.all([gql(gateway, query, await bearer()), gql(stitching, query, await bearer())]);
    expect(fallback.body).toEqual(router.body);
    expect(router.body.data).toEqual({ unit: { name: "Phường Hiến Nam", parent: { code: "HY" }, planningStatus: "plan-of-u2" } });
  });

  it("signs each subgraph request for ten seconds at most, for that subgraph and that body", async () => {
    const res = await gql(gateway, SEEN, await bearer());
    const claims = decodeJwt((res.body.data?.seen as { actorHeader: string }).actorHeader);
    expect(claims.aud).toBe("directory");
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(10);
    expect(claims.body).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("strips an actor header forged by the client", async () => {
    // Even one signed with the gateway's own key (as if it leaked) is replaced by the gateway's.
    const forged = await actorSigner(
      actorSigningKey(ACTOR_KEYS.privateKey),
      "directory",
    )({
      kind: "user",
      userId: "evil",
      username: "evil",
      unitId: null,
      roles: ["CITY_ADMIN"],
      sessionId: "x",
    });
    for (const value of [forged, "unsigned-admin"]) {
      const res = await gql(gateway, SEEN, { "x-tthc-actor": value });
      expect(res.status).toBe(200);
      expect(seenActor(res)).toEqual({ kind: "anonymous" });
      expect((res.body.data?.seen as { actorHeader: string }).actorHeader).not.toBe(value);
    }
  });

  it("sends no credentials through as an anonymous actor", async () => {
    const res = await gql(gateway, SEEN);
    expect(seenActor(res)).toEqual({ kind: "anonymous" });
  });

  it("refuses an expired token with 401 'Token expired'", async () => {
    const res = await gql(gateway, SEEN, await bearer(officer, Math.floor(clock().getTime() / 1000) - 60));
    expect(res.status).toBe(401);
    expect(res.body.errors).toEqual([{ message: "Token expired", extensions: { code: "UNAUTHENTICATED" } }]);
  });

  it("refuses a token signed with another secret", async () => {
    const token = await accessToken("some-other-secret-entirely", officer);
    const res = await gql(gateway, SEEN, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]).toEqual({ message: "Invalid token", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses a revoked session with 401 'Session revoked'", async () => {
    const res = await gql(gateway, SEEN, await bearer({ ...officer, sid: "session-revoked" }));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]).toEqual({ message: "Session revoked", extensions: { code: "UNAUTHENTICATED" } });
    const unknown = await gql(gateway, SEEN, await bearer({ ...officer, sid: "session-unknown" }));
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]?.message).toBe("Session revoked");
  });

  it("lets a logout take effect on the very next request (no session cache)", async () => {
    const headers = await bearer({ ...officer, sid: "session-logout" });
    expect((await gql(gateway, SEEN, headers)).status).toBe(200);
    state.sessions.set("session-logout", null);
    const res = await gql(gateway, SEEN, headers);
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toBe("Session revoked");
  });

  it("acts with the session's live roles and unit, not the token's claims", async () => {
    // The token claims CITY_ADMIN; directory says the user is a unit officer of u2.
    const headers = await bearer({ ...officer, sid: "session-promoted", roles: ["CITY_ADMIN"], unitId: null });
    expect(seenActor(await gql(gateway, SEEN, headers))).toMatchObject({ roles: ["UNIT_OFFICER"], unitId: "u2" });
    // Promoted and moved: the next request already carries it.
    state.sessions.set("session-promoted", { ...officerNow, roles: ["CITY_ADMIN"], unitId: "u1" });
    expect(seenActor(await gql(gateway, SEEN, headers))).toMatchObject({ roles: ["CITY_ADMIN"], unitId: "u1" });
  });

  it("refuses a token whose subject is not the session's user", async () => {
    const res = await gql(gateway, SEEN, await bearer({ ...officer, sub: "someone-else" }));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toBe("Session revoked");
  });

  it("lets a session with a temporary password only read `me`, change the password and sign out", async () => {
    const headers = await bearer({ ...officer, sid: "session-temporary" });
    for (const query of [
      SEEN,
      "{ unitLevels { code } }",
      "{ me { id } unitLevels { code } }",
      "query { ...F } fragment F on Query { seen { actorJson } }",
    ]) {
      const res = await gql(gateway, query, headers);
      expect(res.body.errors?.[0]?.extensions?.code, query).toBe("PASSWORD_CHANGE_REQUIRED");
      expect(res.body.data ?? null, query).toBeNull();
    }
    const me = await gql(gateway, "{ me { id } }", headers);
    expect(me.body.errors).toBeUndefined();
    const files = await fetch(`${gateway}/files/directory/x`, { headers });
    expect(files.status).toBe(403);
    expect(((await files.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      "PASSWORD_CHANGE_REQUIRED",
    );
  });

  it("answers 503 when directory cannot confirm the session", async () => {
    const noDirectory = await startGateway({ DIRECTORY_URL: "http://127.0.0.1:1" });
    const res = await gql(noDirectory, "{ unitLevels { code } }", await bearer());
    expect(res.status).toBe(503);
    expect(res.body.errors).toEqual([
      { message: "Authentication is temporarily unavailable", extensions: { code: "SERVICE_UNAVAILABLE" } },
    ]);
  });

  it("refuses an unknown API key with 401 and forwards a valid one as the partner", async () => {
    const bad = await gql(gateway, SEEN, { "x-api-key": "pk_wrong" });
    expect(bad.status).toBe(401);
    expect(bad.body.errors).toEqual([{ message: "Unknown API key", extensions: { code: "UNAUTHENTICATED" } }]);

    const good = await gql(gateway, SEEN, { "x-api-key": "pk_valid_key" });
    expect(good.status).toBe(200);
    expect(seenActor(good)).toEqual({ kind: "partner", partnerId: "partner-1", name: "Một cửa tỉnh", scopes: ["read:reports"] });
  });
});

describe("request limits and errors", () => {
  it("answers a malformed query with 400 and the syntax error", async () => {
    const res = await gql(gateway, "{ units { id ");
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it("answers a body that is not JSON with 400", async () => {
    const res = await post(gateway, "{not json");
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toBeTruthy();
  });

  it("rejects a query deeper than MAX_DEPTH before it reaches a subgraph", async () => {
    const ok = await gql(gateway, "{ units { parent { parent { parent { id } } } } }", await bearer());
    expect(ok.body.errors).toBeUndefined();
    const res = await gql(gateway, "{ units { parent { parent { parent { parent { id } } } } } }", await bearer());
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({
      message: "Query is nested too deeply: the maximum depth is 5.",
      extensions: { code: "QUERY_TOO_DEEP" },
    });
  });

  it("counts depth through fragments", async () => {
    const res = await gql(
      gateway,
      "query { units { ...P } } fragment P on Unit { parent { parent { parent { parent { id } } } } }",
      await bearer(),
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_DEEP");
  });

  it("rejects a document with more than MAX_TOKENS tokens", async () => {
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: unitLevels { code }`).join(" ")} }`;
    const res = await gql(gateway, query, await bearer());
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message: "Query is too large: the maximum is 200 tokens.",
      extensions: { code: "QUERY_TOO_LARGE" },
    });
  });

  it("counts a query's cost (aliases times page sizes) and refuses an over-budget one before any subgraph runs it", async () => {
    // 1 + 1 (total) + 20 items × (1 + 2 fields) = 62 per alias at the schema's default page size.
    const page = (alias: string, args = "") => `${alias}: pagedUnits${args} { total items { id name } }`;
    const few = await gql(gateway, `{ ${page("a")} ${page("b")} }`);
    expect(few.body.errors).toBeUndefined();
    expect(few.body.data?.a).toMatchObject({ total: 2 });

    // Eight aliases of a cheap page are over the anonymous budget (400) but within a signed-in one.
    const aliases = `{ ${Array.from({ length: 8 }, (_, i) => page(`p${i}`)).join(" ")} }`;
    const anonymous = await gql(gateway, aliases);
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.data ?? null).toBeNull();
    expect(anonymous.body.errors?.[0]).toMatchObject({
      message: "Query is too costly: it would cost 496, the maximum is 400.",
      extensions: { code: "QUERY_TOO_COSTLY" },
    });
    expect((await gql(gateway, aliases, await bearer())).body.errors).toBeUndefined();

    // One page with a large limit, as a literal or a variable, costs as much as the limit asks.
    const big = await gql(gateway, `{ ${page("a", "(limit: 2000)")} }`, await bearer());
    expect(big.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    const byVariable = await post(
      gateway,
      { query: `query ($n: Int) { pagedUnits(limit: $n) { items { id name } } }`, variables: { n: 2000 } },
      await bearer(),
    );
    expect(byVariable.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    // A list without a page argument counts as UNPAGED_LIST_SIZE (10) elements, nested lists multiply.
    const nested = await gql(gateway, "{ units { children { children { children { id } } } } }");
    expect(nested.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
  });

  it("weighs the same document again on every request: the cost follows its variables, not the first caller's", async () => {
    // The runtime caches validation per document; a cost computed from variables must not be cached with it.
    const query = `query ($n: Int) { pagedUnits(limit: $n) { items { id } } }`;
    const cheap = () => post(gateway, { query, variables: { n: 5 } });
    expect((await cheap()).body.errors).toBeUndefined();
    const costly = await post(gateway, { query, variables: { n: 2000 } });
    expect(costly.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    expect((await cheap()).body.errors).toBeUndefined();
  });

  it("masks an internal subgraph error and passes a coded one through", async () => {
    const boom = await gql(gateway, "{ boom }", await bearer());
    expect(boom.body.errors).toHaveLength(1);
    expect(boom.body.errors?.[0]).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(JSON.stringify(boom.body)).not.toMatch(/hunter2|ECONNREFUSED|stack/i);

    const forbidden = await gql(gateway, "{ forbidden }", await bearer());
    expect(forbidden.body.errors?.[0]).toMatchObject({ message: "Không có quyền / Forbidden", extensions: { code: "FORBIDDEN" } });
    expect(JSON.stringify(forbidden.body)).not.toMatch(/stack|serviceName/i);
  });

  it("reports an unreachable subgraph without its address, and ends its fetch's span as an error", async () => {
    const down = await startGateway({ PLANNING_URL: "http://127.0.0.1:1" });
    spans.reset();
    const res = await gql(down, `{ unit(id: "u2") { name planningStatus } }`, await bearer());
    // Exported means ended: a span left open by the failed fetch would never reach a collector.
    const planningSpan = spans.getFinishedSpans().find((s) => s.name === "subgraph planning");
    expect(planningSpan?.status.code).toBe(SpanStatusCode.ERROR);
    expect(res.body.data).toEqual({ unit: null });
    expect(res.body.errors?.[0]).toMatchObject({
      message: "Dịch vụ tạm thời không khả dụng / A service is temporarily unavailable",
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|query/);
  });

  it("refuses introspection to anonymous callers and allows it when signed in", async () => {
    const anonymous = await gql(gateway, "{ __schema { queryType { name } } }");
    expect(anonymous.body.data ?? null).toBeNull();
    expect(anonymous.body.errors?.[0]?.message).toMatch(/introspection/i);
    const signedIn = await gql(gateway, "{ __schema { queryType { name } } }", await bearer());
    expect(signedIn.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("rate-limits each client separately, with a bilingual RATE_LIMITED error", async () => {
    const limited = await startGateway({ RATE_LIMIT_PER_MINUTE: 3, ANON_RATE_LIMIT_PER_MINUTE: 2 });
    const user = await bearer();
    for (let i = 0; i < 3; i++) expect((await gql(limited, "{ unitLevels { code } }", user)).status).toBe(200);
    const res = await gql(limited, "{ unitLevels { code } }", user);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(res.body.errors?.[0]?.message).toMatch(/Quá nhiều yêu cầu.*Too many requests/);

    // Another client (the partner) still has its own budget; anonymous callers get the smaller one.
    expect((await gql(limited, "{ unitLevels { code } }", { "x-api-key": "pk_valid_key" })).status).toBe(200);
    expect((await gql(limited, "{ unitLevels { code } }")).status).toBe(200);
    expect((await gql(limited, "{ unitLevels { code } }")).status).toBe(200);
    expect((await gql(limited, "{ unitLevels { code } }")).status).toBe(429);
  });

  it("shares one client's budget between two replicas through Redis", async () => {
    // Its own key prefix, so runs at the same test instant never count each other's requests.
    const shared = { REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: `tthc:test:${randomUUID()}:` };
    const first = await startGateway({ ...shared, ANON_RATE_LIMIT_PER_MINUTE: 3 });
    const second = await startGateway({ ...shared, ANON_RATE_LIMIT_PER_MINUTE: 3 });
    const statuses = [];
    for (const url of [first, second, first, second]) statuses.push((await gql(url, "{ unitLevels { code } }")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("budgets an IPv6 client by its /64, which it can rotate through at will", async () => {
    const proxied = await startGateway({ ANON_RATE_LIMIT_PER_MINUTE: 2, TRUSTED_PROXIES: ["127.0.0.1"] });
    const from = (address: string) => ({ "x-forwarded-for": address });
    expect((await gql(proxied, "{ unitLevels { code } }", from("2001:db8:1:2::1"))).status).toBe(200);
    expect((await gql(proxied, "{ unitLevels { code } }", from("2001:db8:1:2:abcd:ef01:2345:6789"))).status).toBe(200);
    expect((await gql(proxied, "{ unitLevels { code } }", from("2001:0db8:0001:0002::ffff"))).status).toBe(429);
    expect((await gql(proxied, "{ unitLevels { code } }", from("2001:db8:1:3::1"))).status).toBe(200);
  });

  it("behind a trusted proxy (the web app's server), budgets each browser by its forwarded address", async () => {
    const proxied = await startGateway({ ANON_RATE_LIMIT_PER_MINUTE: 2, TRUSTED_PROXIES: ["127.0.0.1"] });
    const from = (address: string) => ({ "x-forwarded-for": address });
    expect((await gql(proxied, "{ unitLevels { code } }", from("203.0.113.7"))).status).toBe(200);
    expect((await gql(proxied, "{ unitLevels { code } }", from("203.0.113.7"))).status).toBe(200);
    expect((await gql(proxied, "{ unitLevels { code } }", from("203.0.113.7"))).status).toBe(429);
    expect((await gql(proxied, "{ unitLevels { code } }", from("198.51.100.4"))).status).toBe(200);
  });

  it("trusts proxies by CIDR range (a cluster's ingress and web pods) and walks back past each of them", async () => {
    const proxied = await startGateway({ ANON_RATE_LIMIT_PER_MINUTE: 2, TRUSTED_PROXIES: ["127.0.0.0/8", "10.0.0.0/8"] });
    // The browser, then the ingress pod, then the web pod (the socket): the budget is the browser's.
    const chain = (browser: string) => ({ "x-forwarded-for": `${browser}, 10.42.0.7, 10.42.3.9` });
    expect((await gql(proxied, "{ unitLevels { code } }", chain("203.0.113.7"))).status).toBe(200);
    expect((await gql(proxied, "{ unitLevels { code } }", chain("203.0.113.7"))).status).toBe(200);
    expect((await gql(proxied, "{ unitLevels { code } }", chain("203.0.113.7"))).status).toBe(429);
    // A forged hop to the left of an untrusted address is never reached.
    expect((await gql(proxied, "{ unitLevels { code } }", { "x-forwarded-for": "10.9.9.9, 198.51.100.4" })).status).toBe(200);
  });
});

describe("health", () => {
  it("answers /healthz", async () => {
    const res = await fetch(`${gateway}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("is ready while the directory answers, names a subgraph that does not, and is unready without the directory", async () => {
    const ready = await fetch(`${gateway}/readyz`);
    expect(ready.status).toBe(200);
    // One service down degrades the API (its fields fail) but must not pull every gateway replica out of the balancer.
    const degraded = await startGateway({ REPORTING_URL: "http://127.0.0.1:1" });
    const res = await fetch(`${degraded}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "ready",
      subgraphs: { directory: "ok", reporting: "unreachable" },
      degraded: ["reporting"],
    });
    const blind = await startGateway({ DIRECTORY_URL: "http://127.0.0.1:1" });
    const unready = await fetch(`${blind}/readyz`);
    expect(unready.status).toBe(503);
    expect(await unready.json()).toMatchObject({ status: "not ready", subgraphs: { directory: "unreachable" } });
  });

  it("probes the subgraphs once for a burst of /readyz hits", async () => {
    const fresh = await startGateway();
    const before = probes.readyz;
    const burst = await Promise.all(Array.from({ length: 40 }, () => fetch(`${fresh}/readyz`)));
    expect(burst.every((r) => r.status === 200)).toBe(true);
    // One round: one probe per subgraph of the registry (five), not forty rounds.
    expect(probes.readyz - before).toBe(5);
  });
});

describe("request size", () => {
  it("refuses a GraphQL body over the limit with 413, declared or streamed, before any subgraph sees it", async () => {
    const padding = "x".repeat(100 * 1024);
    const declared = await post(gateway, { query: `{ seen { actorJson } } # ${padding}` }, await bearer());
    expect(declared.status).toBe(413);
    expect(declared.body.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    // No Content-Length: the body arrives chunked and is cut off once it passes the limit.
    const parts = [
      JSON.stringify({ query: "{ seen { actorJson } }" }).slice(0, -1),
      ...Array.from({ length: 20 }, (_, i) => `, "pad${i}": "${"y".repeat(8 * 1024)}"`),
      "}",
    ];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const part = parts.shift();
        if (part === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(part));
      },
    });
    const streamed = await fetch(`${gateway}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await bearer()) },
      body,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const small = await gql(gateway, "{ seen { actorJson } }", await bearer());
    expect(small.status).toBe(200);
  });
});

describe("shutdown", () => {
  it("lets a request in flight finish, refuses new connections, and cuts what outlives the drain deadline", async () => {
    const url = await startGateway({ GATEWAY_DRAIN_SECONDS: 1 });
    const gatewayOf = gateways.at(-1)!;
    const events: string[] = [];
    const finishing = gql(url, `{ slowEcho(ms: 400, text: "xong") }`, await bearer()).then((res) => {
      events.push("request finished");
      return res;
    });
    const outliving = gql(url, `{ slowEcho(ms: 5000, text: "quá lâu") }`, await bearer()).then(
      () => "answered",
      () => "cut",
    );
    // Both requests have reached the subgraph before the shutdown starts.
    await sleepMs(150);
    const closed = gatewayOf.close().then(() => events.push("gateway closed"));
    await sleepMs(50);
    await expect(gql(url, "{ seen { actorJson } }", await bearer())).rejects.toThrow();

    const res = await finishing;
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ slowEcho: "xong" });
    await closed;
    expect(events).toEqual(["request finished", "gateway closed"]);
    expect(await outliving).toBe("cut");
  });
});
