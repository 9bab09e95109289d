import { startMetricsServer, startTracing } from "@tthc/service-kit";
import { loadEnv } from "./env.ts";
import { createGateway } from "./gateway.ts";

async function main(): Promise<void> {
  const env = loadEnv();
  // Before the gateway exists, so that its every request is traced (when OTEL_EXPORTER_OTLP_ENDPOINT is set).
  const tracing = startTracing("gateway", env);
  const gateway = createGateway(env);
  const { url } = await gateway.listen();
  const metrics = await startMetricsServer("gateway", env);
  console.log(`gateway listening on ${url}/graphql`);

  const shutdown = (signal: string) => {
    console.log(`${signal}: closing gateway`);
    Promise.all([gateway.close(), metrics.close()])
      .then(() => tracing.shutdown())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(err);
          process.exit(1);
        },
      );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

await main();
