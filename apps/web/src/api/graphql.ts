import { ApiError, fieldErrorsOf, serverTextsOf, toErrorCode, type ErrorCode } from "./errors.ts";
import { newTraceparent } from "./trace.ts";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export type Variables = Record<string, unknown>;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: unknown; errors?: unknown; messageVi?: unknown; messageEn?: unknown } }[];
}

const STATUS_CODES: Record<number, ErrorCode> = { 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 429: "RATE_LIMITED" };

export interface PostOptions {
  accessToken?: string;
  signal?: AbortSignal;
}

/**
 * One GraphQL POST. Every failure becomes an ApiError with a code the UI can translate; an aborted
 * request rejects with the fetch AbortError unchanged so callers can tell it apart.
 */
export async function postGraphQL<T>(
  fetchImpl: FetchLike,
  endpoint: string,
  query: string,
  variables: Variables | undefined,
  { accessToken, signal }: PostOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
    traceparent: newTraceparent(),
  };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;

  let response: Response;
  try {
    response = await fetchImpl(endpoint, { method: "POST", headers, body: JSON.stringify({ query, variables }), signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError("NETWORK", `request failed: ${(err as Error).message}`);
  }

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(STATUS_CODES[response.status] ?? "NETWORK", `HTTP ${response.status} without a GraphQL body`);
  }

  const first = body.errors?.[0];
  if (first) {
    const code = toErrorCode(first.extensions?.code);
    const message = first.message ?? "GraphQL error";
    throw new ApiError(code, message, fieldErrorsOf(first.extensions), serverTextsOf(code, message, first.extensions));
  }
  if (!response.ok) throw new ApiError(STATUS_CODES[response.status] ?? "UNKNOWN", `HTTP ${response.status}`);
  if (body.data == null) throw new ApiError("UNKNOWN", "GraphQL response without data");
  return body.data;
}
