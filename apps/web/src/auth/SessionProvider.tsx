import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { createApiClient, SESSION_USER, type ApiClient } from "../api/client.ts";
import { ApiError } from "../api/errors.ts";
import { browserTokenStore } from "../api/token-store.ts";
import type { User } from "../api/types.ts";
import type { ChangePasswordMutationVariables, MeQuery } from "../graphql/generated/graphql.ts";

export type SessionState =
  { status: "restoring" } | { status: "signedOut"; reason?: "expired" | "loggedOut" } | { status: "signedIn"; user: User };

export interface Session {
  state: SessionState;
  api: ApiClient;
  /** Rejects with an ApiError (e.g. INVALID_CREDENTIALS) the login form translates. */
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** Rejects with an ApiError (INVALID_CREDENTIALS for a wrong current password, BAD_USER_INPUT for a refused new one). */
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

// Typed by codegen from these strings (see api/client.ts for why they are not graphql() documents).
const ME_OPERATION = /* GraphQL */ `
  query Me {
    me {
      ...SessionUser
    }
  }
`;
const ME = ME_OPERATION + SESSION_USER;
const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [api] = useState(() => createApiClient({ store: browserTokenStore() }));
  const [state, setState] = useState<SessionState>(() => (api.hasSession() ? { status: "restoring" } : { status: "signedOut" }));

  useEffect(() => api.onSessionEnded(() => setState({ status: "signedOut", reason: "expired" })), [api]);

  // A reload keeps the tokens (sessionStorage) but not the user: ask the server who they belong to.
  useEffect(() => {
    if (!api.hasSession()) return;
    const controller = new AbortController();
    api
      .request<MeQuery>(ME, undefined, controller.signal)
      .then(({ me }) => setState(me ? { status: "signedIn", user: me } : { status: "signedOut", reason: "expired" }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "signedOut", reason: err instanceof ApiError && err.code === "UNAUTHENTICATED" ? "expired" : undefined });
      });
    return () => controller.abort();
  }, [api]);

  const login = useCallback(
    async (username: string, password: string) => {
      const user = await api.login(username, password);
      setState({ status: "signedIn", user });
    },
    [api],
  );

  const logout = useCallback(async () => {
    await api.logout();
    setState({ status: "signedOut", reason: "loggedOut" });
  }, [api]);

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      await api.request(CHANGE_PASSWORD, { currentPassword, newPassword } satisfies ChangePasswordMutationVariables);
      const { me } = await api.request<MeQuery>(ME);
      setState(me ? { status: "signedIn", user: me } : { status: "signedOut", reason: "expired" });
    },
    [api],
  );

  const value = useMemo<Session>(() => ({ state, api, login, logout, changePassword }), [state, api, login, logout, changePassword]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error("useSession outside SessionProvider");
  return ctx;
}
