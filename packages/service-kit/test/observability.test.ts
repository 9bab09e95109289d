/**
 * A subgraph's observability (issue 13, item 8): each GraphQL request is counted and timed by operation
 * and outcome, /metrics answers only this host (or the METRICS_PORT listener), and the request's span
 * continues the caller's W3C trace context and is named after the operation.
 */
import { request as httpRequest } from "node:http";
import type { FastifyInstance } from "fastify";
import gql from "graphql-tag";
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTOR_HEADER, actorSigningKey, generateActorKeys, signActor, type Actor } from "../src/actor.ts";
import { forbidden } from "../src/errors.ts";
import { startMetricsServer } from "../src/metrics.ts";
import { createService } from "../src/service.ts";

const KEYS = generateActorKeys();
const officer: Actor = { kind: "user", userId: "u1", username: "phuong.leloi", unitId: "unit-1", roles: ["UNIT_OFFICER"], sessionId: "s1" };

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    fine: String!
    broken: String
    denied: String
  }
`;
const resolvers = {
  Query: {
    fine: () => "ok",
    broken: () => {
      throw new Error("unexpected");
    },
    denied: () => {
      throw forbidden();
    },
  },
};

// The spans this process records, in memory (a service would send them to OTEL_EXPORTER_OTLP_ENDPOINT).
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register();

let app: FastifyInstance;

beforeAll(async () => {
  app = createService({ name: "obs-test", env: { ACTOR_PUBLIC_KEY: KEYS.publicKey, LOG_LEVEL: "silent" }, typeDefs, resolvers });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await provider.shutdown();
});

async function query(text: string, headers: Record<string, string> = {}) {
  const payload = JSON.stringify({ query: text });
  const actor = await signActor(officer, actorSigningKey(KEYS.privateKey), { audience: "obs-test", body: payload });
  return app.inject({
    method: "POST",
    url: "/graphql",
    headers: { "content-type": "application/json", [ACTOR_HEADER]: actor, ...headers },
    payload,
  });
}

const scrapeLocally = async () => (await app.inject({ method: "GET", url: "/metrics", remoteAddress: "127.0.0.1" })).body;

describe("a subgraph's metrics", () => {
  it("counts and times each request by operation and outcome", async () => {
    await query("query ObsFine { fine }");
    await query("query ObsFine { fine }");
    await query("query ObsBroken { broken }");
    await query("query ObsDenied { denied }");
    await query("query ObsInvalid { noSuchField }");
    const text = await scrapeLocally();
    expect(text).toContain('tthc_graphql_requests_total{app="obs-test",operation="ObsFine",type="query",outcome="ok"} 2');
    // An unexpected error is the service's fault; FORBIDDEN is the caller's; an invalid query never executes.
    expect(text).toContain('tthc_graphql_requests_total{app="obs-test",operation="ObsBroken",type="query",outcome="error"} 1');
    expect(text).toContain('tthc_graphql_requests_total{app="obs-test",operation="ObsDenied",type="query",outcome="client_error"} 1');
    expect(text).toMatch(/tthc_graphql_requests_total\{app="obs-test",operation="\(none\)",type="\(none\)",outcome="refused"\} [1-9]/);
    expect(text).toContain('tthc_graphql_request_duration_seconds_count{app="obs-test",operation="ObsFine",type="query"} 2');
  });

  it("serves /metrics to this host only, and on METRICS_PORT when set", async () => {
    expect((await app.inject({ method: "GET", url: "/metrics", remoteAddress: "203.0.113.9" })).statusCode).toBe(404);
    const admin = await startMetricsServer("obs-test", { METRICS_PORT: 0 });
    try {
      const text = await new Promise<string>((resolve, reject) => {
        httpRequest({ host: "127.0.0.1", port: admin.port, path: "/metrics" }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
          res.on("end", () => resolve(body));
        })
          .on("error", reject)
          .end();
      });
      expect(text).toContain('tthc_graphql_requests_total{app="obs-test",operation="ObsFine"');
      // The process's own series carry the app's name too.
      expect(text).toMatch(/process_cpu_seconds_total\{app="obs-test"\} /);
    } finally {
      await admin.close();
    }
  });
});

describe("a subgraph's request span", () => {
  it("continues the caller's trace and is named after the operation", async () => {
    const traceId = "0af7651916cd43dd8448eb211c80319c";
    const callerSpan = "b7ad6b7169203331";
    exporter.reset();
    await query("query ObsTraced { fine }", { traceparent: `00-${traceId}-${callerSpan}-01` });
    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe("query ObsTraced");
    expect(span?.spanContext().traceId).toBe(traceId);
    expect(span?.parentSpanContext?.spanId).toBe(callerSpan);
    expect(span?.attributes).toMatchObject({ "graphql.operation.name": "ObsTraced", "tthc.outcome": "ok", "tthc.app": "obs-test" });
  });
});
