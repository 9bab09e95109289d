export { parseDecisionText } from "./parse-decision-text.ts";
export { PlanImportError, type PlanImportErrorCode } from "./plan-import-error.ts";
export { isKnownUnitGroup, KNOWN_UNIT_GROUPS, normaliseUnitName } from "./unit-names.ts";
export { splitUnitNames, type SplitUnitNames, type SplitWork, type UncertainSplit, type UnitNameKnowledge } from "./unit-list.ts";
export type {
  DecisionInfo,
  ImportedSection,
  ImportedTask,
  ImportResult,
  ImportWarning,
  ImportWarningCode,
  PlanYears,
  TaskField,
  UnitSplitReport,
  WarningLocation,
} from "./import-types.ts";
