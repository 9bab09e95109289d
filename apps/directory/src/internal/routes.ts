import type { FastifyInstance, FastifyReply, FastifyRequest } from "@tthc/service-kit";
import { verifyApiKey } from "../use-cases/api-keys.ts";
import type { AuthConfig } from "../use-cases/sessions.ts";
import { liveSession } from "../use-cases/users.ts";
import type { Db } from "../db/client.ts";

/** Only the gateway, with its own signed service actor, may ask these questions. */
async function gatewayOnly(request: FastifyRequest, reply: FastifyReply) {
  const { actor } = request;
  if (actor.kind === "service" && actor.service === "gateway") return;
  request.log.warn({ actorKind: actor.kind }, "internal endpoint refused");
  return reply.code(actor.kind === "anonymous" ? 401 : 403).send({ error: "internal endpoint: gateway only" });
}

/** Endpoints the gateway calls while authenticating a request (not part of the public API). */
export function registerInternalRoutes(app: FastifyInstance, deps: { db: Db; auth: AuthConfig }): void {
  app.register(async (internal) => {
    internal.addHook("onRequest", gatewayOnly);

    // Asked on every request a user makes: the gateway acts with these roles and unit, not the token's.
    internal.get<{ Params: { sid: string } }>("/internal/sessions/:sid", async (request, reply) => {
      const user = await liveSession(deps.db, deps.auth, request.params.sid);
      return user ? reply.code(200).send({ active: true, user }) : reply.code(404).send({ active: false });
    });

    internal.post<{ Body: { key?: unknown } }>("/internal/api-keys/verify", async (request, reply) => {
      const key = request.body?.key;
      const partner = typeof key === "string" && key.length <= 200 ? await verifyApiKey(deps.db, key) : null;
      if (!partner) return reply.code(401).send({ error: "unknown or revoked API key" });
      return partner;
    });
  });
}
