import type { FastifyInstance } from "fastify";

/** One thing to stop before the server closes (a consumer, the outbox relay), in the given order. */
export interface ShutdownStep {
  name: string;
  stop(): Promise<void>;
}

export interface RunOptions {
  app: FastifyInstance;
  port: number;
  host?: string;
  /** Stopped in order before the server closes; the app's onClose hooks (the database) run last. */
  shutdown?: ShutdownStep[];
  /** Register SIGTERM/SIGINT handlers that shut down and exit (default true). */
  handleSignals?: boolean;
}

export interface RunningService {
  url: string;
  /** Stop everything once; later calls return the same promise. */
  shutdown(reason?: string): Promise<void>;
}

// A stuck dependency must not keep a terminated process alive forever.
const SHUTDOWN_DEADLINE_MS = 20_000;

/**
 * Listen, and on SIGTERM/SIGINT shut down in order: stop consumers and the relay (no new work),
 * close the server (in-flight requests finish), then the onClose hooks disconnect the database.
 */
export async function runService({
  app,
  port,
  host = "127.0.0.1",
  shutdown = [],
  handleSignals = true,
}: RunOptions): Promise<RunningService> {
  let closing: Promise<void> | undefined;
  const stopAll = (reason = "shutdown"): Promise<void> =>
    (closing ??= (async () => {
      app.log.info({ reason }, "shutting down");
      for (const step of shutdown) {
        try {
          await step.stop();
        } catch (err) {
          app.log.error({ err, step: step.name }, "shutdown step failed");
        }
      }
      await app.close();
      app.log.info("stopped");
    })());

  const url = await app.listen({ port, host });
  if (handleSignals) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
        stopAll(signal).then(
          () => process.exit(0),
          (err) => {
            app.log.error({ err }, "shutdown failed");
            process.exit(1);
          },
        );
      });
    }
  }
  return { url, shutdown: stopAll };
}
