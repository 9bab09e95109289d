import { createCalendar, parseLocalDate } from "@tthc/calendar";
import { describe, expect, it } from "vitest";
import {
  computeDueDates,
  DEADLINE_RULE_SOURCES,
  DEFAULT_DEADLINE_RULES,
  deadlineRulesSchema,
  dueStatus,
  effectiveReceivedDay,
  type ClockInput,
} from "../../src/domain/deadlines.ts";

/*
 * Official 2025 schedule (TB 6150/TB-BLĐTBXH): Tết Ất Tỵ days off Sat 25/01 – Sun 02/02/2025.
 * Working days after Friday 24/01/2025, counted by hand:
 *   Mon 03/02 = 1, Tue 04/02 = 2, Wed 05/02 = 3, Thu 06/02 = 4, Fri 07/02 = 5,
 *   Mon 10/02 = 6, Tue 11/02 = 7, Wed 12/02 = 8, Thu 13/02 = 9, Fri 14/02 = 10,
 *   Mon 17/02 = 11, Tue 18/02 = 12, Wed 19/02 = 13, Thu 20/02 = 14, Fri 21/02 = 15,
 *   Mon 24/02 = 16 … Fri 28/02 = 20, Mon 03/03 = 21 … Fri 07/03 = 25.
 */
const calendar = createCalendar();
const rules = DEFAULT_DEADLINE_RULES;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);
const fridayBeforeTet = hanoi("2025-01-24T10:00:00");

function clock(overrides: Partial<ClockInput> = {}): ClockInput {
  return { receivedAt: fridayBeforeTet, transferredAt: fridayBeforeTet, pauses: [], extended: false, ...overrides };
}

describe("due dates around the 2025 Tết holidays", () => {
  it("counts 5 and 10 working days from Friday 24/01/2025 across the Tết break", () => {
    const due = computeDueDates(calendar, rules, clock());
    expect(effectiveReceivedDay(calendar, rules, fridayBeforeTet)).toBe("2025-01-24");
    expect(due.outOfScopeTransfer).toBe("2025-02-07"); // 5 wd: Mon 03/02 … Fri 07/02
    expect(due.handle).toBe("2025-02-14"); // 10 wd: … Fri 14/02
    expect(due.classify).toBe("2025-02-05"); // 3 wd: Mon 03/02, Tue 04/02, Wed 05/02
    expect(due.answer).toBe("2025-02-21"); // 15 wd
  });

  it("takes a PAKN received after the 17:00 cut-off as received on Monday 03/02 after Tết", () => {
    // Day 0 = Mon 03/02; 5 wd: Tue 04, Wed 05, Thu 06, Fri 07, Mon 10/02; 10 wd: … Mon 17/02.
    const evening = hanoi("2025-01-24T17:30:00");
    const due = computeDueDates(calendar, rules, clock({ receivedAt: evening, transferredAt: evening }));
    expect(effectiveReceivedDay(calendar, rules, evening)).toBe("2025-02-03");
    expect(due.outOfScopeTransfer).toBe("2025-02-10");
    expect(due.handle).toBe("2025-02-17");
  });

  it("uses the locality's 17:00 cut-off, not the 15:00 of one-stop dossiers", () => {
    const afternoon = hanoi("2025-01-24T16:00:00");
    expect(effectiveReceivedDay(calendar, rules, afternoon)).toBe("2025-01-24");
    expect(computeDueDates(calendar, rules, clock({ receivedAt: afternoon })).outOfScopeTransfer).toBe("2025-02-07");
    const noCutoff = { ...rules, officeHoursCutoff: null };
    expect(effectiveReceivedDay(calendar, noCutoff, hanoi("2025-01-24T23:00:00"))).toBe("2025-01-24");
  });

  it("takes a PAKN received during the Tết days off as received on the first working day", () => {
    const tetEve = hanoi("2025-01-28T09:00:00"); // Tue, 29 Tháng Chạp: a day off
    expect(effectiveReceivedDay(calendar, rules, tetEve)).toBe("2025-02-03");
    expect(computeDueDates(calendar, rules, clock({ receivedAt: tetEve })).outOfScopeTransfer).toBe("2025-02-10");
  });

  it("suspends the clock for a pause of 3 working days: days used stay used, the rest resume after it", () => {
    // Received and transferred Fri 24/01 10:00; handling limit 10 wd.
    // Mon 03/02 = 1 (used before the pause). Paused Tue 04/02 09:00 → Thu 06/02 15:00: Tue 04, Wed 05
    // and Thu 06 are not counted. Resumes: Fri 07/02 = 2, Mon 10 = 3 … Fri 14 = 7, Mon 17 = 8,
    // Tue 18 = 9, Wed 19/02 = 10. Without the pause it was Fri 14/02: three working days later.
    // Answer (15 wd): … Wed 19/02 = 10, Thu 20 = 11, Fri 21 = 12, Mon 24 = 13, Tue 25 = 14, Wed 26/02 = 15.
    const pause = { from: hanoi("2025-02-04T09:00:00"), to: hanoi("2025-02-06T15:00:00") };
    const due = computeDueDates(calendar, rules, clock({ pauses: [pause] }));
    expect(due.handle).toBe("2025-02-19");
    expect(due.answer).toBe("2025-02-26");
    expect(calendar.workingDaysBetween(parseLocalDate("2025-02-14"), due.handle!)).toBe(3);
  });

  it("ignores a pause that has not ended yet: due dates are recomputed on resume", () => {
    const open = { from: hanoi("2025-02-04T09:00:00"), to: null };
    expect(computeDueDates(calendar, rules, clock({ pauses: [open] })).handle).toBe("2025-02-14");
  });

  it("adds the 10 extension working days once to the current due dates", () => {
    // Answer: Fri 21/02 + 10 wd → Mon 24/02 = 1 … Fri 28/02 = 5, Mon 03/03 = 6 … Fri 07/03 = 10.
    // Handling: Fri 14/02 + 10 wd → Mon 17/02 … Fri 28/02.
    const due = computeDueDates(calendar, rules, clock({ extended: true }));
    expect(due.answer).toBe("2025-03-07");
    expect(due.handle).toBe("2025-02-28");
    expect(due.classify).toBe("2025-02-05"); // classification is not extended
    expect(due.outOfScopeTransfer).toBe("2025-02-07"); // nor the legal 5-day transfer
  });

  it("counts the make-up Saturday 26/04/2025 and skips 30/04 – 04/05", () => {
    // Received Thu 24/04 10:00. Fri 25/04 = 1, Sat 26/04 (làm bù) = 2, Mon 28 = 3, Tue 29 = 4,
    // 30/04 – 04/05 off, Mon 05/05 = 5.
    const due = computeDueDates(calendar, rules, clock({ receivedAt: hanoi("2025-04-24T10:00:00"), transferredAt: null }));
    expect(due.outOfScopeTransfer).toBe("2025-05-05");
    expect(due.handle).toBeNull();
  });
});

