import { Kind, getOperationAST, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { appError } from "@tthc/service-kit";

/**
 * What a session with a temporary password may still do: read who it is, change the password, and
 * manage the session itself (sign out, refresh). Everything else waits for the new password.
 */
const ALLOWED_ROOT_FIELDS: Record<string, ReadonlySet<string>> = {
  query: new Set(["me", "__typename"]),
  mutation: new Set(["changePassword", "logout", "refreshSession", "login", "__typename"]),
};

export function passwordChangeRequired() {
  return appError(
    "PASSWORD_CHANGE_REQUIRED",
    "Bạn cần đổi mật khẩu tạm trước khi tiếp tục. / You must change your temporary password before doing anything else.",
  );
}

/** The root fields an operation selects, through fragments; null when a fragment is missing (validation reports it). */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] | null {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      names.push(selection.name.value);
      continue;
    }
    let nested: SelectionSetNode;
    if (selection.kind === Kind.INLINE_FRAGMENT) nested = selection.selectionSet;
    else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(selection.name.value)) return null;
      seen.add(selection.name.value);
      nested = fragment.selectionSet;
    }
    const inner = rootFields(nested, fragments, seen);
    if (!inner) return null;
    names.push(...inner);
  }
  return names;
}

/** True when the operation only uses what a session that must change its password may use. */
export function allowedBeforePasswordChange(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  const allowed = ALLOWED_ROOT_FIELDS[operation.operation];
  if (!allowed) return false;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const fields = rootFields(operation.selectionSet, fragments);
  return fields !== null && fields.every((name) => allowed.has(name));
}

/**
 * Until a user replaces a temporary password (mustChangePassword, read from directory's live session
 * on every request), every other operation is refused here, once for every subgraph.
 */
export function usePasswordChangeGate(): GatewayPlugin<{ mustChangePassword?: boolean }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as { mustChangePassword?: boolean };
      if (context.mustChangePassword && !allowedBeforePasswordChange(args.document, args.operationName)) {
        setResultAndStopExecution({ errors: [passwordChangeRequired()] });
      }
    },
  };
}
