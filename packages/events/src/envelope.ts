import { z } from "zod";

/** Who caused an event — a reference, never the whole actor (no names, no roles: events are kept forever). */
export const actorRefSchema = z
  .object({
    kind: z.enum(["user", "partner", "service", "anonymous"]),
    id: z.string().min(1).optional().describe("user id, partner id or service name"),
    unitId: z.string().min(1).optional().describe("the acting user's unit, when the user belongs to one"),
  })
  .nullable();

export type ActorRef = z.output<typeof actorRefSchema>;

/** The CloudEvents-like envelope every event travels in; `type`, `version` and `data` are narrowed per event type. */
export const envelopeSchema = z.object({
  id: z.uuid().describe("unique per event; consumers deduplicate on it"),
  type: z.string().min(1).describe("event type, e.g. directory.unit.updated"),
  version: z.number().int().positive().describe("schema version of `data` for this type"),
  source: z.string().min(1).describe("the service that emitted the event"),
  subject: z.string().min(1).describe("id of the aggregate the event is about; also the Kafka message key"),
  time: z.iso.datetime({ offset: true }).describe("when the change happened (ISO 8601)"),
  actor: actorRefSchema.describe("who caused the change; null for system-initiated changes"),
  correlationId: z.string().min(1).describe("shared by every event and request of one user action"),
  causationId: z.string().min(1).nullable().describe("id of the event or request that directly caused this one"),
  data: z.unknown(),
});

export type EnvelopeBase = z.output<typeof envelopeSchema>;
