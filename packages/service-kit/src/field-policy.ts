import {
  defaultFieldResolver,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import type { Actor, Role } from "./actor.ts";
import { forbidden } from "./errors.ts";
import { hasScope, type PartnerScope } from "./scopes.ts";

/**
 * Field rules, written once per GraphQL type and applied by one mechanism: `createService` wraps
 * every field of a type that has a policy, so a field is read only through a grant, whichever path
 * reached the object (a root query, a nested field or the gateway's `_entities`). A type with a policy
 * must give every one of its fields a rule — the service refuses to start otherwise — so a new field
 * cannot be added without saying who may read it.
 *
 * A rule lists grants; the first whose reader matches the actor (and whose condition holds for the
 * object) decides: the value as resolved, or masked. With no matching grant the reader gets null (a
 * nullable field), an empty list (a list) or FORBIDDEN (any other non-null field).
 */
export type Reader =
  /** Signed-in users; with roles, only users holding one of them. */
  { kind: "user"; roles?: readonly Role[] } | { kind: "partner"; scope: PartnerScope } | { kind: "service" } | { kind: "anonymous" };

export interface Grant<TParent, TContext> {
  reader: Reader;
  /** The object must satisfy this too (e.g. "published"); otherwise the next grant is tried. */
  when?: (parent: TParent, context: TContext) => boolean;
  /** Shown transformed (e.g. personal data masked) instead of as resolved. */
  mask?: (value: unknown, parent: TParent, context: TContext) => unknown;
}

export type FieldRule<TParent, TContext> = readonly Grant<TParent, TContext>[];

export interface TypePolicy<TParent, TContext> {
  /** Who may resolve the entity by its key (`_entities`); the object's own checks still run. */
  reference?: FieldRule<unknown, TContext>;
  fields: Readonly<Record<string, FieldRule<TParent, TContext>>>;
}

// Any: the policies of one service hold types of different parents.
export type FieldPolicies<TContext> = Readonly<Record<string, TypePolicy<any, TContext>>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Readers, for building grants. */
export const readers = {
  anyUser: { kind: "user" } as Reader,
  roles: (...roles: Role[]): Reader => ({ kind: "user", roles }),
  partner: (scope: PartnerScope): Reader => ({ kind: "partner", scope }),
  service: { kind: "service" } as Reader,
  anonymous: { kind: "anonymous" } as Reader,
};

/** Typed helper: `typePolicy<Row, Context>({ fields: { … } })`. */
export function typePolicy<TParent, TContext>(policy: TypePolicy<TParent, TContext>): TypePolicy<TParent, TContext> {
  return policy;
}

export function readerMatches(reader: Reader, actor: Actor): boolean {
  switch (reader.kind) {
    case "user":
      return actor.kind === "user" && (!reader.roles || reader.roles.some((r) => actor.roles.includes(r)));
    case "partner":
      return hasScope(actor, reader.scope);
    default:
      return actor.kind === reader.kind;
  }
}

/** The grant that applies to this actor and object, or undefined (denied). */
export function grantFor<TParent, TContext>(
  rule: FieldRule<TParent, TContext>,
  actor: Actor,
  parent: TParent,
  context: TContext,
): Grant<TParent, TContext> | undefined {
  return rule.find((g) => readerMatches(g.reader, actor) && (!g.when || g.when(parent, context)));
}

function deniedValue(field: GraphQLField<unknown, unknown>): unknown {
  if (!isNonNullType(field.type)) return null;
  if (isListType(field.type.ofType)) return [];
  throw forbidden();
}

type ResolveReference = (reference: unknown, context: unknown, info: unknown) => unknown;
interface SubgraphExtensions {
  apollo?: { subgraph?: { resolveReference?: ResolveReference } };
}

/** Wrap the schema's fields (and entity references) of every type with a policy. */
export function applyFieldPolicies<TContext extends { actor: Actor }>(schema: GraphQLSchema, policies: FieldPolicies<TContext>): void {
  for (const [typeName, policy] of Object.entries(policies)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Field policy for ${typeName}: no such object type in the schema`);
    const fields = type.getFields();
    const missing = Object.keys(fields).filter((name) => !(name in policy.fields));
    const unknown = Object.keys(policy.fields).filter((name) => !(name in fields));
    if (missing.length || unknown.length) {
      throw new Error(
        `Field policy for ${typeName}: ${missing.length ? `no rule for ${missing.join(", ")}` : ""}${missing.length && unknown.length ? "; " : ""}${unknown.length ? `unknown fields ${unknown.join(", ")}` : ""}`,
      );
    }
    for (const [name, field] of Object.entries(fields)) {
      const rule = policy.fields[name]!;
      const resolve: GraphQLFieldResolver<unknown, TContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (parent, args, context, info) => {
        const grant = grantFor(rule, context.actor, parent, context);
        if (!grant) return deniedValue(field);
        const value: unknown = await resolve(parent, args, context, info);
        return grant.mask && value !== null && value !== undefined ? grant.mask(value, parent, context) : value;
      };
    }
    if (policy.reference) {
      const extensions = type.extensions as SubgraphExtensions;
      const original: ResolveReference = extensions.apollo?.subgraph?.resolveReference ?? ((reference) => reference);
      const rule = policy.reference;
      const guarded: ResolveReference = (reference, context, info) =>
        grantFor(rule, (context as TContext).actor, reference, context as TContext) ? original(reference, context, info) : null;
      type.extensions = {
        ...type.extensions,
        apollo: { ...extensions.apollo, subgraph: { ...extensions.apollo?.subgraph, resolveReference: guarded } },
      };
    }
  }
}
