import { loadEnv } from "./env.ts";
import { createGateway } from "./gateway.ts";

async function main(): Promise<void> {
  const env = loadEnv();
  const gateway = createGateway(env);
  const { url } = await gateway.listen();
  console.log(`gateway listening on ${url}/graphql`);

  const shutdown = (signal: string) => {
    console.log(`${signal}: closing gateway`);
    gateway.close().then(
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
