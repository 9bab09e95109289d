import { describe, expect, it } from "vitest";
import { compareVietnamese } from "../src/i18n/collate.ts";
import { orderUnits, type UnitRow } from "../src/pages/units-query.ts";

describe("Vietnamese collation", () => {
  it("puts Đ after D and ignores the code-point order of accented letters", () => {
    const names = ["Yên Hòa", "Đống Đa", "Dương Nội", "Ba Đình", "Ân Thi", "An Khánh"];
    expect([...names].sort(compareVietnamese)).toEqual(["An Khánh", "Ân Thi", "Ba Đình", "Dương Nội", "Đống Đa", "Yên Hòa"]);
  });

  it("orders numbers inside names numerically", () => {
    expect(["Phường 10", "Phường 2", "Phường 1"].sort(compareVietnamese)).toEqual(["Phường 1", "Phường 2", "Phường 10"]);
  });

  it("lists units by level rank, then by name", () => {
    const unit = (name: string, rank: number): UnitRow => ({
      id: name,
      code: name,
      name,
      nameAt: name,
      shortName: null,
      validFrom: "2025-07-01",
      validTo: null,
      level: { code: `L${rank}`, name: `level ${rank}`, rank },
      parent: null,
    });
    const ordered = orderUnits([
      unit("Phường Đông Sơn", 3),
      unit("Sở Tư pháp", 2),
      unit("Phường Lê Lợi", 3),
      unit("UBND thành phố", 1),
      unit("Phường Điện Biên", 3),
    ]);
    expect(ordered.map((u) => u.name)).toEqual(["UBND thành phố", "Sở Tư pháp", "Phường Điện Biên", "Phường Đông Sơn", "Phường Lê Lợi"]);
  });
});
