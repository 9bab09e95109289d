import { useUnitOptionsAsOf, type UnitOption } from "../../units-query.ts";

/** The units a PAKN can name on `asOf` (null: today), groups excluded; the service checks the same day. */
export function useAssignableUnits(asOf: string | null): UnitOption[] {
  return useUnitOptionsAsOf(asOf).options.filter((u) => u.levelCode !== "group");
}

/** A required text field's rule, with the field named in the message. */
export function requiredText(message: string) {
  return [{ required: true, whitespace: true, message }];
}
