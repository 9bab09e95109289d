import { defineConfig } from "vitest/config";

// One replicated stack, faults injected one after another: never in parallel. Each case stops the broker,
// a database or a replica and waits for the platform to recover, so its limits are minutes, not seconds.
export default defineConfig({ test: { fileParallelism: false, testTimeout: 240_000, hookTimeout: 180_000 } });
