import { keys, useGraphQLQuery } from "../../../api/query.tsx";
import { compareVietnamese } from "../../../i18n/collate.ts";
import { UNITS_QUERY } from "../complaints-query.ts";

/** The units a PAKN can go to (groups excluded), in Vietnamese order; cached for the session. */
export function useAssignableUnits() {
  const { data } = useGraphQLQuery([...keys.units, "withLevel"], UNITS_QUERY, undefined, { staleTime: 5 * 60_000 });
  return (data?.units ?? []).filter((u) => u.level.code !== "group").sort((a, b) => compareVietnamese(a.name, b.name));
}

/** A required text field's rule, with the field named in the message. */
export function requiredText(message: string) {
  return [{ required: true, whitespace: true, message }];
}
