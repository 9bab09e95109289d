import { SignJWT } from "jose";

export interface TokenClaims {
  sub: string;
  sid: string;
  username: string;
  unitId: string | null;
  roles: string[];
}

/** An access token as directory issues them (HS256, JWT_SECRET). */
export function accessToken(secret: string, claims: TokenClaims, expiresIn: string | number = "15m"): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
