import { describe, expect, it } from "vitest";
import { addDays, createCalendar, localDate, parseLocalDate as d, statutoryDaysOff, type LocalDate } from "../src/index.ts";

describe("statutoryDaysOff (Labour Code fallback)", () => {
  it("predicts 2030", () => {
    // 01/01/2030 Tue. Tết Canh Tuất = Sat 02/02/2030 (lunar.test.ts): holidays Fri 01/02 (eve) –
    // Tue 05/02; Sat 02 and Sun 03 give compensatory Wed 06 and Thu 07. Giỗ Tổ 10/3 lunar =
    // Fri 12/04. 30/4 Tue, 1/5 Wed. 02/9 Mon, so 01/9 (Sun) is the adjacent day → compensatory Tue 03/9.
    expect([...statutoryDaysOff(2030)].sort()).toEqual([
      "2030-01-01",
      "2030-02-01",
      "2030-02-02",
      "2030-02-03",
      "2030-02-04",
      "2030-02-05",
      "2030-02-06",
      "2030-02-07",
      "2030-04-12",
      "2030-04-30",
      "2030-05-01",
      "2030-09-01",
      "2030-09-02",
      "2030-09-03",
    ]);
  });

  it("gives a compensatory day for a holiday on a weekend (Art 111.3)", () => {
    // 01/01/2028 is a Saturday → Mon 03/01. Tết 2028 = Wed 26/01: Tue 25 – Sat 29 → compensatory Mon 31/01.
    const off = statutoryDaysOff(2028);
    expect(off.has(d("2028-01-03"))).toBe(true);
    expect(off.has(d("2028-01-31"))).toBe(true);
    expect(off.has(d("2028-02-01"))).toBe(false);
  });

  it("takes 03/9 as the adjacent day when 02/9 is a Thursday", () => {
    // 02/09/2027 is a Thursday: off Thu 02 and Fri 03, Wed 01 worked.
    const off = statutoryDaysOff(2027);
    expect(off.has(d("2027-09-03"))).toBe(true);
    expect(off.has(d("2027-09-01"))).toBe(false);
  });
});

describe("fallback against the official schedules", () => {
  const official = createCalendar();
  const fallback = createCalendar({ schedules: [] });

  function differences(year: number): LocalDate[] {
    const found: LocalDate[] = [];
    for (let day = localDate(year, 1, 1); day <= localDate(year, 12, 31); day = addDays(day, 1)) {
      if (official.isWorkingDay(day) !== fallback.isWorkingDay(day)) found.push(day);
    }
    return found;
  }

  // Only the Prime Minister's Tết choice and the swaps differ (hand comparison of docs/domain.md §7
  // with the fallback rule):
  it("2024: Tết 08–14/02 vs 09–15/02; swap 29/4 ↔ 4/5", () => {
    expect(differences(2024)).toEqual(["2024-02-08", "2024-02-15", "2024-04-29", "2024-05-04"]);
  });

  it("2025: Tết Mon 27/01 vs compensatory Mon 03/02; swap 2/5 ↔ 26/4", () => {
    expect(differences(2025)).toEqual(["2025-01-27", "2025-02-03", "2025-04-26", "2025-05-02"]);
  });

  it("2026: Tết identical; swaps 2/1 ↔ 10/1 and 31/8 ↔ 22/8", () => {
    expect(differences(2026)).toEqual(["2026-01-02", "2026-01-10", "2026-08-22", "2026-08-31"]);
  });
});
