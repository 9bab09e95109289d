import type { Job } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { ComplaintsEnv } from "../env.ts";
import { raiseDeadlineAlerts } from "../use-cases/deadline-monitor.ts";
import type { ComplaintsDeps } from "../use-cases/deps.ts";
import { pruneExpiredChallenges } from "../use-cases/receive.ts";
import { eraseExpiredPersonalData } from "../use-cases/retention.ts";
import { backfillTextColumns } from "../use-cases/text-columns.ts";
import { deleteUnattachedUploads } from "../use-cases/uploads.ts";

/** The service's periodic jobs (tests call the use cases directly at a chosen clock). */
export function complaintsJobs(env: ComplaintsEnv, deps: ComplaintsDeps): Job<Db>[] {
  return [
    // Due-soon and overdue alerts (docs/domain.md §7), each raised once per PAKN.
    { name: "deadline-alerts", every: env.COMPLAINTS_DEADLINE_CHECK_SECONDS * 1000, run: () => raiseDeadlineAlerts(deps) },
    // Senders' personal data erased once the retention after closing has passed.
    { name: "personal-data-retention", every: env.COMPLAINTS_RETENTION_CHECK_SECONDS * 1000, run: () => eraseExpiredPersonalData(deps) },
    // Public-form uploads never attached to a PAKN (abandoned or abusive) are deleted past their age limit.
    {
      name: "unattached-uploads",
      every: env.COMPLAINTS_UPLOAD_CLEANUP_SECONDS * 1000,
      run: ({ signal }) => deleteUnattachedUploads(deps, signal),
    },
    // Anti-automation challenges past their expiry and the counting window.
    { name: "expired-challenges", every: env.COMPLAINTS_CHALLENGE_PRUNE_SECONDS * 1000, run: () => pruneExpiredChallenges(deps) },
    // Trigrams and published search text for PAKN stored before those columns; a no-op once done.
    { name: "text-columns-backfill", every: 6 * 3600 * 1000, run: ({ signal }) => backfillTextColumns(deps, signal) },
  ];
}
