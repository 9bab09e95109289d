/**
 * Traces and metrics of the running stack (issue 13, item 8). The test stack's services and gateway send
 * their spans as OTLP/HTTP JSON to `stack.otlpEndpoint`; this suite is that collector: a small HTTP
 * server that keeps every span it receives. One PAKN submitted through the gateway with the browser's
 * W3C `traceparent` is then followed by its trace id, hop by hop, to reporting's consumer: gateway →
 * its fetch of the complaints subgraph → the subgraph's request → the outbox row published by the relay
 * → reporting handling the event. The services run as their production bundles, so this also shows
 * that tracing survives bundling.
 */
import { randomBytes } from "node:crypto";
import { createServer, get, type Server } from "node:http";
import { gunzipSync } from "node:zlib";
import { waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitAnonymously } from "./complaint-submission.ts";
import { stack } from "./stack.ts";

interface Span {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: Array<{ key: string; value: OtlpValue }>;
}
interface OtlpExport {
  resourceSpans?: Array<{
    resource?: { attributes?: Array<{ key: string; value: OtlpValue }> };
    scopeSpans?: Array<{ spans?: OtlpSpan[] }>;
  }>;
}

// OTLP/JSON writes ids as hex; base64 (the protobuf-JSON mapping) is accepted too.
const hexId = (id: string | undefined) =>
  !id ? "" : /^[0-9a-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, "base64").toString("hex");
const valueOf = (v: OtlpValue) => v.stringValue ?? v.intValue ?? v.boolValue ?? v.doubleValue;

const SPAN_KIND = { SERVER: 2, CLIENT: 3, PRODUCER: 4, CONSUMER: 5 } as const;

const received: Span[] = [];
let collector: Server;

function collect(body: OtlpExport): void {
  for (const resourceSpans of body.resourceSpans ?? []) {
    const service = String(valueOf(resourceSpans.resource?.attributes?.find((a) => a.key === "service.name")?.value ?? {}) ?? "");
    for (const scope of resourceSpans.scopeSpans ?? [])
      for (const span of scope.spans ?? [])
        received.push({
          service,
          traceId: hexId(span.traceId),
          spanId: hexId(span.spanId),
          parentSpanId: hexId(span.parentSpanId),
          name: span.name,
          kind: span.kind,
          attributes: Object.fromEntries((span.attributes ?? []).map((a) => [a.key, valueOf(a.value)])),
        });
  }
}

beforeAll(async () => {
  if (!stack.otlpEndpoint) throw new Error("the stack has no OTLP endpoint (infra/stack/config.ts sets one in the test profile)");
  const { hostname, port } = new URL(stack.otlpEndpoint);
  collector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const text = (req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
      if (req.url === "/v1/traces" && req.headers["content-type"]?.startsWith("application/json")) collect(JSON.parse(text) as OtlpExport);
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve, reject) => {
    collector.once("error", reject);
    collector.listen(Number(port), hostname, () => resolve());
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => collector.close(() => resolve()));
});

