import { runMain, startDataService } from "@tthc/service-kit";
import { buildApp, complaintsDeps } from "./app.ts";
import { createDb, migrations } from "./db/client.ts";
import { loadComplaintsEnv } from "./env.ts";
import { consumer } from "./events/handlers.ts";
import { complaintsJobs } from "./jobs/index.ts";

runMain("complaints", async () => {
  const env = loadComplaintsEnv();
  const db = createDb(env.DATABASE_URL);
  const deps = complaintsDeps(env, db);
  await startDataService({
    name: "complaints",
    env,
    migrations,
    createDb: () => db,
    buildApp: () => buildApp(env, db, { deps }),
    consumer,
    jobs: complaintsJobs(env, deps),
  });
});
