import { z } from "zod";
import { stringify } from "yaml";
import { envelopeSchemaOf, eventDefinitions } from "./catalogue.ts";
import type { EventDefinition } from "./define.ts";
import { EVENT_HEADERS } from "./headers.ts";

/** `directory.unit.v1` → `directoryUnitV1`: AsyncAPI component keys must be identifiers. */
function identifier(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join("");
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  // AsyncAPI's default schema format is a superset of JSON Schema draft-07. "input" = what consumers
  // accept: unknown fields are allowed, so adding an optional field stays a compatible change.
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: "draft-07", io: "input" });
  return rest;
}

const headersSchema = {
  type: "object",
  required: Object.values(EVENT_HEADERS),
  properties: {
    [EVENT_HEADERS.type]: { type: "string", description: "the envelope's type" },
    [EVENT_HEADERS.id]: { type: "string", description: "the envelope's id" },
    [EVENT_HEADERS.correlationId]: { type: "string", description: "the envelope's correlationId" },
  },
};

function message(definition: EventDefinition): Record<string, unknown> {
  return {
    name: definition.type,
    title: `${definition.type} (v${definition.version})`,
    summary: definition.description,
    contentType: "application/json",
    headers: headersSchema,
    payload: jsonSchema(envelopeSchemaOf(definition)),
    bindings: { kafka: { key: { type: "string", description: "the envelope's subject (aggregate id)" }, bindingVersion: "0.5.0" } },
  };
}

/** The AsyncAPI 3.0 document of every topic and event type of the catalogue, for partners. */
export function asyncApiDocument(): string {
  const definitions = [...eventDefinitions()].sort((a, b) => a.type.localeCompare(b.type));
  const topics = [...new Set(definitions.map((d) => d.topic))].sort();
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const topic of topics) {
    const channelId = identifier(topic);
    const messageIds = definitions.filter((d) => d.topic === topic).map((d) => identifier(d.type));
    channels[channelId] = {
      address: topic,
      description: `Events of ${topic}; the message key is the subject, so events of one aggregate stay in order. Messages that no consumer could process are copied to ${topic}.dlq.`,
      messages: Object.fromEntries(messageIds.map((id) => [id, { $ref: `#/components/messages/${id}` }])),
    };
    operations[`send${channelId.charAt(0).toUpperCase()}${channelId.slice(1)}`] = {
      action: "send",
      channel: { $ref: `#/channels/${channelId}` },
      messages: messageIds.map((id) => ({ $ref: `#/channels/${channelId}/messages/${id}` })),
    };
  }
  const document = {
    asyncapi: "3.0.0",
    info: {
      title: "TTHC platform events",
      version: "1.0.0",
      description:
        "Every event the platform publishes to Kafka. Each message value is a JSON envelope (id, type, version, source, subject, time, actor, correlationId, causationId, data). Generated from packages/events; do not edit by hand.",
    },
    defaultContentType: "application/json",
    channels,
    operations,
    components: { messages: Object.fromEntries(definitions.map((d) => [identifier(d.type), message(d)])) },
  };
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
