import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { DocumentNode } from "graphql";
import { createYoga, maskError } from "graphql-yoga";
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
import {
  ACTOR_HEADER,
  ActorVerificationError,
  BODY_IN_TRAILER,
  BODY_SIGNATURE_TRAILER,
  CORRELATION_HEADER,
  actorPublicKey,
  verifyActor,
  verifyBodyTrailer,
  type Actor,
  type VerifiedActor,
} from "./actor.ts";
import { correlationId } from "./correlation.ts";
import { observeGraphqlRequest } from "./graphql-observer.ts";
import { metricsText, newOperation, useOperationMetrics, type OperationInfo } from "./metrics.ts";
import { applyFieldPolicies, type FieldPolicies } from "./field-policy.ts";
import { cachedProbe, isLoopback, runReadiness, type ReadinessCheck } from "./readiness.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is calling, from the gateway's signed `x-tthc-actor` header. */
    actor: Actor;
    /** The verified header itself: the body digest it signs and its id. */
    signedActor: VerifiedActor | null;
  }
  interface FastifyContextConfig {
    /** A route anyone may call without a signed actor (health probes); every other route refuses such a call. */
    withoutActor?: boolean;
  }
}

/** What every resolver receives; a service adds its own fields with `buildContext`. */
export interface BaseContext {
  actor: Actor;
  correlationId: string;
  log: FastifyBaseLogger;
  request: FastifyRequest;
}

export interface ServiceOptions<TContext extends BaseContext> {
  name: string;
  env: { ACTOR_PUBLIC_KEY: string; LOG_LEVEL: string };
  /** The Federation v2 subgraph SDL. */
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  buildContext?: (base: BaseContext) => TContext | Promise<TContext>;
  /** Who may read each field of these types (field-policy.ts); every field of a listed type needs a rule. */
  fieldPolicies?: FieldPolicies<TContext>;
  readiness?: ReadinessCheck[];
  /** Run when the server closes, after in-flight requests finished (e.g. disconnect the database). */
  onClose?: Array<() => Promise<void>>;
}

const INVALID_ACTOR_BODY = {
  errors: [{ message: "Invalid actor signature", extensions: { code: "UNAUTHENTICATED" } }],
};

// Long enough to absorb a burst of probes, short enough for a load balancer to notice a failure.
const READINESS_CACHE_MS = 2_000;

/**
 * A Fastify app with the parts every service shares: request logging under the correlation id,
 * the verified actor on each request, `/healthz`, `/readyz` and the GraphQL subgraph at `/graphql`.
 * The service adds its own routes to the returned app and starts it with `runService`.
 */
export function createService<TContext extends BaseContext = BaseContext>(options: ServiceOptions<TContext>): FastifyInstance {
  const app = Fastify({
    logger: { level: options.env.LOG_LEVEL, base: { service: options.name } },
    genReqId: correlationId,
    logController: new LogController({ requestIdLogLabel: "correlationId" }),
  });

  app.decorateRequest<Actor | null>("actor", null);
  app.decorateRequest<VerifiedActor | null>("signedActor", null);
  const publicKey = actorPublicKey(options.env.ACTOR_PUBLIC_KEY);
  app.addHook("onRequest", async (request, reply) => {
    reply.header(CORRELATION_HEADER, request.id);
    if (request.routeOptions.config.withoutActor) {
      request.actor = { kind: "anonymous" };
      return;
    }
    const header = request.headers[ACTOR_HEADER];
    try {
      request.signedActor = await verifyActor(typeof header === "string" ? header : undefined, publicKey, options.name);
      request.actor = request.signedActor.actor;
    } catch (err) {
      if (!(err instanceof ActorVerificationError)) throw err;
      // No header, a forged or stale one, or one meant for another service: someone bypassed the
      // gateway. Stop before any handler runs.
      request.log.warn({ reason: err.message }, "rejected request with an invalid actor header");
      return reply.code(401).send(INVALID_ACTOR_BODY);
    }
  });
  // Every body a handler reads passes through the signed digest: JSON bodies before they are parsed,
  // streamed uploads as they are stored. A mismatch ends the stream with an error instead of its end.
  app.addHook("preParsing", async (request, _reply, payload) => {
    const signed = request.signedActor;
    if (!signed) return payload;
    return digestChecked(payload, async (digest) => {
      const expected =
        signed.body === BODY_IN_TRAILER
          ? await verifyBodyTrailer(trailer(request.raw.trailers[BODY_SIGNATURE_TRAILER]), publicKey, options.name, signed.tokenId)
          : signed.body;
      if (digest !== expected) throw new ActorVerificationError("The request body is not the one the actor was signed for");
    });
  });
  // A body that turned out not to be the signed one ends its stream with this error (digestChecked).
  app.setErrorHandler((err, request, reply) => {
    if (!(err instanceof ActorVerificationError)) return reply.send(err);
    request.log.warn({ reason: err.message }, "rejected request whose body does not match its actor signature");
    return reply.code(401).send(INVALID_ACTOR_BODY);
  });
  for (const hook of options.onClose ?? []) app.addHook("onClose", hook);

  app.get("/healthz", { config: { withoutActor: true } }, async () => ({ status: "ok" }));
  const readiness = cachedProbe(async () => {
    const report = await runReadiness(options.readiness ?? []);
    if (!report.ready) app.log.warn({ failed: report.failed, checks: report.checks }, "not ready");
    return report;
  }, READINESS_CACHE_MS);
  // The status code is for probes from anywhere; which dependency failed is for this host only.
  app.get("/readyz", { config: { withoutActor: true } }, async (request, reply) => {
    const report = await readiness();
    const status = report.ready ? "ready" : "unavailable";
    return reply.code(report.ready ? 200 : 503).send(isLoopback(request.socket.remoteAddress) ? { status, ...report } : { status });
  });

  // For a Prometheus on this host; a cluster scrapes the METRICS_PORT listener instead (metrics.ts).
  app.get("/metrics", { config: { withoutActor: true } }, async (request, reply) => {
    if (!isLoopback(request.socket.remoteAddress)) return reply.code(404).send();
    const { contentType, body } = await metricsText();
    return reply.type(contentType).send(body);
  });

  mountGraphql(app, options);
  return app;
}

