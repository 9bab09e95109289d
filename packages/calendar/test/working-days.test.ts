import { describe, expect, it } from "vitest";
import { createCalendar, officialSchedules, parseLocalDate as d, ScheduleDataError } from "../src/index.ts";

const cal = createCalendar();
/** An instant given as Hanoi wall-clock time. */
const hanoi = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

describe("isWorkingDay with the official schedules", () => {
  it("follows the 2024 swap for 30/4–1/5", () => {
    expect(cal.isWorkingDay(d("2024-05-04"))).toBe(true); // Saturday, made up for Mon 29/4
    expect(cal.isWorkingDay(d("2024-04-29"))).toBe(false); // Monday given off
    expect(cal.isWorkingDay(d("2024-04-26"))).toBe(true); // Friday before the break
    expect(cal.isWorkingDay(d("2024-05-02"))).toBe(true); // Thursday after it
    expect(cal.isWorkingDay(d("2024-05-05"))).toBe(false); // an ordinary Sunday
  });

  it("follows the 2025 and 2026 swaps", () => {
    expect(cal.isWorkingDay(d("2025-04-26"))).toBe(true); // Saturday, made up for Fri 2/5
    expect(cal.isWorkingDay(d("2025-05-02"))).toBe(false);
    expect(cal.isWorkingDay(d("2026-01-02"))).toBe(false); // Friday, made up on Sat 10/1
    expect(cal.isWorkingDay(d("2026-01-10"))).toBe(true);
  });

  it("keeps Tết 2025 (25/01–02/02) off", () => {
    expect(cal.isWorkingDay(d("2025-01-24"))).toBe(true);
    expect(cal.isWorkingDay(d("2025-01-27"))).toBe(false);
    expect(cal.isWorkingDay(d("2025-01-31"))).toBe(false);
    expect(cal.isWorkingDay(d("2025-02-03"))).toBe(true);
  });
});

describe("coverage", () => {
  it("is official for the years in the data file and fallback elsewhere, so callers can warn", () => {
    expect(cal.coverage(2024)).toBe("official");
    expect(cal.coverage(2025)).toBe("official");
    expect(cal.coverage(2026)).toBe("official");
    expect(cal.coverage(2030)).toBe("fallback");
    expect(cal.coverage(2023)).toBe("fallback");
  });

  it("follows the schedules passed in", () => {
    const extended = createCalendar({
      schedules: [
        ...officialSchedules,
        { year: 2030, daysOff: [{ from: d("2030-01-01"), to: d("2030-01-01"), name: "Tết Dương lịch" }], makeUpWorkingDays: [] },
      ],
    });
    expect(extended.coverage(2030)).toBe("official");
    expect(createCalendar({ schedules: [] }).coverage(2024)).toBe("fallback");
  });

  it("refuses inconsistent schedules", () => {
    const bad = { year: 2030, daysOff: [], makeUpWorkingDays: [{ date: d("2030-01-02"), name: "a Wednesday" }] };
    expect(() => createCalendar({ schedules: [bad] })).toThrow(ScheduleDataError);
  });
});

