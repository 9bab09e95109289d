/** Facts of inspections.* events: plans approved, inspections, findings and recommendations by the inspected unit. */
import { parseLocalDate, type LocalDate } from "@tthc/calendar";
import { MEASURES, UNASSIGNED } from "../measures.ts";
import { isLate, overdueFrom } from "../timeliness.ts";
import { Contributions, dayOf, inEventOrder, type Contribution, type StoredEvent } from "./contribution.ts";

const first = (events: StoredEvent[], type: string) => inEventOrder(events).find((e) => e.type === type);

/** The city's inspection plan belongs to no unit. */
export function inspectionPlanContributions(events: StoredEvent[]): Contribution[] {
  const approved = first(events, "inspections.plan.approved");
  return approved
    ? new Contributions().add(MEASURES.inspectionPlanApproved, UNASSIGNED, parseLocalDate(approved.data.approvedOn as string)).list
    : [];
}

export function inspectionContributions(events: StoredEvent[]): Contribution[] {
  const c = new Contributions();
  const scheduled = first(events, "inspections.inspection.scheduled");
  const started = first(events, "inspections.inspection.started");
  const concluded = first(events, "inspections.inspection.concluded");
  if (scheduled) c.add(MEASURES.inspectionScheduled, scheduled.data.unitId as string, parseLocalDate(scheduled.data.windowStart as string));
  if (started) c.add(MEASURES.inspectionStarted, started.data.unitId as string, dayOf(started));
  if (concluded) c.add(MEASURES.inspectionConcluded, concluded.data.unitId as string, parseLocalDate(concluded.data.concludedOn as string));
  return c.list;
}

export function findingContributions(events: StoredEvent[]): Contribution[] {
  const recorded = first(events, "inspections.finding.recorded");
  if (!recorded) return [];
  const unit = recorded.data.unitId as string;
  const c = new Contributions().add(MEASURES.findingRecorded, unit, dayOf(recorded));
  if (recorded.data.severity === "serious") c.add(MEASURES.findingSerious, unit, dayOf(recorded));
  return c.list;
}

/** A recommendation is open from its issue until the team verifies it, and overdue after its due day (timeliness.ts). */
export function recommendationContributions(events: StoredEvent[]): Contribution[] {
  const ordered = inEventOrder(events);
  const issued = ordered.find((e) => e.type === "inspections.recommendation.issued");
  if (!issued) return [];
  const last = ordered.at(-1)!.data as { unitId: string; dueDay: string };
  const unit = last.unitId;
  const dueDay = parseLocalDate(last.dueDay);
  const verified = ordered.find((e) => e.type === "inspections.recommendation.verified");
  const closedOn: LocalDate | null = verified ? dayOf(verified) : null;
  const c = new Contributions().add(MEASURES.recommendationIssued, unit, dayOf(issued));
  if (closedOn) c.add(isLate(closedOn, dueDay) ? MEASURES.recommendationClosedLate : MEASURES.recommendationClosedOnTime, unit, closedOn);
  c.stock(MEASURES.recommendationOpen, unit, dayOf(issued), closedOn);
  c.stock(MEASURES.recommendationOpenOverdue, unit, overdueFrom(dueDay), closedOn);
  return c.list;
}
