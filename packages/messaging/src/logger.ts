/** The part of a pino logger this package uses; a pino Logger satisfies it. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Error details that survive JSON logging (an Error's own fields are not enumerable). */
export function errorDetails(err: unknown): { message: string; name?: string; stack?: string } {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { message: String(err) };
}

/** For command-line tools: warnings and errors on stderr, so that stdout stays the command's answer. */
export const stderrLogger: Logger = {
  debug() {},
  info() {},
  warn: (obj, msg) => console.error("warn", msg, JSON.stringify(obj)),
  error: (obj, msg) => console.error("error", msg, JSON.stringify(obj)),
};
