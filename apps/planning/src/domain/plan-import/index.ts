export { parseDecisionText } from "./parse-decision-text.ts";
export { PlanImportError, type PlanImportErrorCode } from "./plan-import-error.ts";
export { isKnownUnitGroup, KNOWN_UNIT_GROUPS, normaliseUnitName, splitUnitNames, type SplitUnitNames } from "./unit-names.ts";
export type {
  DecisionInfo,
  ImportedSection,
  ImportedTask,
  ImportResult,
  ImportWarning,
  ImportWarningCode,
  TaskField,
  WarningLocation,
} from "./import-types.ts";
