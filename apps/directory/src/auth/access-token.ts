import { jwtVerify, SignJWT } from "jose";
import { clock, type Role } from "@tthc/service-kit";

/**
 * The access token the gateway accepts (HS256, JWT_SECRET). Short-lived: revocation is seen through
 * the session (`sid`), which the gateway checks at /internal/sessions/:sid.
 */
export interface AccessClaims {
  sub: string;
  sid: string;
  username: string;
  unitId: string | null;
  roles: Role[];
}

export const ACCESS_TOKEN_ISSUER = "tthc-directory";

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signAccessToken(claims: AccessClaims, secret: string, expiresAt: Date, now = clock()): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(sub)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(secret));
}

/** The claims of a valid, unexpired access token; throws for anything else. */
export async function verifyAccessToken(token: string, secret: string, now = clock()): Promise<AccessClaims> {
  const { payload } = await jwtVerify(token, key(secret), {
    algorithms: ["HS256"],
    issuer: ACCESS_TOKEN_ISSUER,
    currentDate: now,
  });
  const { sub, sid, username, unitId, roles } = payload as Partial<AccessClaims>;
  if (!sub || typeof sid !== "string" || typeof username !== "string" || !Array.isArray(roles)) throw new Error("malformed access token");
  return { sub, sid, username, unitId: unitId ?? null, roles };
}