const trailer = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * `payload` passed through while hashed; at its end `check` gets the digest and may throw, which ends
 * the stream with that error (status 401) instead, so whoever reads the body never sees an unchecked end.
 */
function digestChecked(payload: NodeJS.ReadableStream, check: (digest: string) => Promise<void>): Transform {
  const hash = createHash("sha256");
  const checked = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      check(hash.digest("base64url")).then(
        () => done(),
        (err: Error) => done(Object.assign(err, { statusCode: 401 })),
      );
    },
  });
  payload.on("error", (err) => checked.destroy(err));
  // A small body can end (and fail its check) before a streaming handler starts reading it: the error
  // stays on the stream for that reader (an errored stream throws it into for-await), so it is not
  // also an uncaught exception now.
  checked.on("error", () => undefined);
  // Fastify's body limit reads this to count the bytes received before decoding.
  (checked as Transform & { receivedEncodedLength?: number }).receivedEncodedLength = 0;
  return payload.pipe(checked);
}

function mountGraphql<TContext extends BaseContext>(app: FastifyInstance, options: ServiceOptions<TContext>): void {
  const operations = new WeakMap<FastifyRequest, OperationInfo>();
  const schema = buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> });
  if (options.fieldPolicies) applyFieldPolicies(schema, options.fieldPolicies);
  const yoga = createYoga<{ req: FastifyRequest; reply: FastifyReply }>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: false,
    landingPage: false,
    logging: app.log,
    plugins: [useOperationMetrics((context) => operations.get((context as BaseContext).request))],
    maskedErrors: {
      // Only GraphQLErrors (with their codes) reach the client; anything else is logged and masked.
      maskError(error, message, isDev) {
        const masked = maskError(error, message, isDev);
        if (masked !== error)
          app.log.error({ err: (error as { originalError?: unknown }).originalError ?? error }, "unexpected resolver error");
        return masked;
      },
    },
    context: async ({ req }) => {
      const base: BaseContext = { actor: req.actor, correlationId: req.id, log: req.log, request: req };
      return options.buildContext ? options.buildContext(base) : base;
    },
  });

  app.route({
    url: yoga.graphqlEndpoint,
    method: ["GET", "POST", "OPTIONS"],
    handler: async (req, reply) => {
      const info = newOperation();
      operations.set(req, info);
      await observeGraphqlRequest(
        options.name,
        req,
        info,
        () => reply.statusCode,
        async () => {
          const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply });
          // A block body: reply.header returns the reply, which is thenable, and forEach wants no return value.
          response.headers.forEach((value, key) => {
            reply.header(key, value);
          });
          reply.status(response.status);
          reply.send(response.body);
        },
      );
      return reply;
    },
  });
}