describe("tracing through the stack", () => {
  it("follows a PAKN submitted through the gateway to reporting's consumer by its trace id", async () => {
    const traceId = randomBytes(16).toString("hex");
    const browserSpanId = randomBytes(8).toString("hex");
    await submitAnonymously("Đề nghị công khai thời hạn giải quyết hồ sơ đất đai (kiểm thử truy vết).", {
      traceparent: `00-${traceId}-${browserSpanId}-01`,
    });

    const trace = () => received.filter((s) => s.traceId === traceId);
    const one = (found: Span[], what: string) => {
      expect(found, what).toHaveLength(1);
      return found[0]!;
    };
    // Each process exports its spans on its own batch timer, so the hops arrive in any order: wait for all.
    const hops: Array<[string, number]> = [
      ["gateway", SPAN_KIND.SERVER],
      ["gateway", SPAN_KIND.CLIENT],
      ["complaints", SPAN_KIND.SERVER],
      ["complaints", SPAN_KIND.PRODUCER],
      ["reporting", SPAN_KIND.CONSUMER],
    ];
    await waitFor(() => hops.every(([service, kind]) => trace().some((s) => s.service === service && s.kind === kind)), 30_000, 250);
    const spans = trace();

    const gateway = one(
      spans.filter((s) => s.service === "gateway" && s.kind === SPAN_KIND.SERVER),
      "the gateway's request span",
    );
    expect(gateway.parentSpanId).toBe(browserSpanId);
    expect(gateway.name).toBe("mutation anonymous");
    expect(gateway.attributes["tthc.outcome"]).toBe("ok");

    const fetch = one(
      spans.filter((s) => s.service === "gateway" && s.kind === SPAN_KIND.CLIENT && s.attributes["tthc.subgraph"] === "complaints"),
      "the gateway's fetch of the complaints subgraph",
    );
    expect(fetch.parentSpanId).toBe(gateway.spanId);

    const subgraph = one(
      spans.filter((s) => s.service === "complaints" && s.kind === SPAN_KIND.SERVER),
      "the complaints subgraph's request span",
    );
    expect(subgraph.parentSpanId).toBe(fetch.spanId);
    expect(subgraph.attributes["graphql.operation.type"]).toBe("mutation");

    // The outbox row kept the subgraph request's context; the relay published it in a child span.
    const published = spans.filter((s) => s.service === "complaints" && s.kind === SPAN_KIND.PRODUCER);
    expect(published.length).toBeGreaterThan(0);
    for (const span of published) {
      expect(span.parentSpanId).toBe(subgraph.spanId);
      expect(span.attributes["messaging.destination.name"]).toBe("complaints.complaint.v1");
    }

    const consumed = spans.filter((s) => s.service === "reporting" && s.kind === SPAN_KIND.CONSUMER);
    for (const span of consumed) {
      expect(published.map((p) => p.spanId)).toContain(span.parentSpanId);
      expect(span.attributes["messaging.consumer.group.name"]).toBe("reporting");
      expect(span.attributes["tthc.outcome"]).toBe("done");
    }
  });
});

describe("metrics of the stack", () => {
  // A connection of its own per scrape, as Prometheus makes: fetch's pool may hand out a keep-alive
  // socket the server is just closing after the long wait above.
  const scrape = (port: number) =>
    new Promise<string>((resolve, reject) => {
      get({ host: "127.0.0.1", port, path: "/metrics", agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString("utf8")) : reject(new Error(`status ${res.statusCode}`)),
        );
      }).on("error", reject);
    });
  const gatewayPort = () => Number(new URL(stack.gatewayUrl).port);

  it("counts and times GraphQL requests per operation, at the gateway and in the subgraph", async () => {
    const gateway = await scrape(gatewayPort());
    expect(gateway).toMatch(/tthc_graphql_requests_total\{app="gateway",operation="anonymous",type="mutation",outcome="ok"\} [1-9]/);
    expect(gateway).toMatch(/tthc_graphql_request_duration_seconds_count\{app="gateway",operation="anonymous",type="mutation"\} [1-9]/);
    const complaints = await scrape(stack.servicePorts.complaints!);
    expect(complaints).toMatch(/tthc_graphql_requests_total\{app="complaints",operation="anonymous",type="mutation",outcome="ok"\} [1-9]/);
  });

  it("reports the outbox, the consumer lag, the DLQ and the periodic jobs", async () => {
    const complaints = await scrape(stack.servicePorts.complaints!);
    expect(complaints).toMatch(/tthc_outbox_backlog\{app="complaints"\} \d+/);
    expect(complaints).toMatch(/tthc_outbox_oldest_age_seconds\{app="complaints"\} [\d.]+/);
    expect(complaints).toMatch(/tthc_job_runs_total\{app="complaints",job="messaging-retention",outcome="ok"\} [1-9]/);
    // Reporting has caught up with the submission above: no lag on the complaints topic, and no dead letters.
    const reporting = await waitFor(async () => {
      const text = await scrape(stack.servicePorts.reporting!);
      return /tthc_consumer_lag\{app="reporting",topic="complaints.complaint.v1"\} 0\b/.test(text) && text;
    }, 20_000);
    expect(reporting).toMatch(/tthc_dlq_messages\{app="reporting",topic="complaints.complaint.v1.dlq"\} 0\b/);
  });
});
