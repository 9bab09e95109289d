/** Facts of planning.* events: plans issued, plan occurrences done on time or late or overdue, unit plans. */
import { parseLocalDate, type LocalDate } from "@tthc/calendar";
import { MEASURES } from "../measures.ts";
import { isLate, overdueFrom } from "../timeliness.ts";
import { Contributions, dayOf, inEventOrder, type Contribution, type StoredEvent } from "./contribution.ts";

export function planContributions(events: StoredEvent[]): Contribution[] {
  const issued = inEventOrder(events).find((e) => e.type === "planning.plan.issued");
  if (!issued) return [];
  return new Contributions().add(MEASURES.planIssued, issued.data.issuingUnitId as string, dayOf(issued)).list;
}

/**
 * An occurrence (one due date of a plan task). Its lead unit is the unit planning reminds (due-soon,
 * overdue) or, failing those, the unit whose "done" report was accepted; `reported` events name the city
 * office as their recipient, so they only give the reporting unit. It is done on the day the accepted
 * "done" report was filed (timeliness.ts).
 */
export function occurrenceContributions(events: StoredEvent[]): Contribution[] {
  const ordered = inEventOrder(events);
  if (ordered.length === 0) return [];
  const first = ordered[0]!.data as { dueDay: string };
  let dueDay = parseLocalDate(first.dueDay);
  let leadUnit: string | null = null;
  const reportedOn = new Map<string, { day: LocalDate; unitId: string }>();
  let done: { day: LocalDate; unitId: string } | null = null;
  const c = new Contributions();
  for (const event of ordered) {
    const data = event.data as { dueDay: string; unitId: string; reportId?: string; status?: string; reportingUnitId?: string };
    dueDay = parseLocalDate(data.dueDay);
    switch (event.type) {
      case "planning.occurrence.due-soon":
      case "planning.occurrence.overdue":
        leadUnit = data.unitId;
        break;
      case "planning.occurrence.reported":
        reportedOn.set(data.reportId!, { day: dayOf(event), unitId: data.reportingUnitId! });
        break;
      case "planning.occurrence.accepted":
        // A report accepted before its own `reported` event arrived counts from the acceptance day until it does.
        if (data.status === "done" && done === null) done = reportedOn.get(data.reportId!) ?? { day: dayOf(event), unitId: data.unitId };
        break;
    }
  }
  const unit = leadUnit ?? done?.unitId ?? [...reportedOn.values()][0]?.unitId;
  if (unit === undefined) return [];
  for (const report of reportedOn.values()) c.add(MEASURES.occurrenceProgressReported, unit, report.day);
  if (done) c.add(isLate(done.day, dueDay) ? MEASURES.occurrenceDoneLate : MEASURES.occurrenceDoneOnTime, unit, done.day);
  c.stock(MEASURES.occurrenceOpenOverdue, unit, overdueFrom(dueDay), done?.day ?? null);
  return c.list;
}

/** A unit's own plan: submitted (late or not, as planning judged it against the decision's deadline), accepted. */
export function unitPlanContributions(events: StoredEvent[]): Contribution[] {
  const ordered = inEventOrder(events);
  const submitted = ordered.find((e) => e.type === "planning.unit-plan.submitted");
  const accepted = ordered.find((e) => e.type === "planning.unit-plan.accepted");
  const unit = ((submitted ?? accepted)?.data.filingUnitId as string | undefined) ?? null;
  if (unit === null) return [];
  const c = new Contributions();
  if (submitted) {
    const day = parseLocalDate(submitted.data.submittedOn as string);
    c.add(MEASURES.unitPlanSubmitted, unit, day);
    if (submitted.data.late) c.add(MEASURES.unitPlanSubmittedLate, unit, day);
  }
  if (accepted) c.add(MEASURES.unitPlanAccepted, unit, dayOf(accepted));
  return c.list;
}
