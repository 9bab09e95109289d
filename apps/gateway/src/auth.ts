import { createHash } from "node:crypto";
import { clock, type Clock } from "@tthc/clock";
import { errors as joseErrors, jwtVerify } from "jose";
import { z } from "zod";
import type { Actor } from "@tthc/service-kit";
import { TtlCache } from "./ttl-cache.ts";
import type { DirectoryClient, Partner } from "./directory-client.ts";

/** A request whose credentials are refused: answered with HTTP 401 and code UNAUTHENTICATED. */
export class AuthenticationError extends Error {}

const accessTokenClaims = z.object({
  sub: z.string().min(1),
  sid: z.string().min(1),
  username: z.string().min(1),
  unitId: z.string().min(1).nullable(),
  roles: z.array(z.enum(["CITY_ADMIN", "LEADER", "UNIT_OFFICER", "INSPECTOR"])),
});

export interface AuthenticatorOptions {
  jwtSecret: string;
  directory: DirectoryClient;
  /** How long a session check is trusted; bounds how late a logout takes effect. */
  sessionCacheMs?: number;
  apiKeyCacheMs?: number;
  /** Judges token expiry and the caches' lifetimes; the process clock (TEST_CLOCK in the test stack) by default. */
  clock?: Clock;
}

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

export type Authenticator = (credentials: Credentials, correlationId: string) => Promise<Actor>;

export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const secret = new TextEncoder().encode(options.jwtSecret);
  const now = options.clock ?? clock;
  const nowMs = () => now().getTime();
  const sessions = new TtlCache<boolean>(options.sessionCacheMs ?? 5_000, undefined, nowMs);
  // Keyed by a hash so the cache never holds a usable key.
  const apiKeys = new TtlCache<Partner | null>(options.apiKeyCacheMs ?? 30_000, undefined, nowMs);

  async function fromBearer(authorization: string, correlationId: string): Promise<Actor> {
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
    const { sub, sid, username, unitId, roles } = claims.data;

    let active = sessions.get(sid);
    if (active === undefined) {
      active = await options.directory.isSessionActive(sid, correlationId);
      sessions.set(sid, active);
    }
    if (!active) throw new AuthenticationError("Session revoked");
    return { kind: "user", userId: sub, username, unitId, roles, sessionId: sid };
  }

  async function fromApiKey(key: string, correlationId: string): Promise<Actor> {
    const cacheKey = createHash("sha256").update(key).digest("hex");
    let partner = apiKeys.get(cacheKey);
    if (partner === undefined) {
      partner = await options.directory.verifyApiKey(key, correlationId);
      apiKeys.set(cacheKey, partner);
    }
    if (!partner) throw new AuthenticationError("Unknown API key");
    return { kind: "partner", partnerId: partner.partnerId, name: partner.name, scopes: partner.scopes };
  }

  return async ({ authorization, apiKey }, correlationId) => {
    if (authorization && apiKey) throw new AuthenticationError("Send either a bearer token or an API key, not both");
    if (authorization) return fromBearer(authorization, correlationId);
    if (apiKey) return fromApiKey(apiKey.trim(), correlationId);
    return { kind: "anonymous" };
  };
}
