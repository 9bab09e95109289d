import { toLocalDate, type LocalDate } from "@tthc/calendar";
import type { Measure } from "../measures.ts";

/** An event as the projection stores it: its data without free text. */
export interface StoredEvent {
  id: string;
  type: string;
  /** ISO instant */
  time: string;
  data: Record<string, unknown>;
}

/** The day (Vietnam time) an event happened: every fact of an event falls on it unless the event names its own day. */
export const dayOf = (event: StoredEvent): LocalDate => toLocalDate(new Date(event.time));

/** What one entity adds to one measure of one unit on one day. */
export interface Contribution {
  measure: Measure;
  unitId: string;
  day: LocalDate;
  value: number;
}

/** Builds an entity's contributions: a flow counts once on a day; a stock opens on one day and closes on another. */
export class Contributions {
  readonly list: Contribution[] = [];
  add(measure: Measure, unitId: string, day: LocalDate, value = 1): this {
    this.list.push({ measure, unitId, day, value });
    return this;
  }
  /** Open from `from` (included) until `until` (excluded; null = still open). Nothing when it closes before it opens. */
  stock(measure: Measure, unitId: string, from: LocalDate, until: LocalDate | null): this {
    if (until !== null && until <= from) return this;
    this.add(measure, unitId, from, 1);
    if (until !== null) this.add(measure, unitId, until, -1);
    return this;
  }
}

/** Events in the order they happened (event time, then id so equal times fold the same way every time). */
export const inEventOrder = (events: StoredEvent[]): StoredEvent[] =>
  [...events].sort((a, b) => a.time.localeCompare(b.time) || a.id.localeCompare(b.id));
