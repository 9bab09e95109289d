import { describe, expect, it } from "vitest";
import { createApiClient } from "../src/api/client.ts";
import { ApiError } from "../src/api/errors.ts";
import { postGraphQL, type FetchLike } from "../src/api/graphql.ts";
import { newTraceparent } from "../src/api/trace.ts";
import { memoryTokenStore } from "../src/api/token-store.ts";
import type { Tokens } from "../src/api/types.ts";

/** A scripted HTTP transport: each call answers with the next reply and records what was sent. */
function scripted(...replies: ((body: { query: string; variables?: Record<string, unknown> }) => { status?: number; json: unknown })[]) {
  const calls: { authorization?: string; query: string; variables?: Record<string, unknown> }[] = [];
  const fetchImpl: FetchLike = async (_url, init) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables?: Record<string, unknown> };
    calls.push({ authorization: (init.headers as Record<string, string>).authorization, ...body });
    const reply = replies.shift();
    if (!reply) throw new Error("unexpected request");
    const { status = 200, json } = reply(body);
    return new Response(JSON.stringify(json), { status, headers: { "content-type": "application/json" } });
  };
  return { fetchImpl, calls };
}

const NOW = Date.parse("2025-07-01T08:00:00Z");
const tokens = (n: number, expiresInMs: number): Tokens => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  accessTokenExpiresAt: new Date(NOW + expiresInMs).toISOString(),
});
const gqlError = (code: string) => () => ({ json: { errors: [{ message: "server text", extensions: { code } }], data: null } });
const ok = (data: unknown) => () => ({ json: { data } });

