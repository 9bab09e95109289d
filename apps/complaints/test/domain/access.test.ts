import { describe, expect, it } from "vitest";
import { canViewComplaint, senderHiddenFrom } from "../../src/domain/access.ts";
import type { Classification, DomainActor } from "../../src/domain/lifecycle-types.ts";

const officer = (unitId: string): DomainActor => ({ kind: "user", userId: `u-${unitId}`, unitId, roles: ["UNIT_OFFICER"] });
const admin: DomainActor = { kind: "user", userId: "u-admin", unitId: "office", roles: ["CITY_ADMIN"] };
const anonymous: DomainActor = { kind: "anonymous", userId: null, unitId: null, roles: [] };
const aboutWardA: Classification = {
  kind: "feedback",
  category: "official-conduct",
  field: "Hộ tịch",
  regulation: "Khai sinh",
  concernedUnitId: "ward-a",
};
const complaint = { assignments: [{ unitId: "ward-a", lead: true }], classification: aboutWardA };

describe("access to a complaint and its sender", () => {
  it("shows a unit only what was transferred to it; the city office sees everything", () => {
    expect(canViewComplaint(officer("ward-a"), complaint)).toBe(true);
    expect(canViewComplaint(officer("ward-b"), complaint)).toBe(false);
    expect(canViewComplaint(admin, complaint)).toBe(true);
    expect(canViewComplaint(anonymous, complaint)).toBe(false);
  });

  it("hides the sender from the unit whose own officials the complaint is about", () => {
    expect(senderHiddenFrom(officer("ward-a"), complaint)).toBe(true);
    expect(senderHiddenFrom(officer("ward-a"), { ...complaint, classification: { ...aboutWardA, concernedUnitId: null } })).toBe(false);
    expect(senderHiddenFrom(admin, complaint)).toBe(false);
    expect(senderHiddenFrom(officer("ward-b"), complaint)).toBe(true);
  });
});
