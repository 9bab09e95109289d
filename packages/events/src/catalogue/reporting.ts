import { z } from "zod";
import { defineEvent } from "../define.ts";

const REPORT_TOPIC = "reporting.report.v1";

/** Events of a periodic report (báo cáo định kỳ); the subject is the report id. */
export const reportingEvents = [
  defineEvent({
    type: "reporting.report.submitted",
    version: 1,
    topic: REPORT_TOPIC,
    description: "A unit submitted a periodic report; planning attaches it as evidence to the plan's linked periodic-report task.",
    data: z.object({
      reportId: z.string().min(1),
      unitId: z.string().min(1).describe("the submitting unit"),
      periodKind: z.enum(["month", "quarter", "half-year", "nine-month", "year"]),
      periodLabel: z.string().min(1).describe('e.g. "Quý I/2024"'),
      submittedOn: z.iso.date(),
      link: z.string().startsWith("/").describe("path of the report in the web app"),
    }),
  }),
] as const;