describe("dueStatus", () => {
  const due = parseLocalDate("2025-02-14");
  const status = (iso: string) => dueStatus(due, hanoi(iso), calendar, rules);

  it("is on track with more than 2 working days left, due soon with 2 or fewer, overdue after the due day", () => {
    expect(status("2025-02-11T10:00:00")).toBe("on-track"); // 12, 13, 14 left
    expect(status("2025-02-12T08:00:00")).toBe("due-soon"); // 13, 14 left
    expect(status("2025-02-14T23:59:00")).toBe("due-soon"); // the due day itself
    expect(status("2025-02-15T00:01:00")).toBe("overdue"); // Saturday after the due day
  });

  it("does not call a deadline due soon because of the Tết holidays in between", () => {
    // Fri 24/01 with the classification due Wed 05/02: 3 working days left although 12 days away.
    expect(dueStatus(computeDueDates(calendar, rules, clock()).classify, fridayBeforeTet, calendar, rules)).toBe("on-track");
  });
});

describe("rule configuration", () => {
  it("marks only the 5-day transfer of Decree 20/2008 as legal; the rest are the locality's", () => {
    const legal = Object.entries(DEADLINE_RULE_SOURCES)
      .filter(([, s]) => s.legal)
      .map(([k]) => k);
    expect(legal).toEqual(["transferOutOfScopeWorkingDays"]);
    expect(DEADLINE_RULE_SOURCES.transferOutOfScopeWorkingDays.vi).toContain("Điều 9");
    expect(Object.keys(DEADLINE_RULE_SOURCES).sort()).toEqual(Object.keys(DEFAULT_DEADLINE_RULES).sort());
  });

  it("validates an administrator's edit", () => {
    expect(deadlineRulesSchema.safeParse(DEFAULT_DEADLINE_RULES).success).toBe(true);
    expect(deadlineRulesSchema.safeParse({ ...DEFAULT_DEADLINE_RULES, handleWorkingDays: -1 }).success).toBe(false);
    expect(deadlineRulesSchema.safeParse({ ...DEFAULT_DEADLINE_RULES, officeHoursCutoff: { hour: 24, minute: 0 } }).success).toBe(false);
  });
});
