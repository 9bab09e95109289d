import { describe, expect, it } from "vitest";
import { foldVietnamese, foldWithIndex } from "@tthc/text";
import { DEFAULT_DUPLICATE_THRESHOLD, matchesQuery, similarity, suggestDuplicates, trigramsOf } from "../../src/domain/text-search.ts";

describe("foldVietnamese", () => {
  it("removes diacritics, turns đ into d, lowers the case and collapses spaces", () => {
    expect(foldVietnamese("  Phản ánh,   KIẾN NGHỊ\tvề Đất đai  ")).toBe("phan anh, kien nghi ve dat dai");
    expect(foldVietnamese("Phản ánh".normalize("NFD"))).toBe("phan anh");
  });

  it("maps each folded character back to the original text", () => {
    const { folded, index } = foldWithIndex("Ông  Đức");
    expect(folded).toBe("ong duc");
    expect(index).toEqual([0, 1, 2, 3, 5, 6, 7]);
  });

  it("finds 'phản ánh' when typed 'phan anh', in any order of the words", () => {
    expect(matchesQuery("Phản ánh về thủ tục cấp giấy phép xây dựng", "phan anh")).toBe(true);
    expect(matchesQuery("Phản ánh về thủ tục cấp giấy phép xây dựng", "GIAY PHEP phản")).toBe(true);
    expect(matchesQuery("Phản ánh về thủ tục cấp giấy phép xây dựng", "khai sinh")).toBe(false);
  });
});

const buildingPermit =
  "Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ tại UBND phường yêu cầu nộp thêm bản sao sổ đỏ có chứng thực, trong khi quy định không yêu cầu giấy tờ này.";
const sameRestated =
  "Phường yêu cầu tôi nộp thêm bản sao có chứng thực sổ đỏ khi xin giấy phép xây dựng nhà ở riêng lẻ, quy định đâu có yêu cầu giấy tờ này?";
const sameWithoutDiacritics =
  "phuong yeu cau nop them ban sao so do co chung thuc khi xin giay phep xay dung nha o rieng le, quy dinh khong yeu cau";
const birthRegistration =
  "Thời gian giải quyết thủ tục đăng ký khai sinh cho con quá lâu, cán bộ tư pháp hẹn nhiều lần mà không trả kết quả.";
const residence = "Đề nghị bỏ yêu cầu xác nhận của tổ dân phố khi đăng ký tạm trú vì gây phiền hà cho người dân.";
const flooding = "Đường Nguyễn Trãi đoạn qua tổ 5 bị ngập nặng mỗi khi mưa, đề nghị thành phố nạo vét cống thoát nước.";
const floodingRestated = "Mỗi lần mưa to, khu vực tổ 5 trên đường Nguyễn Trãi ngập sâu. Kiến nghị nạo vét hệ thống cống thoát nước.";

describe("similarity", () => {
  it("scores restatements of one problem above the threshold and unrelated complaints below it", () => {
    for (const [a, b] of [
      [buildingPermit, sameRestated],
      [buildingPermit, sameWithoutDiacritics],
      [flooding, floodingRestated],
    ] as const) {
      expect(similarity(a, b)).toBeGreaterThan(DEFAULT_DUPLICATE_THRESHOLD + 0.1);
    }
    for (const [a, b] of [
      [buildingPermit, birthRegistration],
      [buildingPermit, residence],
      [birthRegistration, residence],
      [flooding, buildingPermit],
    ] as const) {
      expect(similarity(a, b)).toBeLessThan(DEFAULT_DUPLICATE_THRESHOLD - 0.1);
    }
  });

  it("is 1 for the same text, symmetric, and 0 for an empty one", () => {
    expect(similarity(residence, residence)).toBe(1);
    expect(similarity(buildingPermit, residence)).toBe(similarity(residence, buildingPermit));
    expect(similarity("", residence)).toBe(0);
  });
});

describe("suggestDuplicates", () => {
  it("suggests the open PAKN about the same problem, best first", () => {
    const open = [
      { id: "birth", text: birthRegistration },
      { id: "permit-typed-without-accents", text: sameWithoutDiacritics },
      { id: "residence", text: residence },
      { id: "permit", text: sameRestated },
    ];
    const suggestions = suggestDuplicates(buildingPermit, open);
    expect(suggestions.map((s) => s.id).sort()).toEqual(["permit", "permit-typed-without-accents"]);
    expect(suggestions[0]!.score).toBeGreaterThanOrEqual(suggestions[1]!.score);
    expect(suggestDuplicates(buildingPermit, open, 0.4, 1)).toHaveLength(1);
  });

  it("gives the same suggestions from trigrams stored at intake as from the texts", () => {
    const open = [
      { id: "birth", text: birthRegistration },
      { id: "permit-typed-without-accents", text: sameWithoutDiacritics },
      { id: "residence", text: residence },
      { id: "permit", text: sameRestated },
    ];
    const stored = open.map((o) => ({ id: o.id, trigrams: trigramsOf(o.text) }));
    expect(suggestDuplicates(trigramsOf(buildingPermit), stored)).toEqual(suggestDuplicates(buildingPermit, open));
  });
});
