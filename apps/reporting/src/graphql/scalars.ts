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

/** Days are LocalDate strings (YYYY-MM-DD), as in the other subgraphs. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});
