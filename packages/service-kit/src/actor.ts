import { clock } from "@tthc/clock";
import { SignJWT, jwtVerify } from "jose";

/**
 * Who is making a request, as the gateway established it. Subgraphs never trust a client for this:
 * the gateway signs the actor (ACTOR_SIGNING_SECRET, shared only by the gateway and the services)
 * and a subgraph accepts only a valid, fresh signature, so a direct call to a subgraph cannot
 * claim to be an admin.
 */
export type Role =
  | "CITY_ADMIN" // cán bộ Văn phòng HĐND-UBND (quản trị)
  | "LEADER" // lãnh đạo
  | "UNIT_OFFICER" // cán bộ đơn vị (phòng, ban, phường, xã) — scoped to one unit
  | "INSPECTOR"; // cán bộ kiểm tra

export type Actor =
  | { kind: "user"; userId: string; username: string; unitId: string | null; roles: Role[]; sessionId: string }
  | { kind: "partner"; partnerId: string; name: string; scopes: string[] }
  | { kind: "service"; service: string }
  | { kind: "anonymous" };

export const ACTOR_HEADER = "x-tthc-actor";
export const CORRELATION_HEADER = "x-correlation-id";

const AUDIENCE = "tthc-subgraph";
const ISSUER = "tthc-gateway";
// Short: the signed actor only has to live for one gateway → subgraph hop.
const TTL_SECONDS = 60;

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

// Signed and verified on the process clock: in the test stack the gateway and the subgraphs share a
// TEST_CLOCK, and a signature dated by the wall clock would look decades old or not yet valid.
export async function signActor(actor: Actor, secret: string, now: Date = clock()): Promise<string> {
  return new SignJWT({ actor })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(new Date(now.getTime() + TTL_SECONDS * 1000))
    .sign(key(secret));
}

export class ActorVerificationError extends Error {}

/** Verify the gateway's signature on an actor header; a missing header is an anonymous caller. */
export async function verifyActor(header: string | undefined, secret: string, now: Date = clock()): Promise<Actor> {
  if (!header) return { kind: "anonymous" };
  try {
    const { payload } = await jwtVerify(header, key(secret), {
      audience: AUDIENCE,
      issuer: ISSUER,
      algorithms: ["HS256"],
      currentDate: now,
    });
    const actor = (payload as { actor?: Actor }).actor;
    if (!actor || typeof actor !== "object" || !("kind" in actor)) throw new Error("no actor claim");
    return actor;
  } catch (err) {
    throw new ActorVerificationError(`Invalid actor signature: ${(err as Error).message}`);
  }
}

/** Who acted, as events and audit rows record it: a reference, never names or roles (events are kept forever). */
export interface ActorReference {
  kind: Actor["kind"];
  /** user id, partner id or service name; anonymous callers have none */
  id?: string;
  /** the acting user's unit, when the user belongs to one */
  unitId?: string;
}

export function actorRef(actor: Actor): ActorReference {
  switch (actor.kind) {
    case "user":
      return { kind: "user", id: actor.userId, ...(actor.unitId ? { unitId: actor.unitId } : {}) };
    case "partner":
      return { kind: "partner", id: actor.partnerId };
    case "service":
      return { kind: "service", id: actor.service };
    case "anonymous":
      return { kind: "anonymous" };
  }
}

/** The actor's own id as audit columns store it (user id, partner id, service name, or "anonymous"). */
export function actorId(actor: Actor): string {
  return actorRef(actor).id ?? actor.kind;
}

/** A stable short key for an actor: who did it (audit, file owner) and whose budget it is (rate limits). */
export function actorKey(actor: Actor): string {
  const { id } = actorRef(actor);
  return id ? `${actor.kind}:${id}` : actor.kind;
}
