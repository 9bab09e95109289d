/**
 * What the home page (Việc cần làm) reads: short lists, each cut by the server (a landing page every
 * sign-in opens must stay light), under the cache families of the pages they summarise so an action
 * there refreshes them here: the occurrences of my unit, the plans, the PAKN of my inbox by legal deadline.
 */
import type { ComplaintStatus, HomeComplaintsQuery, HomeOccurrencesQuery } from "../../graphql/generated/graphql.ts";
import { graphql } from "../../graphql/generated/index.ts";

/** PAKN still running against a limit or paused: the ones someone still has to act on. */
export const OPEN_COMPLAINT_STATUSES = [
  "RECEIVED",
  "CLASSIFIED",
  "TRANSFERRED",
  "HANDLED",
  "APPROVED",
  "PAUSED",
] as const satisfies readonly ComplaintStatus[];

/** Rows each list of the home page shows; the totals and the "see all" links cover the rest. */
export const HOME_LIST_SIZE = 8;

export const HOME_COMPLAINTS = graphql(`
  query HomeComplaints($filter: ComplaintFilter, $limit: Int) {
    complaints(filter: $filter, sort: DEADLINE_ASC, limit: $limit) {
      total
      items {
        id
        trackingCode
        regulation
        statusText {
          vi
          en
        }
        currentDue
        dueStatus
      }
    }
  }
`);
export type HomeComplaint = HomeComplaintsQuery["complaints"]["items"][number];

/** My unit's occurrences, soonest due first: the overdue ones, or those of one status not yet overdue. */
export const HOME_OCCURRENCES = graphql(`
  query HomeOccurrences($status: OccurrenceStatus, $overdue: Boolean, $limit: Int) {
    myOccurrences(status: $status, overdue: $overdue, limit: $limit) {
      id
      label
      dueDay
      status
      overdue
      dueSoon
      workingDaysLeft
      task {
        label
        content
      }
      plan {
        id
        title
      }
    }
  }
`);
export type HomeOccurrence = HomeOccurrencesQuery["myOccurrences"][number];

/** The plans, without their roll-ups: which ones ask units for a plan of their own. */
export const HOME_PLANS = graphql(`
  query HomePlans {
    plans {
      id
      title
      status
      unitPlanDeadline
    }
  }
`);

/** For the city office: occurrences whose progress report waits for its review, longest waiting first. */
export const HOME_AWAITING_REVIEW = graphql(`
  query HomeAwaitingReview($limit: Int) {
    occurrencesAwaitingReview(limit: $limit) {
      total
      items {
        id
        label
        unitName
        task {
          label
        }
        plan {
          id
          title
        }
      }
    }
  }
`);
