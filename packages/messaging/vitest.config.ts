import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The suites share the one test broker, and the relay suite stops and restarts it.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
