/**
 * The domain's events as catalogued `complaints.*` envelopes. Enriches them for consumers that
 * do not know the complaint (tracking code, notification title and link) and adds one
 * `assigned` event per unit of a transfer for the directory's notification inbox.
 */
import { createEvent, type EventEnvelope, type EventType } from "@tthc/events";
import { eventOrigin, type ChangeContext, type ServiceChangeContext } from "@tthc/service-kit";
import type { ComplaintState, DomainEvent } from "../domain/index.ts";

/** The complaint the events are about, and who caused them when (a null actor: the service's own deadline check). */
export type EventContext = { state: ComplaintState; trackingCode: string } & (ChangeContext | ServiceChangeContext);

export const complaintLink = (id: string) => `/complaints/${id}`;

const STEP_TITLES = { classify: "phân loại", handle: "xử lý", answer: "trả lời" } as const;

function dataOf(event: DomainEvent, ctx: EventContext): Array<{ type: EventType; data: unknown }> {
  const { state, trackingCode } = ctx;
  const link = complaintLink(state.id);
  switch (event.type) {
    case "complaints.complaint.received":
      return [{ type: event.type, data: { trackingCode, ...event.data } }];
    case "complaints.complaint.classified":
      return [{ type: event.type, data: event.data.classification }];
    case "complaints.complaint.transferred":
      return [
        { type: event.type, data: event.data },
        ...event.data.units.map((u) => ({
          type: "complaints.complaint.assigned" as const,
          data: {
            unitId: u.unitId,
            lead: u.lead,
            dueDay: event.data.due.handle,
            title: u.lead ? `PAKN ${trackingCode} được chuyển đến đơn vị chủ trì xử lý` : `PAKN ${trackingCode} cần đơn vị phối hợp xử lý`,
            link,
          },
        })),
      ];
    case "complaints.complaint.due-soon":
    case "complaints.complaint.overdue": {
      const lead = state.assignments.find((a) => a.lead)?.unitId ?? null;
      const what = event.type === "complaints.complaint.overdue" ? "đã quá hạn" : "sắp đến hạn";
      return [
        {
          type: event.type,
          data: {
            ...event.data,
            unitIds: [...event.data.unitIds],
            unitId: lead,
            title: `PAKN ${trackingCode} ${what} ${STEP_TITLES[event.data.step]}`,
            link,
          },
        },
      ];
    }
    default:
      return [{ type: event.type, data: event.data }];
  }
}

export function toEnvelopes(events: readonly DomainEvent[], ctx: EventContext): EventEnvelope[] {
  return events.flatMap((event) =>
    dataOf(event, ctx).map(
      ({ type, data }) =>
        createEvent(type, {
          source: "complaints",
          subject: event.complaintId,
          ...eventOrigin(ctx),
          data,
        } as never) as EventEnvelope,
    ),
  );
}
