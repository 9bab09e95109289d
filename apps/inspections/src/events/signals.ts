/**
 * The signals read model: the facts other services' events state about a unit (signalsOf in @tthc/events,
 * the platform's one definition of overdue and late), one row per event id. The consumer's transaction
 * records the event as processed; the row's key is the event id too, so a replay into a database that
 * still holds it, or a redelivery, adds nothing.
 */
import { parseLocalDate, toDbDate } from "@tthc/calendar";
import { SIGNAL_EVENT_TYPES, signalsOf, type EventEnvelope, type SignalEventType } from "@tthc/events";
import type { Prisma } from "../db/generated/client.ts";

type Tx = Prisma.TransactionClient;

export async function recordSignals(event: EventEnvelope, tx: Tx): Promise<void> {
  const signals = signalsOf(event);
  if (signals.length === 0) return;
  await tx.unitSignal.createMany({
    data: signals.map((s) => ({
      eventId: s.eventId,
      kind: s.kind,
      unitId: s.unitId,
      subject: s.subject,
      day: toDbDate(parseLocalDate(s.day)),
      late: s.late,
    })),
    skipDuplicates: true,
  });
}

/** A handler per event type that states signals. */
export const signalHandlers = Object.fromEntries(SIGNAL_EVENT_TYPES.map((type) => [type, recordSignals])) as Record<
  SignalEventType,
  (event: EventEnvelope, tx: Tx) => Promise<void>
>;
