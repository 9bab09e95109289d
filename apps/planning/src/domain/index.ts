/** The pure planning rules: plan import, timeframes, occurrences, working-day deadlines, access, and next year's copy. */
export * from "./plan-import/index.ts";
export * from "./timeframe/index.ts";
export { occurrencesFor, type Occurrence, type OccurrenceContext, type OccurrenceKind } from "./occurrences.ts";
export { shiftDate, shiftPlanYear, shiftYearsInText, type ShiftableTask } from "./shift-plan-year.ts";
export {
  expandResolution,
  GROUP_RULES,
  groupRuleOf,
  isActiveOn,
  resolveUnitName,
  type DirectoryUnit,
  type GroupRule,
  type ResolutionDirectory,
  type UnitResolution,
} from "./unit-resolution.ts";
export {
  checkProgressReport,
  checkReviewComment,
  type Checked,
  type ProgressReportInput,
  type ProgressStatus,
  type ReviewDecision,
  type ValidProgressReport,
} from "./progress-report.ts";
export {
  checkUnitPlanDraft,
  draftUnitPlan,
  effectiveDeadline,
  isLateFiling,
  type CityTask,
  type UnitPlanDraft,
  type UnitPlanItem,
  type UnitPlanRole,
} from "./unit-plan.ts";
export { ACTIVITY_KINDS, checkActivityLink, occurrenceForDay, periodOfKey, type ActivityKind } from "./linked-activity.ts";
export {
  checkFocalOfficerChange,
  type FocalOfficer,
  type FocalOfficerChangeInput,
  type ValidFocalOfficerChange,
} from "./focal-officers.ts";
export {
  canReadOccurrence,
  canReadUnitPlan,
  canReadUnitRecord,
  reportingRole,
  seesAllUnits,
  unitScope,
  type OccurrenceScope,
  type UnitScope,
} from "./access.ts";
export { calendar, DUE_SOON_WORKING_DAYS, dueState, workingDaysRemaining, type DueState } from "./working-days.ts";
export { taskLabel } from "./task-label.ts";
