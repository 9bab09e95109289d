import { clock } from "@tthc/service-kit";
import { SignJWT } from "jose";

export interface TokenClaims {
  sub: string;
  sid: string;
  username: string;
  unitId: string | null;
  roles: string[];
}

/**
 * An access token as directory issues them (HS256, JWT_SECRET), expiring at `expiresAt` (epoch
 * seconds): 15 minutes from now on the process clock, the one the gateway judges expiry by.
 */
export function accessToken(secret: string, claims: TokenClaims, expiresAt?: number): Promise<string> {
  const now = clock();
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(now)
    .setExpirationTime(expiresAt ?? Math.floor(now.getTime() / 1000) + 15 * 60)
    .sign(new TextEncoder().encode(secret));
}
