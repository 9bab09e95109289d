import { describe, expect, it } from "vitest";
import { parseTimeframe } from "../../src/domain/timeframe/index.ts";

const ctx = { planYear: 2024 };
const parts = (text: string) => parseTimeframe(text, ctx).parts;

describe("parseTimeframe", () => {
  it("reads a month deadline as the last day of the month", () => {
    expect(parts("Muộn nhất trong tháng 01/2024")).toEqual([
      { kind: "deadline", date: "2024-01-31", text: "Muộn nhất trong tháng 01/2024" },
    ]);
    expect(parts("Trong tháng 02")).toEqual([{ kind: "deadline", date: "2024-02-29", text: "Trong tháng 02" }]);
  });

  it("reads 'trước ngày X' as due on X", () => {
    expect(parts("Trước ngày 10/01/2024")).toEqual([{ kind: "deadline", date: "2024-01-10", text: "Trước ngày 10/01/2024" }]);
    expect(parts("chậm nhất ngày 15/3")[0]).toMatchObject({ kind: "deadline", date: "2024-03-15" });
    expect(parts("ngày 05 tháng 7 năm 2024")[0]).toMatchObject({ kind: "deadline", date: "2024-07-05" });
  });

  it("reads listed quarters", () => {
    expect(parts("Quý II, IV")).toEqual([{ kind: "quarters", quarters: [2, 4], year: 2024, text: "Quý II, IV" }]);
    expect(parts("quý 3/2025")).toEqual([{ kind: "quarters", quarters: [3], year: 2025, text: "quý 3/2025" }]);
  });

  it("reads recurring periods", () => {
    expect(parts("Định kỳ hàng quý")).toEqual([{ kind: "recurring", every: "quarter", text: "Định kỳ hàng quý" }]);
    expect(parts("hàng tháng")).toMatchObject([{ kind: "recurring", every: "month" }]);
    expect(parts("6 tháng, 01 năm")).toMatchObject([
      { kind: "recurring", every: "half-year", text: "6 tháng" },
      { kind: "recurring", every: "year", text: "01 năm" },
    ]);
    expect(parts("01 năm")).toMatchObject([{ kind: "recurring", every: "year" }]);
  });

  it("reads continuous, triggered and per-plan timeframes", () => {
    expect(parts("Thường xuyên")).toEqual([{ kind: "continuous", text: "Thường xuyên" }]);
    expect(parts("Theo dõi thường xuyên")).toEqual([{ kind: "continuous", text: "Theo dõi thường xuyên" }]);
    expect(parts("Ngay khi có thay đổi nhân sự thực hiện nhiệm vụ tại các đơn vị")).toMatchObject([
      { kind: "triggered", trigger: "staff-change" },
    ]);
    expect(parts("Khi nhận được văn bản của UBND thành phố về việc chuyển phản ánh, kiến nghị để xử lý")).toEqual([
      {
        kind: "triggered",
        trigger: "document-received",
        text: "Khi nhận được văn bản của UBND thành phố về việc chuyển phản ánh, kiến nghị để xử lý",
      },
    ]);
    expect(parts("đột xuất khi có yêu cầu")).toMatchObject([{ kind: "triggered", trigger: "on-request" }]);
    expect(parts("Khi có chỉ đạo của UBND tỉnh")).toMatchObject([{ kind: "triggered", trigger: "other" }]);
    expect(parts("Theo Kế hoạch rà soát, đánh giá TTHC tỉnh Hưng Yên năm 2024 của UBND tỉnh")).toEqual([
      {
        kind: "per-plan",
        planRef: "Kế hoạch rà soát, đánh giá TTHC tỉnh Hưng Yên năm 2024 của UBND tỉnh",
        text: "Theo Kế hoạch rà soát, đánh giá TTHC tỉnh Hưng Yên năm 2024 của UBND tỉnh",
      },
    ]);
  });

  it("splits the compound timeframe of I.1 into its parts", () => {
    const parsed = parseTimeframe(
      "Muộn nhất trong tháng 01/2024 hoặc theo thời hạn được giao tại Kế hoạch của UBND tỉnh; bám sát theo tình hình thực tiễn",
      ctx,
    );
    expect(parsed).toEqual({
      parts: [
        { kind: "deadline", date: "2024-01-31", text: "Muộn nhất trong tháng 01/2024" },
        { kind: "per-plan", planRef: "Kế hoạch của UBND tỉnh", text: "theo thời hạn được giao tại Kế hoạch của UBND tỉnh" },
      ],
      notes: ["bám sát theo tình hình thực tiễn"],
      unparsed: [],
    });
  });

  it("splits the compound timeframe of IX.1 into its parts", () => {
    expect(parseTimeframe("Định kỳ hàng quý, 01 năm theo quy định hoặc đột xuất khi có yêu cầu", ctx)).toEqual({
      parts: [
        { kind: "recurring", every: "quarter", text: "Định kỳ hàng quý" },
        { kind: "recurring", every: "year", text: "01 năm" },
        { kind: "triggered", trigger: "on-request", text: "đột xuất khi có yêu cầu" },
      ],
      notes: ["theo quy định"],
      unparsed: [],
    });
  });

  it("accepts text without diacritics, in any case, and decomposed Unicode", () => {
    expect(parts("MUON NHAT TRONG THANG 01/2024")[0]).toMatchObject({ kind: "deadline", date: "2024-01-31" });
    expect(parts("quy ii, iv")[0]).toMatchObject({ kind: "quarters", quarters: [2, 4] });
    expect(parts("dinh ky hang quy")[0]).toMatchObject({ kind: "recurring", every: "quarter" });
    expect(parts("Thường xuyên".normalize("NFD"))).toEqual([{ kind: "continuous", text: "Thường xuyên" }]);
  });

  it("returns what it cannot read instead of guessing", () => {
    expect(parseTimeframe("6 tháng đầu năm", ctx)).toEqual({ parts: [], notes: [], unparsed: ["6 tháng đầu năm"] });
    expect(parseTimeframe("Trước tháng 6/2024", ctx).parts).toEqual([]);
    expect(parseTimeframe("ngày 31/02/2024", ctx)).toMatchObject({ parts: [], unparsed: ["ngày 31/02/2024"] });
    expect(parseTimeframe("Thường xuyên, tuỳ nghi", ctx)).toMatchObject({ parts: [{ kind: "continuous" }], unparsed: ["tuỳ nghi"] });
  });
});

