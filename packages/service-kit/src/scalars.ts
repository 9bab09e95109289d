import { parseLocalDate, type LocalDate } from "@tthc/calendar";
import { GraphQLScalarType, Kind } from "graphql";
import { badInput } from "./errors.ts";

function rejectInput(message: string): never {
  throw badInput(message);
}

function parseDay(value: unknown): LocalDate {
  if (typeof value !== "string") rejectInput("Date must be a string YYYY-MM-DD");
  try {
    return parseLocalDate(value);
  } catch {
    return rejectInput(`"${value}" is not a date (YYYY-MM-DD)`);
  }
}

/**
 * Days are LocalDate strings in every subgraph; a JS Date (a `@db.Date` column comes back at UTC
 * midnight) is written as its UTC day.
 */
export const DateScalar = new GraphQLScalarType<LocalDate, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseInstant(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) rejectInput("DateTime must be an ISO 8601 string");
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "A point in time, ISO 8601",
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});
