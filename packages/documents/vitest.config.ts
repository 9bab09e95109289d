import { defineConfig } from "vitest/config";

// Generous limits: the test command runs on shared 2-core machines where a cold import of a
// workspace's sources can take several seconds; a real hang still fails.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 120_000 } });
