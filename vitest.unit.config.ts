// `npm run test:unit`: the tests that need no PostgreSQL, Kafka or running stack — the pure packages,
// the services' domain tests, the gateway (its subgraphs are in-process fakes), the web app's pure
// modules and the stack config. Each workspace's own `vitest run` (npm test) still runs everything.
import { defineConfig } from "vitest/config";

// As in the services' vitest.config.ts: one copy of graphql (CJS), so `instanceof GraphQLError` holds.
const oneGraphql = { alias: { graphql: "graphql/index.js" } };

export default defineConfig({
  test: {
    projects: [
      { test: { name: "calendar", root: "packages/calendar", include: ["test/**/*.test.ts"] } },
      { test: { name: "events", root: "packages/events", include: ["test/**/*.test.ts"] } },
      {
        resolve: oneGraphql,
        // service.test.ts is left out: its /readyz suite needs the test broker.
        test: {
          name: "service-kit",
          root: "packages/service-kit",
          include: ["test/authorization.test.ts", "test/env.test.ts", "test/run.test.ts"],
        },
      },
      { resolve: oneGraphql, test: { name: "complaints", root: "apps/complaints", include: ["test/domain/**/*.test.ts"] } },
      { resolve: oneGraphql, test: { name: "planning", root: "apps/planning", include: ["test/domain/**/*.test.ts"] } },
      { resolve: oneGraphql, test: { name: "reporting", root: "apps/reporting", include: ["test/domain/**/*.test.ts"] } },
      { resolve: oneGraphql, test: { name: "directory", root: "apps/directory", include: ["test/domain.test.ts"] } },
      { test: { name: "gateway", root: "apps/gateway", include: ["test/**/*.test.ts"], testTimeout: 30_000 } },
      { test: { name: "web", root: "apps/web", include: ["test/**/*.test.ts"], environment: "node" } },
      { test: { name: "infra", root: "infra", include: ["test/**/*.test.ts"] } },
    ],
  },
});
