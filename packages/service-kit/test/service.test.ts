import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import gql from "graphql-tag";
import { kafkaBrokers, waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { clock } from "@tthc/clock";
import {
  ACTOR_HEADER,
  CORRELATION_HEADER,
  actorPublicKey,
  actorSigningKey,
  generateActorKeys,
  signActor,
  type Actor,
  type ActorSignature,
} from "../src/actor.ts";
import { createService, type BaseContext } from "../src/service.ts";
import { forbidden } from "../src/errors.ts";
import { kafkaReadiness } from "../src/readiness.ts";

// The test stands in for the gateway: it holds the private half, the service only the public one.
const KEYS = generateActorKeys();
const ENV = { ACTOR_PUBLIC_KEY: KEYS.publicKey, LOG_LEVEL: "silent" };
const gatewayKey = actorSigningKey(KEYS.privateKey);
const sign = (actor: Actor, signature: Partial<ActorSignature> = {}, now?: Date) =>
  signActor(actor, gatewayKey, { audience: "kit-test", ...signature }, now);
const officer: Actor = { kind: "user", userId: "u1", username: "phuong.leloi", unitId: "unit-1", roles: ["UNIT_OFFICER"], sessionId: "s1" };

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    whoami: String!
    boom: String
    adminOnly: String
  }
