/**
 * The reporting projection of PAKN (phản ánh, kiến nghị): one ComplaintFact per complaint, kept by the
 * complaints.complaint.* events. Each handler writes through the consumer's transaction, so an event
 * and its processed_event row commit together; a fact only moves forward in event time, so replaying
 * the topic from offset 0 into an empty database yields the same facts.
 */
import { parseLocalDate, toDbDate, toLocalDate } from "@tthc/calendar";
import type { EventOf, EventType } from "@tthc/events";
import type { EventHandlers } from "@tthc/messaging";
import type { Prisma } from "../db/generated/client.ts";
import type { Tx } from "../db/client.ts";

type ComplaintEventType = Extract<EventType, `complaints.complaint.${string}`>;
type Handler<K extends ComplaintEventType> = (event: EventOf<K>, tx: Tx) => Promise<void>;

// Events carry days as validated YYYY-MM-DD strings; parsing again costs nothing and keeps the type honest.
const dbDay = (day: string) => toDbDate(parseLocalDate(day));
const dbDayOrNull = (day: string | null) => (day === null ? null : dbDay(day));
const eventDay = (event: { time: string }) => toDbDate(toLocalDate(new Date(event.time)));

/** Apply `change` to the complaint's fact unless a later event already did; a fact not yet received is left alone. */
async function advance(
  tx: Tx,
  event: { subject: string; time: string },
  change: Prisma.ComplaintFactUpdateManyMutationInput,
): Promise<void> {
  const at = new Date(event.time);
  await tx.complaintFact.updateMany({ where: { id: event.subject, lastEventAt: { lte: at } }, data: { ...change, lastEventAt: at } });
}

const toStatus =
  (status: string): Handler<ComplaintEventType> =>
  (event, tx) =>
    advance(tx, event, { status });

const received: Handler<"complaints.complaint.received"> = async (event, tx) => {
  const { trackingCode, channel, receivedDay, due } = event.data;
  const at = new Date(event.time);
  await tx.complaintFact.upsert({
    where: { id: event.subject },
    create: {
      id: event.subject,
      trackingCode,
      channel,
      receivedDay: dbDay(receivedDay),
      status: "received",
      dueHandle: dbDayOrNull(due.handle),
      dueAnswer: dbDay(due.answer),
      lastEventAt: at,
    },
    update: {},
  });
};

const transferred: Handler<"complaints.complaint.transferred"> = (event, tx) =>
  advance(tx, event, {
    status: "transferred",
    leadUnitId: event.data.units.find((u) => u.lead)?.unitId ?? null,
    unitIds: event.data.units.map((u) => u.unitId),
    dueHandle: dbDayOrNull(event.data.due.handle),
    dueAnswer: dbDay(event.data.due.answer),
  });

const rescheduled: Handler<"complaints.complaint.extended"> = (event, tx) =>
  advance(tx, event, { dueHandle: dbDayOrNull(event.data.due.handle), dueAnswer: dbDay(event.data.due.answer) });

const paused: Handler<"complaints.complaint.paused"> = async (event, tx) => {
  const fact = await tx.complaintFact.findUnique({ where: { id: event.subject } });
  if (!fact || fact.status === "paused") return;
  await advance(tx, event, { status: "paused", statusBeforePause: fact.status });
};

const resumed: Handler<"complaints.complaint.resumed"> = async (event, tx) => {
  const fact = await tx.complaintFact.findUnique({ where: { id: event.subject } });
  if (!fact) return;
  await advance(tx, event, {
    status: fact.statusBeforePause ?? fact.status,
    statusBeforePause: null,
    dueHandle: dbDayOrNull(event.data.due.handle),
    dueAnswer: dbDay(event.data.due.answer),
  });
};

export const complaintFactHandlers = {
  "complaints.complaint.received": received,
  "complaints.complaint.classified": (event, tx) => advance(tx, event, { status: "classified", field: event.data.field }),
  "complaints.complaint.transferred": transferred,
  "complaints.complaint.answer-drafted": toStatus("handled"),
  "complaints.complaint.answer-approved": toStatus("approved"),
  "complaints.complaint.answer-returned": toStatus("transferred"),
  "complaints.complaint.answered": (event, tx) =>
    advance(tx, event, { status: "answered", settledDay: eventDay(event), settledOnTime: event.data.onTime }),
  "complaints.complaint.published": toStatus("published"),
  "complaints.complaint.closed": toStatus("closed"),
  "complaints.complaint.returned": (event, tx) =>
    advance(tx, event, { status: "returned", settledDay: eventDay(event), settledOnTime: event.data.withinLegalLimit }),
  "complaints.complaint.merged": toStatus("merged"),
  "complaints.complaint.paused": paused,
  "complaints.complaint.resumed": resumed,
  "complaints.complaint.extended": rescheduled,
} satisfies EventHandlers<Tx>;