describe("postGraphQL", () => {
  it("turns extensions.code into an ApiError code", async () => {
    const { fetchImpl } = scripted(gqlError("INVALID_CREDENTIALS"));
    await expect(postGraphQL(fetchImpl, "/graphql", "mutation { x }", undefined)).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
  });

  it("maps an unreachable server to NETWORK and a bodyless 429 to RATE_LIMITED", async () => {
    const down: FetchLike = () => Promise.reject(new TypeError("fetch failed"));
    await expect(postGraphQL(down, "/graphql", "{ me { id } }", undefined)).rejects.toMatchObject({ code: "NETWORK" });
    const limited: FetchLike = async () => new Response("slow down", { status: 429 });
    await expect(postGraphQL(limited, "/graphql", "{ me { id } }", undefined)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("starts a new sampled W3C trace with each request, which the gateway continues", async () => {
    const sent: string[] = [];
    const capture: FetchLike = async (_url, init) => {
      sent.push((init.headers as Record<string, string>).traceparent!);
      return new Response(JSON.stringify({ data: { me: null } }), { headers: { "content-type": "application/json" } });
    };
    await postGraphQL(capture, "/graphql", "{ me { id } }", undefined);
    await postGraphQL(capture, "/graphql", "{ me { id } }", undefined);
    for (const header of sent) expect(header).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(sent[0]!.slice(3, 35)).not.toBe(sent[1]!.slice(3, 35));
    expect(newTraceparent((n) => new Uint8Array(n))).toMatch(/^00-0{31}1-0{15}1-01$/);
  });
});

describe("api client session", () => {
  it("logs in, keeps the tokens and sends the bearer header", async () => {
    const store = memoryTokenStore();
    const { fetchImpl, calls } = scripted(
      ok({
        login: {
          ...tokens(1, 900_000),
          user: { id: "u1", username: "admin", fullName: "Quản trị", roles: ["CITY_ADMIN"], unit: null, mustChangePassword: false },
        },
      }),
      ok({ me: { id: "u1" } }),
    );
    const api = createApiClient({ store, fetch: fetchImpl, now: () => NOW });
    const user = await api.login("admin", "secret");
    expect(user.username).toBe("admin");
    expect(store.load()?.accessToken).toBe("access-1");
    await api.request("{ me { id } }");
    expect(calls[0]?.authorization).toBeUndefined();
    expect(calls[1]?.authorization).toBe("Bearer access-1");
  });

  it("refreshes shortly before expiry, once for concurrent requests", async () => {
    const store = memoryTokenStore(tokens(1, 30_000));
    const { fetchImpl, calls } = scripted(ok({ refreshSession: tokens(2, 900_000) }), ok({ a: 1 }), ok({ b: 2 }));
    const api = createApiClient({ store, fetch: fetchImpl, now: () => NOW });
    await Promise.all([api.request("{ a }"), api.request("{ b }")]);
    expect(calls.map((c) => c.variables?.refreshToken ?? c.authorization)).toEqual(["refresh-1", "Bearer access-2", "Bearer access-2"]);
    expect(store.load()?.refreshToken).toBe("refresh-2");
  });

  it("refreshes once on UNAUTHENTICATED and retries the request", async () => {
    const store = memoryTokenStore(tokens(1, 900_000));
    const { fetchImpl, calls } = scripted(gqlError("UNAUTHENTICATED"), ok({ refreshSession: tokens(2, 900_000) }), ok({ units: [] }));
    const api = createApiClient({ store, fetch: fetchImpl, now: () => NOW });
    await expect(api.request("{ units { id } }")).resolves.toEqual({ units: [] });
    expect(calls.map((c) => c.authorization ?? "refresh")).toEqual(["Bearer access-1", "refresh", "Bearer access-2"]);
  });

  it("ends the session when the refresh is refused", async () => {
    const store = memoryTokenStore(tokens(1, 900_000));
    const { fetchImpl } = scripted(gqlError("UNAUTHENTICATED"), gqlError("UNAUTHENTICATED"));
    const api = createApiClient({ store, fetch: fetchImpl, now: () => NOW });
    let ended = 0;
    api.onSessionEnded(() => ended++);
    const err = await api.request("{ units { id } }").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe("UNAUTHENTICATED");
    expect(ended).toBe(1);
    expect(store.load()).toBeNull();
  });

  it("keeps the session when the refresh only failed to reach the server", async () => {
    const store = memoryTokenStore(tokens(1, 10_000));
    const api = createApiClient({ store, fetch: () => Promise.reject(new TypeError("fetch failed")), now: () => NOW });
    await expect(api.request("{ a }")).rejects.toMatchObject({ code: "NETWORK" });
    expect(store.load()?.refreshToken).toBe("refresh-1");
  });

  it("logs out locally even when the server cannot be told", async () => {
    const store = memoryTokenStore(tokens(1, 900_000));
    const api = createApiClient({ store, fetch: () => Promise.reject(new TypeError("fetch failed")), now: () => NOW });
    await api.logout();
    expect(api.hasSession()).toBe(false);
  });
});

describe("api client refresh races", () => {
  it("reuses tokens another request already rotated instead of presenting a spent refresh token", async () => {
    const store = memoryTokenStore(tokens(1, 900_000));
    let releaseSlow: () => void = () => undefined;
    const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
    const calls: string[] = [];
    const fetchImpl: FetchLike = async (_url, init) => {
      const body = JSON.parse(String(init.body)) as { query: string };
      const auth = (init.headers as Record<string, string>).authorization;
      calls.push(`${body.query} ${auth ?? ""}`.trim());
      const reply = (json: unknown) => new Response(JSON.stringify(json), { status: 200 });
      if (body.query.includes("refreshSession")) return reply({ data: { refreshSession: tokens(2, 900_000) } });
      if (auth === "Bearer access-1") {
        // The slow request is refused only after the fast one has already refreshed.
        if (body.query === "{ slow }") await slowGate;
        return reply({ errors: [{ message: "expired", extensions: { code: "UNAUTHENTICATED" } }] });
      }
      return reply({ data: { ok: body.query } });
    };
    const api = createApiClient({ store, fetch: fetchImpl, now: () => NOW });
    const slow = api.request("{ slow }");
    await api.request("{ fast }");
    releaseSlow();
    await expect(slow).resolves.toEqual({ ok: "{ slow }" });
    expect(calls.filter((c) => c.includes("refreshSession"))).toHaveLength(1);
    expect(store.load()?.refreshToken).toBe("refresh-2");
  });
});
