import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ACTOR_HEADER, CORRELATION_HEADER, actorRef, type Actor, type ActorReference } from "./actor.ts";

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

/** Who, which request and when caused a change; every event it publishes carries all three. */
export interface ChangeContext {
  actor: Actor;
  correlationId?: string;
  /**
   * When the change happens: the request's (or the job's) instant on the service's injected clock. Required, so
   * that a command replayed at a past instant (the demo seeds) stamps its rows and its events with that instant.
   */
  now: Date;
}

/** The change a GraphQL request makes: its caller and correlation id, at the request's instant on the service's clock. */
export const requestChange = (ctx: { actor: Actor; correlationId: string }, now: Date): ChangeContext => ({
  actor: ctx.actor,
  correlationId: ctx.correlationId,
  now,
});

/** A change the service makes on its own (a periodic job): no actor, at the job's instant. */
export interface ServiceChangeContext {
  actor: null;
  correlationId?: string;
  now: Date;
}

/**
 * The envelope fields of an event a change publishes: who caused it, in which request, and when. The time is the
 * change's own instant, never the process clock (reporting dates its facts by it).
 */
export function eventOrigin(ctx: ChangeContext | ServiceChangeContext): {
  actor: ActorReference | null;
  correlationId?: string;
  time: Date;
} {
  return {
    actor: ctx.actor ? actorRef(ctx.actor) : null,
    ...(ctx.correlationId ? { correlationId: ctx.correlationId } : {}),
    time: ctx.now,
  };
}
