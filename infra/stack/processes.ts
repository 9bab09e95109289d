/** Start, watch and stop the platform's processes (detached, with pid files) without Docker. */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** URL that answers 200 once the process is ready. */
  readyUrl: string;
}

export function runDir(profile: string): string {
  const dir = join(ROOT, ".data", "run", profile);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function startProcess(profile: string, spec: ProcessSpec): number {
  const dir = runDir(profile);
  const log = openSync(join(dir, `${spec.name}.log`), "w");
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ["ignore", log, log],
    detached: true,
  });
  child.unref();
  if (!child.pid) throw new Error(`could not start ${spec.name}`);
  writeFileSync(join(dir, `${spec.name}.pid`), String(child.pid));
  return child.pid;
}

/** The pid a started process recorded (its process group: processes are started detached). */
export function pidOf(profile: string, name: string): number {
  return Number(readFileSync(join(runDir(profile), `${name}.pid`), "utf8"));
}

/** Every process of a profile that has a pid file, by name (gateway-1, complaints-2, haproxy, web, …). */
export function stackProcesses(profile: string): Array<{ name: string; pid: number }> {
  return readdirSync(runDir(profile))
    .filter((f) => f.endsWith(".pid"))
    .map((f) => ({ name: f.slice(0, -4), pid: pidOf(profile, f.slice(0, -4)) }));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitReady(profile: string, spec: ProcessSpec, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pid = pidOf(profile, spec.name);
  let last = "";
  while (Date.now() < deadline) {
    if (!alive(pid)) break;
    try {
      const res = await fetch(spec.readyUrl);
      if (res.ok) return;
      last = `${res.status} ${await res.text()}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const logFile = join(runDir(profile), `${spec.name}.log`);
  const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n") : "";
  throw new Error(`${spec.name} did not become ready (${spec.readyUrl}: ${last || "process exited"})\n${tail}`);
}

/** Poll `url` until it answers 200 (a proxy's view of its servers), or fail after `timeoutMs`. */
export async function waitUntilReachable(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = String(res.status);
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (${last})`);
}

/** Stop every process of a profile: SIGTERM to each process group, then SIGKILL what is left. */
export async function stopAll(profile: string): Promise<void> {
  const pids = stackProcesses(profile).map(({ name, pid }) => ({ file: join(runDir(profile), `${name}.pid`), pid }));
  for (const { pid } of pids) {
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  const deadline = Date.now() + 10_000;
  while (pids.some(({ pid }) => alive(pid)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  for (const { pid, file } of pids) {
    if (alive(pid)) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
    rmSync(file, { force: true });
  }
}
