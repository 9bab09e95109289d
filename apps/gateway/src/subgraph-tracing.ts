import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { SpanKind, SpanStatusCode, contextWithSpan, traceHeaders, tracer } from "@tthc/service-kit";
import type { RequestContext } from "./gateway.ts";

/**
 * A client span per request to a subgraph, a child of the gateway's request span, whose W3C context
 * the subgraph continues (its `traceparent` header). One span per fetch, none per field. Listed before
 * useActorSignature, which signs the headers as this plugin leaves them.
 */
export function useSubgraphTracing(): GatewayPlugin<RequestContext> {
  const subgraphOf = new WeakMap<object, string>();
  return {
    onSubgraphExecute({ subgraphName, executionRequest }) {
      subgraphOf.set(executionRequest, subgraphName);
    },
    onFetch({ url, options, setOptions, context, executionRequest, fetchFn, setFetchFn }) {
      const parent = (context as Partial<RequestContext> | undefined)?.trace;
      if (!parent) return undefined;
      const subgraph = (executionRequest && subgraphOf.get(executionRequest)) ?? "unknown";
      const span = tracer().startSpan(
        `subgraph ${subgraph}`,
        {
          kind: SpanKind.CLIENT,
          attributes: { "tthc.subgraph": subgraph, "url.full": url, "http.request.method": options.method ?? "POST" },
        },
        parent,
      );
      const headers = { ...(options.headers as Record<string, string> | undefined), ...traceHeaders(contextWithSpan(parent, span)) };
      setOptions({ ...options, headers });
      // A fetch that fails before any response (connection refused or reset, a timeout) never reaches the
      // done hook below, and a span that is never ended is never exported: end it here, as an error.
      setFetchFn(async (...args) => {
        try {
          return await fetchFn(...args);
        } catch (err) {
          span.recordException(err as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
          span.end();
          throw err;
        }
      });
      return ({ response }) => {
        span.setAttribute("http.response.status_code", response.status);
        if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      };
    },
  };
}
