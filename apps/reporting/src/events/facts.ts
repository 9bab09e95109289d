/**
 * Projections of every catalogued planning, complaints, inspections and directory event, and of the dossier steps, into per-unit
 * per-day facts (DailyFact), so that a period's figure is one SUM.
 *
 * Each event is stored under the entity it is about, then the entity's facts are refolded from all its
 * stored events in event-time order and only the difference reaches the daily sums. Hence a duplicate
 * delivery changes nothing (its id is already stored), an out-of-order delivery lands where it belongs, and
 * a replay from offset 0 into empty tables yields the same rows whatever the interleaving of partitions.
 */
import type { EventEnvelope, EventType } from "@tthc/events";
import type { EventHandlers } from "@tthc/messaging";
import type { Tx } from "../db/client.ts";
import { eventsOfEntities, replaceContributions, storeEvents } from "../db/facts.ts";
import type { Contribution, StoredEvent } from "../domain/facts/contribution.ts";
import { complaintContributions, foldComplaint } from "../domain/facts/complaint.ts";
import { unitContributions } from "../domain/facts/directory.ts";
import { dossierContributions, dossierStepRows } from "../domain/facts/dossier.ts";
import { replaceDossierSteps } from "../db/dossier-steps.ts";
import {
  findingContributions,
  inspectionContributions,
  inspectionPlanContributions,
  recommendationContributions,
} from "../domain/facts/inspections.ts";
import { occurrenceContributions, planContributions, unitPlanContributions } from "../domain/facts/planning.ts";
import { saveComplaintFact } from "../db/complaint-facts.ts";

/** Free text (reasons, guidance, comments, titles) may hold personal data and no figure needs it. */
const FREE_TEXT = new Set(["reason", "guidance", "comment", "title", "regulation", "category"]);

function stored(event: EventEnvelope): StoredEvent {
  const data = Object.fromEntries(Object.entries(event.data as Record<string, unknown>).filter(([key]) => !FREE_TEXT.has(key)));
  return { id: event.id, type: event.type, time: event.time, data };
}

interface Projection {
  /** The entity an event is about, e.g. "occurrence:<id>". */
  entity: (event: EventEnvelope) => string;
  /** Refold the entity's facts from all its events (writes its own rows, if any) and return its contributions. */
  refold: (tx: Tx, entity: string, events: StoredEvent[]) => Promise<Contribution[]> | Contribution[];
}

/**
 * Project events (one, or a consumer chunk's in order): store each under its entity, then refold every
 * entity that got a new event from all its stored events, and apply the difference to the daily sums —
 * a few statements for the whole chunk, which is what lets a history of a million steps ingest in minutes.
 */
export async function projectFacts(tx: Tx, events: readonly EventEnvelope[]): Promise<void> {
  const projected = events.flatMap((event) => {
    const projection = PROJECTIONS[event.type];
    return projection ? [{ projection, entity: projection.entity(event), event: stored(event) }] : [];
  });
  const fresh = await storeEvents(tx, projected);
  const touched = new Map<string, Projection>();
  for (const p of projected) if (fresh.has(p.event.id)) touched.set(p.entity, p.projection);
  if (touched.size === 0) return;
  const history = await eventsOfEntities(tx, [...touched.keys()]);
  const next = new Map<string, Contribution[]>();
  for (const [entity, projection] of touched) next.set(entity, await projection.refold(tx, entity, history.get(entity) ?? []));
  await replaceContributions(tx, next);
  // The dashboard's drill-down: each touched dossier's steps, under the unit and outcome its facts count, set-based.
  const dossiers = [...touched].filter(([, projection]) => projection === dossier).map(([entity]) => entity);
  await replaceDossierSteps(
    tx,
    dossiers.map((entity) => entity.slice("dossier:".length)),
    dossiers.flatMap((entity) => dossierStepRows(history.get(entity) ?? [])),
  );
}

const dataField = (kind: string, field: string) => (event: EventEnvelope) =>
  `${kind}:${(event.data as Record<string, unknown>)[field] as string}`;

