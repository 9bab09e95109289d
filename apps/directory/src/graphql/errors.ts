import { appError, badInput } from "@tthc/service-kit";
import type { GraphQLFieldResolver } from "graphql";
import { AuthFailure } from "../auth/errors.ts";
import { RuleViolation } from "../domain/errors.ts";

function translate(err: unknown): unknown {
  if (err instanceof RuleViolation) return badInput(err.message, err.field);
  if (err instanceof AuthFailure) return appError(err.code, err.message, err.details);
  return err;
}

type AnyResolver = GraphQLFieldResolver<unknown, unknown>;

/** Wrap every field resolver so that rule violations and refused sign-ins reach the client as coded errors. */
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
