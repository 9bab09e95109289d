import { clock, type Job } from "@tthc/service-kit";
import { createCalendar, toLocalDate } from "@tthc/calendar";
import type { Db } from "../db/client.ts";
import { failAbandonedImports } from "../use-cases/dossier-import.ts";
import { lockOverdueReports } from "../use-cases/unit-reports.ts";

const calendar = createCalendar();

/** The service's periodic jobs (tests call the use cases directly at a chosen clock). */
export const reportingJobs: Job<Db>[] = [
  {
    // Deadlines are days: checking every 15 minutes locks a report soon after its deadline day ends.
    name: "lock-overdue-reports",
    every: 15 * 60_000,
    run: ({ db }) => {
      const now = clock();
      return lockOverdueReports(db, { calendar, today: toLocalDate(now), now });
    },
  },
  {
    // An import left "processing" by a replica that died (a restart) is marked failed with its reason, at
    // start and then every minute, so the office's progress bar ends instead of waiting forever.
    name: "fail-abandoned-dossier-imports",
    every: 60_000,
    run: ({ db }) => failAbandonedImports(db, clock()),
  },
];
