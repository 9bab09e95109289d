/**
 * Events of other services that advance linked tasks (docs/architecture.md §6: consumers are idempotent; the
 * consumer also skips redelivered event ids, and every effect here is keyed so a repeat adds nothing).
 */
import { parseLocalDate } from "@tthc/calendar";
import type { EventOf } from "@tthc/events";
import type { Prisma } from "../db/generated/client.ts";
import { advanceLinkedOccurrences, eventDay, finishComplaintOccurrences, startComplaintOccurrences } from "../use-cases/linked-tasks.ts";

type Tx = Prisma.TransactionClient;

export const activityHandlers = {
  "complaints.complaint.assigned": async (event: EventOf<"complaints.complaint.assigned">, tx: Tx) => {
    const { unitId, lead, dueDay, title, link } = event.data;
    if (!lead) return; // contributing units add to the lead unit's work, as coordinating units do
    const receivedOn = eventDay(event.time);
    await startComplaintOccurrences(tx, {
      id: event.subject,
      unitId,
      dueDay: dueDay ? parseLocalDate(dueDay) : receivedOn,
      title,
      link,
      receivedOn,
    });
  },
  "complaints.complaint.answered": async (event: EventOf<"complaints.complaint.answered">, tx: Tx) => {
    await finishComplaintOccurrences(tx, event.subject, {
      note: `Đã trả lời phản ánh, kiến nghị (văn bản số ${event.data.documentNumber}).`,
      number: event.data.documentNumber,
      date: eventDay(event.time),
      at: new Date(event.time),
    });
  },
  "complaints.complaint.closed": async (event: EventOf<"complaints.complaint.closed">, tx: Tx) => {
    await finishComplaintOccurrences(tx, event.subject, {
      note: "Phản ánh, kiến nghị đã kết thúc xử lý.",
      number: null,
      date: eventDay(event.time),
      at: new Date(event.time),
    });
  },
  // Approving the year's inspection plan is the first step of the task linked to inspections (VIII.1):
  // it completes the lead's occurrence of the period the approval falls in, in that year's plan only.
  "inspections.plan.approved": async (event: EventOf<"inspections.plan.approved">, tx: Tx) => {
    const d = event.data;
    const day = parseLocalDate(d.approvedOn);
    await advanceLinkedOccurrences(
      tx,
      "inspection",
      day,
      {
        sourceRef: `inspection-plan:${d.planId}`,
        note: `Đã phê duyệt ${d.title} (${d.inspectionCount} cuộc kiểm tra).`,
        number: null,
        date: day,
        link: `/inspections/plans/${d.planId}`,
        at: new Date(event.time),
      },
      { year: d.year },
    );
  },
  // A concluded inspection is evidence for the occurrence of the period the unit was inspected in (the
  // month or quarter the plan scheduled it in; the conclusion day for events from before the window was
  // published), in the plan of that period's year — not for every inspection-linked task.
  "inspections.inspection.concluded": async (event: EventOf<"inspections.inspection.concluded">, tx: Tx) => {
    const d = event.data;
    const concludedOn = parseLocalDate(d.concludedOn);
    const period = d.windowStart ? parseLocalDate(d.windowStart) : concludedOn;
    await advanceLinkedOccurrences(
      tx,
      "inspection",
      period,
      {
        sourceRef: `inspection:${d.inspectionId}`,
        note: `Kết luận kiểm tra: ${d.title}`,
        number: d.conclusionNumber,
        date: concludedOn,
        link: d.link,
        at: new Date(event.time),
      },
      { year: Number(period.slice(0, 4)) },
    );
  },
  "reporting.report.submitted": async (event: EventOf<"reporting.report.submitted">, tx: Tx) => {
    const d = event.data;
    // An ad-hoc report answers a one-off request, not an occurrence of the plan's periodic-report task.
    if (d.periodKind === "ad-hoc") return;
    const day = parseLocalDate(d.submittedOn);
    // The report counts for its own period, not the submission day's: a late Q1 report filed in April is Q1's.
    // The data window's last day (the cut-off, e.g. 14/03) lies in the period's last calendar month.
    const periodDay = d.periodEnd ? parseLocalDate(d.periodEnd) : day;
    await advanceLinkedOccurrences(
      tx,
      "periodic-report",
      periodDay,
      {
        sourceRef: `report:${d.reportId}`,
        note: `Đã gửi báo cáo ${d.periodLabel}.`,
        number: null,
        date: day,
        link: d.link,
        at: new Date(event.time),
      },
      { actingUnitId: d.unitId, periodKind: d.periodKind },
    );
  },
};
