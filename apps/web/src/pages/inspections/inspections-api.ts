/**
 * The inspections subgraph's queries and mutations as the web app uses them: typed documents checked
 * against the gateway's supergraph by codegen (npm run codegen); every result shape below is read from
 * the generated types, none is written by hand.
 */
import { graphql } from "../../graphql/generated/index.ts";
import type {
  AssessmentKind,
  ChecklistTemplateFieldsFragment,
  InspectionCalendarQuery,
  InspectionDetailFieldsFragment,
  InspectionPlanFieldsFragment,
  InspectionStatus,
  InspectionsListQuery,
  InspectionType,
  PeriodKind,
  RecommendationFieldsFragment,
  RecommendationStatus,
  RiskRankingQuery,
  RiskSignalKind,
  Severity,
  TeamRole,
} from "../../graphql/generated/graphql.ts";

export type { AssessmentKind, InspectionStatus, InspectionType, PeriodKind, RecommendationStatus, Severity, TeamRole };
export const INSPECTION_STATUSES = ["SCHEDULED", "STARTED", "CONCLUDED", "CLOSED"] as const satisfies readonly InspectionStatus[];
export const INSPECTION_TYPES = ["PERIODIC", "UNANNOUNCED", "THEMATIC"] as const satisfies readonly InspectionType[];
export const PERIOD_KINDS = ["MONTH", "QUARTER"] as const satisfies readonly PeriodKind[];
export const SEVERITIES = ["MINOR", "MAJOR", "SERIOUS"] as const satisfies readonly Severity[];
export const TEAM_ROLES = ["LEAD", "MEMBER", "SECRETARY"] as const satisfies readonly TeamRole[];
export const RECOMMENDATION_STATUSES = [
  "OPEN",
  "ANSWERED",
  "RETURNED",
  "VERIFIED",
  "CARRIED_OVER",
] as const satisfies readonly RecommendationStatus[];

/** Rows per page of the lists; the server pages (limit/offset). */
export const PAGE_SIZE = 20;

export const INSPECTIONS_QUERY = graphql(`
  query InspectionsList($filter: InspectionFilter, $limit: Int, $offset: Int) {
    inspections(filter: $filter, limit: $limit, offset: $offset) {
      total
      items {
        id
        unitName
        type
        focus
        status
        windowStart
        windowEnd
        startDay
        endDay
        selfAssessmentLate
      }
    }
  }
`);
export type InspectionRow = InspectionsListQuery["inspections"]["items"][number];

/** A unit's page: its name from the directory (any signed-in staff may read it). */
export { UNIT_NAME_QUERY } from "../units-query.ts";

/** A unit's page: the recommendations addressed to it that are still owed, due first, paged by the server. */
export const UNIT_OPEN_RECOMMENDATIONS_QUERY = graphql(`
  query UnitOpenRecommendations($unitId: ID!, $limit: Int, $offset: Int) {
    recommendations(unitId: $unitId, open: true, limit: $limit, offset: $offset) {
      total
      items {
        ...RecommendationFields
      }
    }
  }
`);

graphql(`
  fragment InspectionPlanFields on InspectionPlan {
    id
    year
    title
    status
    approvedAt
    items {
      id
      order
      unitId
      unitName
      periodKind
      period
      type
      focus
    }
  }
`);
export type InspectionPlan = InspectionPlanFieldsFragment;
export type PlanItem = InspectionPlan["items"][number];

export const PLANS_QUERY = graphql(`
  query InspectionPlans($year: Int) {
    inspectionPlans(year: $year) {
      ...InspectionPlanFields
    }
  }
`);

export const PLAN_QUERY = graphql(`
  query InspectionPlan($id: ID!) {
    inspectionPlan(id: $id) {
      ...InspectionPlanFields
    }
  }
`);

export const CREATE_PLAN = graphql(`
  mutation CreateInspectionPlan($input: InspectionPlanInput!) {
    createInspectionPlan(input: $input) {
      id
    }
  }
`);

export const UPDATE_PLAN = graphql(`
  mutation UpdateInspectionPlan($id: ID!, $input: InspectionPlanUpdateInput!) {
    updateInspectionPlan(id: $id, input: $input) {
      ...InspectionPlanFields
    }
  }
`);

