/** The planning subgraph's queries and mutations as the web app uses them, with their result shapes. */

export type OccurrenceStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "BLOCKED";
export const OCCURRENCE_STATUSES: readonly OccurrenceStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED"];
export type GroupRule = "DEPARTMENTS" | "COMMUNES" | "DEPARTMENTS_AND_COMMUNES" | "EXTERNAL";
export const GROUP_RULES: readonly GroupRule[] = ["DEPARTMENTS", "COMMUNES", "DEPARTMENTS_AND_COMMUNES", "EXTERNAL"];

export interface Progress {
  total: number;
  done: number;
  inProgress: number;
  blocked: number;
  notStarted: number;
  overdue: number;
  percentDone: number;
}
const PROGRESS = "progress { total done inProgress blocked notStarted overdue percentDone }";

export interface PlanSummary {
  id: string;
  year: number;
  title: string;
  status: "DRAFT" | "ISSUED" | "CLOSED";
  decisionNumber: string | null;
  decisionDate: string | null;
  unitPlanDeadline: string | null;
  taskCount: number;
  issuingUnit: { id: string; name: string };
  progress: Progress;
}
const PLAN_SUMMARY = `id year title status decisionNumber decisionDate unitPlanDeadline taskCount issuingUnit { id name } ${PROGRESS}`;

export const PLANS_QUERY = `query Plans { plans { ${PLAN_SUMMARY} } }`;

export interface TaskUnit {
  writtenName: string;
  unitId: string | null;
  unitName: string | null;
}
export interface PlanTask {
  id: string;
  label: string;
  number: string;
  content: string;
  timeframeText: string;
  expectedResult: string;
  resultItems: string[];
  leadUnits: TaskUnit[];
  coordinatingUnits: TaskUnit[];
  activityKind: ActivityKind | null;
  progress: Progress;
}
export type ActivityKind = "INSPECTION" | "COMPLAINT_HANDLING" | "PERIODIC_REPORT";
export const ACTIVITY_KINDS: readonly ActivityKind[] = ["INSPECTION", "COMPLAINT_HANDLING", "PERIODIC_REPORT"];
export const LINK_TASK = `mutation LinkTask($taskId: ID!, $kind: ActivityKind) { linkTask(taskId: $taskId, kind: $kind) { id activityKind } }`;
export interface PlanSection {
  id: string;
  number: string | null;
  title: string;
  tasks: PlanTask[];
  progress: Progress;
}
export interface ImportWarning {
  code: string;
  message: string;
}
export interface PlanDetail extends PlanSummary {
  sections: PlanSection[];
  unitProgress: Array<{ unitId: string; unitName: string; progress: Progress }>;
  unitPlans: Array<{ unitId: string; unitName: string; status: string; late: boolean }>;
  importWarnings: ImportWarning[];
}
const UNITS = "writtenName unitId unitName";
export const PLAN_QUERY = `query Plan($id: ID!) { plan(id: $id) {
  ${PLAN_SUMMARY}
  importWarnings { code message }
  sections { id number title ${PROGRESS} tasks { id label number content timeframeText expectedResult resultItems leadUnits { ${UNITS} } coordinatingUnits { ${UNITS} } activityKind ${PROGRESS} } }
  unitProgress { unitId unitName ${PROGRESS} }
  unitPlans { unitId unitName status late }
} }`;

export const ISSUE_PLAN = `mutation IssuePlan($id: ID!) { issuePlan(id: $id) { id status } }`;

export interface ProgressReport {
  id: string;
  status: OccurrenceStatus;
  note: string;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  evidenceLink: string | null;
  fileIds: string[];
  unitName: string | null;
  byCoordinatingUnit: boolean;
  bySystem: boolean;
  reviewState: "PENDING" | "ACCEPTED" | "RETURNED";
  reviewComment: string | null;
  createdAt: string;
}
export interface Occurrence {
  id: string;
  label: string;
  dueDay: string;
  status: OccurrenceStatus;
  review: "PENDING" | "ACCEPTED" | "RETURNED" | null;
  overdue: boolean;
  dueSoon: boolean;
  workingDaysLeft: number;
  unitId: string;
  unitName: string | null;
  sectionTitle: string;
  task: { id: string; label: string; content: string; timeframeText: string; expectedResult: string };
  plan: { id: string; title: string; year: number };
  reports: ProgressReport[];
}
const OCCURRENCE = `id label dueDay status review overdue dueSoon workingDaysLeft unitId unitName sectionTitle
  task { id label content timeframeText expectedResult } plan { id title year }
  reports { id status note evidenceNumber evidenceDate evidenceLink fileIds unitName byCoordinatingUnit bySystem reviewState reviewComment createdAt }`;

export const MY_OCCURRENCES = `query MyOccurrences($status: OccurrenceStatus, $overdue: Boolean, $planId: ID) {
  myOccurrences(status: $status, overdue: $overdue, planId: $planId) { ${OCCURRENCE} }
}`;
export const PLAN_OCCURRENCES = `query PlanOccurrences($planId: ID!, $filter: OccurrenceFilter) { occurrences(planId: $planId, filter: $filter) { ${OCCURRENCE} } }`;
export const REPORT_PROGRESS = `mutation ReportProgress($id: ID!, $input: ProgressReportInput!) { reportProgress(occurrenceId: $id, input: $input) { id } }`;
export const REVIEW_PROGRESS = `mutation ReviewProgress($id: ID!, $decision: ReviewDecision!, $comment: String) { reviewProgress(reportId: $id, decision: $decision, comment: $comment) { id reviewState } }`;

