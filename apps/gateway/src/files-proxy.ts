import { createHash, type KeyObject } from "node:crypto";
import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import {
  BODY_IN_TRAILER,
  BODY_SIGNATURE_TRAILER,
  callerHeaders,
  signBodyTrailer,
  type Actor,
  type ActorSignature,
  type Clock,
} from "@tthc/service-kit";
import type { RequestContext } from "./gateway.ts";
import type { SubgraphName } from "./subgraphs.ts";

export interface FileTarget {
  target: URL;
  audience: SubgraphName;
  sign: (actor: Actor, signature: ActorSignature) => Promise<string>;
  signingKey: KeyObject;
  now: Clock;
}

// What may cross from the client to the service and back; everything else (cookies, a client's own
// x-tthc-actor) stays behind. An upload goes on chunked, without its length, so that it can end with
// the signed trailer of its digest; the service checks its size as the bytes arrive.
const REQUEST_HEADERS = ["content-type", "x-file-name"];
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
 * service's streaming size and type checks apply unchanged. An upload's digest is known only at its end:
 * the actor says so (BODY_IN_TRAILER) and the digest follows, signed, in a trailer.
 */
export async function proxyFiles(
  req: IncomingMessage,
  res: ServerResponse,
  context: Pick<RequestContext, "actor" | "correlationId" | "clientAddress">,
  file: FileTarget,
): Promise<void> {
  const upload = req.method === "POST";
  const actorToken = await file.sign(context.actor, { audience: file.audience, body: upload ? BODY_IN_TRAILER : "" });
  const { target } = file;
  return new Promise((resolve) => {
    const headers: Record<string, string> = {
      ...callerHeaders(actorToken, context.correlationId),
      "x-forwarded-for": context.clientAddress,
      ...(upload ? { "transfer-encoding": "chunked", trailer: BODY_SIGNATURE_TRAILER } : {}),
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
    if (!upload) return void upstream.end();
    const hash = createHash("sha256");
    req.on("data", (chunk: Buffer) => {
      hash.update(chunk);
      if (!upstream.write(chunk)) {
        req.pause();
        upstream.once("drain", () => req.resume());
      }
    });
    req.on("end", () => {
      signBodyTrailer(actorToken, hash.digest("base64url"), file.signingKey, file.now()).then(
        (signature) => {
          upstream.addTrailers({ [BODY_SIGNATURE_TRAILER]: signature });
          upstream.end();
        },
        (err: Error) => upstream.destroy(err),
      );
    });
    req.on("error", (err) => upstream.destroy(err));
  });
}
