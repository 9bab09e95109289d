import { ApiError, filesError, type FilesRefusal } from "./errors.ts";
import { postGraphQL, type FetchLike, type Variables } from "./graphql.ts";
import type { TokenStore } from "./token-store.ts";
import type { TypedDocumentString } from "../graphql/generated/graphql.ts";
import type {
  LoginMutation,
  LoginMutationVariables,
  LogoutMutationVariables,
  RefreshMutation,
  RefreshMutationVariables,
} from "../graphql/generated/graphql.ts";
import type { Tokens, User } from "./types.ts";

// The session's own documents. They are plain strings marked for codegen (`/* GraphQL */`), which checks
// them against the supergraph and generates their types, rather than `graphql()` documents: this module
// is in the public pages' bundle, and `graphql()` would bring every document of the admin app with it.
/** The signed-in user's fields; appended to each document that selects them. */
export const SESSION_USER = /* GraphQL */ `
  fragment SessionUser on User {
    id
    username
    fullName
    roles
    unit {
      id
      name
    }
    mustChangePassword
  }
`;
const LOGIN_OPERATION = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
      refreshToken
      accessTokenExpiresAt
      user {
        ...SessionUser
      }
    }
  }
`;
const LOGIN = LOGIN_OPERATION + SESSION_USER;
const REFRESH = /* GraphQL */ `
  mutation Refresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      accessTokenExpiresAt
    }
  }
`;
const LOGOUT = /* GraphQL */ `
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`;

/** A GraphQL document: typed (generated from the supergraph, see codegen.ts) or plain text. */
export type Document<T = unknown, V = Variables> = TypedDocumentString<T, V> | string;

export interface ApiClientOptions {
  store: TokenStore;
  endpoint?: string;
  fetch?: FetchLike;
  now?: () => number;
  /** Refresh this long before the access token expires, so a request never races the expiry. */
  refreshLeewayMs?: number;
  /** Sends a file with progress (XMLHttpRequest in the browser: fetch reports no upload progress). */
  sendFile?: FileTransport;
}

/** One file upload: status and body text of the answer; `onProgress` gets 0–100 while it is sent. */
export type FileTransport = (request: {
  url: string;
  headers: Record<string, string>;
  file: Blob;
  onProgress?: (percent: number) => void;
}) => Promise<{ status: number; text: string }>;

/** What an upload endpoint (/files/<service>) answers for a stored file. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
}

export interface ApiClient {
  /**
   * A query or mutation as the signed-in user (or anonymously when there is no session). A typed
   * document (codegen's graphql(...)) brings its result and variables types.
   */
  request<T = unknown, V extends Variables = Variables>(query: Document<T, V>, variables?: V, signal?: AbortSignal): Promise<T>;
  login(username: string, password: string): Promise<User>;
  /** Ends the session locally at once; telling the server is best effort. */
  logout(): Promise<void>;
  hasSession(): boolean;
  /**
   * Streams a file to an upload endpoint behind the gateway (/files/<service>) as the signed-in user,
   * with the token refreshed like any request; rejects with an ApiError carrying the server's reason.
   */
  upload(path: string, file: File, onProgress?: (percent: number) => void): Promise<UploadedFile>;
  /** A stored file behind the gateway (exports, attachments) as the signed-in user. */
  download(url: string): Promise<Blob>;
  /** Called when the server refuses the session (refresh token expired or revoked). */
  onSessionEnded(listener: () => void): () => void;
}

export function createApiClient({
  store,
  endpoint = "/graphql",
  fetch: fetchImpl = (input, init) => fetch(input, init),
  now = Date.now,
  refreshLeewayMs = 60_000,
  sendFile = xhrSendFile,
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
        const data = await postGraphQL<RefreshMutation>(fetchImpl, endpoint, REFRESH, {
          refreshToken: stale.refreshToken,
        } satisfies RefreshMutationVariables);
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

  /** Runs `send` with a fresh access token; a refusal as unauthenticated refreshes once and retries. */
  async function withToken<T>(send: (accessToken: string | undefined) => Promise<T | "UNAUTHENTICATED">): Promise<T> {
    let tokens = store.load();
    if (tokens && expiresSoon(tokens)) tokens = await refresh(tokens);
    const first = await send(tokens?.accessToken);
    if (first !== "UNAUTHENTICATED") return first;
    if (!tokens) throw new ApiError("UNAUTHENTICATED", "not signed in");
    const second = await send((await refresh(tokens)).accessToken);
    if (second !== "UNAUTHENTICATED") return second;
    endSession();
    throw new ApiError("UNAUTHENTICATED", "session refused");
  }

  return {
    upload(path, file, onProgress) {
      return withToken(async (accessToken) => {
        let answer: { status: number; text: string };
        try {
          answer = await sendFile({
            url: path,
            headers: {
              "content-type": "application/octet-stream",
              "x-file-name": encodeURIComponent(file.name),
              ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
            },
            file,
            onProgress,
          });
        } catch (err) {
          throw new ApiError("NETWORK", `upload failed: ${(err as Error).message}`);
        }
        if (answer.status === 401) return "UNAUTHENTICATED";
        const body = parseJson(answer.text) as { id?: string; name?: string; size?: number; error?: FilesRefusal } | null;
        if (answer.status >= 400 || !body?.id) throw filesError(answer.status, file.name, body?.error);
        return { id: body.id, name: body.name ?? file.name, size: body.size ?? file.size };
      });
    },

    download(url) {
      return withToken(async (accessToken) => {
        let response: Response;
        try {
          response = await fetchImpl(url, { method: "GET", headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });
        } catch (err) {
          throw new ApiError("NETWORK", `download failed: ${(err as Error).message}`);
        }
        if (response.status === 401) return "UNAUTHENTICATED";
        if (!response.ok)
          throw new ApiError(
            response.status === 404 ? "NOT_FOUND" : response.status === 403 ? "FORBIDDEN" : "UNKNOWN",
            `HTTP ${response.status}`,
          );
        return response.blob();
      });
    },

    async request<T = unknown, V extends Variables = Variables>(document: Document<T, V>, variables?: V, signal?: AbortSignal): Promise<T> {
      const query = String(document);
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
      const data = await postGraphQL<LoginMutation>(fetchImpl, endpoint, LOGIN, { username, password } satisfies LoginMutationVariables);
      const { user, ...tokens } = data.login;
      store.save(tokens);
      return user;
    },

    async logout() {
      const tokens = store.load();
      store.clear();
      if (!tokens) return;
      try {
        await postGraphQL(fetchImpl, endpoint, LOGOUT, { refreshToken: tokens.refreshToken } satisfies LogoutMutationVariables, {
          accessToken: tokens.accessToken,
        });
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The browser's transport for uploads: XMLHttpRequest, the one API that reports upload progress. */
const xhrSendFile: FileTransport = ({ url, headers, file, onProgress }) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(file);
  });

/** Saves a Blob under a file name (the browser's download). */
export function saveBlob(blob: Blob, name: string): void {
  const objectUrl = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = objectUrl;
  a.download = name;
  a.click();
  URL.revokeObjectURL(objectUrl);
}