describe("parseTimeframe: ambiguous quarter ranges", () => {
  it("does not read 'Quý II - IV' as a list", () => {
    expect(parseTimeframe("Quý II - IV", ctx)).toMatchObject({ parts: [{ kind: "quarters", quarters: [2] }], unparsed: ["IV"] });
    expect(parseTimeframe("Quý I và III", ctx).parts).toMatchObject([{ kind: "quarters", quarters: [1, 3] }]);
  });
});

describe("parseTimeframe: years, year ranges and quarters with their year (issue 15)", () => {
  it("reads a year and a range of years", () => {
    expect(parts("2025")).toEqual([{ kind: "years", from: 2025, to: 2025, text: "2025" }]);
    expect(parts("Năm 2026")).toEqual([{ kind: "years", from: 2026, to: 2026, text: "Năm 2026" }]);
    expect(parts("2026 - 2030")).toEqual([{ kind: "years", from: 2026, to: 2030, text: "2026 - 2030" }]);
    expect(parts("Năm 2025 - 2026")).toEqual([{ kind: "years", from: 2025, to: 2026, text: "Năm 2025 - 2026" }]);
    expect(parseTimeframe("Giai đoạn 2026 - 2030", ctx)).toEqual({
      parts: [{ kind: "years", from: 2026, to: 2030, text: "Giai đoạn 2026 - 2030" }],
      notes: [],
      unparsed: [],
    });
  });

  it("reads a quarter with its year, 'Quí' too", () => {
    expect(parts("Quý IV-2025")).toEqual([{ kind: "quarters", quarters: [4], year: 2025, text: "Quý IV-2025" }]);
    expect(parts("Quí I năm 2026")).toEqual([{ kind: "quarters", quarters: [1], year: 2026, text: "Quí I năm 2026" }]);
  });

  it("reads 'hằng năm' as yearly, and leaves 'trước năm 2030' to the user", () => {
    expect(parts("Hằng năm")).toMatchObject([{ kind: "recurring", every: "year" }]);
    expect(parseTimeframe("Trước năm 2030", ctx)).toMatchObject({ parts: [], unparsed: ["Trước năm 2030"] });
  });
});
