import { parseLocalDate } from "@tthc/calendar";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

function parseDay(value: unknown): string {
  if (typeof value !== "string") throw new GraphQLError("Date must be a string YYYY-MM-DD");
  try {
    return parseLocalDate(value);
  } catch {
    throw new GraphQLError(`"${value}" is not a date (YYYY-MM-DD)`);
  }
}

/** Days are LocalDate strings in the domain; a Date from a `@db.Date` column is its UTC day. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseInstant(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 string");
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "A point in time, ISO 8601",
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});
