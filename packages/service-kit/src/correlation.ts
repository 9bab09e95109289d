import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { CORRELATION_HEADER } from "./actor.ts";

// A caller's id is reused only when it is a plain token: it ends up in every log line.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's correlation id: the caller's `x-correlation-id` when well-formed, else a new uuid. */
export function correlationId(req: IncomingMessage): string {
  const header = req.headers[CORRELATION_HEADER];
  return typeof header === "string" && SAFE_ID.test(header) ? header : randomUUID();
}
