/** Facts of directory.unit.* events: a unit is active from its validFrom through its validTo. */
import { addDays, parseLocalDate } from "@tthc/calendar";
import { MEASURES } from "../measures.ts";
import { Contributions, inEventOrder, type Contribution, type StoredEvent } from "./contribution.ts";

export function unitContributions(events: StoredEvent[]): Contribution[] {
  const latest = inEventOrder(events).at(-1);
  if (!latest) return [];
  const unit = latest.data.unit as { id: string; validFrom: string; validTo: string | null };
  const until = unit.validTo === null ? null : addDays(parseLocalDate(unit.validTo), 1);
  return new Contributions().stock(MEASURES.unitActive, unit.id, parseLocalDate(unit.validFrom), until).list;
}
