/**
 * What the reorganisation pages (CITY_ADMIN) read and write: the directory's decisions, a decision's
 * preview with each service's count of the work it would move, and the units as of the decision's
 * effective date for the pickers (a decision is checked against the tree of that day).
 */
import type {
  ReorganisationChangeKind,
  ReorganisationDecisionQuery,
  ReorganisationPreviewQuery,
  WorkKind,
} from "../../graphql/generated/graphql.ts";
import { graphql } from "../../graphql/generated/index.ts";

export const DECISIONS_QUERY = graphql(`
  query ReorganisationDecisions($limit: Int, $offset: Int) {
    reorganisationDecisions(limit: $limit, offset: $offset) {
      total
      items {
        id
        number
        signedOn
        effectiveFrom
        status
        failure
      }
    }
  }
`);

export const DECISION_QUERY = graphql(`
  query ReorganisationDecision($id: ID!) {
    reorganisationDecision(id: $id) {
      id
      number
      signedOn
      effectiveFrom
      status
      failure
      appliedAt
      changesJson
    }
  }
`);
export type Decision = NonNullable<ReorganisationDecisionQuery["reorganisationDecision"]>;

/** Each closed unit's work, as every service counts it (the directory its accounts and notifications, via counts). */
export const PREVIEW_QUERY = graphql(`
  query ReorganisationPreview($id: ID!) {
    reorganisationPreview(id: $id) {
      newUnitNames
      successions {
        predecessor {
          id
          name
          planningWorkToMove {
            what
            count
          }
          complaintsWorkToMove {
            what
            count
          }
          inspectionsWorkToMove {
            what
            count
          }
          reportingWorkToMove {
            what
            count
          }
        }
        successorId
        successorName
        workKinds
      }
      counts {
        service
        what
        unit {
          id
        }
        count
      }
    }
  }
`);
export type Preview = ReorganisationPreviewQuery["reorganisationPreview"];

export const CREATE_DECISION = graphql(`
  mutation CreateReorganisationDecision($input: ReorganisationDecisionInput!) {
    createReorganisationDecision(input: $input) {
      id
    }
  }
`);

export const SCHEDULE_DECISION = graphql(`
  mutation ScheduleReorganisationDecision($id: ID!) {
    scheduleReorganisationDecision(id: $id) {
      id
      status
    }
  }
`);

/** The kinds the editor drafts (CHANGE_LEVEL is drafted through the API for now). */
export const EDITABLE_KINDS = ["MERGE", "SPLIT", "DISSOLVE", "RENAME", "MOVE"] as const satisfies readonly ReorganisationChangeKind[];

/** The kinds of work a split hands out, each to exactly one successor. */
export const WORK_KINDS = ["PLAN_WORK", "COMPLAINTS", "RECOMMENDATIONS", "USERS"] as const satisfies readonly WorkKind[];
export type EditableKind = (typeof EDITABLE_KINDS)[number];

/** One change as drafted (changesJson holds the input as the directory took it). */
export interface DraftedChange {
  kind: ReorganisationChangeKind;
  unitId?: string;
  unitIds?: string[];
  into?: { unitId?: string; newUnit?: { name: string } };
  receiverId?: string;
  name?: string;
  parentId?: string;
  levelCode?: string;
  successors?: Array<{ unitId?: string; newUnit?: { name: string } }>;
}

export function parseChanges(json: string): DraftedChange[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as DraftedChange[]) : [];
  } catch {
    return [];
  }
}

/** The decision's page, linked from the list and from unit pages. */
export function decisionPath(id: string): string {
  return `/reorganisation/${encodeURIComponent(id)}`;
}
