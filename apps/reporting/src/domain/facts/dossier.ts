/**
 * Facts of reporting.dossier.recorded: one dossier's steps, folded in event-time order, by its resolving unit.
 * Each step counts once per dossier whatever repeats (a partner sending "received" twice with different times
 * still received one dossier), and the dossier is open (in progress, Biểu 06 "đang giải quyết") from its receipt
 * until it is resolved, refused or withdrawn: within the deadline up to its appointment day, overdue after it.
 * The appointment of the receipt slip counts, not the new one of an apology slip: the apology does not make a
 * late dossier on time (docs/domain.md §3.2, Art 19.9, and indicator 5.4 counts it late).
 */
import { parseLocalDate, type LocalDate } from "@tthc/calendar";
import type { EventData } from "@tthc/events";
import { MEASURES, type Measure } from "../measures.ts";
import { overdueFrom } from "../timeliness.ts";
import { Contributions, dayOf, inEventOrder, type Contribution, type StoredEvent } from "./contribution.ts";

type StepData = EventData<"reporting.dossier.recorded">;

const RESOLVED: Record<NonNullable<StepData["timeliness"]>, Measure> = {
  early: MEASURES.dossierResolvedEarly,
  "on-time": MEASURES.dossierResolvedOnTime,
  late: MEASURES.dossierResolvedLate,
};

/** Steps counted once on the day they (first) happened. */
const ONCE: Partial<Record<StepData["step"], Measure>> = {
  "returned-for-completion": MEASURES.dossierReturnedForCompletion,
  refused: MEASURES.dossierRefused,
  withdrawn: MEASURES.dossierWithdrawn,
  "apology-issued": MEASURES.dossierApologyIssued,
  "paid-online": MEASURES.dossierPaidOnline,
  digitised: MEASURES.dossierDigitised,
  "result-issued-electronically": MEASURES.dossierResultElectronic,
};

const CLOSING = new Set<StepData["step"]>(["resolved", "refused", "withdrawn"]);

/** A dossier's steps in event order, the unit it counts for and the resolution that gives its outcome. */
function foldDossier(events: StoredEvent[]) {
  const steps = inEventOrder(events).map((e) => ({ id: e.id, day: dayOf(e), data: e.data as unknown as StepData }));
  if (steps.length === 0) return null;
  const received = steps.find((s) => s.data.step === "received");
  // The unit that received it; a dossier whose receipt has not arrived yet (out of order) counts for the step's unit.
  const unit = (received ?? steps[0]!).data.unitId;
  // The last word wins for the outcome: a one-stop system that corrects a resolution resends it later.
  const resolved = steps.findLast((s) => s.data.step === "resolved");
  return { steps, received, unit, resolved };
}

/** A projected step of the drill-down (db DossierStep): under the dossier's unit, the counted resolution marked. */
export interface DossierStepRow {
  id: string;
  dossierCode: string;
  step: string;
  unitId: string;
  day: LocalDate;
  resolvedAs: string | null;
}

/** The dossier's steps as the drill-down lists them: exactly the rows behind its contributions' figures. */
export function dossierStepRows(events: StoredEvent[]): DossierStepRow[] {
  const fold = foldDossier(events);
  if (!fold) return [];
  return fold.steps.map((s) => ({
    id: s.id,
    dossierCode: s.data.dossierCode,
    step: s.data.step,
    unitId: fold.unit,
    day: s.day,
    resolvedAs: s === fold.resolved ? (s.data.timeliness ?? null) : null,
  }));
}

export function dossierContributions(events: StoredEvent[]): Contribution[] {
  const fold = foldDossier(events);
  if (!fold) return [];
  const { steps, received, unit, resolved } = fold;
  const c = new Contributions();
  if (received)
    c.add(received.data.channel === "online" ? MEASURES.dossierReceivedOnline : MEASURES.dossierReceivedOffline, unit, received.day);
  if (resolved?.data.timeliness) c.add(RESOLVED[resolved.data.timeliness], unit, resolved.day);
  for (const [step, measure] of Object.entries(ONCE) as Array<[StepData["step"], Measure]>) {
    const first = steps.find((s) => s.data.step === step);
    if (first) c.add(measure, unit, first.day);
  }
  if (received?.data.dueDay) {
    const closedOn: LocalDate | null = steps.find((s) => CLOSING.has(s.data.step))?.day ?? null;
    const overdue = overdueFrom(parseLocalDate(received.data.dueDay));
    const withinUntil = closedOn !== null && closedOn < overdue ? closedOn : overdue;
    c.stock(MEASURES.dossierOpenWithinDeadline, unit, received.day, withinUntil);
    c.stock(MEASURES.dossierOpenOverdue, unit, overdue, closedOn);
  }
  return c.list;
}
