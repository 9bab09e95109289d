import { runMain, startDataService } from "@tthc/service-kit";
import { buildApp } from "./app.ts";
import { createDb, migrations } from "./db/client.ts";
import { loadComplaintsEnv } from "./env.ts";
import { consumer } from "./events/handlers.ts";

runMain("complaints", async () => {
  const env = loadComplaintsEnv();
  await startDataService({ name: "complaints", env, migrations, createDb, buildApp: (db) => buildApp(env, db, { deadlineMonitor: true, retentionJob: true }), consumer });
});
