/**
 * Which directory units a unit name written in a plan stands for (giao cho đơn vị nào). A name is
 * one unit, a group that expands to the issuing unit's departments and/or communes as of the plan's
 * date, or a party outside the system ("Cá nhân, tổ chức có liên quan"). Names the rules do not know
 * must be mapped by the user once; the mapping is remembered per issuing unit.
 */
import type { LocalDate } from "@tthc/calendar";
import { isKnownUnitGroup, normaliseUnitName } from "./plan-import/unit-names.ts";

/** How a group name expands: by the level of the issuing unit's children, never by hard-coded units. */
export type GroupRule = "departments" | "communes" | "departments-and-communes" | "external";
export const GROUP_RULES: readonly GroupRule[] = ["departments", "communes", "departments-and-communes", "external"];

export type UnitResolution = { kind: "unit"; unitId: string } | { kind: "group"; rule: GroupRule };

/** A unit as the local replica knows it. */
export interface DirectoryUnit {
  id: string;
  name: string;
  shortName: string | null;
  /** Other names the unit goes by ("Sở VHTTDL", a former name); absent where the replica does not carry them. */
  alternativeNames?: string[];
  levelCode: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface ResolutionDirectory {
  issuingUnitId: string;
  units: readonly DirectoryUnit[];
  /** Remembered mappings of the issuing unit, by normalised name. */
  mappings: ReadonlyMap<string, UnitResolution>;
}

const LEVELS_OF_RULE: Record<GroupRule, readonly string[]> = {
  departments: ["department", "centre"],
  communes: ["commune"],
  "departments-and-communes": ["department", "centre", "commune"],
  external: [],
};

/** The known group phrases and what they expand to (folded keys, without a leading "các"). */
const GROUP_RULE_PATTERNS: ReadonlyArray<[RegExp, GroupRule]> = [
  [/^(?:các )?(?:tổ chức, cá nhân|cá nhân, tổ chức) có liên quan$/u, "external"],
  [/^(?:các )?phòng, ban, đơn vị/u, "departments"],
  [/^ubnd (?:các phường, xã|cấp xã)$/u, "communes"],
  [/^(?:các )?cơ quan/u, "departments-and-communes"],
  [/^(?:các )?sở, (?:ban, )?ngành/u, "departments"],
  [/^ubnd (?:các )?(?:xã|phường)/u, "communes"],
];

export function groupRuleOf(name: string): GroupRule | null {
  if (!isKnownUnitGroup(name)) return null;
  const key = normaliseUnitName(name);
  return GROUP_RULE_PATTERNS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

export function isActiveOn(unit: Pick<DirectoryUnit, "validFrom" | "validTo">, day: LocalDate): boolean {
  return unit.validFrom <= day && (unit.validTo === null || unit.validTo >= day);
}

/**
 * The forms a written name may take for the same unit: as written, without the person acting for it
 * ("Chủ tịch UBND thành phố" acts for the city) and without the trailing "thành phố" that plans add
 * to the city's departments ("Phòng Tư pháp thành phố").
 */
function candidateKeys(written: string): string[] {
  const key = normaliseUnitName(written);
  const withoutPerson = key.replace(/^(?:phó chủ tịch|chủ tịch|lãnh đạo)\s+/u, "");
  const keys = [key, withoutPerson];
  for (const k of [key, withoutPerson]) keys.push(k.replace(/\s+(?:của |thuộc )?(?:ubnd )?thành phố$/u, ""));
  return [...new Set(keys)];
}

/** The issuing unit also goes by its name without the place ("UBND thành phố" for "UBND thành phố Hưng Yên"). */
function unitKeys(unit: DirectoryUnit, issuingUnitId: string): string[] {
  const keys = [unit.name, unit.shortName ?? "", ...(unit.alternativeNames ?? [])].filter((n) => n !== "").map(normaliseUnitName);
  if (unit.id === issuingUnitId) {
    const generic = normaliseUnitName(unit.name).match(/^(ubnd (?:thành phố|thị xã|huyện|tỉnh|quận|phường|xã))\s/u);
    if (generic?.[1]) keys.push(generic[1]);
  }
  return keys;
}

/** The resolution of a written name, or null when the user has to say which unit it is. */
export function resolveUnitName(written: string, directory: ResolutionDirectory): UnitResolution | null {
  const remembered = directory.mappings.get(normaliseUnitName(written));
  if (remembered) return remembered;
  const rule = groupRuleOf(written);
  if (rule) return { kind: "group", rule };
  const keys = new Set(candidateKeys(written));
  const matches = directory.units.filter((unit) => unitKeys(unit, directory.issuingUnitId).some((k) => keys.has(k)));
  // Two units answering to one name is not a match: the user decides.
  return matches.length === 1 && matches[0] ? { kind: "unit", unitId: matches[0].id } : null;
}

/** The units a resolution stands for on `day`: a group's members are the issuing unit's children of its levels then. */
export function expandResolution(
  resolution: UnitResolution,
  directory: Pick<ResolutionDirectory, "issuingUnitId" | "units">,
  day: LocalDate,
): string[] {
  if (resolution.kind === "unit") return [resolution.unitId];
  const levels = LEVELS_OF_RULE[resolution.rule];
  return directory.units
    .filter((u) => u.parentId === directory.issuingUnitId && levels.includes(u.levelCode) && isActiveOn(u, day))
    .map((u) => u.id);
}
