import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { DocumentNode } from "graphql";
import { createYoga, maskError } from "graphql-yoga";
import { ACTOR_HEADER, ActorVerificationError, CORRELATION_HEADER, verifyActor, type Actor } from "./actor.ts";
import { correlationId } from "./correlation.ts";
import { applyFieldPolicies, type FieldPolicies } from "./field-policy.ts";
import { cachedProbe, isLoopback, runReadiness, type ReadinessCheck } from "./readiness.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is calling, from the gateway's signed `x-tthc-actor` header (anonymous without one). */
    actor: Actor;
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
  env: { ACTOR_SIGNING_SECRET: string; LOG_LEVEL: string };
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
  app.addHook("onRequest", async (request, reply) => {
    reply.header(CORRELATION_HEADER, request.id);
    const header = request.headers[ACTOR_HEADER];
    try {
      request.actor = await verifyActor(typeof header === "string" ? header : undefined, options.env.ACTOR_SIGNING_SECRET);
    } catch (err) {
      if (!(err instanceof ActorVerificationError)) throw err;
      // A forged or stale header means someone bypassed the gateway: stop before any handler runs.
      request.log.warn({ reason: err.message }, "rejected request with an invalid actor header");
      return reply.code(401).send(INVALID_ACTOR_BODY);
    }
  });
  for (const hook of options.onClose ?? []) app.addHook("onClose", hook);

  app.get("/healthz", async () => ({ status: "ok" }));
  const readiness = cachedProbe(async () => {
    const report = await runReadiness(options.readiness ?? []);
    if (!report.ready) app.log.warn({ failed: report.failed, checks: report.checks }, "not ready");
    return report;
  }, READINESS_CACHE_MS);
  // The status code is for probes from anywhere; which dependency failed is for this host only.
  app.get("/readyz", async (request, reply) => {
    const report = await readiness();
    const status = report.ready ? "ready" : "unavailable";
    return reply.code(report.ready ? 200 : 503).send(isLoopback(request.socket.remoteAddress) ? { status, ...report } : { status });
  });

  mountGraphql(app, options);
  return app;
}

function mountGraphql<TContext extends BaseContext>(app: FastifyInstance, options: ServiceOptions<TContext>): void {
  const schema = buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> });
  if (options.fieldPolicies) applyFieldPolicies(schema, options.fieldPolicies);
  const yoga = createYoga<{ req: FastifyRequest; reply: FastifyReply }>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: false,
    landingPage: false,
    logging: app.log,
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
      const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply });
      // A block body: reply.header returns the reply, which is thenable, and forEach wants no return value.
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });
}
