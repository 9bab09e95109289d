import { complaintEvents } from "./complaints.ts";
import { directoryEvents } from "./directory.ts";
import { inspectionEvents } from "./inspections.ts";
import { planningEvents } from "./planning.ts";
import { cityReportEvents, dossierEvents, reportingEvents } from "./reporting.ts";

/**
 * Every event type of the platform. A bounded context adds its events as `./<context>.ts` and
 * spreads them here; nothing else needs to change.
 */
export const definitions = [
  ...directoryEvents,
  ...complaintEvents,
  ...planningEvents,
  ...inspectionEvents,
  ...reportingEvents,
  ...cityReportEvents,
  ...dossierEvents,
] as const;