export const APPROVE_PLAN = graphql(`
  mutation ApproveInspectionPlan($id: ID!) {
    approveInspectionPlan(id: $id) {
      ...InspectionPlanFields
    }
  }
`);

/** The directory's accounts, for the team (only the city office forms teams, and only it lists accounts). */
export const TEAM_CANDIDATES_QUERY = graphql(`
  query InspectionTeamCandidates {
    users {
      id
      fullName
      roles
    }
  }
`);

graphql(`
  fragment InspectionFileFields on InspectionFile {
    id
    name
    url
  }
`);

graphql(`
  fragment RecommendationFields on Recommendation {
    id
    inspectionId
    findingId
    text
    responsibleUnitId
    responsibleUnitName
    dueDay
    status
    overdue
    answer
    answeredAt
    answerFiles {
      ...InspectionFileFields
    }
    returnReason
    verifiedAt
    carryOverReason
  }
`);
export type Recommendation = RecommendationFieldsFragment;

graphql(`
  fragment InspectionDetailFields on Inspection {
    id
    planId
    unitId
    unitName
    type
    focus
    status
    windowStart
    windowEnd
    startDay
    endDay
    decisionNumber
    decisionDate
    template {
      name
      version
    }
    selfAssessmentDue
    selfSubmittedAt
    selfAssessmentLate
    conclusionNumber
    concludedOn
    conclusionNotice {
      ...InspectionFileFields
    }
    closedAt
    unitFigures {
      from
      to
      complaintsReceived
      complaintsOverdue
      complaintsAnsweredLate
      occurrencesOverdue
      occurrencesDoneLate
      lateReports
    }
    team {
      userId
      name
      role
    }
    checklist {
      code
      name
      criteria {
        id
        code
        text
        kind
        maxScore
        selfValue
        selfNote
        teamValue
        teamNote
        differs
      }
    }
    findings {
      id
      criterionId
      severity
      description
      recordedAt
      recommendations {
        ...RecommendationFields
      }
    }
  }
`);
export type InspectionDetail = InspectionDetailFieldsFragment;
export type Criterion = InspectionDetail["checklist"][number]["criteria"][number];
export type Finding = InspectionDetail["findings"][number];

export const INSPECTION_QUERY = graphql(`
  query Inspection($id: ID!) {
    inspection(id: $id) {
      ...InspectionDetailFields
    }
  }
`);

export const FORM_TEAM = graphql(`
  mutation FormInspectionTeam($id: ID!, $input: InspectionTeamInput!) {
    formInspectionTeam(id: $id, input: $input) {
      ...InspectionDetailFields
    }
  }
`);

export const START_INSPECTION = graphql(`
  mutation StartInspection($id: ID!) {
    startInspection(id: $id) {
      ...InspectionDetailFields
    }
  }
`);

export const RECORD_SELF = graphql(`
  mutation RecordSelfAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!, $submit: Boolean) {
    recordSelfAssessment(id: $id, answers: $answers, submit: $submit) {
      ...InspectionDetailFields
    }
  }
`);

export const RECORD_TEAM = graphql(`
  mutation RecordTeamAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!) {
    recordTeamAssessment(id: $id, answers: $answers) {
      ...InspectionDetailFields
    }
  }
`);

export const CONCLUDE_INSPECTION = graphql(`
  mutation ConcludeInspection($id: ID!, $input: ConclusionInput!) {
    concludeInspection(id: $id, input: $input) {
      ...InspectionDetailFields
    }
  }
`);

export const CLOSE_INSPECTION = graphql(`
  mutation CloseInspection($id: ID!) {
    closeInspection(id: $id) {
      ...InspectionDetailFields
    }
  }
`);

export const EXPORT_RECORD = graphql(`
  mutation ExportInspectionRecord($id: ID!) {
    exportInspectionRecord(id: $id) {
      ...InspectionFileFields
    }
  }
`);

export const RECORD_FINDING = graphql(`
  mutation RecordFinding($inspectionId: ID!, $input: FindingInput!) {
    recordFinding(inspectionId: $inspectionId, input: $input) {
      id
    }
  }
`);

