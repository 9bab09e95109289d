import { createContext, useContext } from "react";
import { keys, useGraphQLMutation } from "../../../api/query.tsx";
import type { Document } from "../../../api/client.ts";
import type { Variables } from "../../../api/graphql.ts";

/** What the last action on the report did: its success line, or the server's refusal. */
export type Outcome = { ok: true; message: string } | { ok: false; error: unknown } | null;

export const OutcomeContext = createContext<(outcome: Outcome) => void>(() => undefined);

/**
 * A mutation of the report page: refetches the report, the lists and the completeness board (one family), and
 * reports its success to the page. `attempt` resolves to the server's refusal (null when done), for a dialog that
 * shows it and stays open; `run` reports the refusal to the page too.
 */
export function useReportMutation<T, V extends Variables>(document: Document<T, V>, success: string) {
  const report = useContext(OutcomeContext);
  const mutation = useGraphQLMutation(document, [keys.reports]);
  async function attempt(variables: V): Promise<unknown> {
    report(null);
    try {
      await mutation.mutateAsync(variables);
      report({ ok: true, message: success });
      return null;
    } catch (error) {
      return error;
    }
  }
  async function run(variables: V): Promise<boolean> {
    const error = await attempt(variables);
    if (error !== null) report({ ok: false, error });
    return error === null;
  }
  return { run, attempt, pending: mutation.isPending };
}
