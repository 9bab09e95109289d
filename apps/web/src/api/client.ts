import { ApiError } from "./errors.ts";
import { postGraphQL, type FetchLike, type Variables } from "./graphql.ts";
import type { TokenStore } from "./token-store.ts";
import type { Tokens, User } from "./types.ts";

export const USER_FIELDS = "id username fullName roles unit { id name } mustChangePassword";
const TOKEN_FIELDS = "accessToken refreshToken accessTokenExpiresAt";

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { ${TOKEN_FIELDS} user { ${USER_FIELDS} } }
}`;
const REFRESH = `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${TOKEN_FIELDS} } }`;
const LOGOUT = `mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;

export interface ApiClientOptions {
  store: TokenStore;
  endpoint?: string;
  fetch?: FetchLike;
  now?: () => number;
  /** Refresh this long before the access token expires, so a request never races the expiry. */
  refreshLeewayMs?: number;
}

export interface ApiClient {
  /** A query or mutation as the signed-in user (or anonymously when there is no session). */
  request<T>(query: string, variables?: Variables, signal?: AbortSignal): Promise<T>;
  login(username: string, password: string): Promise<User>;
  /** Ends the session locally at once; telling the server is best effort. */
  logout(): Promise<void>;
  hasSession(): boolean;
  /** Called when the server refuses the session (refresh token expired or revoked). */
  onSessionEnded(listener: () => void): () => void;
}

export function createApiClient({
  store,
  endpoint = "/graphql",
  fetch: fetchImpl = (input, init) => fetch(input, init),
  now = Date.now,
  refreshLeewayMs = 60_000,
}: ApiClientOptions): ApiClient {
  const listeners = new Set<() => void>();
  // One refresh at a time: the refresh token rotates, so a second concurrent refresh would present a spent token.
  let refreshing: Promise<Tokens> | null = null;

  const endSession = (): void => {
    store.clear();
    for (const listener of listeners) listener();
  };

  const expiresSoon = (tokens: Tokens): boolean => Date.parse(tokens.accessTokenExpiresAt) - now() <= refreshLeewayMs;

  const refresh = (stale: Tokens): Promise<Tokens> => {
    // Another request already rotated the tokens while this one was in flight: use theirs.
    const current = store.load();
    if (!refreshing && current && current.refreshToken !== stale.refreshToken) return Promise.resolve(current);
    refreshing ??= (async () => {
      try {
        const data = await postGraphQL<{ refreshSession: Tokens }>(fetchImpl, endpoint, REFRESH, { refreshToken: stale.refreshToken });
        store.save(data.refreshSession);
        return data.refreshSession;
      } catch (err) {
        // A network failure leaves the session for the next try; a refusal ends it.
        if (!(err instanceof ApiError) || err.code !== "NETWORK") {
          endSession();
          throw new ApiError("UNAUTHENTICATED", `session refresh refused: ${(err as Error).message}`);
        }
        throw err;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  };

  return {
    async request<T>(query: string, variables?: Variables, signal?: AbortSignal): Promise<T> {
      let tokens = store.load();
      if (tokens && expiresSoon(tokens)) tokens = await refresh(tokens);
      try {
        return await postGraphQL<T>(fetchImpl, endpoint, query, variables, { accessToken: tokens?.accessToken, signal });
      } catch (err) {
        if (!tokens || !(err instanceof ApiError) || err.code !== "UNAUTHENTICATED") throw err;
      }
      // The access token was refused before its stated expiry (clock skew, key rotation): refresh once and retry.
      const fresh = await refresh(tokens);
      try {
        return await postGraphQL<T>(fetchImpl, endpoint, query, variables, { accessToken: fresh.accessToken, signal });
      } catch (err) {
        if (err instanceof ApiError && err.code === "UNAUTHENTICATED") endSession();
        throw err;
      }
    },

    async login(username, password) {
      const data = await postGraphQL<{ login: Tokens & { user: User } }>(fetchImpl, endpoint, LOGIN, { username, password });
      const { user, ...tokens } = data.login;
      store.save(tokens);
      return user;
    },

    async logout() {
      const tokens = store.load();
      store.clear();
      if (!tokens) return;
      try {
        await postGraphQL(fetchImpl, endpoint, LOGOUT, { refreshToken: tokens.refreshToken }, { accessToken: tokens.accessToken });
      } catch {
        // The local session is already gone; an unreachable server only leaves a refresh token to expire on its own.
      }
    },

    hasSession: () => store.load() !== null,

    onSessionEnded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
