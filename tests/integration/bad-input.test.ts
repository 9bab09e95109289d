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

  it("five wrong passwords lock the account, and then even the right one is refused", async () => {
    for (let i = 1; i <= 5; i++) {
      const r = await gql(`mutation { login(username: "kiemtra", password: "wrong-${i}") { accessToken } }`);
      // The fifth failure is the one that locks, and it already says so.
      expect(r.errors?.[0]?.extensions?.code).toBe(i < 5 ? "INVALID_CREDENTIALS" : "ACCOUNT_LOCKED");
    }
    const locked = await gql(`mutation { login(username: "kiemtra", password: "Kiemtra@2024") { accessToken } }`);
    expect(locked.errors?.[0]?.extensions?.code).toBe("ACCOUNT_LOCKED");
    expect(locked.data?.login ?? null).toBeNull();
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

  it("a service with a missing env variable stops and names it", () => {
    const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["src/main.ts"], {
      cwd: join(ROOT, "apps/planning"),
      env: { PATH: process.env.PATH, PORT: "5999", KAFKA_BROKERS: stack.kafkaBrokers, ACTOR_SIGNING_SECRET: stack.secrets.actor },
      encoding: "utf8",
      // A cold tsx start of a service takes tens of seconds on a busy 2-core machine.
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toMatch(/DATABASE_URL/);
  }, 150_000);
});
