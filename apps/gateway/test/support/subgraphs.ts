import { setTimeout as sleep } from "node:timers/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { GraphQLError, parse } from "graphql";
import { createYoga } from "graphql-yoga";
import type { KeyObject } from "node:crypto";
import { ACTOR_HEADER, CORRELATION_HEADER, bodyDigest, verifyActor, type Actor } from "@tthc/service-kit";
import { DIRECTORY_SDL, DIRECTORY_TEST_FIELDS, PLANNING_SDL } from "./directory-sdl.ts";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

interface SubgraphContext {
  actor: Actor;
  request: Request;
}

/** A stub subgraph's identity: its name (the audience it accepts) and the gateway's public key. */
export interface StubIdentity {
  name: string;
  publicKey: KeyObject;
}

/** Every signed request a stub accepted, in order: whom it was for and the digest of what it carried. */
export const acceptedSignatures: Array<{ audience: string; body: string }> = [];

/** The actor of a request, verified as a service does (audience, age, body digest); null answers 401. */
async function verified(req: IncomingMessage, body: string, identity: StubIdentity): Promise<Actor | null> {
  try {
    const signed = await verifyActor(req.headers[ACTOR_HEADER] as string | undefined, identity.publicKey, identity.name);
    if (signed.body !== bodyDigest(body)) return null;
    acceptedSignatures.push({ audience: identity.name, body: signed.body });
    return signed.actor;
  } catch {
    return null;
  }
}

function listen(server: Server): Promise<RunningServer> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** How many readiness probes the stub subgraphs have answered (the gateway caches its own). */
export const probes = { readyz: 0 };

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => boolean;

/**
 * A real subgraph as the services build theirs: yoga + @apollo/subgraph, the actor verified from the
 * signed header. Errors are deliberately NOT masked here, so the gateway's own masking is what is tested.
 */
async function startSubgraph(sdl: string, resolvers: object, identity: StubIdentity, routes: Route[] = []): Promise<RunningServer> {
  const actors = new WeakMap<IncomingMessage, Actor>();
  const yoga = createYoga<SubgraphContext & { req: IncomingMessage }>({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }),
    maskedErrors: false,
    logging: false,
    context: ({ req }) => ({ actor: actors.get(req)! }),
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === "/readyz") {
      probes.readyz++;
      return void res.writeHead(200).end("ok");
    }
    let body = "";
    for await (const chunk of req) body += chunk;
    const actor = await verified(req, body, identity);
    if (!actor) return void res.writeHead(401).end();
    actors.set(req, actor);
    if (req.url?.startsWith("/internal/")) {
      if (routes.some((route) => route(req, res, body))) return;
      return void res.writeHead(404).end();
    }
    // The body is read already; whatwg-node takes it from here instead of the consumed stream.
    (req as IncomingMessage & { body?: string }).body = body;
    await yoga(req, res, { req });
  };
  // node:http ignores a handler's promise: answer a failure with 500 rather than leave it unhandled.
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  return listen(server);
}

export interface SessionUser {
  userId: string;
  username: string;
  roles: string[];
  unitId: string | null;
  mustChangePassword: boolean;
}

export interface DirectoryState {
  /** sid → the session's user as directory holds it now, or null once it has ended; an unknown sid answers 404 too. */
  sessions: Map<string, SessionUser | null>;
  /** key → partner */
  apiKeys: Map<string, { partnerId: string; name: string; scopes: string[] }>;
  /** actors seen on /internal calls */
  internalActors: Actor[];
}

export async function startDirectory(publicKey: KeyObject, state: DirectoryState): Promise<RunningServer> {
  const json = (res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  const recordActor = async (req: IncomingMessage) => {
    state.internalActors.push((await verifyActor(req.headers[ACTOR_HEADER] as string | undefined, publicKey, "directory")).actor);
  };
  const sessionRoute: Route = (req, res) => {
    const match = /^\/internal\/sessions\/([^/]+)$/.exec(req.url ?? "");
    if (req.method !== "GET" || !match?.[1]) return false;
    void recordActor(req).then(() => {
      const user = state.sessions.get(decodeURIComponent(match[1]!));
      if (!user) json(res, 404, { active: false });
      else json(res, 200, { active: true, user });
    });
    return true;
  };
  const apiKeyRoute: Route = (req, res, body) => {
    if (req.method !== "POST" || req.url !== "/internal/api-keys/verify") return false;
    void recordActor(req).then(() => {
      const partner = state.apiKeys.get((JSON.parse(body) as { key: string }).key);
      if (partner) json(res, 200, partner);
      else json(res, 401, { error: "unknown key" });
    });
    return true;
  };

  const level = { code: "CITY", name: "Thành phố", rank: 1 };
  const unit: { id: string; parentId?: string; [field: string]: unknown } = {
    id: "u1",
    code: "HY",
    name: "UBND thành phố Hưng Yên",
    level,
    validFrom: "2024-01-01",
  };
  const child = { ...unit, id: "u2", code: "P1", name: "Phường Hiến Nam", parentId: "u1" };
  const units = [unit, child];
  const resolvers = {
    Query: {
      units: () => units,
      unit: (_: unknown, { id }: { id: string }) => units.find((u) => u.id === id) ?? null,
      unitLevels: () => [level],
      pagedUnits: (_: unknown, { limit, offset }: { limit: number; offset: number }) => ({
        total: units.length,
        items: units.slice(offset, offset + limit),
      }),
      seen: (_: unknown, __: unknown, ctx: SubgraphContext) => ({
        actorJson: JSON.stringify(ctx.actor),
        actorHeader: ctx.request.headers.get(ACTOR_HEADER),
        forwardedFor: ctx.request.headers.get("x-forwarded-for"),
        correlationId: ctx.request.headers.get(CORRELATION_HEADER),
      }),
      slowEcho: async (_: unknown, { ms, text }: { ms: number; text: string }) => {
        await sleep(ms);
        return text;
      },
      boom: () => {
        throw new Error("connect ECONNREFUSED postgres://admin:hunter2@db");
      },
      forbidden: () => {
        throw new GraphQLError("Không có quyền / Forbidden", { extensions: { code: "FORBIDDEN" } });
      },
    },
    Unit: {
      __resolveReference: (ref: { id: string }) => units.find((u) => u.id === ref.id) ?? null,
      parent: (u: { parentId?: string }) => units.find((p) => p.id === u.parentId) ?? null,
      children: (u: { id: string }) => units.filter((c) => c.parentId === u.id),
      members: () => [],
    },
  };
  return startSubgraph(`${DIRECTORY_SDL}\n${DIRECTORY_TEST_FIELDS}`, resolvers, { name: "directory", publicKey }, [
    sessionRoute,
    apiKeyRoute,
  ]);
}

export async function startPlanning(publicKey: KeyObject): Promise<RunningServer> {
  return startSubgraph(
    PLANNING_SDL,
    { Unit: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }), planningStatus: (u: { id: string }) => `plan-of-${u.id}` } },
    { name: "planning", publicKey },
  );
}
