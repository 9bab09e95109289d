export { findDayDeadlines, parseTimeframe } from "./parse-timeframe.ts";
export type { ParsedTimeframe, RecurrenceUnit, TimeframeContext, TimeframePart, Trigger } from "./timeframe-types.ts";