export const ISSUE_RECOMMENDATION = graphql(`
  mutation IssueRecommendation($findingId: ID!, $input: RecommendationInput!) {
    issueRecommendation(findingId: $findingId, input: $input) {
      id
    }
  }
`);

export const RECOMMENDATIONS_QUERY = graphql(`
  query Recommendations($status: RecommendationStatus, $limit: Int, $offset: Int) {
    recommendations(status: $status, limit: $limit, offset: $offset) {
      total
      items {
        ...RecommendationFields
      }
    }
  }
`);

export const ANSWER_RECOMMENDATION = graphql(`
  mutation AnswerRecommendation($id: ID!, $answer: String!) {
    answerRecommendation(id: $id, answer: $answer) {
      ...RecommendationFields
    }
  }
`);

export const VERIFY_RECOMMENDATION = graphql(`
  mutation VerifyRecommendation($id: ID!, $accepted: Boolean!, $reason: String) {
    verifyRecommendation(id: $id, accepted: $accepted, reason: $reason) {
      ...RecommendationFields
    }
  }
`);

export const CARRY_OVER_RECOMMENDATION = graphql(`
  mutation CarryOverRecommendation($id: ID!, $reason: String!) {
    carryOverRecommendation(id: $id, reason: $reason) {
      ...RecommendationFields
    }
  }
`);

// Risk ranking (xếp hạng rủi ro), the calendar and the checklist templates: the inspection tools of issue 11.

export const RISK_SIGNAL_KINDS = [
  "COMPLAINT_OVERDUE",
  "OCCURRENCE_OVERDUE",
  "LATE_REPORT",
  "REPEATED_FINDING",
  "RECOMMENDATION_OVERDUE",
] as const satisfies readonly RiskSignalKind[];
export type { RiskSignalKind };

export const RISK_RANKING_QUERY = graphql(`
  query RiskRanking($asOf: Date, $first: Int, $after: String) {
    riskRanking(asOf: $asOf, first: $first, after: $after) {
      asOf
      total
      nextCursor
      items {
        unitId
        unitName
        score
        reasons {
          kind
          count
          weight
        }
      }
    }
  }
`);
export type RiskRow = RiskRankingQuery["riskRanking"]["items"][number];

export const RISK_WEIGHTS_QUERY = graphql(`
  query RiskWeights {
    riskWeights {
      kind
      weight
      updatedAt
    }
  }
`);

export const SET_RISK_WEIGHTS = graphql(`
  mutation SetRiskWeights($weights: [RiskWeightInput!]!) {
    setRiskWeights(weights: $weights) {
      kind
      weight
      updatedAt
    }
  }
`);

export const SCHEDULE_SUGGESTED = graphql(`
  mutation ScheduleSuggestedInspection($input: SuggestedInspectionInput!) {
    scheduleSuggestedInspection(input: $input) {
      id
    }
  }
`);

export const INSPECTION_CALENDAR_QUERY = graphql(`
  query InspectionCalendar($year: Int!, $fromMonth: Int!, $toMonth: Int!) {
    inspectionCalendar(year: $year, fromMonth: $fromMonth, toMonth: $toMonth) {
      from
      to
      items {
        inspection {
          id
          unitId
          unitName
          type
          focus
          status
          windowStart
          windowEnd
          startDay
          endDay
        }
        warnings {
          kind
          otherInspectionId
          message
        }
      }
    }
  }
`);
export type CalendarEntry = InspectionCalendarQuery["inspectionCalendar"]["items"][number];

graphql(`
  fragment ChecklistTemplateFields on ChecklistTemplate {
    id
    code
    name
    version
    versionId
    groups {
      code
      name
      criteria {
        code
        text
        kind
        maxScore
      }
    }
  }
`);
export type ChecklistTemplate = ChecklistTemplateFieldsFragment;

export const CHECKLIST_TEMPLATES_QUERY = graphql(`
  query ChecklistTemplates {
    checklistTemplates {
      ...ChecklistTemplateFields
    }
  }
`);

export const REVISE_TEMPLATE = graphql(`
  mutation ReviseChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {
    reviseChecklistTemplate(id: $id, input: $input) {
      ...ChecklistTemplateFields
    }
  }
`);
