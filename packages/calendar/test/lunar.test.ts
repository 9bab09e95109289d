import { describe, expect, it } from "vitest";
import { lunarToSolar } from "../src/index.ts";

describe("lunarToSolar (Vietnamese lunar calendar, UTC+7)", () => {
  it("finds Tết Nguyên đán (1/1 lunar)", () => {
    // Published calendars: Giáp Thìn 10/02/2024, Ất Tỵ 29/01/2025, Bính Ngọ 17/02/2026.
    expect(lunarToSolar({ year: 2024, month: 1, day: 1 })).toBe("2024-02-10");
    expect(lunarToSolar({ year: 2025, month: 1, day: 1 })).toBe("2025-01-29");
    expect(lunarToSolar({ year: 2026, month: 1, day: 1 })).toBe("2026-02-17");
  });

  it("finds Giỗ Tổ Hùng Vương (10/3 lunar)", () => {
    // The official holidays: Thu 18/04/2024, Mon 07/04/2025, Sun 26/04/2026 (docs/domain.md §7 table).
    expect(lunarToSolar({ year: 2024, month: 3, day: 10 })).toBe("2024-04-18");
    expect(lunarToSolar({ year: 2025, month: 3, day: 10 })).toBe("2025-04-07");
    expect(lunarToSolar({ year: 2026, month: 3, day: 10 })).toBe("2026-04-26");
  });

  it("uses UTC+7, which differs from the Chinese calendar (UTC+8) in some years", () => {
    // New moon 17/02/2007 16:14 UTC = 23:14 in Hanoi (17th) but 00:14 in Beijing (18th).
    expect(lunarToSolar({ year: 2007, month: 1, day: 1 })).toBe("2007-02-17");
    expect(lunarToSolar({ year: 2007, month: 1, day: 1 }, 8)).toBe("2007-02-18");
    // New moon 02/02/2030 16:07 UTC = 23:07 in Hanoi: Vietnam's Tết 2030 is a day before China's.
    expect(lunarToSolar({ year: 2030, month: 1, day: 1 })).toBe("2030-02-02");
    expect(lunarToSolar({ year: 2030, month: 1, day: 1 }, 8)).toBe("2030-02-03");
    // 1985: the solstice month falls differently at UTC+7, so Vietnam's Tết came a month before China's.
    expect(lunarToSolar({ year: 1985, month: 1, day: 1 })).toBe("1985-01-21");
    expect(lunarToSolar({ year: 1985, month: 1, day: 1 }, 8)).toBe("1985-02-20");
  });

  it("handles a leap month", () => {
    // Quý Mão 2023 had a leap 2nd month: 1/2 on 20/02, 1/2 nhuận on 22/03 (30 days after),
    // 1/3 on 20/04 (29 days after), so Giỗ Tổ 10/3 = 29/04/2023.
    expect(lunarToSolar({ year: 2023, month: 2, day: 1 })).toBe("2023-02-20");
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe("2023-03-22");
    expect(lunarToSolar({ year: 2023, month: 3, day: 1 })).toBe("2023-04-20");
    expect(lunarToSolar({ year: 2023, month: 3, day: 10 })).toBe("2023-04-29");
    expect(() => lunarToSolar({ year: 2023, month: 3, day: 1, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toThrow(RangeError);
  });

  it("knows month lengths: Tết 2024 had a '30 Tết', Tết 2025 did not", () => {
    // New moons (Hanoi time): 11/01/2024 18:57, 10/02/2024 05:59 → month 12 of Quý Mão has 30 days,
    // 30 Chạp = 09/02/2024. 31/12/2024 05:27, 29/01/2025 19:36 → month 12 of Giáp Thìn has 29 days,
    // so Tết eve was 29 Chạp = 28/01/2025.
    expect(lunarToSolar({ year: 2023, month: 12, day: 30 })).toBe("2024-02-09");
    expect(lunarToSolar({ year: 2024, month: 12, day: 29 })).toBe("2025-01-28");
    expect(() => lunarToSolar({ year: 2024, month: 12, day: 30 })).toThrow(RangeError);
  });

  it("rejects impossible lunar dates", () => {
    expect(() => lunarToSolar({ year: 2024, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2024, month: 1, day: 31 })).toThrow(RangeError);
  });
});
