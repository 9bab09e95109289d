import { createCalendar } from "@tthc/calendar";
import { describe, expect, it } from "vitest";
import { occurrencesFor } from "../../src/domain/occurrences.ts";
import { parseTimeframe } from "../../src/domain/timeframe/index.ts";

const calendar = createCalendar();
const ctx = { planYear: 2024, calendar };
const occurrences = (text: string) => occurrencesFor(parseTimeframe(text, { planYear: 2024 }), ctx);

describe("occurrencesFor", () => {
  it("gives 'Quý II, IV' two periods due on the last working day of Q2 and Q4 2024", () => {
    expect(occurrences("Quý II, IV")).toEqual([
      // 30/06/2024 is a Sunday, so the quarter's last working day is Friday 28/06.
      { key: "2024-Q2", label: "Quý II/2024", dueDay: "2024-06-28", kind: "period" },
      { key: "2024-Q4", label: "Quý IV/2024", dueDay: "2024-12-31", kind: "period" },
    ]);
    for (const { dueDay } of occurrences("Quý II, IV")) expect(calendar.isWorkingDay(dueDay)).toBe(true);
  });

  it("gives a deadline one occurrence, moved to the next working day when it falls on a day off", () => {
    expect(occurrences("Muộn nhất trong tháng 01/2024")).toEqual([
      { key: "2024-01-31", label: "Hạn 31/01/2024", dueDay: "2024-01-31", kind: "deadline" },
    ]);
    // Tết Giáp Thìn: days off 08–14/02/2024 (Civil Code Art 148.5 → the next working day).
    expect(occurrences("Trước ngày 10/02/2024")).toEqual([
      { key: "2024-02-10", label: "Hạn 10/02/2024", dueDay: "2024-02-15", kind: "deadline" },
    ]);
  });

  it("gives recurring timeframes one occurrence per period", () => {
    expect(occurrences("Định kỳ hàng quý").map((o) => [o.key, o.dueDay])).toEqual([
      ["2024-Q1", "2024-03-29"],
      ["2024-Q2", "2024-06-28"],
      ["2024-Q3", "2024-09-30"],
      ["2024-Q4", "2024-12-31"],
    ]);
    const monthly = occurrences("hàng tháng");
    expect(monthly).toHaveLength(12);
    expect(monthly[7]).toEqual({ key: "2024-M08", label: "Tháng 08/2024", dueDay: "2024-08-30", kind: "period" });
    expect(occurrences("6 tháng").map((o) => o.key)).toEqual(["2024-H1", "2024-H2"]);
    expect(occurrences("01 năm")).toEqual([{ key: "2024-Y", label: "Năm 2024", dueDay: "2024-12-31", kind: "period" }]);
  });

  it("gives continuous and per-plan tasks a progress check-in at the end of each quarter", () => {
    for (const text of ["Thường xuyên", "Theo Kế hoạch kiểm tra năm 2024 của UBND thành phố"]) {
      const checkIns = occurrences(text);
      expect(checkIns.map((o) => o.key)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
      expect(checkIns.every((o) => o.kind === "check-in")).toBe(true);
      expect(checkIns[1]?.label).toBe("Cập nhật tiến độ quý II/2024");
    }
  });

  it("gives triggered tasks none: their occurrences come from events", () => {
    expect(occurrences("Ngay khi có thay đổi nhân sự thực hiện nhiệm vụ tại các đơn vị")).toEqual([]);
  });

  it("combines compound timeframes without duplicating a period", () => {
    const ix1 = occurrences("Định kỳ hàng quý, 01 năm theo quy định hoặc đột xuất khi có yêu cầu");
    expect(ix1.map((o) => o.key)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-Y"]);

    const i1 = occurrences(
      "Muộn nhất trong tháng 01/2024 hoặc theo thời hạn được giao tại Kế hoạch của UBND tỉnh; bám sát theo tình hình thực tiễn",
    );
    expect(i1.map((o) => [o.key, o.kind])).toEqual([
      ["2024-01-31", "deadline"],
      ["2024-Q1", "check-in"],
      ["2024-Q2", "check-in"],
      ["2024-Q3", "check-in"],
      ["2024-Q4", "check-in"],
    ]);

    // The same quarter from two parts is one occurrence, and the real report wins over the check-in.
    const merged = occurrences("Thường xuyên; Quý II, IV; định kỳ hàng quý");
    expect(merged.map((o) => [o.key, o.kind])).toEqual([
      ["2024-Q1", "period"],
      ["2024-Q2", "period"],
      ["2024-Q3", "period"],
      ["2024-Q4", "period"],
    ]);
  });

  it("gives the same keys when computed again", () => {
    const text = "Định kỳ hàng quý, 01 năm theo quy định hoặc đột xuất khi có yêu cầu";
    expect(occurrences(text)).toEqual(occurrences(text));
  });
});

describe("occurrencesFor a plan over several years", () => {
  const span = { planYear: 2026, lastYear: 2028, calendar };
  const keys = (text: string, context = span) =>
    occurrencesFor(parseTimeframe(text, { planYear: context.planYear }), context).map((o) => o.key);

  it("repeats yearly and continuous work in every year of the plan", () => {
    expect(keys("Hằng năm")).toEqual(["2026-Y", "2027-Y", "2028-Y"]);
    expect(keys("Thường xuyên")).toHaveLength(12);
    expect(keys("Thường xuyên").at(-1)).toBe("2028-Q4");
  });

  it("gives the years a timeframe names, within the plan's years", () => {
    expect(keys("Năm 2025 - 2027")).toEqual(["2026-Y", "2027-Y"]);
    expect(keys("2027")).toEqual(["2027-Y"]);
    // A one-year plan has no work for another year.
    expect(keys("2027", { planYear: 2026, lastYear: 2026, calendar })).toEqual([]);
  });
});
