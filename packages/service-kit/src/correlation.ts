import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ACTOR_HEADER, CORRELATION_HEADER, type Actor } from "./actor.ts";

// A caller's id is reused only when it is a plain token: it ends up in every log line.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's correlation id: the caller's `x-correlation-id` when well-formed, else a new uuid. */
export function correlationId(req: IncomingMessage): string {
  const header = req.headers[CORRELATION_HEADER];
  return typeof header === "string" && SAFE_ID.test(header) ? header : randomUUID();
}

/** What a call to another service carries: who is calling (signed by the gateway) and which user action it belongs to. */
export function callerHeaders(signedActor: string, correlationId: string): Record<string, string> {
  return { [ACTOR_HEADER]: signedActor, [CORRELATION_HEADER]: correlationId };
}

/** Who and which request caused a change; every event it publishes carries both. */
export interface ChangeContext {
  actor: Actor;
  correlationId?: string;
  /** When the change happens: the request's instant on the service's clock; the process clock if not given. */
  now?: Date;
}
