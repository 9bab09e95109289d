import { toLocalDate } from "@tthc/calendar";
import { clock, type Job } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { InspectionsEnv } from "../env.ts";
import { raiseOverdueRecommendations } from "../use-cases/closing.ts";

/** The service's periodic jobs (tests call the use cases directly at a chosen day). */
export function inspectionsJobs(env: InspectionsEnv): Job<Db>[] {
  return [
    // Recommendations past due without the unit's answer: inspections.recommendation.overdue, once each.
    {
      name: "recommendation-overdue-check",
      every: env.INSPECTIONS_OVERDUE_CHECK_SECONDS * 1000,
      run: async ({ db }) => {
        const now = clock();
        return raiseOverdueRecommendations(db, toLocalDate(now), now);
      },
    },
  ];
}
