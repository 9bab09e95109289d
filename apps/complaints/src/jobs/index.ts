import type { Job } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { ComplaintsEnv } from "../env.ts";
import { raiseDeadlineAlerts } from "../use-cases/deadline-monitor.ts";
import type { ComplaintsDeps } from "../use-cases/deps.ts";
import { eraseExpiredPersonalData } from "../use-cases/retention.ts";

/** The service's periodic jobs (tests call the use cases directly at a chosen clock). */
export function complaintsJobs(env: ComplaintsEnv, deps: ComplaintsDeps): Job<Db>[] {
  return [
    // Due-soon and overdue alerts (docs/domain.md §7), each raised once per PAKN.
    { name: "deadline-alerts", every: env.COMPLAINTS_DEADLINE_CHECK_SECONDS * 1000, run: () => raiseDeadlineAlerts(deps) },
    // Senders' personal data erased once the retention after closing has passed.
    { name: "personal-data-retention", every: env.COMPLAINTS_RETENTION_CHECK_SECONDS * 1000, run: () => eraseExpiredPersonalData(deps) },
  ];
}
