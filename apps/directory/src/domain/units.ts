import { isValidAt, type DateRange } from "./dates.ts";
import { RuleViolation } from "./errors.ts";

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_NAME = 255;
const MAX_ALTERNATIVE_NAMES = 20;

export interface UnitFields {
  code: string;
  name: string;
  shortName: string | null;
  alternativeNames: string[];
}

/** Trimmed, validated unit fields; an empty short name means none; alternative names without blanks or repeats. */
export function normaliseUnitFields(input: {
  code: string;
  name: string;
  shortName?: string | null;
  alternativeNames?: readonly string[] | null;
}): UnitFields {
  const code = input.code.trim();
  const name = input.name.trim().replace(/\s+/g, " ");
  const shortName = input.shortName?.trim().replace(/\s+/g, " ") || null;
  if (!CODE.test(code)) throw new RuleViolation("Code must be 1–64 letters, digits, '.', '_' or '-'", "code");
  if (!name) throw new RuleViolation("Name is required", "name");
  if (name.length > MAX_NAME) throw new RuleViolation(`Name must be at most ${MAX_NAME} characters`, "name");
  if (shortName && shortName.length > MAX_NAME) throw new RuleViolation(`Short name must be at most ${MAX_NAME} characters`, "shortName");
  const alternativeNames = [
    ...new Set((input.alternativeNames ?? []).map((n) => n.trim().replace(/\s+/g, " ")).filter((n) => n !== "" && n !== name)),
  ];
  if (alternativeNames.length > MAX_ALTERNATIVE_NAMES)
    throw new RuleViolation(`At most ${MAX_ALTERNATIVE_NAMES} alternative names`, "alternativeNames");
  if (alternativeNames.some((n) => n.length > MAX_NAME))
    throw new RuleViolation(`An alternative name must be at most ${MAX_NAME} characters`, "alternativeNames");
  return { code, name, shortName, alternativeNames };
}

export type ChangedField = "code" | "name" | "shortName" | "alternativeNames" | "levelCode";

type Comparable = Record<Exclude<ChangedField, "alternativeNames">, string | null> & { alternativeNames: readonly string[] };

export function changedFields(before: Comparable, after: Comparable): ChangedField[] {
  return (["code", "name", "shortName", "alternativeNames", "levelCode"] as const).filter((f) =>
    f === "alternativeNames" ? before[f].join("\n") !== after[f].join("\n") : before[f] !== after[f],
  );
}

/** A unit as the rules below see it: its dates and whether its level groups units rather than nesting them. */
export interface DatedUnit extends DateRange {
  level: { isGroup: boolean };
}

/** A parent must be a tree unit (not a group) that exists on the day the membership starts. */
export function assertTreeParent(parent: DatedUnit, from: Date): void {
  if (parent.level.isGroup) throw new RuleViolation("A group has members, not sub-units; choose a unit as parent", "parentId");
  if (!isValidAt(parent, from)) throw new RuleViolation("The parent unit does not exist on that date", "parentId");
}

/** Only a unit of a grouping level has members. */
export function assertGroup(group: DatedUnit): void {
  if (!group.level.isGroup) throw new RuleViolation("Only a unit of a grouping level has members", "groupId");
}

/** A unit is moved on a day it exists. */
export function assertExistsOn(unit: DateRange, from: Date): void {
  if (!isValidAt(unit, from)) throw new RuleViolation("The unit does not exist on that date", "from");
}

/** Closing gives an open unit its last day, which cannot be before its first. */
export function assertCanClose(unit: DateRange, closing: Date): void {
  if (unit.validTo) throw new RuleViolation("The unit is already closed", "validTo");
  if (closing < unit.validFrom) throw new RuleViolation("A unit cannot close before it starts", "validTo");
}
