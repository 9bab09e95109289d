export * from "./access.ts";
export * from "./calendar.ts";
export * from "./checklist.ts";
export * from "./errors.ts";
export * from "./plan.ts";
export * from "./recommendation.ts";
