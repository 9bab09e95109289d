/** The events reporting emits about a unit's report (catalogued in @tthc/events), enqueued in the change's transaction. */
import { fromDbDate } from "@tthc/calendar";
import { createEvent, type EventData, type EventOf } from "@tthc/events";
import { actorRef, type Actor } from "@tthc/service-kit";
import type { CityReport, UnitReport } from "../db/generated/client.ts";

export const SOURCE = "reporting";

type ReportEventType = "reporting.report.submitted" | "reporting.report.accepted" | "reporting.report.returned" | "reporting.report.locked";

export const reportLink = (id: string) => `/reports/${id}`;

/** The fields every report event carries. */
export function reportRef(report: UnitReport, periodKind: string) {
  return {
    reportId: report.id,
    unitId: report.unitId,
    kindCode: report.kindCode,
    periodKind: periodKind as EventData<"reporting.report.accepted">["periodKind"],
    periodLabel: report.periodLabel,
    periodStart: fromDbDate(report.periodStart),
    periodEnd: fromDbDate(report.periodEnd),
    link: reportLink(report.id),
  };
}

export function reportEvent<K extends ReportEventType>(
  type: K,
  report: UnitReport,
  data: EventData<K>,
  actor: Actor | null,
  time: Date,
): EventOf<K> {
  return createEvent(type, {
    source: SOURCE,
    subject: report.id,
    data,
    actor: actor ? actorRef(actor) : null,
    time,
  } as Parameters<typeof createEvent<K>>[1]);
}

/** reporting.city-report.issued: the city report and the units' counts at its issue; the subject is its id. */
export function cityReportEvent(report: CityReport, periodKind: string, actor: Actor): EventOf<"reporting.city-report.issued"> {
  return createEvent("reporting.city-report.issued", {
    source: SOURCE,
    subject: report.id,
    actor: actorRef(actor),
    time: report.issuedAt,
    data: {
      cityReportId: report.id,
      number: report.number,
      kindCode: report.kindCode,
      periodKind: periodKind as EventData<"reporting.city-report.issued">["periodKind"],
      periodLabel: report.periodLabel,
      periodStart: fromDbDate(report.periodStart),
      periodEnd: fromDbDate(report.periodEnd),
      issuedAt: report.issuedAt.toISOString(),
      units: { expected: report.expected, received: report.received, accepted: report.accepted, onTime: report.onTime, late: report.late },
      link: "/reporting",
    },
  });
}
