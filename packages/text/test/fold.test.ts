import { describe, expect, it } from "vitest";
import { foldAligned, foldVietnamese, foldWithIndex } from "../src/index.ts";

describe("foldVietnamese", () => {
  it("lower-cases, drops diacritics, turns đ into d and collapses spaces", () => {
    expect(foldVietnamese("  Phản ánh,   KIẾN NGHỊ\tvề Đất đai  ")).toBe("phan anh, kien nghi ve dat dai");
    expect(foldVietnamese("  UBND phường Lê   Lợi ")).toBe("ubnd phuong le loi");
    expect(foldVietnamese("Đông Đô")).toBe("dong do");
  });

  it("folds decomposed input like composed input", () => {
    expect(foldVietnamese("Phản ánh".normalize("NFD"))).toBe("phan anh");
  });
});

describe("foldWithIndex", () => {
  it("maps each folded character back to its position in the original", () => {
    const text = "Lê  Lợi";
    const { folded, index } = foldWithIndex(text);
    expect(folded).toBe("le loi");
    expect(index).toEqual([0, 1, 2, 4, 5, 6]);
    expect(text.slice(index[3], index[5]! + 1)).toBe("Lợi");
  });
});

describe("foldAligned", () => {
  it("keeps the length so an index in the copy slices the original", () => {
    const text = "Quý II năm 2025";
    const folded = foldAligned(text);
    expect(folded).toBe("quy ii nam 2025");
    expect(folded).toHaveLength(text.length);
    const at = folded.indexOf("nam");
    expect(text.slice(at, at + 3)).toBe("năm");
  });

  it("keeps spaces as they are and a slot for a stray combining mark", () => {
    expect(foldAligned("Đ  đ")).toBe("d  d");
    expect(foldAligned("a\u0301")).toBe("a\u0000");
  });
});
