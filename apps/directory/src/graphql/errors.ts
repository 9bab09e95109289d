import { badInput, fieldErrors } from "@tthc/service-kit";
import type { GraphQLFieldResolver } from "graphql";
import { FieldViolations, RuleViolation } from "../domain/errors.ts";

// The use cases throw the service kit's coded errors; only the pure rules' RuleViolation and
// FieldViolations, which cannot build one (domain/ imports no transport), are mapped here.
function translate(err: unknown): unknown {
  if (err instanceof FieldViolations) return fieldErrors(err.problems);
  return err instanceof RuleViolation ? badInput(err.message, err.field) : err;
}

type AnyResolver = GraphQLFieldResolver<unknown, unknown>;

/** Wrap every field resolver so that rule violations reach the client as BAD_USER_INPUT on their field. */
export function withCodedErrors<M extends Record<string, Record<string, unknown>>>(map: M): M {
  return Object.fromEntries(
    Object.entries(map).map(([type, fields]) => [
      type,
      Object.fromEntries(
        Object.entries(fields).map(([name, field]) => [
          name,
          typeof field === "function"
            ? async (...args: Parameters<AnyResolver>) => {
                try {
                  return await (field as AnyResolver)(...args);
                } catch (err) {
                  throw translate(err);
                }
              }
            : field,
        ]),
      ),
    ]),
  ) as M;
}