export interface UnitNameResolution {
  name: string;
  asLead: boolean;
  asCoordinating: boolean;
  resolved: boolean;
  source: string | null;
  unitId: string | null;
  unitName: string | null;
  rule: GroupRule | null;
  memberCount: number;
}
export interface PreviewTask {
  sectionOrder: number;
  label: string;
  content: string;
  timeframeText: string;
  leadUnitNames: string[];
  coordinatingUnitNames: string[];
  expectedResult: string;
  resultItems: string[];
  timeframe: { unparsed: string[]; parts: Array<{ kind: string }> };
}
export interface ImportPreview {
  year: number;
  title: string;
  decision: { number: string | null; date: string | null; issuer: string | null; signer: string | null };
  issuingUnit: { id: string; name: string };
  unitPlanDeadline: string | null;
  sections: Array<{ order: number; number: string | null; title: string }>;
  tasks: PreviewTask[];
  warnings: ImportWarning[];
  unitNames: UnitNameResolution[];
  unresolvedCount: number;
}
export const PREVIEW_IMPORT = `query PreviewPlanImport($input: PlanDocumentInput!) { previewPlanImport(input: $input) {
  year title unitPlanDeadline unresolvedCount issuingUnit { id name }
  decision { number date issuer signer }
  sections { order number title }
  tasks { sectionOrder label content timeframeText leadUnitNames coordinatingUnitNames expectedResult resultItems timeframe { unparsed parts { kind } } }
  warnings { code message }
  unitNames { name asLead asCoordinating resolved source unitId unitName rule memberCount }
} }`;
export const IMPORT_PLAN = `mutation ImportPlan($input: PlanDocumentInput!) { importPlan(input: $input) { id } }`;

export interface DirectoryUnit {
  id: string;
  name: string;
}
export const DIRECTORY_UNITS = `query PlanningUnits { units { id name } }`;

export interface NameMapping {
  name: string;
  unitId?: string;
  rule?: GroupRule;
}

export type UnitPlanStatus = "MISSING" | "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED";
export interface UnitPlanItem {
  taskId: string | null;
  taskLabel: string;
  role: "LEAD" | "COORDINATING";
  content: string;
  timeframeText: string;
  expectedResult: string;
}
export interface UnitPlan {
  id: string;
  unitId: string;
  unitName: string;
  status: UnitPlanStatus;
  title: string | null;
  body: string | null;
  items: UnitPlanItem[];
  submittedOn: string | null;
  late: boolean;
  overdue: boolean;
  reviewComment: string | null;
}
const UNIT_PLAN = `id unitId unitName status title body items { taskId taskLabel role content timeframeText expectedResult } submittedOn late overdue reviewComment`;
export interface UnitPlanBoard {
  deadline: string | null;
  counts: { missing: number; draft: number; submitted: number; accepted: number; returned: number; late: number; overdue: number };
  rows: UnitPlan[];
}
export const UNIT_PLAN_BOARD = `query UnitPlanBoard($planId: ID!) { unitPlanBoard(planId: $planId) {
  deadline counts { missing draft submitted accepted returned late overdue } rows { ${UNIT_PLAN} }
} }`;
export const MY_UNIT_PLAN = `query MyUnitPlan($planId: ID!) { myUnitPlan(planId: $planId) { ${UNIT_PLAN} } plan(id: $planId) { id title year unitPlanDeadline } }`;
export const GENERATE_UNIT_PLAN = `mutation GenerateUnitPlanDraft($planId: ID!) { generateUnitPlanDraft(planId: $planId) { ${UNIT_PLAN} } }`;
export const UPDATE_UNIT_PLAN = `mutation UpdateUnitPlanDraft($planId: ID!, $input: UnitPlanDraftInput!) { updateUnitPlanDraft(planId: $planId, input: $input) { ${UNIT_PLAN} } }`;
export const SUBMIT_UNIT_PLAN = `mutation SubmitUnitPlan($planId: ID!) { submitUnitPlan(planId: $planId) { ${UNIT_PLAN} } }`;
export const REVIEW_UNIT_PLAN = `mutation ReviewUnitPlan($planId: ID!, $unitId: ID!, $decision: ReviewDecision!, $comment: String) {
  reviewUnitPlan(planId: $planId, unitId: $unitId, decision: $decision, comment: $comment) { id status }
}`;

export interface FocalOfficer {
  name: string;
  position: string;
  phone: string;
  email: string;
}
export interface UnitFocalOfficers {
  unitId: string;
  unitName: string;
  current: FocalOfficer[];
  history: Array<{ id: string; decisionNumber: string; decisionDate: string; officers: FocalOfficer[] }>;
}
const OFFICER = "name position phone email";
export const FOCAL_OFFICERS = `query FocalOfficers { focalOfficers { unitId unitName current { ${OFFICER} } history { id decisionNumber decisionDate officers { ${OFFICER} } } } }`;
export const CHANGE_FOCAL_OFFICERS = `mutation ChangeFocalOfficers($unitId: ID!, $input: FocalOfficerChangeInput!) { changeFocalOfficers(unitId: $unitId, input: $input) { id } }`;

export const EXPORT_PLAN_DOCX = `mutation ExportPlanDocx($planId: ID!) { exportPlanDocx(planId: $planId) { id name url } }`;

export interface UnitTimeline {
  unitId: string;
  unitName: string;
  quarters: Array<{ year: number; quarter: number; total: number; done: number; overdue: number }>;
}
export const QUARTER_TIMELINE = `query QuarterTimeline($planId: ID!) { quarterTimeline(planId: $planId) { unitId unitName quarters { year quarter total done overdue } } }`;
