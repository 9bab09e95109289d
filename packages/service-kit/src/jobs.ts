import type { FastifyBaseLogger } from "fastify";
import { metrics } from "./metrics.ts";

/** What a periodic job's run receives. */
export interface JobContext<Db = unknown> {
  /** The service's database client (the one its server uses). */
  db: Db;
  log: FastifyBaseLogger;
  /** Aborted when the service shuts down; a long run should check it between units of work. */
  signal: AbortSignal;
}

/**
 * A periodic job (deadline checkers, retention, reminders), declared to `startDataService`.
 * `run` returns what it did (a count, or nothing) for the log. This API only promises one run at a
 * time per process: every replica runs every job, so a run must be safe beside another replica's —
 * claim the rows it acts on (`FOR UPDATE SKIP LOCKED`, as planning's deadline checker does, or a lock
 * per row, as complaints' deadline alerts do) or make its effect idempotent (the retention jobs).
 */
export interface Job<Db = unknown> {
  name: string;
  /** Milliseconds between the end of one run and the start of the next. */
  every: number;
  run(context: JobContext<Db>): Promise<number | void>;
  /** Run once as soon as the service starts (default true), then every `every` ms. */
  atStart?: boolean;
}

export interface RunningJobs {
  /** Stop scheduling, abort the signal and wait for the runs in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Schedule each job with a timer armed only after the previous run settles, so runs never overlap
 * within a process; a failed run is logged and the job runs again at its next turn. Each run is counted
 * by outcome and timed (metrics.ts: tthc_job_runs_total, labelled with `app`).
 */
export function startJobs<Db>(jobs: readonly Job<Db>[], db: Db, log: FastifyBaseLogger, app = "unnamed"): RunningJobs {
  const controller = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();

  const schedule = (job: Job<Db>, delay: number) => {
    if (controller.signal.aborted) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const jobLog = log.child({ job: job.name });
      const labels = { app, job: job.name };
      const stopClock = metrics.jobDuration.startTimer(labels);
      const run = job
        .run({ db, log: jobLog, signal: controller.signal })
        .then(
          (done) => {
            metrics.jobRuns.inc({ ...labels, outcome: "ok" });
            // Wall time, not the service's clock: alerts compare it with Prometheus's time().
            metrics.jobLastSuccess.set(labels, Date.now() / 1000);
            if (typeof done === "number" && done > 0) jobLog.info({ done }, "job run finished");
          },
          (err: unknown) => {
            metrics.jobRuns.inc({ ...labels, outcome: "failed" });
            jobLog.error({ err }, "job run failed; it runs again at its next turn");
          },
        )
        .finally(() => stopClock())
        .finally(() => {
          inFlight.delete(run);
          schedule(job, job.every);
        });
      inFlight.add(run);
    }, delay);
    // A pending timer must not keep a stopping process alive.
    timer.unref();
    timers.add(timer);
  };

  for (const job of jobs) {
    if (!(job.every > 0)) throw new Error(`Job ${job.name}: every must be a positive number of milliseconds`);
    schedule(job, job.atStart === false ? job.every : 0);
  }

  return {
    async stop() {
      controller.abort();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all([...inFlight]);
    },
  };
}
