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
    expect(splitUnitNames("Hội Nông dân, Hội Phụ nữ").names).toEqual(["Hội Nông dân", "Hội Phụ nữ"]);
  });

  it("cuts a comma list of agencies and groups, and keeps a name with a comma whole (issue 15)", () => {
    expect(splitUnitNames("Sở Tài chính, Sở Nội vụ, các sở, ngành, UBND xã, phường, đặc khu").names).toEqual([
      "Sở Tài chính",
      "Sở Nội vụ",
      "các sở, ngành",
      "UBND xã, phường, đặc khu",
    ]);
    expect(splitUnitNames("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương").names).toEqual([
      "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]);
    expect(splitUnitNames("Các Cục: Di sản văn hóa, Bản quyền tác giả").names).toEqual(["Cục Di sản văn hóa", "Cục Bản quyền tác giả"]);
    expect(splitUnitNames("Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã").names).toEqual([
      "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh",
      "Ban Chỉ huy Phòng thủ dân sự cấp xã",
    ]);
    expect(splitUnitNames("- Bộ Xây dựng; - Các bộ, ngành liên quan và UBND các tỉnh/ thành phố.").names).toEqual([
      "Bộ Xây dựng",
      "Các bộ, ngành liên quan",
      "UBND các tỉnh/ thành phố",
    ]);
    expect(splitUnitNames("Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu").names).toEqual(["Sở Khoa học và Công nghệ"]);
  });

  it("splits a Word cell by its paragraphs first", () => {
    expect(splitUnitNames("Sở Tài chính\u2029Sở Khoa học và Công nghệ").names).toEqual(["Sở Tài chính", "Sở Khoa học và Công nghệ"]);
  });

  it("reports a name with a comma it keeps on a guess, with the other readings, and is sure of a known one", () => {
    const guess = splitUnitNames("Sở Văn hóa, Thể thao và Du lịch; Sở Nội vụ");
    expect(guess.names).toEqual(["Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ"]);
    expect(guess.uncertain).toEqual([
      {
        text: "Sở Văn hóa, Thể thao và Du lịch",
        names: ["Sở Văn hóa, Thể thao và Du lịch"],
        alternatives: [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Văn hóa", "Thể thao", "Du lịch"]],
        source: "guess",
      },
    ]);
    const known = new Set([normaliseUnitName("Sở Văn hóa, Thể thao và Du lịch")]);
    expect(splitUnitNames("Sở Văn hóa, Thể thao và Du lịch", { isKnownName: (key) => known.has(key) }).uncertain).toEqual([]);
  });

  it("uses the issuer's remembered choice for a piece", () => {
    const remembered = new Map([[normaliseUnitName("Vụ Kế hoạch, Tài chính"), ["Vụ Kế hoạch", "Vụ Tài chính"]]]);
    const split = splitUnitNames("Vụ Kế hoạch, Tài chính", { rememberedSplit: (key) => remembered.get(key) });
    expect(split.names).toEqual(["Vụ Kế hoạch", "Vụ Tài chính"]);
    expect(split.uncertain[0]?.source).toBe("remembered");
  });

  it("keeps a doubled word as written and flags it", () => {
    expect(splitUnitNames("Các Các phòng, ban, đơn vị của UBND thành phố; UBND các phường, xã")).toEqual({
      names: ["Các Các phòng, ban, đơn vị của UBND thành phố", "UBND các phường, xã"],
      suspicious: [{ name: "Các Các phòng, ban, đơn vị của UBND thành phố", suggestion: "Các phòng, ban, đơn vị của UBND thành phố" }],
      uncertain: [],
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
