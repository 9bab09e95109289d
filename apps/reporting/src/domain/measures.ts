/**
 * The measures of the daily facts (DailyFact.measure). A flow measure counts what happened on a day; a
 * stock measure adds +1 on the day something opens and −1 on the day it closes, so its value on a day is
 * the sum of every day up to it. Report indicators (ReportIndicator) name a measure and how to aggregate it.
 */
export const MEASURES = {
  // PAKN (phản ánh, kiến nghị), by the lead unit; "" until the city office transfers it.
  paknReceived: "pakn.received",
  paknReceivedOnline: "pakn.received.online",
  paknReceivedOffline: "pakn.received.offline",
  paknSettledOnTime: "pakn.settled.on-time",
  paknSettledLate: "pakn.settled.late",
  paknSetAside: "pakn.set-aside",
  paknOpen: "pakn.open",
  paknOpenOverdue: "pakn.open.overdue",
  paknOpenWithinDeadline: "pakn.open.within-deadline",
  // The sender's rating of the answer (đánh giá mức độ hài lòng), on the day rated; satisfied is a subset of rated.
  paknRated: "pakn.rated",
  paknRatedSatisfied: "pakn.rated.satisfied",
  // Plan occurrences (lần thực hiện nhiệm vụ kế hoạch), by the lead unit.
  planIssued: "plan.issued",
  occurrenceProgressReported: "plan.occurrence.progress-reported",
  occurrenceDoneOnTime: "plan.occurrence.done.on-time",
  occurrenceDoneLate: "plan.occurrence.done.late",
  occurrenceOpenOverdue: "plan.occurrence.open.overdue",
  unitPlanSubmitted: "plan.unit-plan.submitted",
  unitPlanSubmittedLate: "plan.unit-plan.submitted.late",
  unitPlanAccepted: "plan.unit-plan.accepted",
  // Inspections (kiểm tra), by the inspected unit.
  inspectionPlanApproved: "inspection.plan.approved",
  inspectionScheduled: "inspection.scheduled",
  inspectionStarted: "inspection.started",
  inspectionConcluded: "inspection.concluded",
  findingRecorded: "inspection.finding",
  findingSerious: "inspection.finding.serious",
  recommendationIssued: "recommendation.issued",
  recommendationClosedOnTime: "recommendation.closed.on-time",
  recommendationClosedLate: "recommendation.closed.late",
  recommendationOpen: "recommendation.open",
  recommendationOpenOverdue: "recommendation.open.overdue",
  // One-stop dossiers (hồ sơ TTHC) of Biểu 06/VPCP/KSTT (docs/domain.md §2.4) and the Decision 766 index (§4),
  // by the resolving unit, from reporting.dossier.recorded (partner one-stop systems, the city office's imports).
  dossierReceivedOnline: "dossier.received.online",
  dossierReceivedOffline: "dossier.received.offline",
  dossierResolvedEarly: "dossier.resolved.early",
  dossierResolvedOnTime: "dossier.resolved.on-time",
  dossierResolvedLate: "dossier.resolved.late",
  dossierOpenWithinDeadline: "dossier.open.within-deadline",
  dossierOpenOverdue: "dossier.open.overdue",
  dossierReturnedForCompletion: "dossier.returned-for-completion",
  dossierRefused: "dossier.refused",
  dossierWithdrawn: "dossier.withdrawn",
  dossierApologyIssued: "dossier.apology-issued",
  dossierPaidOnline: "dossier.paid-online",
  dossierDigitised: "dossier.digitised",
  dossierResultElectronic: "dossier.result-electronic",
  // Units of the directory (đơn vị), each under its own id.
  unitActive: "directory.unit.active",
} as const;

export type Measure = (typeof MEASURES)[keyof typeof MEASURES];

/** PAKN channels counted as online in the forms (the others are in person, by post or phone). */
export const ONLINE_CHANNELS: ReadonlySet<string> = new Set(["web", "email", "national-portal"]);

/** "" in a fact's unit: not yet assigned (a PAKN the city office has not transferred). */
export const UNASSIGNED = "";
