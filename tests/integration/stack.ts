/** The running test stack (infra/stack/up.ts test writes .data/run/test/stack.json) and a GraphQL client for it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loginAt, postGraphql, stackClock, type GqlResult } from "@tthc/test-kit";
import { SignJWT } from "jose";

const ROOT = new URL("../..", import.meta.url).pathname;

export interface Stack {
  gatewayUrl: string;
  webUrl: string;
  kafkaBrokers: string;
  servicePorts: Record<string, number>;
  databaseUrls: Record<string, string>;
  secrets: { jwt: string; actor: { privateKey: string; publicKey: string } };
  /** Where the stack's processes send their traces (infra/stack/config.ts); tracing.test.ts listens there. */
  otlpEndpoint?: string;
}

// The test command runs these against the "test" profile; STACK_PROFILE=demo points them at `npm start`.
export const stack: Stack = JSON.parse(readFileSync(join(ROOT, `.data/run/${process.env.STACK_PROFILE ?? "test"}/stack.json`), "utf8"));

/** "Now" for the running stack (its TEST_CLOCK), for tests that need today's date or an expired token. */
export const now = stackClock();

export { bearer, type GqlResult } from "@tthc/test-kit";

export function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  url = stack.gatewayUrl,
): Promise<GqlResult<T>> {
  return postGraphql<T>(url, query, variables, headers);
}

export const login = (username: string, password: string) => loginAt(stack.gatewayUrl, username, password);

/** An access token signed with the stack's own secret, for cases no login can produce (e.g. already expired). */
export async function craftToken(claims: Record<string, unknown>, expiresAt: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(expiresAt - 900)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(stack.secrets.jwt));
}
