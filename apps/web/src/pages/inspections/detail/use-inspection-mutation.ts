/**
 * How an action of the inspection's page runs its typed mutation: the inspection it answers replaces the
 * cached one at once (no second read) and the lists are refetched; the error stays in state and is put
 * into words when shown, so a language switch re-translates it.
 */
import { useMutation } from "@tanstack/react-query";
import { keys, useQueryClient } from "../../../api/query.tsx";
import type { Variables } from "../../../api/graphql.ts";
import { useSession } from "../../../auth/SessionProvider.tsx";
import type { TypedDocumentString } from "../../../graphql/generated/graphql.ts";
import type { InspectionDetail } from "../inspections-api.ts";

export function useInspectionMutation<T extends Record<string, unknown>, V extends Variables>(
  document: TypedDocumentString<T, V>,
  inspectionId: string,
) {
  const { api } = useSession();
  const client = useQueryClient();
  return useMutation<T, Error, V>({
    mutationFn: (variables) => api.request(document, variables),
    onSuccess: async (data) => {
      const next = Object.values(data)[0] as Partial<InspectionDetail> | undefined;
      // Answers that are the whole inspection replace the cache; the others (a finding, a recommendation) refetch it.
      if (next && "checklist" in next) client.setQueryData(keys.inspection(inspectionId), { inspection: next });
      await client.invalidateQueries({
        queryKey: keys.inspections,
        predicate: (q) => !(next && "checklist" in next && q.queryKey[1] === "detail" && q.queryKey[2] === inspectionId),
      });
    },
  });
}
