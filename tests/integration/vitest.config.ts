import { defineConfig } from "vitest/config";

// These suites share one running stack: run files one after another.
export default defineConfig({ test: { fileParallelism: false, testTimeout: 60_000, hookTimeout: 60_000 } });
