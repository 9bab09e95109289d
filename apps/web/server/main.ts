import { fileURLToPath } from "node:url";
import { loadEnv } from "./env.ts";
import { createWebServer, drain } from "./server.ts";

const env = loadEnv();
// Beside this file in the repository and, mirrored, in the production bundle (infra/bundle).
const root = fileURLToPath(new URL("../dist/", import.meta.url));
const app = await createWebServer({ root, gatewayUrl: env.GATEWAY_URL, logLevel: env.LOG_LEVEL });
await app.listen({ port: env.PORT, host: env.HOST });

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    app.log.info(`${signal}: draining`);
    drain(app, env.WEB_DRAIN_SECONDS).then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
