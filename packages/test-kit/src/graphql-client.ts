/**
 * A GraphQL client for tests and benches that drive a running stack through its gateway (tests/integration,
 * tests/faults, bench/load.ts). Plain fetch: a test sees exactly the status and body the gateway sent.
 */
import type { GqlResult } from "./service.ts";

export async function postGraphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return { status: res.status, ...(JSON.parse(text) as Omit<GqlResult<T>, "status">) };
  } catch {
    // Not the gateway's answer: a proxy's own page (haproxy's 502/503 when no replica could take it).
    return { status: res.status, errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 80)}` }] };
  }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Sign in through the gateway; throws with the gateway's errors when the login is refused. */
export async function loginAt(url: string, username: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
  const r = await postGraphql<{ login: { accessToken: string; refreshToken: string } }>(
    url,
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }`,
    { u: username, p: password },
  );
  if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login;
}
