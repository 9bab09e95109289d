import { createHash } from "node:crypto";
import { clock, type Clock } from "@tthc/clock";
import { errors as joseErrors, jwtVerify } from "jose";
import { z } from "zod";
import type { Actor } from "@tthc/service-kit";
import { TtlCache } from "./ttl-cache.ts";
import type { DirectoryClient, Partner } from "./directory-client.ts";

/** A request whose credentials are refused: answered with HTTP 401 and code UNAUTHENTICATED. */
export class AuthenticationError extends Error {}

// Only who and which session: roles and unit in the token are what they were at sign-in, so the
// gateway takes them from directory's live session instead.
const accessTokenClaims = z.object({ sub: z.string().min(1), sid: z.string().min(1) });

export interface AuthenticatorOptions {
  jwtSecret: string;
  directory: DirectoryClient;
  apiKeyCacheMs?: number;
  /** Judges token expiry and the caches' lifetimes; the process clock (TEST_CLOCK in the test stack) by default. */
  clock?: Clock;
}

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

/** Who is calling, and whether their session may only change its password (a temporary one was set). */
export interface Authenticated {
  actor: Actor;
  mustChangePassword: boolean;
}

export type Authenticator = (credentials: Credentials, correlationId: string) => Promise<Authenticated>;

export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const secret = new TextEncoder().encode(options.jwtSecret);
  const now = options.clock ?? clock;
  const nowMs = () => now().getTime();
  // Keyed by a hash so the cache never holds a usable key.
  const apiKeys = new TtlCache<Partner | null>(options.apiKeyCacheMs ?? 30_000, undefined, nowMs);

  /**
   * The session is asked about on every request, never cached: a sign-out, a deactivation or a change
   * of roles or unit takes effect on the user's next request, on every gateway replica, with no
   * invalidation to deliver. It costs one primary-key lookup in directory over loopback per request.
   */
  async function fromBearer(authorization: string, correlationId: string): Promise<Authenticated> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new AuthenticationError("Authorization header must be 'Bearer <token>'");
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(match[1], secret, { algorithms: ["HS256"], requiredClaims: ["exp"], currentDate: now() }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new AuthenticationError("Token expired");
      throw new AuthenticationError("Invalid token");
    }
    const claims = accessTokenClaims.safeParse(payload);
    if (!claims.success) throw new AuthenticationError("Invalid token claims");
    const { sub, sid } = claims.data;

    const user = await options.directory.sessionUser(sid, correlationId);
    if (!user || user.userId !== sub) throw new AuthenticationError("Session revoked");
    const { userId, username, unitId, roles, mustChangePassword } = user;
    return { actor: { kind: "user", userId, username, unitId, roles, sessionId: sid }, mustChangePassword };
  }

  async function fromApiKey(key: string, correlationId: string): Promise<Authenticated> {
    const cacheKey = createHash("sha256").update(key).digest("hex");
    let partner = apiKeys.get(cacheKey);
    if (partner === undefined) {
      partner = await options.directory.verifyApiKey(key, correlationId);
      apiKeys.set(cacheKey, partner);
    }
    if (!partner) throw new AuthenticationError("Unknown API key");
    return {
      actor: { kind: "partner", partnerId: partner.partnerId, name: partner.name, scopes: partner.scopes },
      mustChangePassword: false,
    };
  }

  return async ({ authorization, apiKey }, correlationId) => {
    if (authorization && apiKey) throw new AuthenticationError("Send either a bearer token or an API key, not both");
    if (authorization) return fromBearer(authorization, correlationId);
    if (apiKey) return fromApiKey(apiKey.trim(), correlationId);
    return { actor: { kind: "anonymous" }, mustChangePassword: false };
  };
}
