/**
 * A PAKN's facts, folded from its complaints.complaint.* events in event-time order: the ComplaintFact row
 * (its state, no personal data) and its daily contributions (docs/domain.md §4 indicator 5.2 and the report
 * forms). Nothing is known of a PAKN until its `received` event has arrived.
 */
import { parseLocalDate, type LocalDate } from "@tthc/calendar";
import { MEASURES, ONLINE_CHANNELS, UNASSIGNED } from "../measures.ts";
import { overdueFrom } from "../timeliness.ts";
import { Contributions, dayOf, inEventOrder, type Contribution, type StoredEvent } from "./contribution.ts";

export interface ComplaintState {
  id: string;
  trackingCode: string;
  channel: string;
  receivedDay: LocalDate;
  status: string;
  statusBeforePause: string | null;
  field: string | null;
  leadUnitId: string | null;
  unitIds: string[];
  dueHandle: LocalDate | null;
  dueAnswer: LocalDate;
  /** The day the answer was sent, or the PAKN returned as out of scope. */
  settledDay: LocalDate | null;
  settledOnTime: boolean | null;
  /** The day it was merged into another or closed without an answer: it leaves the open PAKN. */
  setAsideDay: LocalDate | null;
  /** The sender's rating of the answer: the day rated and whether satisfied; null until rated. */
  rating: { day: LocalDate; satisfied: boolean } | null;
  lastEventAt: Date;
}

type Due = { handle: string | null; answer: string };
const day = (text: string) => parseLocalDate(text);
const dayOrNull = (text: string | null) => (text === null ? null : day(text));

const STATUS_OF: Record<string, string> = {
  "complaints.complaint.answer-drafted": "handled",
  "complaints.complaint.answer-approved": "approved",
  "complaints.complaint.answer-returned": "transferred",
  "complaints.complaint.published": "published",
};

export function foldComplaint(id: string, events: StoredEvent[]): ComplaintState | null {
  const ordered = inEventOrder(events);
  const received = ordered.find((e) => e.type === "complaints.complaint.received");
  if (!received) return null;
  const r = received.data as { trackingCode: string; channel: string; receivedDay: string; due: Due };
  const state: ComplaintState = {
    id,
    trackingCode: r.trackingCode,
    channel: r.channel,
    receivedDay: day(r.receivedDay),
    status: "received",
    statusBeforePause: null,
    field: null,
    leadUnitId: null,
    unitIds: [],
    dueHandle: dayOrNull(r.due.handle),
    dueAnswer: day(r.due.answer),
    settledDay: null,
    settledOnTime: null,
    setAsideDay: null,
    rating: null,
    lastEventAt: new Date(received.time),
  };
  // Events stamped before the receipt cannot belong to this PAKN's life; they are ignored as the live projection did.
  for (const event of ordered.slice(ordered.indexOf(received) + 1)) {
    apply(state, event);
    state.lastEventAt = new Date(event.time);
  }
  return state;
}

function apply(state: ComplaintState, event: StoredEvent): void {
  const data = event.data;
  const reschedule = (due: Due) => {
    state.dueHandle = dayOrNull(due.handle);
    state.dueAnswer = day(due.answer);
  };
  switch (event.type) {
    case "complaints.complaint.classified":
      state.status = "classified";
      state.field = data.field as string;
      return;
    case "complaints.complaint.transferred": {
      const units = data.units as Array<{ unitId: string; lead: boolean }>;
      state.status = "transferred";
      state.leadUnitId = units.find((u) => u.lead)?.unitId ?? null;
      state.unitIds = units.map((u) => u.unitId);
      reschedule(data.due as Due);
      return;
    }
    case "complaints.complaint.answered":
      state.status = "answered";
      state.settledDay = dayOf(event);
      state.settledOnTime = data.onTime as boolean;
      return;
    case "complaints.complaint.returned":
      state.status = "returned";
      state.settledDay = dayOf(event);
      state.settledOnTime = data.withinLegalLimit as boolean;
      return;
    case "complaints.complaint.closed":
      state.status = "closed";
      if (state.settledDay === null) state.setAsideDay = dayOf(event);
      return;
    case "complaints.complaint.merged":
      state.status = "merged";
      if (state.settledDay === null) state.setAsideDay = dayOf(event);
      return;
    case "complaints.complaint.paused":
      if (state.status === "paused") return;
      state.statusBeforePause = state.status;
      state.status = "paused";
      return;
    case "complaints.complaint.resumed":
      state.status = state.statusBeforePause ?? state.status;
      state.statusBeforePause = null;
      reschedule(data.due as Due);
      return;
    case "complaints.complaint.extended":
      reschedule(data.due as Due);
      return;
    case "complaints.complaint.rated":
      // complaints accepts one rating per PAKN; should two ever arrive, the first in event time counts.
      if (state.rating === null) state.rating = { day: dayOf(event), satisfied: data.satisfied as boolean };
      return;
    default: {
      const status = STATUS_OF[event.type];
      if (status) state.status = status;
    }
  }
}

/** The PAKN's daily contributions, all under its lead unit (so a transfer moves its whole history there). */
export function complaintContributions(state: ComplaintState): Contribution[] {
  const unit = state.leadUnitId ?? UNASSIGNED;
  const c = new Contributions()
    .add(MEASURES.paknReceived, unit, state.receivedDay)
    .add(ONLINE_CHANNELS.has(state.channel) ? MEASURES.paknReceivedOnline : MEASURES.paknReceivedOffline, unit, state.receivedDay);
  if (state.settledDay !== null) {
    c.add(state.settledOnTime ? MEASURES.paknSettledOnTime : MEASURES.paknSettledLate, unit, state.settledDay);
  } else if (state.setAsideDay !== null) c.add(MEASURES.paknSetAside, unit, state.setAsideDay);
  if (state.rating !== null) {
    c.add(MEASURES.paknRated, unit, state.rating.day);
    if (state.rating.satisfied) c.add(MEASURES.paknRatedSatisfied, unit, state.rating.day);
  }
  const closed = state.settledDay ?? state.setAsideDay;
  c.stock(MEASURES.paknOpen, unit, state.receivedDay, closed);
  // A paused PAKN's clock is stopped (it waits for the sender), so it does not run overdue.
  if (state.status === "paused") c.stock(MEASURES.paknOpenWithinDeadline, unit, state.receivedDay, closed);
  else {
    const overdue = overdueFrom(state.dueAnswer);
    c.stock(MEASURES.paknOpenWithinDeadline, unit, state.receivedDay, closed !== null && closed < overdue ? closed : overdue);
    c.stock(MEASURES.paknOpenOverdue, unit, overdue, closed);
  }
  return c.list;
}
