import { fromDbDate } from "@tthc/calendar";
import { addDays, isValidAt, type DateRange } from "./dates.ts";
import { RuleViolation } from "./errors.ts";

export interface Membership extends DateRange {
  id: string;
  parentId: string;
}

/** The membership in effect on `date`, if any (a unit has at most one tree parent on a day). */
export function membershipAt<M extends DateRange>(memberships: M[], date: Date): M | undefined {
  return memberships.find((m) => isValidAt(m, date));
}

/** The membership that started last: where the unit ends up, whatever today's date. */
export function latestMembership<M extends DateRange>(memberships: M[]): M | undefined {
  return memberships.reduce<M | undefined>((latest, m) => (!latest || m.validFrom > latest.validFrom ? m : latest), undefined);
}

export type MovePlan =
  /** The current membership starts that very day: just point it at the new parent. */
  | { kind: "repoint"; membershipId: string; previousParentId: string }
  /** End the current membership the day before and open a new one until the old end. */
  | { kind: "split"; membershipId: string; previousParentId: string; closeOn: Date; newValidTo: Date | null }
  /** The unit had no parent on that day. */
  | { kind: "open"; newValidTo: null };

/**
 * How to move a unit under `newParentId` from `from` (chuyển đơn vị), given its tree memberships.
 * Dated: the old parent stays in effect before `from`, so old plans still read the old tree.
 */
export function planMove(treeMemberships: Membership[], newParentId: string, from: Date): MovePlan {
  const later = treeMemberships.filter((m) => m.validFrom > from);
  if (later.length > 0) {
    const first = later.reduce((a, b) => (a.validFrom < b.validFrom ? a : b));
    throw new RuleViolation(`The unit already moves on ${fromDbDate(first.validFrom)}; a move must be dated after it`, "from");
  }
  const current = membershipAt(treeMemberships, from);
  if (!current) return { kind: "open", newValidTo: null };
  if (current.parentId === newParentId) throw new RuleViolation("The unit already belongs to this parent on that date", "parentId");
  if (current.validFrom.getTime() === from.getTime()) {
    return { kind: "repoint", membershipId: current.id, previousParentId: current.parentId };
  }
  return {
    kind: "split",
    membershipId: current.id,
    previousParentId: current.parentId,
    closeOn: addDays(from, -1),
    newValidTo: current.validTo,
  };
}

/** A unit cannot be placed under itself or under one of its own descendants. */
export function assertNoCycle(unitId: string, newParentId: string, ancestorsOfNewParent: string[]): void {
  if (newParentId === unitId || ancestorsOfNewParent.includes(unitId)) {
    throw new RuleViolation("A unit cannot be moved under itself or one of its own sub-units", "parentId");
  }
}
