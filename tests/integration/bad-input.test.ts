/** Bad input through the running stack: each gets a clear error and changes nothing (issue: Foundation). */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { waitFor } from "@tthc/test-kit";
import { bearer, craftToken, gql, login, now, stack } from "./stack.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const UNITS = `{ units { id name } }`;

describe("the gateway refuses bad input clearly", () => {
  it("a malformed GraphQL request", async () => {
    const r = await gql(`{ units { id `);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/Syntax Error/i);
  });

  // Sign-in throttling: each failure makes that client's next attempt wait (1 s, doubling to 15 min),
  // and the account's failures hold only the clients that failed on it. Each case signs in from its own
  // addresses (the gateway believes X-Forwarded-For from this host, as from the web server).
  const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;
  // Addresses of this run only, so a second run against the same stack starts from clean client counters.
  const net = 1 + Math.floor(Math.random() * 250);
  const from = (host: string) => ({ "x-forwarded-for": `10.${net}.${host}` });
  const answer = (r: Awaited<ReturnType<typeof gql>>) => {
    const error = r.errors?.[0] as { message: string; extensions?: Record<string, unknown> } | undefined;
    return [error?.extensions?.code, error?.extensions?.retryAfterSeconds, error?.message];
  };

  it("a burst of parallel wrong passwords: one is verified, the rest are refused unverified", async () => {
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(LOGIN, { u: "kiemtra", p: `wrong-${i}` }, from("1.101"))));
    expect(burst.map((r) => r.errors?.[0]?.extensions?.code).sort()).toEqual([
      "INVALID_CREDENTIALS",
      ...Array<string>(5).fill("RATE_LIMITED"),
    ]);
    // Inside its delay this client's attempts are not checked at all, so the right password says nothing either.
    const right = await gql(LOGIN, { u: "kiemtra", p: "Kiemtra@2024" }, from("1.101"));
    expect(right.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(right.data?.login ?? null).toBeNull();
  });

  it("other clients' failures never refuse the owner's right password", async () => {
    for (let i = 1; i <= 6; i++) {
      const r = await gql(LOGIN, { u: "phong.tuphap", p: `wrong-${i}` }, from(`2.${i}`));
      expect(r.errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
    }
    const owner = await gql<{ login: { accessToken: string } }>(LOGIN, { u: "phong.tuphap", p: "Tuphap@2024" }, from("2.120"));
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.login.accessToken).toBeTruthy();
  });

  it("an unknown username gets exactly the answers a real one gets", async () => {
    const answers = async (username: string, block: number) => {
      const out: unknown[][] = [];
      for (let i = 1; i <= 6; i++) out.push(answer(await gql(LOGIN, { u: username, p: `wrong-${i}` }, from(`${block}.${i}`))));
      // Again from the last address, at once: refused with the account's delay, as for any account.
      out.push(answer(await gql(LOGIN, { u: username, p: "wrong-7" }, from(`${block}.6`))));
      return out;
    };
    const [known, unknown] = await Promise.all([answers("lanhdao", 4), answers("khong.ton.tai", 5)]);
    expect(unknown).toEqual(known);
    // The account's delay (32 s after six failures on a fresh stack), not just the client's own 1 s.
    expect(known.at(-1)?.[0]).toBe("RATE_LIMITED");
    expect(known.at(-1)?.[1]).toBeGreaterThanOrEqual(30);
  });

  it("a wrong current password in changePassword counts like a failed sign-in", async () => {
    const signedIn = await gql<{ login: { accessToken: string } }>(LOGIN, { u: "phuong.leloi", p: "Leloi@2024" }, from("3.130"));
    const headers = { ...bearer(signedIn.data!.login.accessToken), ...from("3.130") };
    const CHANGE = `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "Never@20250") }`;
    expect((await gql(CHANGE, { c: "not-it-1" }, headers)).errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
    expect((await gql(CHANGE, { c: "not-it-2" }, headers)).errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("an expired token", async () => {
    const token = await craftToken(
      { sub: "u", sid: "s", username: "admin", unitId: null, roles: ["CITY_ADMIN"] },
      Math.floor(now().getTime() / 1000) - 60,
    );
    const r = await gql(UNITS, {}, bearer(token));
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(r.errors?.[0]?.message).toMatch(/expired/i);
  });

  it("a revoked token (after logout)", async () => {
    const { accessToken, refreshToken } = await login("admin", "Admin@2024");
    expect((await gql(UNITS, {}, bearer(accessToken))).data).toBeDefined();
    await gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: refreshToken }, bearer(accessToken));
    const r = await waitFor(async () => {
      const res = await gql(UNITS, {}, bearer(accessToken));
      return res.status === 401 ? res : undefined;
    }, 15_000);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("an unknown API key", async () => {
    const r = await gql(UNITS, {}, { "x-api-key": "tthc_unknown_key_000000" });
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a forged actor header sent straight to a subgraph", async () => {
    const forged = Buffer.from(JSON.stringify({ kind: "user", roles: ["CITY_ADMIN"] })).toString("base64url");
    const r = await gql(
      `mutation { createApiKey(name: "forged") }`,
      {},
      { "x-tthc-actor": `eyJhbGciOiJIUzI1NiJ9.${forged}.c2lnbmF0dXJl` },
      `http://127.0.0.1:${stack.servicePorts.directory}/graphql`,
    );
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(r.data?.createApiKey ?? null).toBeNull();
  });

  it("a request with no actor straight to any subgraph, while its health probe answers", async () => {
    for (const [service, port] of Object.entries(stack.servicePorts)) {
      const r = await gql(`{ __typename }`, {}, {}, `http://127.0.0.1:${port}/graphql`);
      expect({ service, status: r.status, code: r.errors?.[0]?.extensions?.code }).toEqual({
        service,
        status: 401,
        code: "UNAUTHENTICATED",
      });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    }
  });

  it("a service with a missing env variable stops and names it", () => {
    const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/main.ts"], {
      cwd: join(ROOT, "apps/planning"),
      env: { PATH: process.env.PATH, PORT: "5999", KAFKA_BROKERS: stack.kafkaBrokers, ACTOR_PUBLIC_KEY: stack.secrets.actor.publicKey },
      encoding: "utf8",
      // A cold tsx start of a service takes tens of seconds on a busy 2-core machine.
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toMatch(/DATABASE_URL/);
  }, 150_000);

  it("the gateway given the secret docker-compose.yml used to default to refuses to start and names it", () => {
    const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/main.ts"], {
      cwd: join(ROOT, "apps/gateway"),
      env: {
        PATH: process.env.PATH,
        PORT: "5998",
        JWT_SECRET: "change-me-jwt-secret-at-least-32-chars",
        ACTOR_SIGNING_KEY: stack.secrets.actor.privateKey,
        ...Object.fromEntries(
          Object.entries(stack.servicePorts).map(([name, port]) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${port}`]),
        ),
      },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toMatch(/JWT_SECRET: is a placeholder/);
  }, 150_000);

  it("the demo seed (published logins and partner key) refuses to run outside the demo and test stacks", () => {
    const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/seed.ts"], {
      cwd: join(ROOT, "apps/directory"),
      env: { PATH: process.env.PATH, DATABASE_URL: stack.databaseUrls.directory },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toMatch(/STACK_PROFILE: required/);
  }, 150_000);
});
