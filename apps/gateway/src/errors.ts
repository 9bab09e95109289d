import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError } from "graphql";

/** The body of a request refused before GraphQL runs (a coded error from service-kit), shaped like any GraphQL error response. */
export function errorBody(error: GraphQLError): string {
  return JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] });
}

/**
 * Yoga answers request errors (invalid JSON, syntax errors) with 200 to `Accept: application/json`
 * clients, as the GraphQL-over-HTTP spec allows for legacy clients; we answer every client with the
 * 4xx status, so a malformed request never looks like a success.
 */
function requestErrorStatus(http: unknown): unknown {
  if (!http || typeof http !== "object") return http;
  const { spec: _spec, ...rest } = http as Record<string, unknown>;
  return rest;
}

// Codes that describe the gateway or a subgraph failing, not the request: their messages carry
// internals (addresses, subgraph requests), so the client gets a generic error instead.
const UNAVAILABLE_CODES = new Set(["SUBREQUEST_HTTP_ERROR", "TIMEOUT_ERROR", "GATEWAY_TIMEOUT"]);
const INTERNAL_CODES = new Set(["INTERNAL_SERVER_ERROR", "DOWNSTREAM_SERVICE_ERROR", "SATISFIABILITY_ERROR", ...UNAVAILABLE_CODES]);

// By name, not instanceof: the runtime and this module may load different copies of graphql (ESM/CJS).
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === "GraphQLError";
}

function isClientFacing(error: unknown): error is GraphQLError {
  if (!isGraphQLError(error)) return false;
  const code = error.extensions?.code;
  if (typeof code !== "string" || INTERNAL_CODES.has(code)) return false;
  // A coded error wrapping a plain Error was thrown by code, not raised deliberately for the client.
  return !error.originalError || isGraphQLError(error.originalError);
}

/**
 * Errors carrying a deliberate `extensions.code` (ours or a subgraph's, e.g. FORBIDDEN) reach the client
 * as they are, minus any debugging extensions; everything else becomes one opaque internal error.
 */
export function maskError(error: unknown): Error {
  if (isClientFacing(error)) {
    const { stacktrace: _stacktrace, exception: _exception, originalError: _originalError, http, ...extensions } = error.extensions;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: http ? { ...extensions, http: requestErrorStatus(http) } : extensions,
    });
  }
  const path = isGraphQLError(error) ? error.path : undefined;
  if (isGraphQLError(error) && UNAVAILABLE_CODES.has(error.extensions?.code as string)) {
    return new GraphQLError("Dịch vụ tạm thời không khả dụng / A service is temporarily unavailable", {
      path,
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  }
  return new GraphQLError("Internal server error", { path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}

/**
 * An operation that ran and failed answers `data: null` (GraphQL spec, "Response"): Hive's router runtime
 * leaves `data` out when a non-null root field fails, which reads to clients like a request error.
 */
export function useExecutedDataNull(): GatewayPlugin {
  return {
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        // A subscription's stream has no errors of its own; only a single result is mended.
        if ("errors" in result && result.errors?.length && result.data === undefined) setResult({ ...result, data: null });
      },
    }),
  };
}
