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

const CITY_REPORT_TOPIC = "reporting.city-report.v1";

/** The city report (báo cáo của thành phố) to the province; the subject is the city report's id. */
export const cityReportEvents = [
  defineEvent({
    type: "reporting.city-report.issued",
    version: 1,
    topic: CITY_REPORT_TOPIC,
    description:
      "The city office issued the city report (báo cáo của thành phố) of a kind and period: the accepted unit reports consolidated, as DOCX and XLSX.",
    data: z.object({
      cityReportId: z.string().min(1),
      number: z.string().min(1).describe('number and symbol, e.g. "3/BC-VP"'),
      kindCode: z.string().min(1).describe('the report kind of the registry, e.g. "tthc-control-quarterly"'),
      periodKind,
      periodLabel: z.string().min(1).describe('e.g. "Quý I/2025"'),
      periodStart: day.describe("first day of the data window"),
      periodEnd: day.describe("last day of the data window"),
      issuedAt: z.iso.datetime({ offset: true }).describe("when it was issued (ISO instant)"),
      units: z
        .object({
          expected: z.number().int().nonnegative(),
          received: z.number().int().nonnegative().describe("submitted or accepted"),
          accepted: z.number().int().nonnegative().describe("consolidated into the report"),
          onTime: z.number().int().nonnegative(),
          late: z.number().int().nonnegative(),
        })
        .describe("the units' reports at the moment of issue (the completeness board)"),
      link: z.string().startsWith("/").describe("path of the period's reports in the web app"),
    }),
  }),
] as const;

const DOSSIER_TOPIC = "reporting.dossier.v1";

/**
 * The steps of a one-stop dossier (hồ sơ TTHC) a partner one-stop system reports (docs/domain.md §3); the
 * platform runs no desk itself, so these are facts it is told, by a partner's API key or the city office's import.
 */
export const DOSSIER_STEPS = [
  "received",
  "resolved",
  "returned-for-completion",
  "refused",
  "withdrawn",
  "apology-issued",
  "paid-online",
  "digitised",
  "result-issued-electronically",
] as const;

export const dossierEvents = [
  defineEvent({
    type: "reporting.dossier.recorded",
    version: 1,
    topic: DOSSIER_TOPIC,
    description:
      "A step of a one-stop dossier (hồ sơ TTHC) reported by a partner one-stop system or imported by the city office; the subject is the dossier code and the event id is derived from the step, so a resent step is the same event.",
    data: z.object({
      dossierCode: z
        .string()
        .min(1)
        .describe("mã số hồ sơ, in a format of reporting's configuration (Circular 01/2018 Art 19, Circular 04/2025)"),
      unitId: z.string().min(1).describe("the resolving unit (directory id)"),
      step: z.enum(DOSSIER_STEPS),
      channel: z.enum(["online", "in-person", "post"]).optional().describe("how it was received (step received)"),
      dueDay: day.optional().describe("the appointment day on the receipt slip (step received)"),
      timeliness: z.enum(["early", "on-time", "late"]).optional().describe("resolved before, on or after the appointment (step resolved)"),
      newDueDay: day.optional().describe("the new appointment of the apology slip (step apology-issued)"),
      origin: z.enum(["partner", "import"]).describe("sent by a partner's key (actor) or imported from a file"),
      importId: z.string().min(1).optional().describe("the import it came from (origin import)"),
    }),
  }),
] as const;