const complaint: Projection = {
  entity: (event) => `complaint:${event.subject}`,
  refold: async (tx, entity, events) => {
    const state = foldComplaint(entity.slice("complaint:".length), events);
    if (!state) return [];
    await saveComplaintFact(tx, state);
    return complaintContributions(state);
  },
};
const plan: Projection = { entity: dataField("plan", "planId"), refold: (_, __, events) => planContributions(events) };
const occurrence: Projection = {
  entity: dataField("occurrence", "occurrenceId"),
  refold: (_, __, events) => occurrenceContributions(events),
};
const unitPlan: Projection = { entity: dataField("unit-plan", "unitPlanId"), refold: (_, __, events) => unitPlanContributions(events) };
const inspectionPlan: Projection = {
  entity: dataField("inspection-plan", "planId"),
  refold: (_, __, events) => inspectionPlanContributions(events),
};
const inspection: Projection = {
  entity: dataField("inspection", "inspectionId"),
  refold: (_, __, events) => inspectionContributions(events),
};
const finding: Projection = { entity: dataField("finding", "findingId"), refold: (_, __, events) => findingContributions(events) };
const recommendation: Projection = {
  entity: dataField("recommendation", "recommendationId"),
  refold: (_, __, events) => recommendationContributions(events),
};
const unit: Projection = {
  entity: (event) => `unit:${(event.data as { unit: { id: string } }).unit.id}`,
  refold: (_, __, events) => unitContributions(events),
};
const dossier: Projection = {
  entity: (event) => `dossier:${event.subject}`,
  refold: (_, __, events) => dossierContributions(events),
};

const PROJECTIONS: Partial<Record<EventType, Projection>> = {
  "complaints.complaint.received": complaint,
  "complaints.complaint.classified": complaint,
  "complaints.complaint.transferred": complaint,
  "complaints.complaint.answer-drafted": complaint,
  "complaints.complaint.answer-approved": complaint,
  "complaints.complaint.answer-returned": complaint,
  "complaints.complaint.answered": complaint,
  "complaints.complaint.published": complaint,
  "complaints.complaint.closed": complaint,
  "complaints.complaint.returned": complaint,
  "complaints.complaint.merged": complaint,
  "complaints.complaint.paused": complaint,
  "complaints.complaint.resumed": complaint,
  "complaints.complaint.extended": complaint,
  "complaints.complaint.rated": complaint,
  "planning.plan.issued": plan,
  "planning.occurrence.reported": occurrence,
  "planning.occurrence.accepted": occurrence,
  "planning.occurrence.returned": occurrence,
  "planning.occurrence.due-soon": occurrence,
  "planning.occurrence.overdue": occurrence,
  "planning.unit-plan.submitted": unitPlan,
  "planning.unit-plan.accepted": unitPlan,
  "planning.unit-plan.returned": unitPlan,
  "inspections.plan.approved": inspectionPlan,
  "inspections.inspection.scheduled": inspection,
  "inspections.inspection.started": inspection,
  "inspections.inspection.concluded": inspection,
  "inspections.finding.recorded": finding,
  "inspections.recommendation.issued": recommendation,
  "inspections.recommendation.answered": recommendation,
  "inspections.recommendation.returned": recommendation,
  "inspections.recommendation.verified": recommendation,
  "directory.unit.created": unit,
  "directory.unit.updated": unit,
  "directory.unit.moved": unit,
  "directory.unit.closed": unit,
  "reporting.dossier.recorded": dossier,
};

/**
 * The fact handlers. Not projected: planning.task.assigned (a notification digest of an issued plan) and the
 * complaints notifications (assigned, contributed, due-soon, overdue, secret-reissued), whose figures
 * follow from the events above.
 */
export const factHandlers: EventHandlers<Tx> = Object.fromEntries(
  Object.keys(PROJECTIONS).map((type) => [type, (event: EventEnvelope, tx: Tx) => projectFacts(tx, [event])]),
) as EventHandlers<Tx>;

/** Whether projectFacts takes events of this type. */
export const isFactEvent = (type: string): boolean => type in PROJECTIONS;
