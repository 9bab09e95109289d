import { runMain, startDataService } from "@tthc/service-kit";
import { buildApp } from "./app.ts";
import { createDb, migrations } from "./db/client.ts";
import { loadInspectionsEnv } from "./env.ts";
import { consumer } from "./events/handlers.ts";
import { inspectionsJobs } from "./jobs/index.ts";

runMain("inspections", async () => {
  const env = loadInspectionsEnv();
  await startDataService({
    name: "inspections",
    env,
    migrations,
    createDb,
    buildApp: (db) => buildApp(env, db),
    consumer,
    jobs: inspectionsJobs(env),
  });
});
