import { randomUUID } from "node:crypto";
/**
 * User administration and sessions through the gateway (issue 9, items 2 and 3): the gateway acts with
 * the session's live roles and unit, a change reaches the user's very next request, and a session
 * holding a temporary password can do nothing but change it.
 */
import { decodeJwt } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, craftToken, gql, login, now } from "./stack.ts";

const ADMIN_ONLY = `{ users { id } }`;
const UNITS = `{ units { id } }`;
const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { temporaryPassword user { id } } }`;
const SET_ACCESS = `mutation ($id: ID!, $roles: [Role!]!, $unitId: ID) { setUserAccess(id: $id, roles: $roles, unitId: $unitId) { id } }`;
const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;

let admin: Record<string, string>;
// Accounts this run creates: unique, so the suite also runs again against a stack it already ran on.
const RUN = randomUUID().slice(0, 8);

/** A new account, signed in with its temporary password and then with a password of its own. */
async function newUser(username: string, roles: string[]): Promise<{ id: string; headers: Record<string, string> }> {
  const created = await gql<{ createUser: { temporaryPassword: string; user: { id: string } } }>(
    CREATE,
    { input: { username, fullName: `Người dùng ${username}`, roles } },
    admin,
  );
  expect(created.errors).toBeUndefined();
  const { temporaryPassword, user } = created.data!.createUser;
  const first = bearer((await login(username, temporaryPassword)).accessToken);
  expect((await gql(CHANGE, { c: temporaryPassword, n: "Rieng@2026abc" }, first)).errors).toBeUndefined();
  return { id: user.id, headers: first };
}

beforeAll(async () => {
  admin = bearer((await login("admin", "Admin@2024")).accessToken);
});

describe("the gateway takes roles and unit from the live session", () => {
  it("refuses admin operations to a token whose claims say CITY_ADMIN for a user who is not", async () => {
    const { accessToken } = await login("phuong.leloi", "Leloi@2024");
    const { sub, sid, username } = decodeJwt(accessToken);
    const forged = await craftToken({ sub, sid, username, unitId: null, roles: ["CITY_ADMIN"] }, Math.floor(now().getTime() / 1000) + 600);
    const res = await gql(ADMIN_ONLY, {}, bearer(forged));
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(res.data?.users ?? null).toBeNull();
  });

  it("a change of roles takes effect on the user's next request, both ways", async () => {
    const user = await newUser(`thu.quyen.${RUN}`, ["LEADER"]);
    expect((await gql(ADMIN_ONLY, {}, user.headers)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    expect((await gql(SET_ACCESS, { id: user.id, roles: ["CITY_ADMIN"] }, admin)).errors).toBeUndefined();
    // No waiting: the very next request (same access token) already has the new role.
    expect((await gql(ADMIN_ONLY, {}, user.headers)).errors).toBeUndefined();

    expect((await gql(SET_ACCESS, { id: user.id, roles: ["LEADER"] }, admin)).errors).toBeUndefined();
    expect((await gql(ADMIN_ONLY, {}, user.headers)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("deactivating a user ends their session on their next request and refuses sign-in", async () => {
    const user = await newUser(`tam.nghi.${RUN}`, ["INSPECTOR"]);
    expect((await gql(UNITS, {}, user.headers)).errors).toBeUndefined();

    expect((await gql(`mutation ($id: ID!) { deactivateUser(id: $id) { active } }`, { id: user.id }, admin)).errors).toBeUndefined();
    const refused = await gql(UNITS, {}, user.headers);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const again = await gql(`mutation ($u: String!) { login(username: $u, password: "Rieng@2026abc") { accessToken } }`, {
      u: `tam.nghi.${RUN}`,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe("ACCOUNT_DEACTIVATED");
  });

  it("user administration is the city office's alone, with field-level bilingual errors", async () => {
    const officer = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
    const input = { username: "khong.duoc", fullName: "Không được", roles: ["CITY_ADMIN"] };
    expect((await gql(CREATE, { input }, officer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const bad = await gql(CREATE, { input: { username: "?", fullName: "", roles: ["UNIT_OFFICER"] } }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const errors = (bad.errors?.[0]?.extensions as { errors?: { field: string; messageVi: string; messageEn: string }[] }).errors ?? [];
    expect(errors.map((e) => e.field)).toEqual(["username", "fullName", "unitId"]);
    expect(errors.every((e) => e.messageVi && e.messageEn)).toBe(true);
  });
});

describe("a temporary password must be changed before anything else", () => {
  it("refuses every other operation with PASSWORD_CHANGE_REQUIRED until the password is changed", async () => {
    const temporary = "TamThoi2026x";
    const users = await gql<{ users: { id: string; username: string }[] }>(`{ users { id username } }`, {}, admin);
    const target = users.data!.users.find((u) => u.username === "phong.tuphap")!;
    const reset = await gql(
      `mutation ($id: ID!, $p: String!) { resetPassword(userId: $id, temporaryPassword: $p) }`,
      { id: target.id, p: temporary },
      admin,
    );
    expect(reset.errors).toBeUndefined();

    const headers = bearer((await login("phong.tuphap", temporary)).accessToken);
    for (const query of [UNITS, `{ me { id } units { id } }`, `{ myNotifications { id } }`]) {
      const refused = await gql(query, {}, headers);
      expect(refused.errors?.[0]?.extensions?.code, query).toBe("PASSWORD_CHANGE_REQUIRED");
      expect(refused.data ?? null, query).toBeNull();
    }
    const me = await gql<{ me: { username: string; mustChangePassword: boolean } }>(`{ me { username mustChangePassword } }`, {}, headers);
    expect(me.data?.me).toEqual({ username: "phong.tuphap", mustChangePassword: true });

    expect((await gql(CHANGE, { c: temporary, n: "Tuphap@2024" }, headers)).errors).toBeUndefined();
    // The same access token: the session no longer holds a temporary password.
    expect((await gql(UNITS, {}, headers)).errors).toBeUndefined();
  });
});
