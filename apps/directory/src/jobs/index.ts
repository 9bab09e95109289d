import type { Job } from "@tthc/service-kit";
import { authConfig } from "../app.ts";
import type { Db } from "../db/client.ts";
import type { DirectoryEnv } from "../env.ts";
import { applyDueDecisions } from "../use-cases/reorganisation.ts";
import { clockOf, pruneSignInCounters } from "../use-cases/sessions.ts";

/** The service's periodic jobs (tests call the use cases directly at a chosen clock). */
export function directoryJobs(env: DirectoryEnv): Job<Db>[] {
  const auth = authConfig(env);
  return [
    // Every guessed username leaves throttle counters; once they decide nothing, they go.
    {
      name: "sign-in-throttle-prune",
      every: env.LOGIN_PRUNE_CHECK_SECONDS * 1000,
      run: ({ db, signal }) => pruneSignInCounters(db, auth, signal),
    },
    // A scheduled reorganisation decision takes effect on its effective date, Vietnam time of the service's clock.
    {
      name: "reorganisation-apply",
      every: env.REORGANISATION_CHECK_SECONDS * 1000,
      run: ({ db, signal }) => applyDueDecisions(db, { actor: { kind: "service", service: "directory" }, now: clockOf(auth)() }, signal),
    },
  ];
}
