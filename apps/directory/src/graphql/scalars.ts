import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { formatDate, parseDate } from "../domain/dates.ts";

function parseDateInput(value: unknown): Date {
  if (typeof value !== "string") throw new GraphQLError("Date must be a string YYYY-MM-DD");
  try {
    return parseDate(value);
  } catch (err) {
    throw new GraphQLError((err as Error).message);
  }
}

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD",
  serialize: (value) => formatDate(value as Date),
  parseValue: parseDateInput,
  parseLiteral: (ast) => parseDateInput(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTimeInput(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 string");
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "A point in time, ISO 8601",
  serialize: (value) => (value as Date).toISOString(),
  parseValue: parseDateTimeInput,
  parseLiteral: (ast) => parseDateTimeInput(ast.kind === Kind.STRING ? ast.value : undefined),
});
