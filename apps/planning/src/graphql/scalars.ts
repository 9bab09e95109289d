import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): string {
  if (typeof value !== "string" || !ISO_DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || !new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
    throw new GraphQLError("Ngày không hợp lệ (định dạng YYYY-MM-DD).", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return value;
}

/** Calendar days travel as "YYYY-MM-DD" strings; `@db.Date` values (UTC midnight) are written the same way. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "A point in time, ISO 8601",
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => new Date(String(value)),
});
