import { context } from "@opentelemetry/api";
import { extractContext, inSpan, SpanKind, SpanStatusCode, type Context } from "@tthc/messaging";
import { recordOperation, type OperationInfo } from "./metrics.ts";

/**
 * One GraphQL request observed, at the gateway and in every subgraph alike: a server span that
 * continues the caller's W3C trace context (the browser's or the gateway's), named after the operation
 * once it is known, and the request's count and latency by operation. `run` gets the span's context,
 * the parent of the calls the request makes (the gateway's subgraph fetches, a use case's outbox rows).
 */
export async function observeGraphqlRequest(
  app: string,
  request: { headers: Record<string, string | string[] | undefined> },
  info: OperationInfo,
  status: () => number,
  run: (trace: Context) => Promise<void>,
): Promise<void> {
  const started = performance.now();
  let failed = false;
  try {
    await inSpan(
      "graphql",
      { kind: SpanKind.SERVER, parent: extractContext(request.headers), attributes: { "tthc.app": app } },
      async (span) => {
        try {
          await run(context.active());
        } finally {
          span.updateName(info.type === "(none)" ? "graphql (not executed)" : `${info.type} ${info.name}`);
          span.setAttributes({
            "graphql.operation.name": info.name,
            "graphql.operation.type": info.type,
            "tthc.outcome": info.outcome,
            "http.response.status_code": status(),
          });
          if (info.outcome === "error" || status() >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        }
      },
    );
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    recordOperation(app, info, (performance.now() - started) / 1000, failed || status() >= 500);
  }
}
