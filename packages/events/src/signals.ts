/**
 * The platform's one definition of "overdue" and "late" (docs/adding-an-event.md §9): which catalogued
 * events say that a unit let something run past its limit. Inspections projects them into its signals
 * read model (a unit's figures, the risk ranking); reporting counts the same facts with the same
 * function, so a "late" in a report and a "late" in an inspection never disagree.
 *
 * Every rule reads only the event (its data and time), never a clock: replaying a topic from offset 0
 * yields the same signals.
 */
import type { EventEnvelope, EventOf } from "./catalogue.ts";

/** What a unit's record shows, one kind per fact an event can state. */
export const SIGNAL_KINDS = [
  /** A PAKN was assigned to the unit as lead unit (tiếp nhận xử lý): the unit's PAKN received. */
  "complaint-received",
  /** A limit of a PAKN the unit leads passed: complaints published complaints.complaint.overdue for it. */
  "complaint-overdue",
  /** The unit's answer reached the sender after the answer's due day (complaints.complaint.answered, onTime false). */
  "complaint-answered-late",
  /** A plan occurrence the unit owes passed its due day without being done (planning.occurrence.overdue). */
  "occurrence-overdue",
  /** The unit reported an occurrence done on a day after its due day. */
  "occurrence-done-late",
  /** The unit submitted a periodic report; `late` says whether after its deadline, null while the event does not tell. */
  "report-submitted",
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** One fact about a unit, keyed by the event that stated it. */
export interface UnitSignal {
  eventId: string;
  kind: SignalKind;
  unitId: string;
  /** What the fact is about (the PAKN, the occurrence, the report): counts are of distinct subjects. */
  subject: string;
  /** The day in Vietnam the fact counts on (yyyy-mm-dd). */
  day: string;
  /** report-submitted only: submitted after its deadline; null = the event carries no deadline ("no data"). */
  late: boolean | null;
}

/** The day in Vietnam (UTC+7 all year, no daylight saving) of an instant. */
export function vietnamDay(time: string | Date): string {
  const at = typeof time === "string" ? Date.parse(time) : time.getTime();
  return new Date(at + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Late = done on a day after the due day; a thing done on its due day is on time (days as yyyy-mm-dd). */
export const isLate = (doneOn: string, dueDay: string): boolean => doneOn > dueDay;

/**
 * A PAKN answered late: its answer reached the sender after the answer's legal due day. Complaints
 * computes it when answering (with pauses and extensions it alone knows) and states it as `onTime`.
 */
export const complaintAnsweredLate = (data: EventOf<"complaints.complaint.answered">["data"]): boolean => !data.onTime;

/** An occurrence done late: reported done (status done) on a day after its due day. */
export function occurrenceDoneLate(event: EventOf<"planning.occurrence.reported">): boolean {
  return event.data.status === "done" && isLate(vietnamDay(event.time), event.data.dueDay);
}

/**
 * A report late: submitted after its deadline. reporting.report.submitted carries no deadline yet, so
 * lateness is unknown (null, shown as "no data") until reporting publishes it.
 */
export function reportSubmittedLate(event: EventOf<"reporting.report.submitted">): boolean | null {
  const data = event.data as { submittedOn: string; deadline?: string | null; late?: boolean | null };
  if (typeof data.late === "boolean") return data.late;
  if (data.deadline) return isLate(data.submittedOn, data.deadline);
  return null;
}

/** The event types that state signals (the topics a signals consumer subscribes to follow from them). */
export const SIGNAL_EVENT_TYPES = [
  "complaints.complaint.assigned",
  "complaints.complaint.overdue",
  "complaints.complaint.answered",
  "planning.occurrence.overdue",
  "planning.occurrence.reported",
  "reporting.report.submitted",
] as const;
export type SignalEventType = (typeof SIGNAL_EVENT_TYPES)[number];

/** The unit facts an event states (none for most events). */
export function signalsOf(event: EventEnvelope): UnitSignal[] {
  const base = { eventId: event.id, subject: event.subject, day: vietnamDay(event.time), late: null };
  switch (event.type) {
    case "complaints.complaint.assigned": {
      const e = event as EventOf<"complaints.complaint.assigned">;
      // Coordinating units contribute to the lead unit's PAKN; it is counted once, for the lead.
      return e.data.lead ? [{ ...base, kind: "complaint-received", unitId: e.data.unitId }] : [];
    }
    case "complaints.complaint.overdue": {
      const e = event as EventOf<"complaints.complaint.overdue">;
      // Before the transfer (classify step) no unit leads it: the city office's own delay, not a unit's.
      return e.data.unitId ? [{ ...base, kind: "complaint-overdue", unitId: e.data.unitId }] : [];
    }
    case "complaints.complaint.answered": {
      const e = event as EventOf<"complaints.complaint.answered">;
      return complaintAnsweredLate(e.data) && e.data.unitId ? [{ ...base, kind: "complaint-answered-late", unitId: e.data.unitId }] : [];
    }
    case "planning.occurrence.overdue": {
      const e = event as EventOf<"planning.occurrence.overdue">;
      return [{ ...base, kind: "occurrence-overdue", unitId: e.data.unitId }];
    }
    case "planning.occurrence.reported": {
      const e = event as EventOf<"planning.occurrence.reported">;
      return occurrenceDoneLate(e) ? [{ ...base, kind: "occurrence-done-late", unitId: e.data.reportingUnitId }] : [];
    }
    case "reporting.report.submitted": {
      const e = event as EventOf<"reporting.report.submitted">;
      return [{ ...base, kind: "report-submitted", unitId: e.data.unitId, subject: e.data.reportId, late: reportSubmittedLate(e) }];
    }
    default:
      return [];
  }
}
