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
    // expect.poll gives up after 1 s by default: too short for a page that renders after a network
    // round trip on a busy 2-core machine (a lookup showed its result just after the poll gave up).
    expect: { poll: { timeout: 20_000 } },
  },
});
