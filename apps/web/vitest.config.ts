import { defineConfig } from "vitest/config";

// The unit tests cover the pure modules only (no DOM), so they run in plain Node.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], environment: "node" },
});
