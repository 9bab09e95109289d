import { defineConfig } from "vitest/config";

// Browser suites against a running stack: slow steps, and one file at a time so they do not
// compete for the same accounts (login lockout) and rate limits.
export default defineConfig({
  test: {
    include: ["**/*.e2e.test.ts"],
    exclude: ["**/node_modules/**", "artifacts/**"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
