import { describe, expect, it } from "vitest";
import { isKnownUnitGroup, normaliseUnitName, splitUnitNames } from "../../src/domain/plan-import/index.ts";

describe("splitUnitNames", () => {
  it("keeps a group name that contains commas whole", () => {
    expect(splitUnitNames("Các phòng, ban, đơn vị của UBND thành phố; UBND các phường, xã").names).toEqual([
      "Các phòng, ban, đơn vị của UBND thành phố",
      "UBND các phường, xã",
    ]);
    expect(splitUnitNames("Các cơ quan nhà nước, tổ chức, cá nhân được trao quyền tiếp nhận, giải quyết TTHC").names).toHaveLength(1);
  });

  it("splits on commas and 'và' only between recognisable names", () => {
    expect(splitUnitNames("Phòng Tài chính - Kế hoạch thành phố, Văn phòng HĐND-UBND thành phố,").names).toEqual([
      "Phòng Tài chính - Kế hoạch thành phố",
      "Văn phòng HĐND-UBND thành phố",
    ]);
    expect(splitUnitNames("UBND thành phố, UBND cấp xã").names).toEqual(["UBND thành phố", "UBND cấp xã"]);
    expect(splitUnitNames("Văn phòng HĐND - UBND thành phố và các tổ chức, cá nhân có liên quan").names).toEqual([
      "Văn phòng HĐND - UBND thành phố",
      "các tổ chức, cá nhân có liên quan",
    ]);
    expect(splitUnitNames("Phòng Tài nguyên và Môi trường").names).toEqual(["Phòng Tài nguyên và Môi trường"]);
    // Not recognisable piece by piece: kept as written rather than cut into fragments.
    expect(splitUnitNames("Hội Nông dân, Hội Phụ nữ").names).toEqual(["Hội Nông dân, Hội Phụ nữ"]);
  });

  it("keeps a doubled word as written and flags it", () => {
    expect(splitUnitNames("Các Các phòng, ban, đơn vị của UBND thành phố; UBND các phường, xã")).toEqual({
      names: ["Các Các phòng, ban, đơn vị của UBND thành phố", "UBND các phường, xã"],
      suspicious: [{ name: "Các Các phòng, ban, đơn vị của UBND thành phố", suggestion: "Các phòng, ban, đơn vị của UBND thành phố" }],
    });
  });

  it("gives nothing for an empty cell", () => {
    expect(splitUnitNames("  ").names).toEqual([]);
  });
});

describe("normaliseUnitName", () => {
  it("treats spacing, dashes, case, tone placement and abbreviations alike", () => {
    expect(normaliseUnitName("Văn phòng HĐND - UBND thành phố")).toBe(normaliseUnitName("Văn phòng HĐND-UBND thành phố"));
    expect(normaliseUnitName("Phòng Tài chính – Kế hoạch")).toBe(normaliseUnitName("phòng tài chính-kế hoạch"));
    expect(normaliseUnitName("Uỷ ban nhân dân phường Hồng Châu")).toBe(normaliseUnitName("UBND phường Hồng Châu"));
    expect(normaliseUnitName("Phòng Văn hoá")).toBe(normaliseUnitName("Phòng Văn hóa"));
    expect(normaliseUnitName("Phòng Nội vụ")).not.toBe(normaliseUnitName("Phòng Tư pháp"));
  });

  it("recognises the seed's group phrases", () => {
    expect(isKnownUnitGroup("UBND các phường,xã")).toBe(true);
    expect(isKnownUnitGroup("các phòng, ban, đơn vị thuộc UBND thành phố")).toBe(true);
    expect(isKnownUnitGroup("Phòng Nội vụ")).toBe(false);
  });
});
