import { describe, expect, it } from "vitest";
import type { Actor } from "../src/actor.ts";
import { canActForUnit, requireRole, requireUser } from "../src/authorization.ts";

const user = (roles: Array<"CITY_ADMIN" | "LEADER" | "UNIT_OFFICER" | "INSPECTOR">, unitId: string | null = "ward-1"): Actor => ({
  kind: "user",
  userId: "u",
  username: "x",
  unitId,
  roles,
  sessionId: "s",
});

function code(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
  return "no error";
}

describe("authorisation helpers", () => {
  it("requireUser rejects non-users as UNAUTHENTICATED", () => {
    expect(code(() => requireUser({ kind: "anonymous" }))).toBe("UNAUTHENTICATED");
    expect(code(() => requireUser({ kind: "partner", partnerId: "p", name: "n", scopes: [] }))).toBe("UNAUTHENTICATED");
    expect(requireUser(user(["LEADER"])).roles).toEqual(["LEADER"]);
  });

  it("requireRole rejects users without the role as FORBIDDEN", () => {
    expect(code(() => requireRole(user(["UNIT_OFFICER"]), "CITY_ADMIN"))).toBe("FORBIDDEN");
    expect(code(() => requireRole({ kind: "anonymous" }, "CITY_ADMIN"))).toBe("UNAUTHENTICATED");
    expect(requireRole(user(["INSPECTOR", "LEADER"]), "CITY_ADMIN", "LEADER").roles).toContain("LEADER");
  });

  it("canActForUnit: admins and leaders for any unit, officers for their own", () => {
    expect(canActForUnit(user(["CITY_ADMIN"], null), "ward-2")).toBe(true);
    expect(canActForUnit(user(["LEADER"], null), "ward-2")).toBe(true);
    expect(canActForUnit(user(["UNIT_OFFICER"], "ward-1"), "ward-1")).toBe(true);
    expect(canActForUnit(user(["UNIT_OFFICER"], "ward-1"), "ward-2")).toBe(false);
    expect(canActForUnit(user(["INSPECTOR"], "ward-1"), "ward-1")).toBe(false);
    expect(canActForUnit({ kind: "service", service: "gateway" }, "ward-1")).toBe(false);
  });
});
