import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clock, signActor } from "@tthc/service-kit";
import { verifyAccessToken } from "../src/auth/access-token.ts";
import { actorHeaders, ACTOR_SECRET, errorCode, gatewayActor, gql, startHarness, userActor, type Harness } from "./harness.ts";

const LOGIN = `mutation ($u: String!, $p: String!) {
  login(username: $u, password: $p) { accessToken refreshToken accessTokenExpiresAt user { id username roles mustChangePassword unit { name } } }
}`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation ($t: String!) { logout(refreshToken: $t) }`;

interface Tokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  user: { id: string; username: string; roles: string[]; mustChangePassword: boolean; unit: { name: string } | null };
}

let h: Harness;

async function login(username: string, password: string) {
  return gql<{ login: Tokens }>(h.app, LOGIN, { u: username, p: password });
}

async function sessionCheck(sid: string, actor = gatewayActor) {
  return h.app.inject({ method: "GET", url: `/internal/sessions/${sid}`, headers: await actorHeaders(actor) });
}

beforeAll(async () => {
  h = await startHarness("auth");
});
afterAll(async () => {
  await h?.close();
});

describe("password login", () => {
  it("signs a demo user in with an access token carrying the agreed claims", async () => {
    const before = clock().getTime();
    const res = await login("phuong.leloi", "Leloi@2024");
    expect(res.errors).toBeUndefined();
    const tokens = res.data!.login;
    expect(tokens.user).toMatchObject({
      username: "phuong.leloi",
      roles: ["UNIT_OFFICER"],
      mustChangePassword: false,
      unit: { name: "UBND phường Lê Lợi" },
    });
    const claims = await verifyAccessToken(tokens.accessToken, h.env.JWT_SECRET);
    const user = await h.db.user.findUniqueOrThrow({ where: { username: "phuong.leloi" } });
    expect(claims).toMatchObject({ sub: user.id, username: "phuong.leloi", unitId: user.unitId, roles: ["UNIT_OFFICER"] });
    const ttl = new Date(tokens.accessTokenExpiresAt).getTime() - before;
    expect(ttl).toBeGreaterThan(14 * 60_000);
    expect(ttl).toBeLessThanOrEqual(15 * 60_000 + 5_000);
    expect((await sessionCheck(claims.sid)).json()).toEqual({
      active: true,
      user: { userId: user.id, username: "phuong.leloi", roles: ["UNIT_OFFICER"], unitId: user.unitId, mustChangePassword: false },
    });
  });

  it("gives the same answer for an unknown user and a wrong password", async () => {
    const unknown = await login("nobody", "Whatever@2024");
    const wrong = await login("phong.tuphap", "Wrong@2024");
    expect(errorCode(unknown)).toBe("INVALID_CREDENTIALS");
    expect(errorCode(wrong)).toBe("INVALID_CREDENTIALS");
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it("locks the account after 5 consecutive failures, even against the right password", async () => {
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) codes.push(errorCode(await login("phuong.minhkhai", `Wrong@${i}`)));
    expect(codes).toEqual(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "ACCOUNT_LOCKED"]);

    const locked = await login("phuong.minhkhai", "Minhkhai@2024");
    expect(errorCode(locked)).toBe("ACCOUNT_LOCKED");
    expect(locked.data).toBeNull();

    h.advance(16 * 60_000);
    const after = await login("phuong.minhkhai", "Minhkhai@2024");
    expect(after.errors).toBeUndefined();
    expect(after.data!.login.user.username).toBe("phuong.minhkhai");
  });

  it("counts only consecutive failures", async () => {
    for (let i = 0; i < 4; i++) expect(errorCode(await login("kiemtra", "Wrong@2024"))).toBe("INVALID_CREDENTIALS");
    expect((await login("kiemtra", "Kiemtra@2024")).errors).toBeUndefined();
    for (let i = 0; i < 4; i++) expect(errorCode(await login("kiemtra", "Wrong@2024"))).toBe("INVALID_CREDENTIALS");
    expect((await login("kiemtra", "Kiemtra@2024")).errors).toBeUndefined();
  });
});

describe("refresh tokens and sessions", () => {
  it("rotates the refresh token and rejects the old one", async () => {
    const first = (await login("phong.tuphap", "Tuphap@2024")).data!.login;
    const second = await gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(h.app, REFRESH, { t: first.refreshToken });
    expect(second.errors).toBeUndefined();
    expect(second.data!.refreshSession.refreshToken).not.toBe(first.refreshToken);

    const replay = await gql(h.app, REFRESH, { t: first.refreshToken });
    expect(errorCode(replay)).toBe("UNAUTHENTICATED");
    // A replayed token means it leaked: the whole session is ended, the newer token too.
    expect(errorCode(await gql(h.app, REFRESH, { t: second.data!.refreshSession.refreshToken }))).toBe("UNAUTHENTICATED");
    const { sid } = await verifyAccessToken(first.accessToken, h.env.JWT_SECRET);
    expect((await sessionCheck(sid)).json()).toEqual({ active: false });
  });

  it("logout revokes the session: the gateway's session check says inactive", async () => {
    const tokens = (await login("lanhdao", "Lanhdao@2024")).data!.login;
    const { sid } = await verifyAccessToken(tokens.accessToken, h.env.JWT_SECRET);
    expect((await sessionCheck(sid)).statusCode).toBe(200);

    expect((await gql<{ logout: boolean }>(h.app, LOGOUT, { t: tokens.refreshToken })).data).toEqual({ logout: true });
    const after = await sessionCheck(sid);
    expect(after.statusCode).toBe(404);
    expect(after.json()).toEqual({ active: false });
    expect(errorCode(await gql(h.app, REFRESH, { t: tokens.refreshToken }))).toBe("UNAUTHENTICATED");
  });

  it("rejects an expired access token, and an expired session fails the session check", async () => {
    const tokens = (await login("admin", "Admin@2024")).data!.login;
    const { sid } = await verifyAccessToken(tokens.accessToken, h.env.JWT_SECRET);
    const later = new Date(h.auth.now!().getTime() + 16 * 60_000);
    await expect(verifyAccessToken(tokens.accessToken, h.env.JWT_SECRET, later)).rejects.toThrow(/exp/);
    await expect(verifyAccessToken(tokens.accessToken, "another-secret-of-32-characters-xx")).rejects.toThrow();

    expect((await sessionCheck(sid)).statusCode).toBe(200);
    h.advance(h.env.SESSION_TTL_HOURS * 3_600_000 + 60_000);
    expect((await sessionCheck(sid)).json()).toEqual({ active: false });
    expect(errorCode(await gql(h.app, REFRESH, { t: tokens.refreshToken }))).toBe("UNAUTHENTICATED");
  });

  it("answers the session check only to the gateway", async () => {
    const sid = "00000000-0000-0000-0000-000000000001";
    expect((await h.app.inject({ method: "GET", url: `/internal/sessions/${sid}` })).statusCode).toBe(401);
    expect((await sessionCheck(sid, await userActor(h.db, "admin"))).statusCode).toBe(403);
    expect((await sessionCheck(sid, { kind: "service", service: "planning" })).statusCode).toBe(403);
    const forged = await signActor(gatewayActor, "not-the-shared-secret-at-all!!");
    expect((await h.app.inject({ method: "GET", url: `/internal/sessions/${sid}`, headers: { "x-tthc-actor": forged } })).statusCode).toBe(
      401,
    );
    expect(ACTOR_SECRET).not.toBe("not-the-shared-secret-at-all!!");
    expect((await sessionCheck("not-a-uuid")).json()).toEqual({ active: false });
  });
});

describe("passwords", () => {
  it("admin reset sets a temporary password the user must change; changePassword clears it", async () => {
    const admin = await userActor(h.db, "admin");
    const target = await h.db.user.findUniqueOrThrow({ where: { username: "phong.tuphap" } });
    const RESET = `mutation ($id: ID!, $p: String!) { resetPassword(userId: $id, temporaryPassword: $p) }`;

    const officer = await userActor(h.db, "phuong.leloi");
    expect(errorCode(await gql(h.app, RESET, { id: target.id, p: "Temp@12345" }, officer))).toBe("FORBIDDEN");
    expect(errorCode(await gql(h.app, RESET, { id: target.id, p: "short" }, admin))).toBe("BAD_USER_INPUT");
    expect((await gql(h.app, RESET, { id: target.id, p: "Temp@12345" }, admin)).data).toEqual({ resetPassword: true });

    expect(errorCode(await login("phong.tuphap", "Tuphap@2024"))).toBe("INVALID_CREDENTIALS");
    const signedIn = (await login("phong.tuphap", "Temp@12345")).data!.login;
    expect(signedIn.user.mustChangePassword).toBe(true);

    const { sid } = await verifyAccessToken(signedIn.accessToken, h.env.JWT_SECRET);
    const self = { ...(await userActor(h.db, "phong.tuphap")), sessionId: sid };
    const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    expect(errorCode(await gql(h.app, CHANGE, { c: "Wrong@12345", n: "Tuphap@2025" }, self))).toBe("INVALID_CREDENTIALS");
    expect(errorCode(await gql(h.app, CHANGE, { c: "Temp@12345", n: "phong.tuphap1" }, self))).toBe("BAD_USER_INPUT");
    expect((await gql(h.app, CHANGE, { c: "Temp@12345", n: "Tuphap@2025" }, self)).data).toEqual({ changePassword: true });
    expect((await sessionCheck(sid)).json()).toMatchObject({ active: true });

    const again = (await login("phong.tuphap", "Tuphap@2025")).data!.login;
    expect(again.user.mustChangePassword).toBe(false);
  });

  it("changePassword needs a signed-in user", async () => {
    const res = await gql(h.app, `mutation { changePassword(currentPassword: "a", newPassword: "b") }`);
    expect(errorCode(res)).toBe("UNAUTHENTICATED");
  });
});
