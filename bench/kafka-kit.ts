/**
 * What bench/inspections-risk.ts and bench/reporting.ts share: timing a path a few times, the load
 * generator in its own process (this machine is noisy: it must not share the measured process), and the
 * raw kafkajs consumer each service's consumer is compared with.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { createKafka, stderrLogger } from "@tthc/messaging";
import { waitFor } from "@tthc/test-kit";

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `runs` timed calls after a warm-up; the last call's result. */
export async function timed<T>(runs: number, fn: () => Promise<T>): Promise<{ times: number[]; result: T }> {
  let result = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  return { times, result };
}

/** Run `script produce ...args` (the bench's load generator) in a child process; its seconds. */
export async function produceInChild(script: string, args: string[], timeoutMs: number): Promise<number> {
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, "produce", ...args], { stdio: "inherit", env: process.env });
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`load generator exited with ${code}`));
    });
  });
  return (performance.now() - start) / 1000;
}

/** The baseline: a plain kafkajs consumer fetching and parsing `count` messages of `topic`, storing nothing; events/s. */
export async function rawConsumerRate(
  brokers: string[],
  topic: string,
  count: number,
  groupId: string,
  timeoutMs: number,
): Promise<number> {
  const raw = createKafka({ brokers, clientId: groupId, log: stderrLogger }).consumer({ groupId });
  await raw.connect();
  try {
    await raw.subscribe({ topics: [topic], fromBeginning: true });
    let seen = 0;
    const start = performance.now();
    await raw.run({
      eachBatch: async ({ batch }) => {
        for (const m of batch.messages) if (m.value) JSON.parse(m.value.toString());
        seen += batch.messages.length;
      },
    });
    await waitFor(async () => seen >= count, timeoutMs, 50);
    return count / ((performance.now() - start) / 1000);
  } finally {
    await raw.disconnect();
  }
}
