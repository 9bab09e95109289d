/**
 * What the home page (Việc cần làm) reads besides the queries it shares with other pages (my
 * occurrences, the plans, the unit plan boards and the notifications, under the same cache keys):
 * the PAKN of the reader's inbox by legal deadline.
 */
import type { ComplaintStatus, HomeComplaintsQuery } from "../../graphql/generated/graphql.ts";
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
