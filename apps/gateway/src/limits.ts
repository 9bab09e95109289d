import { GraphQLError, Kind, Lexer, Source, TokenKind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from "graphql";
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

/** Reject oversized and over-deep documents before anything is executed or sent to a subgraph. */
export function useOperationLimits({ maxDepth, maxTokens }: { maxDepth: number; maxTokens: number }): GatewayPlugin {
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
      addValidationRule(maxDepthRule(maxDepth));
    },
  };
}
