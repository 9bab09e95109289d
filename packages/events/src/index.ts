export {
  createEvent,
  parseEvent,
  topicOf,
  allTopics,
  isEventType,
  eventDefinitions,
  envelopeSchemaOf,
  type EventType,
  type EventData,
  type EventOf,
  type EventEnvelope,
  type NewEvent,
} from "./catalogue.ts";
export { envelopeSchema, actorRefSchema, type ActorRef, type EnvelopeBase } from "./envelope.ts";
export { defineEvent, type EventDefinition } from "./define.ts";
export { EventValidationError, UnknownEventTypeError } from "./errors.ts";
export { EVENT_HEADERS } from "./headers.ts";
export { asyncApiDocument } from "./asyncapi.ts";
export { unitStateSchema, workKindSchema, type UnitState } from "./catalogue/directory.ts";
export { DOSSIER_STEPS } from "./catalogue/reporting.ts";
export {
  SIGNAL_KINDS,
  SIGNAL_EVENT_TYPES,
  signalsOf,
  isLate,
  vietnamDay,
  complaintAnsweredLate,
  occurrenceDoneLate,
  reportSubmittedLate,
  type SignalKind,
  type SignalEventType,
  type UnitSignal,
} from "./signals.ts";
