/** The pure planning rules: plan import, timeframes, occurrences and next year's copy. */
export * from "./plan-import/index.ts";
export * from "./timeframe/index.ts";
export { occurrencesFor, type Occurrence, type OccurrenceContext, type OccurrenceKind } from "./occurrences.ts";
export { shiftDate, shiftPlanYear, shiftYearsInText, type ShiftableTask } from "./shift-plan-year.ts";
