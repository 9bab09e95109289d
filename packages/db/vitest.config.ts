import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql ships CJS (main) and ESM (module) builds; Vite would pick the ESM one for our sources while
  // Node loads the CJS one for graphql-yoga, and `instanceof GraphQLError` would then fail across the two.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: { testTimeout: 30_000, hookTimeout: 120_000, fileParallelism: false },
});
