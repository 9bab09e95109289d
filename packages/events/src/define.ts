import type { z } from "zod";

/** One entry of the event catalogue. Topic naming: `<context>.<aggregate>.v<N>`; the message key is the subject. */
export interface EventDefinition<T extends string = string, D extends z.ZodType = z.ZodType> {
  type: T;
  version: number;
  topic: string;
  description: string;
  data: D;
}

/** Keeps the literal type name so `EventOf<"…">` can find the data schema. */
export function defineEvent<const T extends string, D extends z.ZodType>(definition: EventDefinition<T, D>): EventDefinition<T, D> {
  return definition;
}
