import { describe, expect, it } from "vitest";
import { addDays, type LocalDate } from "@tthc/calendar";
import { calendar, workingDaysRemaining } from "../../src/domain/working-days.ts";

describe("workingDaysRemaining (table-based)", () => {
  it("agrees with the calendar across weekends, Tết and year ends", () => {
    const dues = ["2024-01-31", "2024-02-09", "2024-03-29", "2024-12-31", "2025-01-27", "2026-04-30"] as LocalDate[];
    for (const due of dues) {
      for (let offset = -40; offset <= 40; offset += 3) {
        const on = addDays(due, offset);
        expect(workingDaysRemaining(due, on), `${due} seen on ${on}`).toBe(calendar.workingDaysRemaining(due, on));
      }
      expect(workingDaysRemaining(due, "2026-11-28" as LocalDate)).toBe(calendar.workingDaysRemaining(due, "2026-11-28" as LocalDate));
    }
  });
});
