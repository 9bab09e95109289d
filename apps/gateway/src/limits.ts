import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

/** Count lexical tokens, stopping as soon as `limit` is passed so a huge document costs no more than the limit. */
function exceedsTokens(source: string | Source, limit: number): boolean {
  const lexer = new Lexer(typeof source === "string" ? new Source(source) : source);
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    count += 1;
    if (count > limit) return true;
  }
  return false;
}

function selectionDepth(
  context: ValidationContext,
  selectionSet: SelectionSetNode | undefined,
  limit: number,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      // Introspection is exempt: its nesting is bounded by the schema, not by data.
      if (selection.name.value.startsWith("__")) continue;
      depth = 1 + selectionDepth(context, selection.selectionSet, limit, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(context, selection.selectionSet, limit, visiting);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic: other validation rules report it
      visiting.add(name);
      depth = selectionDepth(context, fragment.selectionSet, limit, visiting);
      visiting.delete(name);
    }
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
  }
  return deepest;
}

function maxDepthRule(limit: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = selectionDepth(context, operation.selectionSet, limit, new Set());
      if (depth > limit) {
        context.reportError(
          new GraphQLError(`Query is nested too deeply: the maximum depth is ${limit}.`, {
            nodes: [operation],
            extensions: { code: "QUERY_TOO_DEEP", maxDepth: limit },
          }),
        );
      }
      return false;
    },
  });
}

/** Arguments that size a page of a list (first: 20, limit: 50). */
/** What the cost walk needs of a document: its schema and its fragments (a ValidationContext offers both). */
type DocumentScope = Pick<ValidationContext, "getSchema" | "getFragment">;

const PAGE_ARGUMENTS = ["first", "last", "limit"];
/**
 * What a list without a page argument (a PAKN's transfers, a task's reports) is assumed to hold:
 * its size follows from the data, not from the caller, but it still multiplies what is under it.
 */
export const UNPAGED_LIST_SIZE = 10;

export interface CostSettings {
  /** The size assumed for a page argument left out without a default, or given as a variable without a value. */
  maxPageSize: number;
  variables: Record<string, unknown>;
}

// The gateway runtime builds the schema with its own copy of graphql-js, so the checks here read the
// types structurally (names and methods) rather than with graphql's instanceof-based helpers.
type FieldsOwner = { getFields(): Record<string, GraphQLField<unknown, unknown>> };
const hasFields = (type: unknown): type is FieldsOwner => !!type && typeof (type as Partial<FieldsOwner>).getFields === "function";
/** "[Unit!]!" → a list; its named type is Unit. */
const isListTypeName = (typeName: string) => typeName.replace(/!$/, "").startsWith("[");
const namedTypeName = (typeName: string) => typeName.replace(/[[\]!]/g, "");

/** The page size a field asks for: its first/limit argument (literal, variable or schema default), else the max page size. */
function pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown>, settings: CostSettings): number | null {
  const argument = definition.args.find((a) => PAGE_ARGUMENTS.includes(a.name));
  if (!argument) return null;
  const given = field.arguments?.find((a) => a.name.value === argument.name)?.value;
  let value: unknown = argument.defaultValue;
  if (given?.kind === Kind.INT) value = Number(given.value);
  else if (given?.kind === Kind.VARIABLE) value = settings.variables[given.name.value] ?? argument.defaultValue;
  else if (given) value = null;
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : settings.maxPageSize;
}

/**
 * The cost of a selection set: every field (an alias is a field of its own) costs 1, and what a list
 * returns costs once per element: a list field multiplies its own cost and its subtree's by its page
 * size (first/limit/last, defaulting to the schema's default or the max page size) or, without a page
 * argument, by UNPAGED_LIST_SIZE. A paged field that returns a page object (PublishedComplaintPage)
 * hands its size to the lists inside it (`items`). Stops counting once over `budget`.
 */
function selectionCost(
  context: DocumentScope,
  selectionSet: SelectionSetNode | undefined,
  parentType: GraphQLNamedType | null,
  settings: CostSettings,
  handedSize: number | null,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is exempt (bounded by the schema, refused to anonymous callers); __typename is free.
      if (selection.name.value.startsWith("__")) continue;
      const definition = hasFields(parentType) ? parentType.getFields()[selection.name.value] : undefined;
      if (!definition) {
        total += 1; // unknown: other validation rules report it
        continue;
      }
      const size = pageSize(selection, definition, settings);
      const typeName = String(definition.type);
      const isList = isListTypeName(typeName);
      const childType = context.getSchema().getType(namedTypeName(typeName)) ?? null;
      const below = selectionCost(context, selection.selectionSet, childType, settings, isList ? null : size, visiting);
      const multiplier = isList ? (size ?? handedSize ?? UNPAGED_LIST_SIZE) : 1;
      total += multiplier * (1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? context.getSchema().getType(typeName) : parentType;
      total += selectionCost(context, selection.selectionSet, type ?? parentType, settings, handedSize, visiting);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic: other validation rules report it
      const type = context.getSchema().getType(fragment.typeCondition.name.value);
      visiting.add(name);
      total += selectionCost(context, fragment.selectionSet, type ?? parentType, settings, handedSize, visiting);
      visiting.delete(name);
    }
  }
  return total;
}

/**
 * The cost error of the operation a request executes, if it is over `budget`. Run per request, not as a
 * validation rule: the runtime caches validation per document, and a cost read from variables (a page
 * size of $n) cached with the first caller's values would let a later caller's huge $n through.
 */
function costError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  budget: number,
  settings: CostSettings,
): GraphQLError | null {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return null;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const scope: DocumentScope = { getSchema: () => schema, getFragment: (name) => fragments.get(name) };
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const cost = selectionCost(scope, operation.selectionSet, root ?? null, settings, null, new Set());
  if (cost <= budget) return null;
  return new GraphQLError(`Query is too costly: it would cost ${cost}, the maximum is ${budget}.`, {
    nodes: [operation],
    extensions: { code: "QUERY_TOO_COSTLY", cost, maxCost: budget, http: { status: 400 } },
  });
}

export interface OperationLimits {
  maxDepth: number;
  maxTokens: number;
  /** The cost budget of one operation for this request's caller (anonymous callers get a smaller one). */
  maxCost(context: unknown): number;
  maxPageSize: number;
}

/**
 * Reject oversized, over-deep and over-costly documents before anything is executed or sent to a
 * subgraph: tokens bound the parsing, depth the nesting, cost what the subgraphs would have to load.
 */
export function useOperationLimits({ maxDepth, maxTokens, maxCost, maxPageSize }: OperationLimits): GatewayPlugin {
  return {
    onParse({ params, setParseFn }) {
      if (exceedsTokens(params.source, maxTokens)) {
        setParseFn(() => {
          throw new GraphQLError(`Query is too large: the maximum is ${maxTokens} tokens.`, {
            extensions: { code: "QUERY_TOO_LARGE", maxTokens, http: { status: 400 } },
          });
        });
      }
    },
    onValidate({ addValidationRule }) {
      // Depth follows from the document alone, so it may be validated (and cached) with it.
      addValidationRule(maxDepthRule(maxDepth));
    },
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const error = costError(args.schema, args.document, args.operationName, maxCost(args.contextValue), { maxPageSize, variables });
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
