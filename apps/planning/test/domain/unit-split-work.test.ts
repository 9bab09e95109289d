import { describe, expect, it } from "vitest";
import { splitUnitNames, type SplitWork } from "../../src/domain/plan-import/index.ts";

/** A unit cell of about `bytes` bytes: agencies, names with commas, groups and role phrases. */
function cellOf(bytes: number): string {
  const pieces = [
    "Sở Tài chính, Sở Nội vụ, các sở, ngành, UBND xã, phường, đặc khu",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    "Các Cục: Di sản văn hóa, Bản quyền tác giả",
    "Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu",
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    // A comma, not ";", between most pieces: the splitter's hardest case is one long comma list.
    const piece = `${pieces[i % pieces.length]} ${i}`;
    parts.push(piece);
    size += Buffer.byteLength(piece) + 2;
  }
  return parts.map((piece, i) => (i % 7 === 6 ? `${piece};` : `${piece},`)).join(" ");
}

describe("splitting a unit cell", () => {
  it("does linear work: a 100 KB cell costs at most about 12x a 10 KB one", () => {
    const small: SplitWork = { steps: 0 };
    const large: SplitWork = { steps: 0 };
    const smallCell = cellOf(10_000);
    const largeCell = cellOf(100_000);
    const smallNames = splitUnitNames(smallCell, {}, small).names.length;
    const largeNames = splitUnitNames(largeCell, {}, large).names.length;
    console.log(
      `10 KB: ${small.steps} steps, ${smallNames} names; 100 KB: ${large.steps} steps, ${largeNames} names; ratio ${(large.steps / small.steps).toFixed(2)}`,
    );
    expect(largeNames).toBeGreaterThan(smallNames * 9);
    expect(large.steps / small.steps).toBeLessThanOrEqual(12);
  });
});
