import { RuleViolation } from "./errors.ts";

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_NAME = 255;

export interface UnitFields {
  code: string;
  name: string;
  shortName: string | null;
}

/** Trimmed, validated unit fields; an empty short name means none. */
export function normaliseUnitFields(input: { code: string; name: string; shortName?: string | null }): UnitFields {
  const code = input.code.trim();
  const name = input.name.trim().replace(/\s+/g, " ");
  const shortName = input.shortName?.trim().replace(/\s+/g, " ") || null;
  if (!CODE.test(code)) throw new RuleViolation("Code must be 1–64 letters, digits, '.', '_' or '-'", "code");
  if (!name) throw new RuleViolation("Name is required", "name");
  if (name.length > MAX_NAME) throw new RuleViolation(`Name must be at most ${MAX_NAME} characters`, "name");
  if (shortName && shortName.length > MAX_NAME) throw new RuleViolation(`Short name must be at most ${MAX_NAME} characters`, "shortName");
  return { code, name, shortName };
}

export type ChangedField = "code" | "name" | "shortName" | "levelCode";

export function changedFields(before: Record<ChangedField, string | null>, after: Record<ChangedField, string | null>): ChangedField[] {
  return (["code", "name", "shortName", "levelCode"] as const).filter((f) => before[f] !== after[f]);
}
