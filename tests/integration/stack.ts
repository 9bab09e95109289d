/** The running test stack (infra/stack/up.ts test writes .data/run/test/stack.json) and a GraphQL client for it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stackClock } from "@tthc/test-kit";
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

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  url = stack.gatewayUrl,
): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResult<T>, "status">;
  return { status: res.status, ...body };
}

export async function login(username: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
  const r = await gql<{ login: { accessToken: string; refreshToken: string } }>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }`,
    { u: username, p: password },
  );
  if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** An access token signed with the stack's own secret, for cases no login can produce (e.g. already expired). */
export async function craftToken(claims: Record<string, unknown>, expiresAt: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(expiresAt - 900)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(stack.secrets.jwt));
}
