import { runMain, startDataService } from "@tthc/service-kit";
import { buildApp } from "./app.ts";
import { createDb, directoryMigrations } from "./db/client.ts";
import { loadDirectoryEnv } from "./env.ts";
import { notificationHandlers } from "./events/notification-events.ts";

runMain("directory", async () => {
  const env = loadDirectoryEnv();
  await startDataService({
    name: "directory",
    env,
    migrations: directoryMigrations,
    createDb,
    buildApp: (db) => buildApp(env, db),
    consumer: { handlers: notificationHandlers },
  });
});
