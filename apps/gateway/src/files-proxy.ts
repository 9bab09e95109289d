import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { callerHeaders } from "@tthc/service-kit";
import type { RequestContext } from "./gateway.ts";

// What may cross from the client to the service and back; everything else (cookies, a client's own
// x-tthc-actor) stays behind.
const REQUEST_HEADERS = ["content-type", "content-length", "x-file-name"];
const RESPONSE_HEADERS = [
  "content-type",
  "content-length",
  "content-disposition",
  "x-content-type-options",
  "content-security-policy",
  "connection",
];

/**
 * Stream a file upload or download between the client and a service's `/files` routes
 * (docs/architecture.md §5), with the signed actor: bytes are piped both ways, never buffered here, so the
 * service's streaming size and type checks apply unchanged.
 */
export function proxyFiles(req: IncomingMessage, res: ServerResponse, context: RequestContext, target: URL): Promise<void> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {
      ...callerHeaders(context.signedActor, context.correlationId),
      "x-forwarded-for": context.clientAddress,
    };
    for (const name of REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
      const out: Record<string, string> = {};
      for (const name of RESPONSE_HEADERS) {
        const value = answer.headers[name];
        if (typeof value === "string") out[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
      answer.on("end", resolve);
      answer.on("error", () => resolve());
    });
    upstream.on("error", () => {
      // The service closed the upload early (e.g. it cut off an oversized file) or is down.
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "application/json; charset=utf-8" });
        res.end(
          JSON.stringify({
            error: { code: "SERVICE_UNAVAILABLE", message: "Không tải được tệp, vui lòng thử lại.", messageEn: "File transfer failed." },
          }),
        );
      } else res.destroy();
      resolve();
    });
    req.pipe(upstream);
  });
}
