/**
 * Due-soon and overdue alerts (cảnh báo sắp đến hạn / quá hạn) for the step a complaint is in.
 * A monitor calls `deadlineAlerts` periodically; each alert is raised once per step and due day,
 * so an extension (a new due day) can warn again.
 */
import type { LocalDate, WorkingCalendar } from "@tthc/calendar";
import { dueStatus, type DeadlineRules } from "./deadlines.ts";
import type { ComplaintState, DeadlineAlertData, DomainEvent } from "./lifecycle-types.ts";

/** The limit that the complaint's current state is running against, or null when no clock runs. */
export function watchedDeadline(state: ComplaintState): DeadlineAlertData | null {
  const units = state.assignments.map((a) => a.unitId);
  const watch = (step: DeadlineAlertData["step"], dueDay: LocalDate | null, unitIds: readonly string[]) =>
    dueDay ? { step, dueDay, unitIds } : null;
  switch (state.status) {
    case "received":
      return watch("classify", state.due.classify, []);
    case "classified":
      return watch("answer", state.due.answer, []);
    case "transferred":
      return watch("handle", state.due.handle, units);
    case "handled":
    case "approved":
      return watch("answer", state.due.answer, units);
    default:
      // paused: the clock is stopped; the other states have finished with the sender's deadline.
      return null;
  }
}

export function deadlineAlerts(
  state: ComplaintState,
  now: Date,
  calendar: WorkingCalendar,
  rules: DeadlineRules,
): { state: ComplaintState; events: DomainEvent[] } {
  const watched = watchedDeadline(state);
  if (!watched) return { state, events: [] };
  const status = dueStatus(watched.dueDay, now, calendar, rules);
  if (status === "on-track") return { state, events: [] };
  const key = `${status}:${watched.step}:${watched.dueDay}`;
  if (state.alertsRaised.includes(key)) return { state, events: [] };
  const type = status === "overdue" ? "complaints.complaint.overdue" : "complaints.complaint.due-soon";
  return {
    state: { ...state, alertsRaised: [...state.alertsRaised, key] },
    events: [{ type, complaintId: state.id, at: now, actorId: null, data: watched }],
  };
}
