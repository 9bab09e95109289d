/** The shapes the UI selects from the GraphQL contract (directory subgraph through the gateway). */

export type Role = "CITY_ADMIN" | "LEADER" | "UNIT_OFFICER" | "INSPECTOR";

export interface UnitLevel {
  code: string;
  name: string;
  rank: number;
}

export interface User {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  unit: { id: string; name: string } | null;
  mustChangePassword: boolean;
}

/** What the client keeps between page loads (see token-store.ts for where and why). */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string; // DateTime scalar, ISO 8601
}
