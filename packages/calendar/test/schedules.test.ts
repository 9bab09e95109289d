import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { officialSchedules, parseOfficialSchedules, ScheduleDataError, scheduleProblems } from "../src/index.ts";

const raw = JSON.parse(readFileSync(new URL("../data/official-schedules.json", import.meta.url), "utf8")) as {
  schedules: { year: number; daysOff: { from: string; to: string }[]; makeUpWorkingDays: { date: string }[] }[];
};

/** Day of week from Date itself, independent of the package's own date code. */
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

function* isoDays(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

describe("data/official-schedules.json", () => {
  it("covers 2024, 2025 and 2026 and passes the parser's checks", () => {
    expect(raw.schedules.map((s) => s.year)).toEqual([2024, 2025, 2026]);
    expect(() => parseOfficialSchedules(raw)).not.toThrow();
    expect(scheduleProblems(officialSchedules)).toEqual([]);
  });

  it.each(raw.schedules)("$year: every date lies in its year", ({ year, daysOff, makeUpWorkingDays }) => {
    const dates = [...daysOff.flatMap((r) => [r.from, r.to]), ...makeUpWorkingDays.map((m) => m.date)];
    for (const date of dates) expect(date.slice(0, 4), date).toBe(String(year));
    for (const r of daysOff) expect(r.from <= r.to, `${r.from}..${r.to}`).toBe(true);
  });

  it.each(raw.schedules)("$year: make-up days are Saturdays or Sundays and never also days off", ({ daysOff, makeUpWorkingDays }) => {
    const off = new Set(daysOff.flatMap((r) => [...isoDays(r.from, r.to)]));
    for (const { date } of makeUpWorkingDays) {
      expect([0, 6], date).toContain(weekday(date));
      expect(off.has(date), date).toBe(false);
    }
  });

  it("holds the announced 2024 schedule", () => {
    // docs/domain.md §7: 01/01; 08–14/02; 18/04; 27/04–01/05; 31/08–03/09 = 1 + 7 + 1 + 5 + 4 = 18 days.
    const y2024 = raw.schedules[0]!;
    expect(y2024.daysOff.flatMap((r) => [...isoDays(r.from, r.to)])).toHaveLength(18);
    expect(y2024.makeUpWorkingDays.map((m) => m.date)).toEqual(["2024-05-04"]);
  });
});

describe("parseOfficialSchedules", () => {
  const valid = () => ({
    schedules: [
      {
        year: 2027,
        daysOff: [{ from: "2027-01-01", to: "2027-01-03", name: "Tết Dương lịch" }],
        makeUpWorkingDays: [{ date: "2027-01-09", name: "Làm bù", source: "TB 1/TB-X" }],
      },
    ],
  });

  function problemsOf(data: unknown): readonly string[] {
    try {
      parseOfficialSchedules(data);
    } catch (error) {
      if (error instanceof ScheduleDataError) return error.problems;
      throw error;
    }
    return [];
  }

  it("accepts a well-formed year", () => {
    expect(parseOfficialSchedules(valid())[0]).toEqual({
      year: 2027,
      daysOff: [{ from: "2027-01-01", to: "2027-01-03", name: "Tết Dương lịch" }],
      makeUpWorkingDays: [{ date: "2027-01-09", name: "Làm bù", source: "TB 1/TB-X" }],
    });
  });

  it("rejects a misspelt field instead of ignoring it", () => {
    const data = valid();
    const year = data.schedules[0]! as Record<string, unknown>;
    year.makeupWorkingDays = year.makeUpWorkingDays;
    delete year.makeUpWorkingDays;
    expect(problemsOf(data).join("\n")).toMatch(/unknown field "makeupWorkingDays"/);
  });

  it("rejects a date that does not exist", () => {
    const data = valid();
    data.schedules[0]!.daysOff[0]!.to = "2027-02-29";
    expect(problemsOf(data)).toEqual([expect.stringMatching(/daysOff\[0\]\.to: expected a date/)]);
  });

  it("rejects a date outside its year", () => {
    const data = valid();
    data.schedules[0]!.daysOff[0]!.from = "2026-12-31";
    expect(problemsOf(data)).toEqual([expect.stringMatching(/not all in 2027/)]);
  });

  it("rejects a range that ends before it starts", () => {
    const data = valid();
    data.schedules[0]!.daysOff[0]!.to = "2026-12-31";
    expect(problemsOf(data).join("\n")).toMatch(/end before they start/);
  });

  it("rejects a make-up day on a weekday", () => {
    const data = valid();
    data.schedules[0]!.makeUpWorkingDays[0]!.date = "2027-01-08"; // a Friday
    expect(problemsOf(data)).toEqual([expect.stringMatching(/not a Saturday or Sunday/)]);
  });

  it("rejects a date both off and worked", () => {
    const data = valid();
    data.schedules[0]!.makeUpWorkingDays[0]!.date = "2027-01-02"; // a Saturday inside the days off
    expect(problemsOf(data)).toEqual([expect.stringMatching(/both a day off and a make-up working day/)]);
  });

  it("rejects two schedules for one year", () => {
    const data = valid();
    data.schedules.push(valid().schedules[0]!);
    expect(problemsOf(data)).toEqual([expect.stringMatching(/more than one schedule/)]);
  });

  it("rejects an entry without a name", () => {
    const data = valid();
    data.schedules[0]!.daysOff[0]!.name = "";
    expect(problemsOf(data)).toEqual([expect.stringMatching(/daysOff\[0\]\.name/)]);
  });
});
