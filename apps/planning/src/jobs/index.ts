import { clock, type Job } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { PlanningEnv } from "../env.ts";
import { checkDeadlines } from "../use-cases/deadline-checker.ts";

/** The service's periodic jobs (tests call the use cases directly at a chosen day). */
export function planningJobs(env: PlanningEnv): Job<Db>[] {
  return [
    // Marks occurrences due soon or overdue and tells the focal officers, once per occurrence.
    {
      name: "deadline-check",
      every: env.PLANNING_DEADLINE_CHECK_SECONDS * 1000,
      run: async ({ db }) => {
        const { dueSoon, overdue } = await checkDeadlines(db, clock());
        return dueSoon + overdue;
      },
    },
  ];
}
