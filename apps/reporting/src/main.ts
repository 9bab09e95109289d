import { runMain, startDataService } from "@tthc/service-kit";
import { buildApp } from "./app.ts";
import { createDb, migrations } from "./db/client.ts";
import { loadReportingEnv } from "./env.ts";
import { consumer } from "./events/handlers.ts";
import { reportingJobs } from "./jobs/index.ts";

runMain("reporting", async () => {
  const env = loadReportingEnv();
  await startDataService({
    name: "reporting",
    env,
    migrations,
    createDb,
    buildApp: (db) => buildApp(env, db),
    consumer,
    jobs: reportingJobs,
  });
});
