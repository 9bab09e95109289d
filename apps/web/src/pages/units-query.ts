import { keys, useGraphQLQuery } from "../api/query.tsx";
import { compareVietnamese } from "../i18n/collate.ts";
import type { Translate } from "../i18n/translate.ts";
import type { MessageKey } from "../i18n/vi.ts";
import type { UnitHistoryQuery, UnitsQuery } from "../graphql/generated/graphql.ts";
import { graphql } from "../graphql/generated/index.ts";

export const UNITS_QUERY = graphql(`
  query Units($asOf: Date, $levelCode: String, $search: String) {
    units(asOf: $asOf, levelCode: $levelCode, search: $search) {
      id
      code
      name
      # The name it bore on asOf: the tree of a past day reads as it was then.
      nameAt(asOf: $asOf)
      shortName
      validFrom
      validTo
      level {
        code
        name
        rank
      }
      parent(asOf: $asOf) {
        id
        nameAt(asOf: $asOf)
      }
    }
  }
`);

export const UNIT_LEVELS_QUERY = graphql(`
  query UnitLevels {
    unitLevels {
      code
      name
      rank
    }
  }
`);

export type UnitRow = UnitsQuery["units"][number];

/** The units of one day, for pickers: a form about a past or future day names the units that exist then. */
export const UNITS_AS_OF = graphql(`
  query UnitsAsOf($asOf: Date) {
    units(asOf: $asOf) {
      id
      nameAt(asOf: $asOf)
      level {
        code
        rank
      }
    }
  }
`);

/** One choice of a unit picker: the unit as named on the picker's day. */
export interface UnitOption {
  value: string;
  label: string;
  levelCode: string;
}

/** A day of a year typed in a form ("2025" + "01-01"); null while the year is not a full one yet (mid-typing). */
export function dayOfYear(year: unknown, monthDay: "01-01" | "12-31"): string | null {
  return typeof year === "number" && Number.isInteger(year) && year >= 1900 && year <= 2999 ? `${year}-${monthDay}` : null;
}

/**
 * The one unit picker source of every form: the units that exist on `asOf` (YYYY-MM-DD, null for today),
 * named as they were then, higher levels first. While another day loads the previous list stays, so a
 * picker does not empty itself on every keystroke of a date.
 */
export function useUnitOptionsAsOf(asOf: string | null): { options: UnitOption[]; loading: boolean } {
  const query = useGraphQLQuery([...keys.units, "options", asOf], UNITS_AS_OF, { asOf }, { placeholderData: (previous) => previous });
  const options = [...(query.data?.units ?? [])]
    .sort((a, b) => a.level.rank - b.level.rank || compareVietnamese(a.nameAt, b.nameAt))
    .map((u) => ({ value: u.id, label: u.nameAt, levelCode: u.level.code }));
  return { options, loading: query.isFetching };
}

/** What the list is filtered by; kept in the address bar so a reload or a shared link shows the same list. */
export interface UnitFilters {
  search: string;
  levelCode: string;
  asOf: string; // YYYY-MM-DD, or "" for today
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromParams(params: URLSearchParams): UnitFilters {
  const asOf = params.get("asOf") ?? "";
  return { search: params.get("q") ?? "", levelCode: params.get("level") ?? "", asOf: ISO_DAY.test(asOf) ? asOf : "" };
}

export function paramsFromFilters(filters: UnitFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set("q", filters.search.trim());
  if (filters.levelCode) params.set("level", filters.levelCode);
  if (filters.asOf) params.set("asOf", filters.asOf);
  return params;
}

/** GraphQL variables: an empty filter is omitted (null), not sent as "". */
export function unitsVariables(filters: UnitFilters): { asOf: string | null; levelCode: string | null; search: string | null } {
  return { asOf: filters.asOf || null, levelCode: filters.levelCode || null, search: filters.search.trim() || null };
}

/** Higher levels first (city before its departments and wards), then by name in Vietnamese order. */
export function orderUnits(units: readonly UnitRow[]): UnitRow[] {
  return [...units].sort((a, b) => a.level.rank - b.level.rank || compareVietnamese(a.nameAt, b.nameAt));
}

/** A unit's current name, for a page about one unit's records (inspections, the dashboard's drill-downs). */
export const UNIT_NAME_QUERY = graphql(`
  query UnitName($id: ID!) {
    unit(id: $id) {
      id
      name
    }
  }
`);

/** One unit with its dated names and levels, and who holds its work once it has closed (the unit's own page). */
export const UNIT_HISTORY_QUERY = graphql(`
  query UnitHistory($id: ID!) {
    unit(id: $id) {
      id
      code
      name
      shortName
      alternativeNames
      validFrom
      validTo
      level {
        code
        name
      }
      parent {
        id
        name
      }
      history {
        name
        shortName
        levelCode
        validFrom
        validTo
      }
      currentSuccessors {
        unit {
          id
          name
        }
        workKinds
      }
      parentHistory {
        parent {
          id
          name
        }
        validFrom
        validTo
      }
      predecessors {
        unit {
          id
          name
        }
        workKinds
        effectiveFrom
        decisionNumber
      }
    }
  }
`);

export type UnitHistory = NonNullable<UnitHistoryQuery["unit"]>;

/** The unit's own page, linked from the directory rows and from a closed unit's successors. */
export function unitPath(id: string): string {
  return `/directory/units/${encodeURIComponent(id)}`;
}

/** The kinds of work a successor takes over, in the reader's language ("kế hoạch, phản ánh, kiến nghị"). */
export function workKindsText(kinds: readonly string[], t: Translate): string {
  return kinds.map((k) => t(`units.history.work.${k}` as MessageKey)).join(", ");
}
