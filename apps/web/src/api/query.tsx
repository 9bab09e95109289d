/**
 * The query cache of the signed-in app (TanStack Query): every read goes through the session's API
 * client under a key, so pages share results, show cached data at once, and abort on unmount; every
 * write names the keys it makes stale, so lists and counts refresh after an action without a reload.
 */
import {
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
} from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { ApiError } from "./errors.ts";
import type { Document } from "./client.ts";
import type { Variables } from "./graphql.ts";
import { useSession } from "../auth/SessionProvider.tsx";

/** Keys by what they hold; a mutation invalidates the families it changes (a prefix matches every page of a list). */
export const keys = {
  units: ["units"] as const,
  users: ["users"] as const,
  plans: ["plans"] as const,
  plan: (id: string) => ["plans", id] as const,
  occurrences: ["occurrences"] as const,
  unitPlans: ["unitPlans"] as const,
  focalOfficers: ["focalOfficers"] as const,
  complaints: ["complaints"] as const,
  complaint: (id: string) => ["complaints", "detail", id] as const,
  complaintSettings: ["complaintSettings"] as const,
  notifications: ["notifications"] as const,
  reportKinds: ["reportKinds"] as const,
  /** Unit reports: the lists, the completeness board and each report (a review changes all three). */
  reports: ["reports"] as const,
  report: (id: string) => ["reports", "detail", id] as const,
  dossierImports: ["dossierImports"] as const,
  /** The dossiers behind the dashboard's dossier panel (read only). */
  dossierResolutions: ["dossierResolutions"] as const,
  /** The plan occurrences and PAKN behind the dashboard's figures (read only). */
  figureRecords: ["figureRecords"] as const,
  /** The service-quality index: the rankings and each unit's months (a manual value changes both). */
  serviceQualityIndex: ["serviceQualityIndex"] as const,
  indexIndicators: ["indexIndicators"] as const,
  dossierImport: (id: string) => ["dossierImports", "detail", id] as const,
  // Inspections: one family, so any write refreshes its lists, plans and the open inspection.
  inspections: ["inspections"] as const,
  inspection: (id: string) => ["inspections", "detail", id] as const,
  inspectionPlans: ["inspections", "plans"] as const,
  recommendations: ["inspections", "recommendations"] as const,
  /** Reorganisation decisions: the list, each decision and its preview (scheduling one refreshes all three). */
  reorganisation: ["reorganisation"] as const,
  reorganisationDecision: (id: string) => ["reorganisation", "detail", id] as const,
  reorganisationPreview: (id: string) => ["reorganisation", "preview", id] as const,
};

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 20_000,
        refetchOnWindowFocus: false,
        // Only a failure to reach the server is worth a second try; a refusal stays a refusal.
        retry: (count, err) => count < 1 && err instanceof ApiError && err.code === "NETWORK",
      },
    },
  });
}

/** The cache, emptied when the session ends so the next user never sees the previous one's data. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  const { state } = useSession();
  useEffect(() => {
    if (state.status === "signedOut") client.clear();
  }, [state.status, client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

type QueryOptions<T> = Omit<UseQueryOptions<T, Error, T, QueryKey>, "queryKey" | "queryFn">;

/** A GraphQL read cached under `key` (which should include the variables). */
export function useGraphQLQuery<T = unknown, V extends Variables = Variables>(
  key: QueryKey,
  query: Document<T, V>,
  variables?: V,
  options?: QueryOptions<T>,
) {
  const { api } = useSession();
  return useQuery<T, Error>({ queryKey: key, queryFn: ({ signal }) => api.request<T, V>(query, variables, signal), ...options });
}

/** A GraphQL write; on success the `invalidates` families are refetched (awaited, so the page shows the new state). */
export function useGraphQLMutation<T = unknown, V extends Variables = Variables>(query: Document<T, V>, invalidates: readonly QueryKey[]) {
  const { api } = useSession();
  const client = useQueryClient();
  return useMutation<T, Error, V>({
    mutationFn: (variables) => api.request<T, V>(query, variables),
    onSuccess: () => Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey }))).then(() => undefined),
  });
}

export { useQueryClient };
