import { z } from "zod";
import { defineEvent } from "../define.ts";

const REPORT_TOPIC = "reporting.report.v1";

const day = z.iso.date();
const periodKind = z
  .enum(["month", "quarter", "half-year", "nine-month", "year", "ad-hoc"])
  .describe("the report's period kind; ad-hoc (đột xuất) for a report the city office requested for a period of its choice");

/** What every event of a unit report carries; the subject is the report id. */
const reportRef = {
  reportId: z.string().min(1),
  unitId: z.string().min(1).describe("the reporting unit"),
  kindCode: z.string().min(1).describe('the report kind of the registry, e.g. "tthc-control-quarterly"'),
  periodKind,
  periodLabel: z.string().min(1).describe('e.g. "Quý I/2025"'),
  periodStart: day.describe("first day of the data window (cut-off window)"),
  periodEnd: day.describe("last day of the data window"),
  link: z.string().startsWith("/").describe("path of the report in the web app"),
};

/** Events of a unit's periodic or ad-hoc report (báo cáo định kỳ, đột xuất); the subject is the report id. */
export const reportingEvents = [
  defineEvent({
    type: "reporting.report.submitted",
    version: 1,
    topic: REPORT_TOPIC,
    description:
      "A unit submitted a report; planning attaches it as evidence to the plan's linked periodic-report task of the report's period (not of the submission day).",
    // Version 1 as first catalogued, extended compatibly: the new fields are optional.
    data: z.object({
      reportId: z.string().min(1),
      unitId: z.string().min(1).describe("the submitting unit"),
      periodKind,
      periodLabel: z.string().min(1).describe('e.g. "Quý I/2024"'),
      submittedOn: day,
      link: z.string().startsWith("/").describe("path of the report in the web app"),
      periodStart: day.optional().describe("first day of the report's data window; absent in events of before 2026-12"),
      periodEnd: day.optional().describe("last day of the report's data window; absent in events of before 2026-12"),
      kindCode: z.string().min(1).optional().describe("the report kind of the registry; absent in events of before 2026-12"),
      late: z.boolean().optional().describe("submitted after the deadline (with the city office's exception)"),
    }),
  }),
  defineEvent({
    type: "reporting.report.accepted",
    version: 1,
    topic: REPORT_TOPIC,
    description: "The city office accepted a unit's report.",
    data: z.object({ ...reportRef, comment: z.string().nullable() }),
  }),
  defineEvent({
    type: "reporting.report.returned",
    version: 1,
    topic: REPORT_TOPIC,
    description: "The city office returned a unit's report with a comment; the unit corrects it and submits again.",
    data: z.object({ ...reportRef, comment: z.string().min(1) }),
  }),
  defineEvent({
    type: "reporting.report.locked",
    version: 1,
    topic: REPORT_TOPIC,
    description:
      "A unit's report was not submitted by its deadline and is locked (a late report, for inspections' signals); the city office can grant an exception.",
    data: z.object({ ...reportRef, deadline: day.describe("the submission deadline that passed") }),
  }),
] as const;
