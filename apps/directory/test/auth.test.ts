import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorSigner, actorSigningKey, clock, generateActorKeys } from "@tthc/service-kit";
import { verifyAccessToken } from "../src/auth/access-token.ts";
import { createFirstAdmin } from "../src/use-cases/first-admin.ts";
import { actorHeaders, errorCode, gatewayActor, gql, startHarness, userActor, type Harness } from "./harness.ts";

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

// Each call from an address of its own unless a test names one: the throttle keys on the client.
let clients = 0;
const newClient = () => `198.51.100.${++clients}`;

/** Sign in as the gateway forwards it: the anonymous actor, signed, and the caller's address. */
async function login(username: string, password: string, client = newClient()) {
  return gql<{ login: Tokens }>(h.app, LOGIN, { u: username, p: password }, { kind: "anonymous" }, { "x-forwarded-for": client });
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
});

describe("sign-in throttling", () => {
  const retryAfter = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.retryAfterSeconds;

  it("verifies one of a burst of parallel guesses from a client; the rest are refused unverified", async () => {
    const client = newClient();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => login("phuong.minhkhai", `Wrong@${i}`, client)));
    const codes = results.map(errorCode).sort();
    expect(codes).toEqual(["INVALID_CREDENTIALS", ...Array<string>(7).fill("RATE_LIMITED")]);
    // Even the right password is not checked inside the client's delay: the answer says nothing about it.
    const right = await login("phuong.minhkhai", "Minhkhai@2024", client);
    expect(errorCode(right)).toBe("RATE_LIMITED");
    expect(retryAfter(right)).toBe(1);
  });

  it("doubles the delay with each failure, and the right password works once it has passed", async () => {
    const client = newClient();
    for (const wait of [1, 2, 4, 8]) {
      expect(errorCode(await login("lanhdao", "Wrong@2024", client))).toBe("INVALID_CREDENTIALS");
      const early = await login("lanhdao", "Wrong@2024", client);
      expect(retryAfter(early)).toBe(wait);
      h.advance(wait * 1000);
    }
    const after = await login("lanhdao", "Lanhdao@2024", client);
    expect(after.errors).toBeUndefined();
  });

  it("never refuses the owner because of other clients' failures", async () => {
    // A spread attack: twelve addresses fail on admin, pushing the account's delay to the cap.
    for (let i = 0; i < 12; i++) expect(errorCode(await login("admin", `Guess@${i}`))).toBe("INVALID_CREDENTIALS");
    // The owner from a new address: verified at once.
    expect((await login("admin", "Admin@2024")).errors).toBeUndefined();
    // An attacker address that failed waits the account's delay (15 min) after its own failure...
    const attacker = newClient();
    expect(errorCode(await login("admin", "Guess@x", attacker))).toBe("INVALID_CREDENTIALS");
    expect(retryAfter(await login("admin", "Admin@2024", attacker))).toBe(900);
    // ...and the owner's own typo costs the owner no more than that: after it, the right password wins.
    const owner = newClient();
    expect((await login("admin", "Admin@2024", owner)).errors).toBeUndefined();
    for (let i = 0; i < 3; i++) expect(errorCode(await login("admin", `Guess@y${i}`))).toBe("INVALID_CREDENTIALS");
    // Known to this account at this address and no failure since: nothing holds the owner back.
    expect((await login("admin", "Admin@2024", owner)).errors).toBeUndefined();
    expect(errorCode(await login("admin", "Typo@2024", owner))).toBe("INVALID_CREDENTIALS");
    expect(retryAfter(await login("admin", "Admin@2024", owner))).toBe(900);
    h.advance(900_000);
    expect((await login("admin", "Admin@2024", owner)).errors).toBeUndefined();
  });

  it("answers an unknown username exactly as a real one, delays included", async () => {
    const answers = async (username: string) => {
      const client = newClient();
      const out: Array<[string | undefined, unknown, string | undefined]> = [];
      for (let i = 0; i < 3; i++) {
        const r = await login(username, `Wrong@${i}`, client);
        out.push([errorCode(r), retryAfter(r), r.errors?.[0]?.message]);
        const early = await login(username, `Wrong@${i}`, client);
        out.push([errorCode(early), retryAfter(early), early.errors?.[0]?.message]);
        h.advance(2 ** i * 1000);
      }
      return out;
    };
    expect(await answers("nobody.at.all")).toEqual(await answers("kiemtra"));
  });

  it("keeps a sprayer's delay when it signs in to its own account between guesses", async () => {
    const client = newClient();
    expect(errorCode(await login("phong.tuphap", "Spray@2024", client))).toBe("INVALID_CREDENTIALS");
    h.advance(1000);
    expect((await login("phuong.leloi", "Leloi@2024", client)).errors).toBeUndefined();
    expect(errorCode(await login("kiemtra", "Spray@2024", client))).toBe("INVALID_CREDENTIALS");
    // Two failures from this client: 2 s, not the 1 s it would be had the sign-in wiped its count.
    h.advance(1000);
    expect(retryAfter(await login("lanhdao", "Spray@2024", client))).toBe(1);
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
    // The gateway's actor signed by any key but the gateway's: what a compromised service could mint.
    const forged = await actorSigner(actorSigningKey(generateActorKeys().privateKey), "directory")(gatewayActor);
    expect((await h.app.inject({ method: "GET", url: `/internal/sessions/${sid}`, headers: { "x-tthc-actor": forged } })).statusCode).toBe(
      401,
    );
    expect((await sessionCheck("not-a-uuid")).json()).toEqual({ active: false });
  });
});

describe("the first administrator of a deployment", () => {
  it("is created with a one-time password that must be changed at the first sign-in", async () => {
    const { password } = await createFirstAdmin(h.db, " QuanTri ", "Quản trị hệ thống");
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
    const signedIn = await login("quantri", password);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data!.login.user).toMatchObject({ username: "quantri", roles: ["CITY_ADMIN"], mustChangePassword: true });
    await expect(createFirstAdmin(h.db, "quantri", "Again")).rejects.toThrow(/exists already/);
    expect((await createFirstAdmin(h.db, "quantri2", "Other")).password).not.toBe(password);
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
    const from = { "x-forwarded-for": "203.0.113.77" };
    expect(errorCode(await gql(h.app, CHANGE, { c: "Wrong@12345", n: "Tuphap@2025" }, self, from))).toBe("INVALID_CREDENTIALS");
    // A wrong current password counts like a failed sign-in: the next attempt waits, right or not.
    expect(errorCode(await gql(h.app, CHANGE, { c: "Temp@12345", n: "Tuphap@2025" }, self, from))).toBe("RATE_LIMITED");
    h.advance(1000);
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
