import { runMain, startDataService } from "@tthc/service-kit";
import { buildApp } from "./app.ts";
import { createDb, directoryMigrations } from "./db/client.ts";
import { loadDirectoryEnv } from "./env.ts";
import { consumer } from "./events/handlers.ts";
import { directoryJobs } from "./jobs/index.ts";

runMain("directory", async () => {
  const env = loadDirectoryEnv();
  await startDataService({
    name: "directory",
    env,
    migrations: directoryMigrations,
    createDb,
    buildApp: (db) => buildApp(env, db),
    consumer,
    jobs: directoryJobs(env),
  });
});
