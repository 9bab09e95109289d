import { createHash } from "node:crypto";
import type { Actor } from "@tthc/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PARTNER } from "../src/seed-data.ts";
import { actorHeaders, errorCode, gatewayActor, gql, startHarness, userActor, type Harness } from "./harness.ts";

let h: Harness;
let admin: Actor;

beforeAll(async () => {
  h = await startHarness("api_keys");
  admin = await userActor(h.db, "admin");
});
afterAll(async () => {
  await h?.close();
});

async function verify(key: unknown, actor: Actor = gatewayActor) {
  const payload = JSON.stringify({ key });
  return h.app.inject({
    method: "POST",
    url: "/internal/api-keys/verify",
    headers: { "content-type": "application/json", ...(await actorHeaders(actor, payload)) },
    payload,
  });
}

/** Every text in the database, to prove a secret is not stored anywhere. */
async function databaseDump(): Promise<string> {
  const tables = await h.db.$queryRawUnsafe<Array<{ table_name: string }>>(
    `SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await h.db.$queryRawUnsafe<Array<{ row: string }>>(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`);
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join("\n");
}

describe("partner API keys", () => {
  it("an admin creates a key shown once; the gateway verifies it; the database holds only its hash", async () => {
    const created = await gql<{ createApiKey: string }>(h.app, `mutation { createApiKey(name: "Cổng dịch vụ công tỉnh") }`, {}, admin);
    const key = created.data!.createApiKey;
    expect(key).toMatch(/^tthc_[A-Za-z0-9_-]{40,}$/);

    const res = await verify(key);
    expect(res.statusCode).toBe(200);
    // Issue 9 item 8: the default is named per service (was the one scope "read").
    expect(res.json()).toMatchObject({
      name: "Cổng dịch vụ công tỉnh",
      scopes: ["directory:read", "complaints:read"],
      partnerId: expect.any(String),
    });
    const dump = await databaseDump();
    expect(dump).toContain(createHash("sha256").update(key).digest("hex"));
    expect(dump).not.toContain(key);
  });

  it("answers 401 for an unknown, malformed or revoked key", async () => {
    expect((await verify("tthc_unknown")).statusCode).toBe(401);
    expect((await verify(42)).statusCode).toBe(401);
    const key = (await gql<{ createApiKey: string }>(h.app, `mutation { createApiKey(name: "Tạm") }`, {}, admin)).data!.createApiKey;
    const { partnerId } = (await verify(key)).json() as { partnerId: string };
    expect((await gql(h.app, `mutation ($id: ID!) { revokeApiKey(id: $id) }`, { id: partnerId }, admin)).data).toEqual({
      revokeApiKey: true,
    });
    expect((await verify(key)).statusCode).toBe(401);
  });

  it("issues a key with catalogue scopes only", async () => {
    const CREATE = `mutation ($s: [String!]) { createApiKey(name: "Hệ thống báo cáo", scopes: $s) }`;
    const key = (await gql<{ createApiKey: string }>(h.app, CREATE, { s: ["reports:read", "reports:read"] }, admin)).data!.createApiKey;
    expect((await verify(key)).json()).toMatchObject({ scopes: ["reports:read"] });
    for (const scopes of [["read"], ["admin:all"], []]) {
      expect(errorCode(await gql(h.app, CREATE, { s: scopes }, admin))).toBe("BAD_USER_INPUT");
    }
  });

  it("verifies the seeded demo partner key", async () => {
    expect((await verify(DEMO_PARTNER.key)).json()).toMatchObject({ name: DEMO_PARTNER.name, scopes: DEMO_PARTNER.scopes });
  });

  it("only admins manage keys, and only the gateway verifies them", async () => {
    const officer = await userActor(h.db, "phong.tuphap");
    expect(errorCode(await gql(h.app, `mutation { createApiKey(name: "x") }`, {}, officer))).toBe("FORBIDDEN");
    expect(errorCode(await gql(h.app, `mutation { revokeApiKey(id: "00000000-0000-0000-0000-000000000000") }`, {}, admin))).toBe(
      "NOT_FOUND",
    );
    expect((await verify(DEMO_PARTNER.key, officer)).statusCode).toBe(403);
    expect((await h.app.inject({ method: "POST", url: "/internal/api-keys/verify", payload: { key: DEMO_PARTNER.key } })).statusCode).toBe(
      401,
    );
  });
});