describe("nextWorkingDay / addWorkingDays / workingDaysBetween", () => {
  it("steps over holidays onto make-up Saturdays", () => {
    expect(cal.nextWorkingDay(d("2024-04-26"))).toBe("2024-05-02"); // Sat 27/4–Wed 1/5 off
    expect(cal.nextWorkingDay(d("2024-05-03"))).toBe("2024-05-04"); // the make-up Saturday
    expect(cal.nextWorkingDay(d("2025-01-24"))).toBe("2025-02-03");
  });

  it("counts the n-th working day after the start, the start not counted", () => {
    // Fri 24/01/2025 + 5: 25/01–02/02 off, then 03, 04, 05, 06, 07/02 → Fri 07/02/2025.
    expect(cal.addWorkingDays(d("2025-01-24"), 5)).toBe("2025-02-07");
    // Thu 25/04/2024: Fri 26/4 (1), Thu 2/5 (2), Fri 3/5 (3), Sat 4/5 make-up (4), Mon 6/5 (5).
    expect(cal.addWorkingDays(d("2024-04-25"), 3)).toBe("2024-05-03");
    expect(cal.addWorkingDays(d("2024-04-25"), 4)).toBe("2024-05-04");
    expect(cal.addWorkingDays(d("2024-04-25"), 5)).toBe("2024-05-06");
    expect(cal.addWorkingDays(d("2024-04-25"), 0)).toBe("2024-04-25");
    expect(() => cal.addWorkingDays(d("2024-04-25"), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(d("2024-04-25"), 1.5)).toThrow(RangeError);
  });

  it("crosses from an official year into a fallback year", () => {
    // Wed 30/12/2026: Thu 31/12 (1); Fri 01/01/2027 New Year (Labour Code); Mon 04/01 (2); Tue 05/01 (3).
    expect(cal.addWorkingDays(d("2026-12-30"), 3)).toBe("2027-01-05");
  });

  it("counts working days in (a, b]", () => {
    expect(cal.workingDaysBetween(d("2025-01-24"), d("2025-02-07"))).toBe(5);
    expect(cal.workingDaysBetween(d("2025-02-07"), d("2025-01-24"))).toBe(-5);
    expect(cal.workingDaysBetween(d("2025-01-24"), d("2025-01-24"))).toBe(0);
    // (Fri 26/4, Mon 6/5] 2024: Thu 2/5, Fri 3/5, Sat 4/5 (make-up), Mon 6/5 = 4.
    expect(cal.workingDaysBetween(d("2024-04-26"), d("2024-05-06"))).toBe(4);
  });
});

describe("receivedDay (effective day of receipt)", () => {
  // March 2024 has no holiday: Fri 08/03, Sun 10/03, Mon 11/03.
  it("keeps a working day before 15:00", () => {
    expect(cal.receivedDay(hanoi("2024-03-08T14:59:59"))).toBe("2024-03-08");
  });

  it("moves receipt at or after 15:00 to the next working day", () => {
    expect(cal.receivedDay(hanoi("2024-03-08T15:00:00"))).toBe("2024-03-11");
  });

  it("moves receipt on a Sunday or a holiday to the next working day, whatever the hour", () => {
    expect(cal.receivedDay(hanoi("2024-03-10T09:00:00"))).toBe("2024-03-11");
    expect(cal.receivedDay(hanoi("2024-04-29T09:00:00"))).toBe("2024-05-02"); // swapped Monday
  });

  it("keeps a make-up Saturday", () => {
    expect(cal.receivedDay(hanoi("2024-05-04T10:00:00"))).toBe("2024-05-04");
  });

  it("reads the date in Hanoi, not in UTC", () => {
    // 17:30Z on Thursday 07/03 is 00:30 on Friday 08/03 in Hanoi.
    expect(cal.receivedDay(new Date("2024-03-07T17:30:00Z"))).toBe("2024-03-08");
  });

  it("takes another cut-off per call, or none", () => {
    expect(cal.receivedDay(hanoi("2024-03-08T16:00:00"), { hour: 16, minute: 30 })).toBe("2024-03-08");
    expect(cal.receivedDay(hanoi("2024-03-08T23:00:00"), null)).toBe("2024-03-08");
    expect(() => cal.receivedDay(hanoi("2024-03-08T10:00:00"), { hour: 24, minute: 0 })).toThrow(RangeError);
  });

  it("takes another default cut-off per calendar", () => {
    const late = createCalendar({ receiptCutoff: { hour: 17, minute: 0 } });
    expect(late.receivedDay(hanoi("2024-03-08T15:30:00"))).toBe("2024-03-08");
    expect(late.receivedDay(hanoi("2024-03-08T17:00:00"))).toBe("2024-03-11");
  });
});

describe("dueDate", () => {
  it("counts 5 working days from Friday 24/01/2025 over Tết", () => {
    // Received 10:00 → day 0 = Fri 24/01; 25/01–02/02 off; 03, 04, 05, 06, 07/02 → Fri 07/02/2025,
    // ending 23:59:59.999 in Hanoi = 16:59:59.999Z.
    const due = cal.dueDate({ received: hanoi("2025-01-24T10:00:00"), workingDays: 5 });
    expect(due.dueDay).toBe("2025-02-07");
    expect(due.dueAt.toISOString()).toBe("2025-02-07T16:59:59.999Z");
  });

  it("counts from the next working day when received after 15:00", () => {
    // Fri 24/01/2025 15:30 → day 0 = Mon 03/02; 04, 05, 06, 07, 10/02 → Mon 10/02/2025.
    const due = cal.dueDate({ received: hanoi("2025-01-24T15:30:00"), workingDays: 5 });
    expect(due.dueDay).toBe("2025-02-10");
  });

  it("counts from the next working day when received on a Sunday", () => {
    // Sun 10/03/2024 → day 0 = Mon 11/03; 12, 13, 14 → Thu 14/03/2024.
    expect(cal.dueDate({ received: hanoi("2024-03-10T09:00:00"), workingDays: 3 }).dueDay).toBe("2024-03-14");
  });

  it("with 0 working days is due at the end of the effective receipt day", () => {
    expect(cal.dueDate({ received: hanoi("2024-03-08T15:00:00"), workingDays: 0 }).dueDay).toBe("2024-03-11");
  });

  describe("pauses", () => {
    // Mon 04/03/2024 10:00, 10 working days: 05–08 (4), 11–15 (9), 18 (10) → Mon 18/03/2024.
    const received = hanoi("2024-03-04T10:00:00");

    it("without a pause", () => {
      expect(cal.dueDate({ received, workingDays: 10 }).dueDay).toBe("2024-03-18");
    });

    it("a pause touching 3 working days pushes the due day by exactly 3 working days", () => {
      // Paused Wed 06/03 09:00 – Fri 08/03 16:00: Tue 05 (1) stays used; 06–08 not counted;
      // 11–15 (6), 18–21 (10) → Thu 21/03/2024, 3 working days after 18/03.
      const pauses = [{ from: hanoi("2024-03-06T09:00:00"), to: hanoi("2024-03-08T16:00:00") }];
      const { dueDay } = cal.dueDate({ received, workingDays: 10, pauses });
      expect(dueDay).toBe("2024-03-21");
      expect(cal.workingDaysBetween(d("2024-03-18"), dueDay)).toBe(3);
    });

    it("resumes on the working day after the pause ends, across a weekend", () => {
      // Paused Fri 08/03 14:00 – Mon 11/03 10:00 touches Fri 08 and Mon 11: 05–07 (3), 12–15 (7),
      // 18–20 (10) → Wed 20/03/2024.
      const pauses = [{ from: hanoi("2024-03-08T14:00:00"), to: hanoi("2024-03-11T10:00:00") }];
      expect(cal.dueDate({ received, workingDays: 10, pauses }).dueDay).toBe("2024-03-20");
    });

    it("ignores a pause after the due day", () => {
      const pauses = [{ from: hanoi("2024-03-25T09:00:00"), to: hanoi("2024-03-27T09:00:00") }];
      expect(cal.dueDate({ received, workingDays: 10, pauses }).dueDay).toBe("2024-03-18");
    });

    it("rejects a pause that ends before it starts", () => {
      const pauses = [{ from: hanoi("2024-03-08T09:00:00"), to: hanoi("2024-03-07T09:00:00") }];
      expect(() => cal.dueDate({ received, workingDays: 10, pauses })).toThrow(RangeError);
    });
  });
});

describe("workingDaysRemaining", () => {
  it("counts down to 0 on the due day", () => {
    expect(cal.workingDaysRemaining(d("2025-02-07"), d("2025-01-24"))).toBe(5); // as addWorkingDays above
    expect(cal.workingDaysRemaining(d("2025-02-07"), d("2025-02-06"))).toBe(1);
    expect(cal.workingDaysRemaining(d("2025-02-07"), d("2025-02-07"))).toBe(0);
    // Seen from Sat 09/03/2024, a Monday 11/03 deadline has one working day left.
    expect(cal.workingDaysRemaining(d("2024-03-11"), d("2024-03-09"))).toBe(1);
  });

  it("is negative once overdue, also on the weekend right after", () => {
    // Due Fri 08/03/2024: Sat 09 and Mon 11 → -1 (Saturday counts as the Monday it leads to); Tue 12 → -2.
    expect(cal.workingDaysRemaining(d("2024-03-08"), d("2024-03-09"))).toBe(-1);
    expect(cal.workingDaysRemaining(d("2024-03-08"), d("2024-03-11"))).toBe(-1);
    expect(cal.workingDaysRemaining(d("2024-03-08"), d("2024-03-12"))).toBe(-2);
  });
});