`;

let calls = 0;
let lastContext: BaseContext | undefined;
const resolvers = {
  Query: {
    whoami: (_: unknown, __: unknown, ctx: BaseContext) => {
      calls += 1;
      lastContext = ctx;
      return ctx.actor.kind === "user" ? ctx.actor.username : ctx.actor.kind;
    },
    boom: () => {
      throw new Error("connection to db-secret-host:5432 refused");
    },
    adminOnly: () => {
      throw forbidden();
    },
  },
};

function graphql(app: FastifyInstance, query: string, headers: Record<string, string> = {}) {
  return app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json", ...headers }, payload: body(query) });
}

const body = (query: string) => JSON.stringify({ query });

/** A request as the gateway sends it: the actor signed for this service and this exact body. */
async function asGateway(app: FastifyInstance, query: string, actor: Actor = officer, headers: Record<string, string> = {}) {
  return graphql(app, query, { [ACTOR_HEADER]: await sign(actor, { body: body(query) }), ...headers });
}

describe("createService", () => {
  let app: FastifyInstance;
  let closed = false;

  beforeAll(async () => {
    app = createService({
      name: "kit-test",
      env: ENV,
      typeDefs,
      resolvers,
      readiness: [{ name: "always", check: async () => undefined }],
      onClose: [async () => void (closed = true)],
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    expect(closed).toBe(true);
  });

  it("passes a validly signed actor to the resolver", async () => {
    const res = await asGateway(app, "{ whoami }");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ data: { whoami: "phuong.leloi" } });
    expect(lastContext?.actor).toEqual(officer);
    const anonymous = await asGateway(app, "{ whoami }", { kind: "anonymous" });
    expect(anonymous.json()).toEqual({ data: { whoami: "anonymous" } });
  });

  // Each refusal is a 401 before any resolver runs, with one answer whatever the reason.
  async function refused(request: Promise<{ statusCode: number; json(): unknown }>) {
    const before = calls;
    const res = await request;
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ errors: [{ message: "Invalid actor signature", extensions: { code: "UNAUTHENTICATED" } }] });
    expect(calls).toBe(before);
  }

  it("refuses a request with no actor on every path but the health probes", async () => {
    await refused(graphql(app, "{ whoami }"));
    await refused(app.inject({ method: "GET", url: "/graphql?query=%7Bwhoami%7D" }));
    await refused(app.inject({ method: "GET", url: "/no-such-route" }));
    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });

  it("refuses an actor signed with any other key, even one the service holds", async () => {
    const attacker = actorSigningKey(generateActorKeys().privateKey);
    const q = "{ whoami }";
    await refused(
      graphql(app, q, {
        [ACTOR_HEADER]: await signActor({ ...officer, roles: ["CITY_ADMIN"] }, attacker, { audience: "kit-test", body: body(q) }),
      }),
    );
    await refused(graphql(app, q, { [ACTOR_HEADER]: "not-a-token" }));
    // The old scheme: an HS256 token keyed with what every service holds (here, its public key's bytes).
    const hs256 = await new SignJWT({ actor: { ...officer, roles: ["CITY_ADMIN"] }, body: "" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("tthc-gateway")
      .setAudience("kit-test")
      .setIssuedAt(clock())
      .setExpirationTime(new Date(clock().getTime() + 5_000))
      .sign(Buffer.from(KEYS.publicKey, "base64"));
    await refused(graphql(app, q, { [ACTOR_HEADER]: hs256 }));
    expect(actorPublicKey(KEYS.publicKey).asymmetricKeyType).toBe("ed25519");
  });

  it("refuses an actor signed for another subgraph", async () => {
    const q = "{ whoami }";
    await refused(graphql(app, q, { [ACTOR_HEADER]: await sign(officer, { audience: "planning", body: body(q) }) }));
  });

  it("refuses an actor older than ten seconds, whatever expiry it claims", async () => {
    const q = "{ whoami }";
    const elevenSecondsAgo = new Date(clock().getTime() - 11_000);
    await refused(graphql(app, q, { [ACTOR_HEADER]: await sign(officer, { body: body(q) }, elevenSecondsAgo) }));
    // Signed by the right key with a long expiry (as the old scheme's 60 s): its age still counts.
    const longLived = await new SignJWT({ actor: officer, body: createHash("sha256").update(body(q)).digest("base64url") })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("tthc-gateway")
      .setAudience("kit-test")
      .setJti("j1")
      .setIssuedAt(new Date(clock().getTime() - 30_000))
      .setExpirationTime(new Date(clock().getTime() + 3_600_000))
      .sign(gatewayKey);
    await refused(graphql(app, q, { [ACTOR_HEADER]: longLived }));
  });

  it("refuses an actor attached to another body than the one it was signed for", async () => {
    const signedFor = await sign(officer, { body: body("{ whoami }") });
    await refused(graphql(app, "{ whoami boom }", { [ACTOR_HEADER]: signedFor }));
  });
  it("masks unexpected errors but passes coded GraphQL errors through", async () => {
    const res = await asGateway(app, "{ boom adminOnly }");
    const body = res.json() as { errors: Array<{ message: string; path: string[]; extensions?: { code?: string } }> };
    const boom = body.errors.find((e) => e.path[0] === "boom");
    const admin = body.errors.find((e) => e.path[0] === "adminOnly");
    expect(boom?.message).toBe("Unexpected error.");
    expect(JSON.stringify(body)).not.toContain("db-secret-host");
    expect(admin?.extensions?.code).toBe("FORBIDDEN");
  });

  it("serves the federation subgraph SDL", async () => {
    const res = await asGateway(app, "{ _service { sdl } }", { kind: "service", service: "gateway" });
    expect((res.json() as { data: { _service: { sdl: string } } }).data._service.sdl).toContain("whoami");
  });

  it("echoes the caller's correlation id and makes one when absent", async () => {
    const given = await app.inject({ method: "GET", url: "/healthz", headers: { [CORRELATION_HEADER]: "req-123.abc" } });
    expect(given.headers[CORRELATION_HEADER]).toBe("req-123.abc");
    const made = await app.inject({ method: "GET", url: "/healthz" });
    expect(made.headers[CORRELATION_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await app.inject({ method: "GET", url: "/healthz", headers: { [CORRELATION_HEADER]: "bad id\nforged log line" } });
    expect(unsafe.headers[CORRELATION_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("exposes the correlation id to resolvers", async () => {
    await asGateway(app, "{ whoami }", officer, { [CORRELATION_HEADER]: "corr-42" });
    expect(lastContext?.correlationId).toBe("corr-42");
  });

  it("answers /healthz and /readyz when every check passes", async () => {
    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    const ready = await app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: "ready", checks: { always: "ok" }, failed: [] });
  });
});

describe("/readyz under load and from outside", () => {
  it("runs the checks once for a burst of probes and shows which check failed only to this host", async () => {
    let checks = 0;
    const app = createService({
      name: "kit-probe",
      env: ENV,
      typeDefs,
      resolvers,
      readiness: [
        {
          name: "slow-db",
          check: async () => {
            checks++;
            throw new Error("db at 10.0.0.5 refused");
          },
        },
      ],
    });
    try {
      const burst = await Promise.all(
        Array.from({ length: 50 }, () => app.inject({ method: "GET", url: "/readyz", remoteAddress: "203.0.113.9" })),
      );
      expect(checks).toBe(1);
      expect(burst.every((r) => r.statusCode === 503)).toBe(true);
      expect(burst[0]!.json()).toEqual({ status: "unavailable" });
      const local = await app.inject({ method: "GET", url: "/readyz", remoteAddress: "127.0.0.1" });
      expect(local.statusCode).toBe(503);
      expect(local.json()).toMatchObject({ status: "unavailable", failed: ["slow-db"] });
    } finally {
      await app.close();
    }
  });
});

describe("/readyz with real dependencies", () => {
  it("reports which check failed with 503", async () => {
    const unreachable = kafkaReadiness(["127.0.0.1:1"]);
    const app = createService({
      name: "kit-ready",
      env: ENV,
      typeDefs,
      resolvers,
      // A blocking check that fails (the database's kind), beside a working broker.
      readiness: [kafkaReadiness(kafkaBrokers()), { name: "kafka-down", check: unreachable.check }],
    });
    try {
      type Body = { status: string; failed: string[]; checks: Record<string, string> };
      // A broker that has just started may refuse its first metadata request; readiness is polled, so ask until it answers.
      const res = await waitFor(
        async () => {
          const r = await app.inject({ method: "GET", url: "/readyz" });
          return (r.json() as Body).checks.kafka === "ok" ? r : undefined;
        },
        20_000,
        500,
      );
      expect(res.statusCode).toBe(503);
      const body = res.json() as Body;
      expect(body.status).toBe("unavailable");
      expect(body.failed).toEqual(["kafka-down"]);
      expect(body.checks.kafka).toBe("ok");
      expect(body.checks["kafka-down"]).not.toBe("ok");
    } finally {
      await app.close();
    }
  });

  it("stays ready without the broker, reporting it as degraded (commands wait in the outbox)", async () => {
    const app = createService({ name: "kit-degraded", env: ENV, typeDefs, resolvers, readiness: [kafkaReadiness(["127.0.0.1:1"])] });
    try {
      const res = await app.inject({ method: "GET", url: "/readyz" });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { status: string; failed: string[]; degraded: string[] };
      expect(body).toMatchObject({ status: "ready", failed: [], degraded: ["kafka"] });
    } finally {
      await app.close();
    }
  });
});
