import { runMain, startDataService } from "@tthc/service-kit";
import { buildApp } from "./app.ts";
import { createDb, migrations } from "./db/client.ts";
import { loadPlanningEnv } from "./env.ts";
import { consumer } from "./events/handlers.ts";
import { planningJobs } from "./jobs/index.ts";

runMain("planning", async () => {
  const env = loadPlanningEnv();
  await startDataService({
    name: "planning",
    env,
    migrations,
    createDb,
    buildApp: (db) => buildApp(env, db),
    consumer,
    jobs: planningJobs(env),
  });
});
