/** User administration by the city office, and the live session the gateway reads on every request. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAccessToken } from "../src/auth/access-token.ts";
import { actorHeaders, errorCode, gatewayActor, gql, startHarness, unitId, userActor, type GqlResult, type Harness } from "./harness.ts";

const CREATE = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { temporaryPassword user { id username fullName roles mustChangePassword active unit { code } } }
}`;
const SET_ACCESS = `mutation ($id: ID!, $roles: [Role!]!, $unitId: ID) { setUserAccess(id: $id, roles: $roles, unitId: $unitId) { id roles unit { code } } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateUser(id: $id) { id active deactivatedAt } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateUser(id: $id) { id active } }`;
const PAGE = `query ($search: String, $all: Boolean, $limit: Int, $offset: Int) {
  userPage(search: $search, includeDeactivated: $all, limit: $limit, offset: $offset) { total items { username active } }
}`;
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken user { mustChangePassword } } }`;
const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;

interface Created {
  createUser: {
    temporaryPassword: string;
    user: { id: string; username: string; roles: string[]; mustChangePassword: boolean; active: boolean };
  };
}

let h: Harness;

const fieldsOf = (res: GqlResult<unknown>) =>
  ((res.errors?.[0]?.extensions as { errors?: { field: string; messageVi: string; messageEn: string }[] } | undefined)?.errors ?? []).map(
    (e) => e.field,
  );

async function sessionCheck(sid: string) {
  return h.app.inject({ method: "GET", url: `/internal/sessions/${sid}`, headers: await actorHeaders(gatewayActor) });
}

async function create(input: Record<string, unknown>) {
  return gql<Created>(h.app, CREATE, { input }, await userActor(h.db, "admin"));
}

beforeAll(async () => {
  h = await startHarness("users");
});
afterAll(async () => {
  await h?.close();
});

describe("creating accounts", () => {
  it("creates an account with a temporary password shown once, which must be changed", async () => {
    const unit = await unitId(h.db, "hy.tp.p.le-loi");
    const res = await create({ username: " Can.Bo.Moi ", fullName: "  Nguyễn  Thị Mới ", roles: ["UNIT_OFFICER"], unitId: unit });
    expect(res.errors).toBeUndefined();
    const { user, temporaryPassword } = res.data!.createUser;
    expect(user).toMatchObject({
      username: "can.bo.moi",
      fullName: "Nguyễn Thị Mới",
      roles: ["UNIT_OFFICER"],
      mustChangePassword: true,
      active: true,
    });
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{12}$/);
    const stored = await h.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain(temporaryPassword);

    const signedIn = await gql<{ login: { accessToken: string; user: { mustChangePassword: boolean } } }>(h.app, LOGIN, {
      u: "can.bo.moi",
      p: temporaryPassword,
    });
    expect(signedIn.data?.login.user.mustChangePassword).toBe(true);
    const { sid, sub } = await verifyAccessToken(signedIn.data!.login.accessToken, h.env.JWT_SECRET);
    expect((await sessionCheck(sid)).json()).toMatchObject({ active: true, user: { userId: sub, mustChangePassword: true } });

    const actor = { ...(await userActor(h.db, "can.bo.moi")), sessionId: sid };
    expect((await gql(h.app, CHANGE, { c: temporaryPassword, n: "Moi@2026xyz" }, actor)).errors).toBeUndefined();
    expect((await sessionCheck(sid)).json()).toMatchObject({ active: true, user: { mustChangePassword: false } });
  });

  it("reports every problem of the form at once, in both languages, by field", async () => {
    const res = await create({ username: "x", fullName: " ", roles: ["UNIT_OFFICER"], unitId: null });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(res)).toEqual(["username", "fullName", "unitId"]);
    const first = (res.errors![0]!.extensions as { errors: { messageVi: string; messageEn: string }[] }).errors[0]!;
    expect(first.messageVi).toContain("Tên đăng nhập");
    expect(first.messageEn).toContain("Username");

    expect(fieldsOf(await create({ username: "admin", fullName: "Trùng", roles: ["LEADER"] }))).toEqual(["username"]);
    expect(fieldsOf(await create({ username: "nobody.unit", fullName: "Không", roles: ["LEADER"], unitId: "nope" }))).toEqual(["unitId"]);
    expect(fieldsOf(await create({ username: "no.roles", fullName: "Không", roles: [] }))).toEqual(["roles"]);
  });

  it("is the city office's alone", async () => {
    const input = { username: "sneaky", fullName: "Lén", roles: ["CITY_ADMIN"] };
    expect(errorCode(await gql(h.app, CREATE, { input }, await userActor(h.db, "lanhdao")))).toBe("FORBIDDEN");
    expect(errorCode(await gql(h.app, CREATE, { input }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(h.app, PAGE, {}, await userActor(h.db, "phuong.leloi")))).toBe("FORBIDDEN");
    expect(await h.db.user.count({ where: { username: "sneaky" } })).toBe(0);
  });
});

describe("roles, unit and deactivation", () => {
  it("changes roles and unit, seen by the session check at once", async () => {
    const signedIn = await gql<{ login: { accessToken: string } }>(h.app, LOGIN, { u: "phong.tuphap", p: "Tuphap@2024" });
    const { sid, sub } = await verifyAccessToken(signedIn.data!.login.accessToken, h.env.JWT_SECRET);
    const res = await gql(h.app, SET_ACCESS, { id: sub, roles: ["LEADER", "INSPECTOR"], unitId: null }, await userActor(h.db, "admin"));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ setUserAccess: { id: sub, roles: ["LEADER", "INSPECTOR"], unit: null } });
    expect((await sessionCheck(sid)).json()).toMatchObject({ user: { roles: ["LEADER", "INSPECTOR"], unitId: null } });

    const officerWithoutUnit = await gql(h.app, SET_ACCESS, { id: sub, roles: ["UNIT_OFFICER"] }, await userActor(h.db, "admin"));
    expect(fieldsOf(officerWithoutUnit)).toEqual(["unitId"]);
  });

  it("does not let an administrator remove their own administration", async () => {
    const admin = await userActor(h.db, "admin");
    const id = admin.kind === "user" ? admin.userId : "";
    expect(fieldsOf(await gql(h.app, SET_ACCESS, { id, roles: ["LEADER"] }, admin))).toEqual(["roles"]);
    expect(fieldsOf(await gql(h.app, DEACTIVATE, { id }, admin))).toEqual(["id"]);
  });

  it("deactivating ends the sessions and refuses sign-in; reactivating allows it again", async () => {
    const signedIn = await gql<{ login: { accessToken: string } }>(h.app, LOGIN, { u: "kiemtra", p: "Kiemtra@2024" });
    const { sid, sub } = await verifyAccessToken(signedIn.data!.login.accessToken, h.env.JWT_SECRET);
    const admin = await userActor(h.db, "admin");

    const res = await gql<{ deactivateUser: { active: boolean } }>(h.app, DEACTIVATE, { id: sub }, admin);
    expect(res.data?.deactivateUser.active).toBe(false);
    expect((await sessionCheck(sid)).statusCode).toBe(404);
    expect(errorCode(await gql(h.app, LOGIN, { u: "kiemtra", p: "Kiemtra@2024" }))).toBe("ACCOUNT_DEACTIVATED");
    // A wrong password still gets the answer everyone gets: nothing tells a guesser the account is deactivated.
    expect(errorCode(await gql(h.app, LOGIN, { u: "kiemtra", p: "Wrong@2024" }))).toBe("INVALID_CREDENTIALS");

    const page = await gql<{ userPage: { items: { username: string }[] } }>(h.app, PAGE, { search: "kiem" }, admin);
    expect(page.data?.userPage.items).toEqual([]);
    const all = await gql<{ userPage: { items: { username: string; active: boolean }[] } }>(
      h.app,
      PAGE,
      { search: "kiem", all: true },
      admin,
    );
    expect(all.data?.userPage.items).toEqual([{ username: "kiemtra", active: false }]);

    expect((await gql(h.app, REACTIVATE, { id: sub }, admin)).errors).toBeUndefined();
    // The wrong password above made this client wait its first delay (sign-in throttling).
    h.advance(1_000);
    expect((await gql(h.app, LOGIN, { u: "kiemtra", p: "Kiemtra@2024" })).errors).toBeUndefined();
    // The old session stays ended.
    expect((await sessionCheck(sid)).statusCode).toBe(404);
  });
});

describe("the paged list", () => {
  it("pages accounts by username with the total", async () => {
    const admin = await userActor(h.db, "admin");
    const first = await gql<{ userPage: { total: number; items: { username: string }[] } }>(h.app, PAGE, { limit: 2, offset: 0 }, admin);
    const second = await gql<{ userPage: { total: number; items: { username: string }[] } }>(h.app, PAGE, { limit: 2, offset: 2 }, admin);
    expect(first.data!.userPage.items).toHaveLength(2);
    expect(first.data!.userPage.total).toBe(second.data!.userPage.total);
    const names = [...first.data!.userPage.items, ...second.data!.userPage.items].map((u) => u.username);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });
});
