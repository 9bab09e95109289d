/**
 * The planning subgraph's queries and mutations as the web app uses them: typed documents, checked
 * against the gateway's supergraph by codegen (npm run codegen); every result shape below is read from
 * the generated types, none is written by hand.
 */
import { graphql } from "../../graphql/generated/index.ts";
import type {
  ColumnRole,
  FocalOfficersQuery,
  GroupRule,
  OccurrenceFieldsFragment,
  OccurrenceStatus,
  PlanDocumentInput,
  PlanQuery,
  PlanSummaryFieldsFragment,
  PreviewPlanImportQuery,
  ProgressFieldsFragment,
  QuarterTimelineQuery,
  UnitPlanBoardQuery,
  UnitPlanFieldsFragment,
  ActivityKind,
} from "../../graphql/generated/graphql.ts";

export type { ActivityKind, ColumnRole, GroupRule, OccurrenceStatus };
export const OCCURRENCE_STATUSES: readonly OccurrenceStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED"];
export const GROUP_RULES: readonly GroupRule[] = ["DEPARTMENTS", "COMMUNES", "DEPARTMENTS_AND_COMMUNES", "EXTERNAL"];
export const ACTIVITY_KINDS: readonly ActivityKind[] = ["INSPECTION", "COMPLAINT_HANDLING", "PERIODIC_REPORT"];

graphql(`
  fragment ProgressFields on Progress {
    total
    done
    inProgress
    blocked
    notStarted
    overdue
    percentDone
  }
`);
export type Progress = ProgressFieldsFragment;

graphql(`
  fragment PlanSummaryFields on Plan {
    id
    year
    title
    status
    decisionNumber
    decisionDate
    unitPlanDeadline
    taskCount
    issuingUnit {
      id
      name
    }
    progress {
      ...ProgressFields
    }
  }
`);
export type PlanSummary = PlanSummaryFieldsFragment;

export const PLANS_QUERY = graphql(`
  query Plans {
    plans {
      ...PlanSummaryFields
    }
  }
`);

export const LINK_TASK = graphql(`
  mutation LinkTask($taskId: ID!, $kind: ActivityKind) {
    linkTask(taskId: $taskId, kind: $kind) {
      id
      activityKind
    }
  }
`);

export const PLAN_QUERY = graphql(`
  query Plan($id: ID!) {
    plan(id: $id) {
      ...PlanSummaryFields
      importWarnings {
        code
        message
      }
      sections {
        id
        number
        title
        progress {
          ...ProgressFields
        }
        tasks {
          id
          label
          number
          content
          timeframeText
          expectedResult
          resultItems
          leadUnits {
            writtenName
            unitId
            unitName
          }
          coordinatingUnits {
            writtenName
            unitId
            unitName
          }
          activityKind
          progress {
            ...ProgressFields
          }
        }
      }
      unitProgress {
        unitId
        unitName
        progress {
          ...ProgressFields
        }
      }
      unitPlans {
        unitId
        unitName
        status
        late
      }
    }
  }
`);
export type PlanDetail = NonNullable<PlanQuery["plan"]>;
export type PlanTask = PlanDetail["sections"][number]["tasks"][number];

export const ISSUE_PLAN = graphql(`
  mutation IssuePlan($id: ID!) {
    issuePlan(id: $id) {
      id
      status
    }
  }
`);

graphql(`
  fragment OccurrenceFields on Occurrence {
    id
    label
    dueDay
    status
    review
    overdue
    dueSoon
    workingDaysLeft
    unitId
    unitName
    sectionTitle
    task {
      id
      label
      content
      timeframeText
      expectedResult
    }
    plan {
      id
      title
      year
    }
    reports {
      id
      status
      note
      evidenceNumber
      evidenceDate
      evidenceLink
      fileIds
      unitName
      byCoordinatingUnit
      bySystem
      reviewState
      reviewComment
      createdAt
    }
  }
`);
export type Occurrence = OccurrenceFieldsFragment;

export const MY_OCCURRENCES = graphql(`
  query MyOccurrences($status: OccurrenceStatus, $overdue: Boolean, $planId: ID) {
    myOccurrences(status: $status, overdue: $overdue, planId: $planId) {
      ...OccurrenceFields
    }
  }
`);
export const PLAN_OCCURRENCES = graphql(`
  query PlanOccurrences($planId: ID!, $filter: OccurrenceFilter) {
    occurrences(planId: $planId, filter: $filter) {
      ...OccurrenceFields
    }
  }
`);
export const REPORT_PROGRESS = graphql(`
  mutation ReportProgress($id: ID!, $input: ProgressReportInput!) {
    reportProgress(occurrenceId: $id, input: $input) {
      id
    }
  }
`);
export const REVIEW_PROGRESS = graphql(`
  mutation ReviewProgress($id: ID!, $decision: ReviewDecision!, $comment: String) {
    reviewProgress(reportId: $id, decision: $decision, comment: $comment) {
      id
      reviewState
    }
  }
`);

