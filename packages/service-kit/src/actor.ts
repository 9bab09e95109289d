import { clock } from "@tthc/clock";
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { SignJWT, decodeJwt, jwtVerify } from "jose";

/**
 * Who is making a request, as the gateway established it. Subgraphs never trust a client for this:
 * the gateway signs the actor with its Ed25519 private key (ACTOR_SIGNING_KEY, held by the gateway
 * alone) and every subgraph verifies it with the public half (ACTOR_PUBLIC_KEY). A service holding
 * only the public key cannot mint an actor, not even for itself.
 *
 * Each signature is for one hop: its audience is the one subgraph it is sent to, it lives at most
 * ACTOR_TOKEN_TTL_SECONDS, and it carries the SHA-256 of the request body, so a captured header can be
 * neither sent to another subgraph nor attached to another body. Streamed uploads, whose digest the
 * gateway only knows at the end, carry it in a signed trailer instead (`BODY_IN_TRAILER`).
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
/** The trailer of a streamed upload: the gateway's signature over the body's digest. */
export const BODY_SIGNATURE_TRAILER = "x-tthc-body-signature";
/** The `body` claim of a streamed upload's actor: the digest follows in BODY_SIGNATURE_TRAILER. */
export const BODY_IN_TRAILER = "trailer";

const ISSUER = "tthc-gateway";
const ALGORITHM = "EdDSA";
// One gateway → subgraph hop takes milliseconds; ten seconds absorbs a slow subgraph and clock skew
// between hosts, and is the longest a captured header stays usable.
export const ACTOR_TOKEN_TTL_SECONDS = 10;
const CLOCK_TOLERANCE_SECONDS = 1;

/** An Ed25519 key pair as the environment holds it: DER (PKCS#8 / SPKI), base64, one line each. */
export interface ActorKeyPair {
  privateKey: string;
  publicKey: string;
}

/** A fresh key pair (the `actor-keys` command, and the demo and test stacks per run). */
export function generateActorKeys(): ActorKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKey: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64"),
    publicKey: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
  };
}

function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? "a secret key"}`);
  return key;
}

/** The gateway's signing key from its environment value. */
export function actorSigningKey(base64Der: string): KeyObject {
  return ed25519(createPrivateKey({ key: Buffer.from(base64Der, "base64"), format: "der", type: "pkcs8" }));
}

/** A subgraph's verification key from its environment value. */
export function actorPublicKey(base64Der: string): KeyObject {
  return ed25519(createPublicKey({ key: Buffer.from(base64Der, "base64"), format: "der", type: "spki" }));
}

/** The digest a signature binds a body with: SHA-256, base64url. */
export function bodyDigest(body: string | Uint8Array = ""): string {
  return createHash("sha256").update(body).digest("base64url");
}

export interface ActorSignature {
  /** The subgraph (service name) the signed request goes to; no other subgraph accepts it. */
  audience: string;
  /** The exact bytes of the request body ("" when there is none), or BODY_IN_TRAILER for a streamed upload. */
  body?: string | Uint8Array | typeof BODY_IN_TRAILER;
}

interface ActorClaims {
  actor: Actor;
  body: string;
}

// Signed and verified on the process clock: in the test stack the gateway and the subgraphs share a
// TEST_CLOCK, and a signature dated by the wall clock would look decades old or not yet valid.
export async function signActor(actor: Actor, key: KeyObject, signature: ActorSignature, now: Date = clock()): Promise<string> {
  const body = signature.body === BODY_IN_TRAILER ? BODY_IN_TRAILER : bodyDigest(signature.body);
  return new SignJWT({ actor, body } satisfies ActorClaims)
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(ISSUER)
    .setAudience(signature.audience)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(new Date(now.getTime() + ACTOR_TOKEN_TTL_SECONDS * 1000))
    .sign(key);
}

/** Signs actors for one audience with one key (a test suite's stand-in for the gateway). */
export function actorSigner(key: KeyObject, audience: string) {
  return (actor: Actor, body: string | Uint8Array = ""): Promise<string> => signActor(actor, key, { audience, body });
}

/**
 * A fresh key pair and a signer for one service: what that service's test suites use in place of the
 * gateway (the service is given `publicKey`; `sign` is the gateway's side).
 */
export function standInGateway(audience: string) {
  const keys = generateActorKeys();
  return { publicKey: keys.publicKey, sign: actorSigner(actorSigningKey(keys.privateKey), audience) };
}

/** The trailer of a streamed upload signed with `actorToken`: the body's digest, bound to that token. */
export async function signBodyTrailer(actorToken: string, digest: string, key: KeyObject, now: Date = clock()): Promise<string> {
  const { jti, aud } = decodeJwt(actorToken);
  return new SignJWT({ body: digest })
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(ISSUER)
    .setAudience(aud as string)
    .setSubject(jti as string)
    .setIssuedAt(now)
    .setExpirationTime(new Date(now.getTime() + ACTOR_TOKEN_TTL_SECONDS * 1000))
    .sign(key);
}

export class ActorVerificationError extends Error {}

export interface VerifiedActor {
  actor: Actor;
  /** The signed digest of the body, or BODY_IN_TRAILER. */
  body: string;
  /** The token's id (a streamed upload's trailer names it). */
  tokenId: string;
}

async function verifyToken(token: string, key: KeyObject, audience: string, now: Date) {
  return (
    await jwtVerify(token, key, {
      audience,
      issuer: ISSUER,
      algorithms: [ALGORITHM],
      currentDate: now,
      // One second for the clocks of two hosts to differ; the window from issue still ends
      // ACTOR_TOKEN_TTL_SECONDS after it, whatever expiry a token claims.
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      maxTokenAge: ACTOR_TOKEN_TTL_SECONDS - CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp", "iat"],
    })
  ).payload;
}

/** Verify the gateway's signature on an actor header sent to `audience`. */
export async function verifyActor(
  header: string | undefined,
  key: KeyObject,
  audience: string,
  now: Date = clock(),
): Promise<VerifiedActor> {
  if (!header) throw new ActorVerificationError("No actor: requests reach a service only through the gateway");
  try {
    const payload = await verifyToken(header, key, audience, now);
    const { actor, body } = payload as Partial<ActorClaims>;
    if (!actor || typeof actor !== "object" || !("kind" in actor)) throw new Error("no actor claim");
    if (typeof body !== "string" || !payload.jti) throw new Error("no body digest");
    return { actor, body, tokenId: payload.jti };
  } catch (err) {
    throw new ActorVerificationError(`Invalid actor signature: ${(err as Error).message}`);
  }
}

/** The digest a streamed upload's trailer signs, after checking it belongs to the actor token `tokenId`. */
export async function verifyBodyTrailer(
  trailer: string | undefined,
  key: KeyObject,
  audience: string,
  tokenId: string,
  now: Date = clock(),
) {
  if (!trailer) throw new ActorVerificationError("The upload's body signature trailer is missing");
  try {
    const payload = await verifyToken(trailer, key, audience, now);
    if (payload.sub !== tokenId || typeof payload.body !== "string") throw new Error("not this request's trailer");
    return payload.body;
  } catch (err) {
    throw new ActorVerificationError(`Invalid body signature: ${(err as Error).message}`);
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
