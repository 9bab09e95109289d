import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startJobs, type Job } from "../src/jobs.ts";

const silent = pino({ level: "silent" });

afterEach(() => vi.useRealTimers());

describe("startJobs", () => {
  it("never overlaps two runs of a job: the next turn is armed when the run settles", async () => {
    vi.useFakeTimers();
    let running = 0;
    let maxConcurrent = 0;
    let runs = 0;
    let release: () => void = () => {};
    const job: Job<null> = {
      name: "slow",
      every: 1_000,
      run: async () => {
        runs++;
        running++;
        maxConcurrent = Math.max(maxConcurrent, running);
        await new Promise<void>((resolve) => (release = resolve));
        running--;
      },
    };
    const jobs = startJobs([job], null, silent);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    // Far past several periods while the first run is still going: no second run starts.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(2);
    expect(maxConcurrent).toBe(1);
    release();
    await jobs.stop();
  });

  it("logs a failed run and runs the job again at its next turn", async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    const log = pino({ level: "error" }, { write: (line: string) => errors.push(JSON.parse(line)) });
    let runs = 0;
    const jobs = startJobs(
      [
        {
          name: "flaky",
          every: 500,
          run: async () => {
            runs++;
            if (runs === 1) throw new Error("database restarting");
          },
        },
      ],
      null,
      log,
    );
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ job: "flaky", err: { message: "database restarting" } });
    await jobs.stop();
  });

  it("stop() aborts the signal, waits for the run in progress and schedules nothing more", async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    let runs = 0;
    const jobs = startJobs<string>(
      [
        {
          name: "long",
          every: 100,
          run: async ({ db, signal }) => {
            runs++;
            seen.push(db);
            await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve()));
            seen.push("aborted");
          },
        },
      ],
      "the-db",
      silent,
    );
    await vi.advanceTimersByTimeAsync(0);
    await jobs.stop();
    expect(seen).toEqual(["the-db", "aborted"]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(1);
  });

  it("waits a full period before the first run when atStart is false", async () => {
    vi.useFakeTimers();
    let runs = 0;
    const jobs = startJobs([{ name: "later", every: 1_000, atStart: false, run: async () => void runs++ }], null, silent);
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await jobs.stop();
  });
});