export const PREVIEW_IMPORT = graphql(`
  query PreviewPlanImport($input: PlanDocumentInput!) {
    previewPlanImport(input: $input) {
      year
      lastYear
      title
      unitPlanDeadline
      unresolvedCount
      issuingUnit {
        id
        name
      }
      decision {
        number
        date
        issuer
        signer
      }
      columns {
        index
        header
        role
      }
      unitSplits {
        text
        names
        alternatives
        source
        places {
          sectionOrder
          task
          field
        }
      }
      sections {
        order
        number
        title
      }
      tasks {
        sectionOrder
        label
        content
        timeframeText
        leadUnitNames
        coordinatingUnitNames
        expectedResult
        resultItems
        attributes {
          name
          value
        }
        timeframe {
          unparsed
          parts {
            kind
          }
        }
      }
      warnings {
        code
        message
      }
      unitNames {
        name
        asLead
        asCoordinating
        resolved
        source
        unitId
        unitName
        rule
        memberCount
      }
    }
  }
`);
export type ImportPreview = PreviewPlanImportQuery["previewPlanImport"];
export type UnitSplit = ImportPreview["unitSplits"][number];
export type PreviewColumn = ImportPreview["columns"][number];
/** What a column of the task table feeds; the city office corrects the importer's map with these. */
export const COLUMN_ROLES: readonly ColumnRole[] = ["NUMBER", "CONTENT", "TIMEFRAME", "LEAD", "COORDINATING", "RESULT", "EXTRA", "IGNORE"];
export const IMPORT_PLAN = graphql(`
  mutation ImportPlan($input: PlanDocumentInput!) {
    importPlan(input: $input) {
      id
    }
  }
`);

/** How the city office maps a written unit name the reader did not recognise. */
export type NameMapping = NonNullable<PlanDocumentInput["mappings"]>[number];
/** The reading the user picked for a unit cell piece the importer was not sure how to split (remembered per issuer on import). */
export type SplitChoice = NonNullable<PlanDocumentInput["splitChoices"]>[number];
/** A correction of the importer's column map, by the header shown in the preview. */
export type ColumnCorrection = NonNullable<PlanDocumentInput["columns"]>[number];

graphql(`
  fragment UnitPlanFields on UnitPlan {
    id
    unitId
    unitName
    status
    title
    body
    items {
      taskId
      taskLabel
      role
      content
      timeframeText
      expectedResult
    }
    submittedOn
    late
    overdue
    reviewComment
  }
`);
export type UnitPlan = UnitPlanFieldsFragment;
export type UnitPlanItem = UnitPlan["items"][number];

export const UNIT_PLAN_BOARD = graphql(`
  query UnitPlanBoard($planId: ID!) {
    unitPlanBoard(planId: $planId) {
      deadline
      counts {
        missing
        draft
        submitted
        accepted
        returned
        late
        overdue
      }
      rows {
        ...UnitPlanFields
      }
    }
  }
`);
export type UnitPlanBoard = UnitPlanBoardQuery["unitPlanBoard"];
export const MY_UNIT_PLAN = graphql(`
  query MyUnitPlan($planId: ID!) {
    myUnitPlan(planId: $planId) {
      ...UnitPlanFields
    }
    plan(id: $planId) {
      id
      title
      year
      unitPlanDeadline
    }
  }
`);
export const GENERATE_UNIT_PLAN = graphql(`
  mutation GenerateUnitPlanDraft($planId: ID!) {
    generateUnitPlanDraft(planId: $planId) {
      ...UnitPlanFields
    }
  }
`);
export const UPDATE_UNIT_PLAN = graphql(`
  mutation UpdateUnitPlanDraft($planId: ID!, $input: UnitPlanDraftInput!) {
    updateUnitPlanDraft(planId: $planId, input: $input) {
      ...UnitPlanFields
    }
  }
`);
export const SUBMIT_UNIT_PLAN = graphql(`
  mutation SubmitUnitPlan($planId: ID!) {
    submitUnitPlan(planId: $planId) {
      ...UnitPlanFields
    }
  }
`);
export const REVIEW_UNIT_PLAN = graphql(`
  mutation ReviewUnitPlan($planId: ID!, $unitId: ID!, $decision: ReviewDecision!, $comment: String) {
    reviewUnitPlan(planId: $planId, unitId: $unitId, decision: $decision, comment: $comment) {
      id
      status
    }
  }
`);

export const FOCAL_OFFICERS = graphql(`
  query FocalOfficers {
    focalOfficers {
      unitId
      unitName
      current {
        name
        position
        phone
        email
      }
      history {
        id
        decisionNumber
        decisionDate
        officers {
          name
          position
          phone
          email
        }
      }
    }
  }
`);
export type UnitFocalOfficers = FocalOfficersQuery["focalOfficers"][number];
export type FocalOfficer = UnitFocalOfficers["current"][number];
export const CHANGE_FOCAL_OFFICERS = graphql(`
  mutation ChangeFocalOfficers($unitId: ID!, $input: FocalOfficerChangeInput!) {
    changeFocalOfficers(unitId: $unitId, input: $input) {
      id
    }
  }
`);

export const EXPORT_PLAN_DOCX = graphql(`
  mutation ExportPlanDocx($planId: ID!) {
    exportPlanDocx(planId: $planId) {
      id
      name
      url
    }
  }
`);

export const QUARTER_TIMELINE = graphql(`
  query QuarterTimeline($planId: ID!) {
    quarterTimeline(planId: $planId) {
      unitId
      unitName
      quarters {
        year
        quarter
        total
        done
        overdue
      }
    }
  }
`);
export type UnitTimeline = QuarterTimelineQuery["quarterTimeline"][number];
