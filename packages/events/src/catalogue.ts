import { randomUUID } from "node:crypto";
import { clock } from "@tthc/clock";
import { z } from "zod";
import { definitions } from "./catalogue/index.ts";
import type { EventDefinition } from "./define.ts";
import { type ActorRef, type EnvelopeBase, envelopeSchema } from "./envelope.ts";
import { EventValidationError, UnknownEventTypeError } from "./errors.ts";

type Definition = (typeof definitions)[number];
export type EventType = Definition["type"];
type DefinitionOf<K extends EventType> = Extract<Definition, { type: K }>;

/** The validated `data` of an event type. */
export type EventData<K extends EventType> = z.output<DefinitionOf<K>["data"]>;
/** A validated event of one type, e.g. `EventOf<"directory.unit.updated">`. */
export type EventOf<K extends EventType> = Omit<EnvelopeBase, "type" | "data"> & { type: K; data: EventData<K> };
/** Any validated event of the catalogue (a union discriminated by `type`). */
export type EventEnvelope = { [K in EventType]: EventOf<K> }[EventType];

const byType = new Map<string, EventDefinition>();
for (const definition of definitions) {
  if (byType.has(definition.type)) throw new Error(`Event type ${definition.type} is defined twice in the catalogue`);
  byType.set(definition.type, definition);
}

const envelopeSchemas = new Map<string, z.ZodType>();

/** The schema of a whole envelope of one type: the generic envelope with `type`, `version` and `data` pinned. */
export function envelopeSchemaOf(definition: EventDefinition): z.ZodType {
  let schema = envelopeSchemas.get(definition.type);
  if (!schema) {
    schema = envelopeSchema.extend({
      type: z.literal(definition.type),
      version: z.literal(definition.version),
      data: definition.data,
    });
    envelopeSchemas.set(definition.type, schema);
  }
  return schema;
}

export function eventDefinitions(): readonly EventDefinition[] {
  return definitions;
}

export function isEventType(type: string): type is EventType {
  return byType.has(type);
}

function definitionOf(type: string): EventDefinition {
  const definition = byType.get(type);
  if (!definition) throw new EventValidationError(`Unknown event type "${type}"`);
  return definition;
}

export function topicOf(type: EventType): string {
  return definitionOf(type).topic;
}

/** Every topic of the catalogue followed by its dead-letter twin, for topic creation. */
export function allTopics(): string[] {
  const topics = [...new Set(definitions.map((d) => d.topic))].sort();
  return topics.flatMap((t) => [t, `${t}.dlq`]);
}

export interface NewEvent<K extends EventType> {
  source: string;
  subject: string;
  data: z.input<DefinitionOf<K>["data"]>;
  actor?: ActorRef;
  /** Defaults to the new event's own id: it starts a new chain. */
  correlationId?: string;
  causationId?: string | null;
  /** When it happened; defaults to the process clock (TEST_CLOCK in the test stack), never the wall clock. */
  time?: Date;
}

/** A new, validated event with a fresh id and time; throws EventValidationError for bad data. */
export function createEvent<K extends EventType>(type: K, input: NewEvent<K>): EventOf<K> {
  const definition = definitionOf(type);
  const id = randomUUID();
  const candidate = {
    id,
    type,
    version: definition.version,
    source: input.source,
    subject: input.subject,
    time: (input.time ?? clock()).toISOString(),
    actor: input.actor ?? null,
    correlationId: input.correlationId ?? id,
    causationId: input.causationId ?? null,
    data: input.data,
  };
  const result = envelopeSchemaOf(definition).safeParse(candidate);
  if (!result.success) throw EventValidationError.fromZod(`Invalid ${type} event`, result.error);
  return result.data as EventOf<K>;
}

/**
 * Validate an event received from outside (a Kafka message, an outbox row). Throws
 * UnknownEventTypeError for a well-formed envelope of a type not in the catalogue, and
 * EventValidationError for anything else that does not match.
 */
export function parseEvent(raw: unknown): EventEnvelope {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw EventValidationError.fromZod("Invalid event envelope", envelope.error);
  const definition = byType.get(envelope.data.type);
  if (!definition) throw new UnknownEventTypeError(envelope.data.type, envelope.data.id);
  const result = envelopeSchemaOf(definition).safeParse(raw);
  if (!result.success) {
    throw EventValidationError.fromZod(`Invalid ${definition.type} event ${envelope.data.id}`, result.error);
  }
  return result.data as EventEnvelope;
}
