/**
 * PAKN statistics for a period of receipt (Decision 766/QĐ-TTg indicator 5.2: PAKN handled on time plus
 * those still within their limit, over PAKN received). A PAKN merged into another, or closed without an
 * answer, is answered through the other one and leaves the denominator.
 */
import { fromDbDate, type LocalDate } from "@tthc/calendar";

export interface ComplaintStatistics {
  from: LocalDate;
  to: LocalDate;
  /** The day in-progress PAKN are measured against their limit: `to`, or today if earlier. */
  asOf: LocalDate;
  received: number;
  byChannel: Array<{ channel: string; count: number }>;
  handledOnTime: number;
  handledLate: number;
  inProgressWithinDeadline: number;
  inProgressOverdue: number;
  mergedOrClosed: number;
  /** Indicator 5.2 as a fraction (0–1); null when nothing counts. */
  onTimeRate: number | null;
}

/** What the statistics read of a ComplaintFact; days as its date columns hold them. */
export type FactSlice = { channel: string; status: string; dueAnswer: Date; settledDay: Date | null; settledOnTime: boolean | null };

export function summarise(facts: FactSlice[], from: LocalDate, to: LocalDate, today: LocalDate): ComplaintStatistics {
  const asOf = today < to ? today : to;
  const channels = new Map<string, number>();
  const stats = { handledOnTime: 0, handledLate: 0, inProgressWithinDeadline: 0, inProgressOverdue: 0, mergedOrClosed: 0 };
  for (const fact of facts) {
    channels.set(fact.channel, (channels.get(fact.channel) ?? 0) + 1);
    if (fact.settledOnTime !== null) stats[fact.settledOnTime ? "handledOnTime" : "handledLate"]++;
    else if (fact.status === "merged" || fact.status === "closed") stats.mergedOrClosed++;
    // A paused PAKN's clock is stopped: it cannot run late while waiting for the sender.
    else if (fact.status === "paused" || fromDbDate(fact.dueAnswer) >= asOf) stats.inProgressWithinDeadline++;
    else stats.inProgressOverdue++;
  }
  const counted = facts.length - stats.mergedOrClosed;
  return {
    from,
    to,
    asOf,
    received: facts.length,
    byChannel: [...channels]
      .map(([channel, count]) => ({ channel, count }))
      .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel)),
    ...stats,
    onTimeRate: counted === 0 ? null : (stats.handledOnTime + stats.inProgressWithinDeadline) / counted,
  };
}
