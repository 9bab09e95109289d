import { runMain, startDataService } from "@tthc/service-kit";
import { buildApp } from "./app.ts";
import { createDb, migrations } from "./db/client.ts";
import { loadPlanningEnv } from "./env.ts";
import { consumer } from "./events/handlers.ts";
import { today } from "./plans/dates.ts";
import { checkDeadlines } from "./plans/deadline-checker.ts";

runMain("planning", async () => {
  const env = loadPlanningEnv();
  const db = createDb(env.DATABASE_URL);
  await startDataService({ name: "planning", env, migrations, createDb: () => db, buildApp: (appDb) => buildApp(env, appDb), consumer });
  const check = () => checkDeadlines(db, today()).catch((err: unknown) => console.error("[planning] deadline check failed:", err));
  // The checker only reads and marks rows; stopping mid-way is safe, so it does not hold up shutdown.
  setInterval(() => void check(), env.PLANNING_DEADLINE_CHECK_SECONDS * 1000).unref();
  void check();
});
