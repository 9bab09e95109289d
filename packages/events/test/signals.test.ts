import { describe, expect, it } from "vitest";
import { createEvent, isLate, signalsOf, vietnamDay } from "../src/index.ts";

const OCC = "3f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
const ref = {
  unitId: "city",
  title: "Nhiệm vụ VIII.1",
  link: "/planning/my-tasks",
  occurrenceId: OCC,
  planId: OCC,
  taskId: OCC,
  taskLabel: "VIII.1",
  dueDay: "2026-01-30",
};
const reported = (time: string, status: "done" | "in_progress") => ({
  ...createEvent("planning.occurrence.reported", {
    source: "planning",
    subject: OCC,
    data: { ...ref, reportId: OCC, status, reportingUnitId: "le-loi", hasEvidence: true },
  }),
  time,
});

describe("overdue and late, defined once", () => {
  it("takes the day in Vietnam and calls late only a day after the due day", () => {
    expect(vietnamDay("2026-01-30T16:59:59Z")).toBe("2026-01-30");
    expect(vietnamDay("2026-01-30T17:00:00Z")).toBe("2026-01-31");
    expect([isLate("2026-01-30", "2026-01-30"), isLate("2026-01-31", "2026-01-30")]).toEqual([false, true]);
  });

  it("an occurrence reported done after its due day (Vietnam time) is done late, for the reporting unit", () => {
    expect(signalsOf(reported("2026-01-30T16:00:00Z", "done"))).toEqual([]);
    expect(signalsOf(reported("2026-01-30T18:00:00Z", "in_progress"))).toEqual([]);
    expect(signalsOf(reported("2026-01-30T18:00:00Z", "done"))).toMatchObject([
      { kind: "occurrence-done-late", unitId: "le-loi", subject: OCC, day: "2026-01-31", late: null },
    ]);
  });

  it("a PAKN answered late counts for its unit; on time, nothing; a report's lateness is unknown until the event says", () => {
    const answered = (onTime: boolean) =>
      createEvent("complaints.complaint.answered", {
        source: "complaints",
        subject: OCC,
        data: { unitId: "le-loi", documentNumber: "1/UBND", onTime },
      });
    expect(signalsOf(answered(true))).toEqual([]);
    expect(signalsOf(answered(false))).toMatchObject([{ kind: "complaint-answered-late", unitId: "le-loi" }]);
    const report = createEvent("reporting.report.submitted", {
      source: "reporting",
      subject: "r-1",
      data: { reportId: "r-1", unitId: "le-loi", periodKind: "quarter", periodLabel: "Quý I/2026", submittedOn: "2026-03-20", link: "/r" },
    });
    expect(signalsOf(report)).toMatchObject([{ kind: "report-submitted", unitId: "le-loi", late: null }]);
  });
});
