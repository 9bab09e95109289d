import type { z } from "zod";

/** An event that does not match the catalogue; the message names every problem found. */
export class EventValidationError extends Error {
  override name = "EventValidationError";

  constructor(
    message: string,
    readonly issues: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
  }

  static fromZod(what: string, error: z.ZodError): EventValidationError {
    const issues = error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message }));
    return new EventValidationError(`${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
  }
}

/**
 * A well-formed envelope of a type this catalogue does not know (a newer producer, another context's
 * event): consumers skip it rather than dead-letter it.
 */
export class UnknownEventTypeError extends EventValidationError {
  override name = "UnknownEventTypeError";

  constructor(
    readonly type: string,
    readonly eventId: string,
  ) {
    super(`Unknown event type "${type}" (event ${eventId})`);
  }
}
