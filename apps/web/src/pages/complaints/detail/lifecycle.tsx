/**
 * How an action of the detail page runs its typed mutation: the record it answers replaces the cached
 * one at once (no second read), the inbox's rows and counts and any other PAKN's detail (a merge
 * changes its target) are refetched, and the page's one outcome line says what happened. Errors stay
 * errors in state and are put into words when shown, so a language switch re-translates them.
 */
import { useMutation } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { keys, useQueryClient } from "../../../api/query.tsx";
import type { Variables } from "../../../api/graphql.ts";
import { useSession } from "../../../auth/SessionProvider.tsx";
import type { TypedDocumentString } from "../../../graphql/generated/graphql.ts";
import type { ComplaintDetail } from "../complaints-query.ts";

/** What the last action did: nothing yet, saved, or the error it threw. */
export type Outcome = { ok: true } | { ok: false; error: unknown } | null;

/** Where the actions report their outcome; the page shows it once, above the actions. */
export const OutcomeContext = createContext<(outcome: Outcome) => void>(() => undefined);

/** Every lifecycle mutation answers with one field: the whole record after the action. */
type LifecycleAnswer = Record<string, ComplaintDetail>;

export function useLifecycleMutation<T extends LifecycleAnswer, V extends Variables & { id: string | number }>(
  document: TypedDocumentString<T, V>,
) {
  const { api } = useSession();
  const client = useQueryClient();
  const report = useContext(OutcomeContext);
  const mutation = useMutation<T, Error, V>({
    mutationFn: (variables) => api.request(document, variables),
    onSuccess: async (data, variables) => {
      const id = String(variables.id);
      const next = Object.values(data)[0];
      if (next) client.setQueryData(keys.complaint(id), { complaint: next });
      await client.invalidateQueries({
        queryKey: keys.complaints,
        predicate: (q) => !(q.queryKey[1] === "detail" && q.queryKey[2] === id),
      });
    },
  });
  /** Runs the action; true when it was saved (a form then clears itself). */
  const run = async (variables: V): Promise<boolean> => {
    report(null);
    try {
      await mutation.mutateAsync(variables);
      report({ ok: true });
      return true;
    } catch (error) {
      report({ ok: false, error });
      return false;
    }
  };
  return { run, pending: mutation.isPending };
}
