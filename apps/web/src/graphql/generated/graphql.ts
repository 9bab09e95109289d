/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An activity of another service whose events advance a linked task and bring its evidence. */
export type ActivityKind =
  /** PAKN transferred and answered (xử lý phản ánh, kiến nghị). */
  | 'COMPLAINT_HANDLING'
  /** Inspections concluded (kiểm tra). */
  | 'INSPECTION'
  /** Periodic reports submitted (báo cáo định kỳ). */
  | 'PERIODIC_REPORT';

export type AnswerTemplateInput = {
  field: string;
  text: string;
  title: string;
};

/** yes/no (1/0), a count (≥ 0), a rate (0–100 %), a score 0–maxScore. */
export type AssessmentKind =
  | 'COUNT'
  | 'RATE'
  | 'SCORE'
  | 'YES_NO';

export type AssignmentInput = {
  lead: boolean;
  unitId: string | number;
};

export type CalendarWarningKind =
  /** A member of the team is on another team on the same day. */
  | 'INSPECTOR_DOUBLE_BOOKED'
  /** The unit has another inspection in the same month. */
  | 'UNIT_TWICE_IN_MONTH';

export type ChallengeSolution = {
  counter: string;
  nonce: string;
};

/** An answer to a criterion; value null clears it. */
export type ChecklistAnswerInput = {
  criterionId: string | number;
  /** Evidence files uploaded first (POST /files/inspections: PDF, JPEG, PNG or DOCX); null keeps those attached, [] removes them. */
  fileIds?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  value?: number | null | undefined;
};

export type ChecklistTemplateInput = {
  groups: Array<TemplateGroupInput>;
  name: string;
};

export type ClassifyInput = {
  category: string;
  concernedUnitId?: string | number | null | undefined;
  field: string;
  kind: ComplaintKind;
  reason?: string | null | undefined;
  regulation: string;
};

/** What a column of the task table feeds. */
export type ColumnRole =
  | 'CONTENT'
  | 'COORDINATING'
  /** Kept on each task as an attribute under the column's header. */
  | 'EXTRA'
  /** Dropped. */
  | 'IGNORE'
  | 'LEAD'
  | 'NUMBER'
  | 'RESULT'
  | 'TIMEFRAME';

/** A correction of the column map: the column with this header feeds this role. */
export type ColumnRoleInput = {
  header: string;
  role: ColumnRole;
};

/** The commands of the PAKN lifecycle, as listed in allowedActions. */
export type ComplaintAction =
  | 'APPROVE_ANSWER'
  | 'CLASSIFY'
  | 'CLOSE'
  | 'CONTRIBUTE'
  | 'DRAFT_ANSWER'
  | 'EXTEND'
  | 'MERGE'
  | 'PAUSE'
  | 'PUBLISH'
  | 'REISSUE_SECRET'
  | 'RESUME'
  | 'RETURN'
  | 'RETURN_ANSWER'
  | 'SEND_ANSWER'
  | 'TRANSFER';

/** Where a PAKN came in (kênh tiếp nhận). */
export type ComplaintChannel =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'NATIONAL_PORTAL'
  | 'OTHER_AGENCY'
  | 'PHONE'
  | 'POST'
  | 'WEB';

export type ComplaintDueStatus =
  | 'DUE_SOON'
  | 'ON_TRACK'
  | 'OVERDUE';

export type ComplaintFilter = {
  channel?: ComplaintChannel | null | undefined;
  field?: string | null | undefined;
  /** Only PAKN that `unitId` leads (the unit reporting counts them under). */
  leadOnly?: boolean | null | undefined;
  /** Only PAKN whose current limit has passed. */
  overdue?: boolean | null | undefined;
  /** Received on or after (day of receipt). */
  receivedFrom?: string | null | undefined;
  receivedTo?: string | null | undefined;
  /** Words of the code, regulation or content; diacritics optional. */
  search?: string | null | undefined;
  statuses?: Array<ComplaintStatus> | null | undefined;
  /** A handling unit: PAKN transferred to it, as lead or coordinating unit. */
  unitId?: string | number | null | undefined;
};

/** phản ánh (a problem with a regulation) or kiến nghị (a problem with a proposed solution). */
export type ComplaintKind =
  | 'FEEDBACK'
  | 'PETITION';

/** The order of the inbox. */
export type ComplaintSort =
  /** The legal deadline the PAKN currently runs against, soonest (or most overdue) first; PAKN with no running clock (paused, answered, closed) last, newest first. */
  | 'DEADLINE_ASC'
  /** By field (lĩnh vực) in Vietnamese alphabetical order (ICU collation vi-VN); PAKN not yet classified last, newest first. */
  | 'FIELD_ASC'
  /** Oldest received first. */
  | 'RECEIVED_ASC'
  /** Newest received first (the default). */
  | 'RECEIVED_DESC';

export type ComplaintStatus =
  | 'ANSWERED'
  | 'APPROVED'
  | 'CLASSIFIED'
  | 'CLOSED'
  | 'HANDLED'
  | 'MERGED'
  | 'PAUSED'
  | 'PUBLISHED'
  | 'RECEIVED'
  | 'RETURNED'
  | 'TRANSFERRED';

export type ConclusionInput = {
  /** Not before the visit's last day, not after today. */
  concludedOn: string;
  conclusionNumber: string;
};

export type CreateUserInput = {
  fullName: string;
  roles: Array<Role>;
  /** Required for UNIT_OFFICER. */
  unitId?: string | number | null | undefined;
  /** 3–64 characters: lower-case letters, digits, '.', '_' or '-'. */
  username: string;
};

/** Which figure of the dashboard's plan or PAKN panel a list of records stands behind. */
export type DashboardFigure =
  /** Inspections concluded in the window (by the inspected unit). */
  | 'INSPECTIONS_CONCLUDED'
  /** PAKN answered, or returned as out of scope, in the window. */
  | 'PAKN_HANDLED'
  /** PAKN past their time limit and still open at the window's end, or today when that comes first. */
  | 'PAKN_OVERDUE'
  /** Plan occurrences done after their due day. */
  | 'PLAN_DONE_LATE'
  /** Plan occurrences done by their due day (accepted in the window). */
  | 'PLAN_DONE_ON_TIME'
  /** Plan occurrences past their due day and still open at the window's end, or today when that comes first. */
  | 'PLAN_OPEN_OVERDUE'
  /** Recommendations still open at the window's end, or today when that comes first (by the responsible unit). */
  | 'RECOMMENDATIONS_OPEN'
  /** Recommendations past their due day and still open at the window's end, or today when that comes first. */
  | 'RECOMMENDATIONS_OVERDUE';

export type DecisionStatus =
  | 'APPLIED'
  | 'DRAFT'
  /** The job could not apply it on the day; see failure. */
  | 'FAILED'
  | 'SCHEDULED';

/** Which figure of the dossier panel: resolved on time (early or on the appointment day) or late. */
export type DossierOutcome =
  | 'LATE'
  | 'ON_TIME';

export type DossierTemplateFormat =
  | 'CSV'
  | 'XLSX';

export type FindingInput = {
  criterionId?: string | number | null | undefined;
  description: string;
  /** Evidence files uploaded first (POST /files/inspections). */
  fileIds?: Array<string | number> | null | undefined;
  severity: Severity;
};

export type FocalOfficerChangeInput = {
  decisionDate: string;
  decisionNumber: string;
  officers: Array<FocalOfficerInput>;
};

export type FocalOfficerInput = {
  email: string;
  name: string;
  phone: string;
  position: string;
};

/** What a unit-group name in a plan expands to, as of the plan's date. */
export type GroupRule =
  /** The issuing unit's wards and communes (UBND các phường, xã). */
  | 'COMMUNES'
  /** The issuing unit's departments and centres (các phòng, ban, đơn vị). */
  | 'DEPARTMENTS'
  | 'DEPARTMENTS_AND_COMMUNES'
  /** Not a unit of the system (tổ chức, cá nhân có liên quan): kept as written, assigned to no one. */
  | 'EXTERNAL';

export type IndexTrend =
  | 'DOWN'
  | 'SAME'
  | 'UP';

export type InspectionFilter = {
  status?: InspectionStatus | null | undefined;
  type?: InspectionType | null | undefined;
  unitId?: string | number | null | undefined;
  year?: number | null | undefined;
};

export type InspectionPlanInput = {
  items: Array<InspectionPlanItemInput>;
  title: string;
  year: number;
};

export type InspectionPlanItemInput = {
  focus: string;
  period: number;
  periodKind: PeriodKind;
  type: InspectionType;
  unitId: string | number;
};

export type InspectionPlanStatus =
  | 'APPROVED'
  | 'DRAFT';

export type InspectionPlanUpdateInput = {
  items: Array<InspectionPlanItemInput>;
  title: string;
};

export type InspectionStatus =
  /** Every recommendation verified or carried over to a follow-up inspection. */
  | 'CLOSED'
  /** The conclusion notice was issued. */
  | 'CONCLUDED'
  /** Scheduled by the approved plan. */
  | 'SCHEDULED'
  /** Checklist open: the unit's self-assessment is due, the team assesses. */
  | 'STARTED';

export type InspectionTeamInput = {
  decisionDate: string;
  decisionNumber: string;
  endDay: string;
  members: Array<TeamMemberInput>;
  startDay: string;
};

/** periodic (định kỳ), unannounced (đột xuất), thematic (chuyên đề). */
export type InspectionType =
  | 'PERIODIC'
  | 'THEMATIC'
  | 'UNANNOUNCED';

export type IntakeComplaintInput = {
  /** The scanned letter and enclosures. */
  attachmentIds?: Array<string | number> | null | undefined;
  channel: ComplaintChannel;
  content: string;
  receivedAt: string;
  regulation: string;
  senderAddress: string;
  senderEmail?: string | null | undefined;
  senderName: string;
  senderPhone?: string | null | undefined;
};

/** A unit a decision creates. */
export type NewUnitInput = {
  code: string;
  levelCode: string;
  name: string;
  /** Omitted: the first predecessor's parent. */
  parentId?: string | number | null | undefined;
  shortName?: string | null | undefined;
};

export type OccurrenceFilter = {
  overdue?: boolean | null | undefined;
  sectionId?: string | number | null | undefined;
  status?: OccurrenceStatus | null | undefined;
  unitId?: string | number | null | undefined;
};

export type OccurrenceStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** When in the plan's year an inspection falls. */
export type PeriodKind =
  | 'MONTH'
  | 'QUARTER';

export type PersonalDataKind =
  | 'ADDRESS'
  | 'EMAIL'
  | 'ID_NUMBER'
  | 'NAME'
  | 'PHONE';

export type PlanDocumentInput = {
  columns?: Array<ColumnRoleInput> | null | undefined;
  /** An uploaded .docx (POST /files of this service) instead of text. */
  docxFileId?: string | number | null | undefined;
  /** Overrides the issuing unit read from the document's header. */
  issuingUnitId?: string | number | null | undefined;
  /** Overrides the last year read from the document ("giai đoạn 2026 - 2030"); at most 10 years after year. */
  lastYear?: number | null | undefined;
  mappings?: Array<UnitNameMappingInput> | null | undefined;
  splitChoices?: Array<UnitSplitChoiceInput> | null | undefined;
  /** The pasted text of the decision with its task table (cells separated by tabs). */
  text?: string | null | undefined;
  /** Overrides the (first) year read from the document. */
  year?: number | null | undefined;
};

export type PlanStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'ISSUED';

export type ProgressReportInput = {
  evidenceDate?: string | null | undefined;
  evidenceLink?: string | null | undefined;
  evidenceNumber?: string | null | undefined;
  /** Ids returned by POST /files of this service. */
  fileIds?: Array<string | number> | null | undefined;
  note: string;
  status: OccurrenceStatus;
};

/** Due either on a day (not before the inspection) or some working days after the visit. */
export type RecommendationInput = {
  dueDay?: string | null | undefined;
  /** The inspected unit when not given. */
  responsibleUnitId?: string | number | null | undefined;
  text: string;
  workingDays?: number | null | undefined;
};

export type RecommendationStatus =
  | 'ANSWERED'
  /** Moved to a follow-up inspection (chuyển kiểm tra lại). */
  | 'CARRIED_OVER'
  | 'OPEN'
  /** Back to the unit: not sufficient. */
  | 'RETURNED'
  | 'VERIFIED';

/** One change of a decision; which fields apply depends on kind. */
export type ReorganisationChangeInput = {
  into?: SuccessorInput | null | undefined;
  kind: ReorganisationChangeKind;
  levelCode?: string | null | undefined;
  name?: string | null | undefined;
  parentId?: string | number | null | undefined;
  receiverId?: string | number | null | undefined;
  shortName?: string | null | undefined;
  successors?: Array<SuccessorInput> | null | undefined;
  unitId?: string | number | null | undefined;
  unitIds?: Array<string | number> | null | undefined;
};

export type ReorganisationChangeKind =
  | 'CHANGE_LEVEL'
  /** One unit ends; receiverId takes all its work. */
  | 'DISSOLVE'
  /** Several units into one new or existing unit (unitIds → into). */
  | 'MERGE'
  /** Under a new parent (parentId) from the effective date. */
  | 'MOVE'
  | 'RENAME'
  /** One unit into several (unitId → successors), each taking named kinds of work; every kind to exactly one. */
  | 'SPLIT';

export type ReorganisationDecisionInput = {
  changes: Array<ReorganisationChangeInput>;
  /** First day of the new organisation; the closed units' last day is the day before. */
  effectiveFrom: string;
  /** The signed decision's file (files service id). */
  fileId?: string | number | null | undefined;
  /** The decision's number, e.g. 1234/QĐ-UBND. */
  number: string;
  signedOn: string;
};

export type ReviewDecision =
  | 'ACCEPT'
  | 'RETURN';

export type ReviewState =
  | 'ACCEPTED'
  | 'PENDING'
  | 'RETURNED';

/** The kinds of signal the risk score weighs. */
export type RiskSignalKind =
  /** PAKN with a limit passed. */
  | 'COMPLAINT_OVERDUE'
  /** Reports submitted after their deadline. */
  | 'LATE_REPORT'
  /** Plan occurrences overdue. */
  | 'OCCURRENCE_OVERDUE'
  /** Recommendations not verified by their due day. */
  | 'RECOMMENDATION_OVERDUE'
  /** A finding on a criterion the unit already had a finding on in an earlier inspection. */
  | 'REPEATED_FINDING';

export type RiskWeightInput = {
  kind: RiskSignalKind;
  /** 0–100. */
  weight: number;
};

export type Role =
  | 'CITY_ADMIN'
  | 'INSPECTOR'
  | 'LEADER'
  | 'UNIT_OFFICER';

export type Severity =
  | 'MAJOR'
  | 'MINOR'
  | 'SERIOUS';

export type SubmitComplaintInput = {
  /** Ids returned by POST /files/complaints (at most the configured number). */
  attachmentIds?: Array<string | number> | null | undefined;
  /** Consent to the processing of personal data to handle the PAKN (Decree 13/2023). */
  consent: boolean;
  content: string;
  regulation: string;
  senderAddress: string;
  senderEmail?: string | null | undefined;
  senderName: string;
  senderPhone?: string | null | undefined;
};

/** A successor: an existing unit (unitId) or a new one (newUnit); takes is for a split only. */
export type SuccessorInput = {
  newUnit?: NewUnitInput | null | undefined;
  takes?: Array<WorkKind> | null | undefined;
  unitId?: string | number | null | undefined;
};

export type SuggestedInspectionInput = {
  focus?: string | null | undefined;
  month?: number | null | undefined;
  unitId: string | number;
  /** The month it falls in; this month when not given. */
  year?: number | null | undefined;
};

export type TeamMemberInput = {
  name: string;
  role: TeamRole;
  userId: string | number;
};

export type TeamRole =
  /** Trưởng đoàn. */
  | 'LEAD'
  | 'MEMBER'
  /** Thư ký. */
  | 'SECRETARY';

export type TemplateCriterionInput = {
  code: string;
  kind: AssessmentKind;
  maxScore?: number | null | undefined;
  text: string;
};

export type TemplateGroupInput = {
  code: string;
  criteria: Array<TemplateCriterionInput>;
  name: string;
};

export type UnitNameMappingInput = {
  name: string;
  rule?: GroupRule | null | undefined;
  /** Either a unit or a group rule. */
  unitId?: string | number | null | undefined;
};

export type UnitPlanDraftInput = {
  body: string;
  items: Array<UnitPlanItemInput>;
  title: string;
};

export type UnitPlanItemInput = {
  content: string;
  expectedResult: string;
  role: UnitPlanRole;
  taskId?: string | number | null | undefined;
  taskLabel: string;
  timeframeText: string;
};

export type UnitPlanRole =
  | 'COORDINATING'
  | 'LEAD';

export type UnitPlanStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'MISSING'
  | 'RETURNED'
  | 'SUBMITTED';

/** An action on a unit's report: EDIT (narrative and corrections) and SUBMIT for the unit's officer; ACCEPT, RETURN and GRANT_EXCEPTION (once it is locked) for the city office. */
export type UnitReportAction =
  | 'ACCEPT'
  | 'EDIT'
  | 'GRANT_EXCEPTION'
  | 'RETURN'
  | 'SUBMIT';

/** How one uncertain unit-cell piece is to be read: its text as in UnitSplit.text and the names chosen. */
export type UnitSplitChoiceInput = {
  names: Array<string>;
  text: string;
};

/** The kinds of open work a successor takes over from a closed unit. */
export type WorkKind =
  /** Complaints: open PAKN in the unit's inbox. */
  | 'COMPLAINTS'
  /** Planning: open occurrences, unit plans still due, focal officers. */
  | 'PLAN_WORK'
  /** Inspections: open recommendations. */
  | 'RECOMMENDATIONS'
  /** Accounts to reassign and the unit's unread notifications. */
  | 'USERS';

export type SessionUserFragment = { id: string, username: string, fullName: string, roles: Array<Role>, mustChangePassword: boolean, unit: { id: string, name: string } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, username: string, fullName: string, roles: Array<Role>, mustChangePassword: boolean, unit: { id: string, name: string } | null } } };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refreshSession: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, fullName: string, roles: Array<Role>, mustChangePassword: boolean, unit: { id: string, name: string } | null } | null };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type UserRowFieldsFragment = { id: string, username: string, fullName: string, roles: Array<Role>, mustChangePassword: boolean, active: boolean, unit: { id: string, name: string } | null };

export type UserPageQueryVariables = Exact<{
  search?: string | null | undefined;
  includeDeactivated?: boolean | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type UserPageQuery = { userPage: { total: number, items: Array<{ id: string, username: string, fullName: string, roles: Array<Role>, mustChangePassword: boolean, active: boolean, unit: { id: string, name: string } | null }> } };

export type UnitOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitOptionsQuery = { units: Array<{ id: string, name: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { temporaryPassword: string, user: { id: string, username: string, fullName: string, roles: Array<Role>, mustChangePassword: boolean, active: boolean, unit: { id: string, name: string } | null } } };

export type SetUserAccessMutationVariables = Exact<{
  id: string | number;
  roles: Array<Role> | Role;
  unitId?: string | number | null | undefined;
}>;


export type SetUserAccessMutation = { setUserAccess: { id: string, username: string, fullName: string, roles: Array<Role>, mustChangePassword: boolean, active: boolean, unit: { id: string, name: string } | null } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, username: string, fullName: string, roles: Array<Role>, mustChangePassword: boolean, active: boolean, unit: { id: string, name: string } | null } };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, username: string, fullName: string, roles: Array<Role>, mustChangePassword: boolean, active: boolean, unit: { id: string, name: string } | null } };

export type InboxQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  sort?: ComplaintSort | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type InboxQuery = { complaints: { total: number, items: Array<{ id: string, trackingCode: string, channel: ComplaintChannel, receivedDay: string, status: ComplaintStatus, dueStatus: ComplaintDueStatus | null, regulation: string | null, statusText: { vi: string, en: string }, due: { answer: string, handle: string | null }, units: Array<{ name: string, lead: boolean }>, classification: { field: string } | null }> } };

export type ComplaintDetailFieldsFragment = { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> };

export type ComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintQuery = { complaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } | null };

export type ReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewQuery = { complaintPublicationReview: { question: string, answer: string | null, questionSpans: Array<{ start: number, end: number, kind: PersonalDataKind }>, answerSpans: Array<{ start: number, end: number, kind: PersonalDataKind }> } };

export type ExportRegisterMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type ExportRegisterMutation = { exportComplaintRegister: { fileId: string, name: string, rows: number } };

export type IntakeMutationVariables = Exact<{
  input: IntakeComplaintInput;
}>;


export type IntakeMutation = { intakeComplaint: { complaint: { id: string }, receipt: { trackingCode: string, secret: string, receivedAt: string, receivedDay: string, answerDue: string } } };

export type AnswerTemplatesQueryVariables = Exact<{
  field?: string | null | undefined;
}>;


export type AnswerTemplatesQuery = { complaintAnswerTemplates: Array<{ id: string, field: string, title: string, text: string }> };

export type CreateAnswerTemplateMutationVariables = Exact<{
  input: AnswerTemplateInput;
}>;


export type CreateAnswerTemplateMutation = { createComplaintAnswerTemplate: { id: string } };

export type DeleteAnswerTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAnswerTemplateMutation = { deleteComplaintAnswerTemplate: boolean };

export type RetentionQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionQuery = { complaintPersonalDataRetention: { months: number, min: number, max: number } };

export type SetRetentionMutationVariables = Exact<{
  months: number;
}>;


export type SetRetentionMutation = { updateComplaintPersonalDataRetention: { months: number, min: number, max: number } };

export type RevealSenderMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevealSenderMutation = { revealComplaintSender: { name: string, address: string, phone: string | null, email: string | null } };

export type ReissueSecretMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReissueSecretMutation = { reissueComplaintSecret: { trackingCode: string, secret: string } };

export type ComplaintCountsByMonthQueryVariables = Exact<{
  months?: number | null | undefined;
}>;


export type ComplaintCountsByMonthQuery = { complaintCountsByMonth: Array<{ month: string, received: number, handled: number, overdue: number }> };

export type ClassifyComplaintMutationVariables = Exact<{
  id: string | number;
  input: ClassifyInput;
}>;


export type ClassifyComplaintMutation = { classifyComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type TransferComplaintMutationVariables = Exact<{
  id: string | number;
  units: Array<AssignmentInput> | AssignmentInput;
}>;


export type TransferComplaintMutation = { transferComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type DraftComplaintAnswerMutationVariables = Exact<{
  id: string | number;
  text: string;
  documentNumber: string;
  documentDate: string;
}>;


export type DraftComplaintAnswerMutation = { draftComplaintAnswer: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type ContributeToComplaintMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type ContributeToComplaintMutation = { contributeToComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type ApproveComplaintAnswerMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ApproveComplaintAnswerMutation = { approveComplaintAnswer: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type ReturnComplaintAnswerMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReturnComplaintAnswerMutation = { returnComplaintAnswer: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type SendComplaintAnswerMutationVariables = Exact<{
  id: string | number;
}>;


export type SendComplaintAnswerMutation = { sendComplaintAnswer: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type PublishComplaintMutationVariables = Exact<{
  id: string | number;
  publishedQuestion: string;
  publishedText: string;
  personalDataRemovedConfirmed: boolean;
}>;


export type PublishComplaintMutation = { publishComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type PauseComplaintMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type PauseComplaintMutation = { pauseComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type ResumeComplaintMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ResumeComplaintMutation = { resumeComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type ExtendComplaintMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ExtendComplaintMutation = { extendComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type ReturnComplaintMutationVariables = Exact<{
  id: string | number;
  reason: string;
  guidance: string;
}>;


export type ReturnComplaintMutation = { returnComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type MergeComplaintMutationVariables = Exact<{
  id: string | number;
  intoId: string | number;
}>;


export type MergeComplaintMutation = { mergeComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type CloseComplaintMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CloseComplaintMutation = { closeComplaint: { id: string, trackingCode: string, channel: ComplaintChannel, receivedAt: string, receivedDay: string, status: ComplaintStatus, regulation: string | null, content: string | null, dueStatus: ComplaintDueStatus | null, extended: boolean, extensionReason: string | null, senderHidden: boolean, publishedQuestion: string | null, publishedText: string | null, returnedReason: string | null, returnedGuidance: string | null, allowedActions: Array<ComplaintAction>, statusText: { vi: string, en: string }, classification: { kind: ComplaintKind, category: string, field: string, regulation: string | null, concernedUnitId: string | null } | null, units: Array<{ unitId: string, name: string, lead: boolean }>, due: { classify: string, outOfScopeTransfer: string, handle: string | null, answer: string }, pauses: Array<{ from: string, to: string | null, reason: string | null }>, sender: { name: string, address: string, phone: string | null, email: string | null } | null, answer: { id: string, unitId: string, text: string, documentNumber: string, documentDate: string, status: string, reviewReason: string | null } | null, contributions: Array<{ unitId: string, text: string, at: string }>, rating: { satisfied: boolean, ratedAt: string, comment: string | null } | null, mergedInto: { id: string, trackingCode: string } | null, attachments: Array<{ fileId: string, name: string, type: string, size: number, url: string }>, auditTrail: Array<{ at: string, actorId: string, action: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus }>, duplicateSuggestions: Array<{ score: number, complaint: { id: string, trackingCode: string, regulation: string | null } }> } };

export type HomeComplaintsQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type HomeComplaintsQuery = { complaints: { total: number, items: Array<{ id: string, trackingCode: string, regulation: string | null, currentDue: string | null, dueStatus: ComplaintDueStatus | null, statusText: { vi: string, en: string } }> } };

export type HomeOccurrencesQueryVariables = Exact<{
  status?: OccurrenceStatus | null | undefined;
  overdue?: boolean | null | undefined;
  limit?: number | null | undefined;
}>;


export type HomeOccurrencesQuery = { myOccurrences: Array<{ id: string, label: string, dueDay: string, status: OccurrenceStatus, overdue: boolean, dueSoon: boolean, workingDaysLeft: number, task: { label: string, content: string }, plan: { id: string, title: string } }> };

export type HomePlansQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePlansQuery = { plans: Array<{ id: string, title: string, status: PlanStatus, unitPlanDeadline: string | null }> };

export type HomeAwaitingReviewQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type HomeAwaitingReviewQuery = { occurrencesAwaitingReview: { total: number, items: Array<{ id: string, label: string, unitName: string | null, task: { label: string }, plan: { id: string, title: string } }> } };

export type InspectionsListQueryVariables = Exact<{
  filter?: InspectionFilter | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type InspectionsListQuery = { inspections: { total: number, items: Array<{ id: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null, selfAssessmentLate: boolean }> } };

export type UnitOpenRecommendationsQueryVariables = Exact<{
  unitId: string | number;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type UnitOpenRecommendationsQuery = { recommendations: { total: number, items: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> } };

export type InspectionPlanFieldsFragment = { id: string, year: number, title: string, status: InspectionPlanStatus, approvedAt: string | null, items: Array<{ id: string, order: number, unitId: string, unitName: string | null, periodKind: PeriodKind, period: number, type: InspectionType, focus: string }> };

export type InspectionPlansQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type InspectionPlansQuery = { inspectionPlans: Array<{ id: string, year: number, title: string, status: InspectionPlanStatus, approvedAt: string | null, items: Array<{ id: string, order: number, unitId: string, unitName: string | null, periodKind: PeriodKind, period: number, type: InspectionType, focus: string }> }> };

export type InspectionPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionPlanQuery = { inspectionPlan: { id: string, year: number, title: string, status: InspectionPlanStatus, approvedAt: string | null, items: Array<{ id: string, order: number, unitId: string, unitName: string | null, periodKind: PeriodKind, period: number, type: InspectionType, focus: string }> } | null };

export type CreateInspectionPlanMutationVariables = Exact<{
  input: InspectionPlanInput;
}>;


export type CreateInspectionPlanMutation = { createInspectionPlan: { id: string } };

export type UpdateInspectionPlanMutationVariables = Exact<{
  id: string | number;
  input: InspectionPlanUpdateInput;
}>;


export type UpdateInspectionPlanMutation = { updateInspectionPlan: { id: string, year: number, title: string, status: InspectionPlanStatus, approvedAt: string | null, items: Array<{ id: string, order: number, unitId: string, unitName: string | null, periodKind: PeriodKind, period: number, type: InspectionType, focus: string }> } };

export type ApproveInspectionPlanMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveInspectionPlanMutation = { approveInspectionPlan: { id: string, year: number, title: string, status: InspectionPlanStatus, approvedAt: string | null, items: Array<{ id: string, order: number, unitId: string, unitName: string | null, periodKind: PeriodKind, period: number, type: InspectionType, focus: string }> } };

export type InspectionTeamCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionTeamCandidatesQuery = { users: Array<{ id: string, fullName: string, roles: Array<Role> }> };

export type InspectionFileFieldsFragment = { id: string, name: string, url: string };

export type RecommendationFieldsFragment = { id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> };

export type InspectionDetailFieldsFragment = { id: string, planId: string | null, unitId: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null, decisionNumber: string | null, decisionDate: string | null, selfAssessmentDue: string | null, selfSubmittedAt: string | null, selfAssessmentLate: boolean, conclusionNumber: string | null, concludedOn: string | null, closedAt: string | null, template: { name: string, version: number } | null, conclusionNotice: { id: string, name: string, url: string } | null, unitFigures: { from: string, to: string, complaintsReceived: number, complaintsOverdue: number, complaintsAnsweredLate: number, occurrencesOverdue: number, occurrencesDoneLate: number, lateReports: number | null }, team: Array<{ userId: string, name: string, role: TeamRole }>, checklist: Array<{ code: string, name: string, criteria: Array<{ id: string, code: string, text: string, kind: AssessmentKind, maxScore: number | null, selfValue: number | null, selfNote: string | null, teamValue: number | null, teamNote: string | null, differs: boolean }> }>, findings: Array<{ id: string, criterionId: string | null, severity: Severity, description: string, recordedAt: string, recommendations: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> }> };

export type InspectionQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionQuery = { inspection: { id: string, planId: string | null, unitId: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null, decisionNumber: string | null, decisionDate: string | null, selfAssessmentDue: string | null, selfSubmittedAt: string | null, selfAssessmentLate: boolean, conclusionNumber: string | null, concludedOn: string | null, closedAt: string | null, template: { name: string, version: number } | null, conclusionNotice: { id: string, name: string, url: string } | null, unitFigures: { from: string, to: string, complaintsReceived: number, complaintsOverdue: number, complaintsAnsweredLate: number, occurrencesOverdue: number, occurrencesDoneLate: number, lateReports: number | null }, team: Array<{ userId: string, name: string, role: TeamRole }>, checklist: Array<{ code: string, name: string, criteria: Array<{ id: string, code: string, text: string, kind: AssessmentKind, maxScore: number | null, selfValue: number | null, selfNote: string | null, teamValue: number | null, teamNote: string | null, differs: boolean }> }>, findings: Array<{ id: string, criterionId: string | null, severity: Severity, description: string, recordedAt: string, recommendations: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> }> } | null };

export type FormInspectionTeamMutationVariables = Exact<{
  id: string | number;
  input: InspectionTeamInput;
}>;


export type FormInspectionTeamMutation = { formInspectionTeam: { id: string, planId: string | null, unitId: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null, decisionNumber: string | null, decisionDate: string | null, selfAssessmentDue: string | null, selfSubmittedAt: string | null, selfAssessmentLate: boolean, conclusionNumber: string | null, concludedOn: string | null, closedAt: string | null, template: { name: string, version: number } | null, conclusionNotice: { id: string, name: string, url: string } | null, unitFigures: { from: string, to: string, complaintsReceived: number, complaintsOverdue: number, complaintsAnsweredLate: number, occurrencesOverdue: number, occurrencesDoneLate: number, lateReports: number | null }, team: Array<{ userId: string, name: string, role: TeamRole }>, checklist: Array<{ code: string, name: string, criteria: Array<{ id: string, code: string, text: string, kind: AssessmentKind, maxScore: number | null, selfValue: number | null, selfNote: string | null, teamValue: number | null, teamNote: string | null, differs: boolean }> }>, findings: Array<{ id: string, criterionId: string | null, severity: Severity, description: string, recordedAt: string, recommendations: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> }> } };

export type StartInspectionMutationVariables = Exact<{
  id: string | number;
}>;


export type StartInspectionMutation = { startInspection: { id: string, planId: string | null, unitId: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null, decisionNumber: string | null, decisionDate: string | null, selfAssessmentDue: string | null, selfSubmittedAt: string | null, selfAssessmentLate: boolean, conclusionNumber: string | null, concludedOn: string | null, closedAt: string | null, template: { name: string, version: number } | null, conclusionNotice: { id: string, name: string, url: string } | null, unitFigures: { from: string, to: string, complaintsReceived: number, complaintsOverdue: number, complaintsAnsweredLate: number, occurrencesOverdue: number, occurrencesDoneLate: number, lateReports: number | null }, team: Array<{ userId: string, name: string, role: TeamRole }>, checklist: Array<{ code: string, name: string, criteria: Array<{ id: string, code: string, text: string, kind: AssessmentKind, maxScore: number | null, selfValue: number | null, selfNote: string | null, teamValue: number | null, teamNote: string | null, differs: boolean }> }>, findings: Array<{ id: string, criterionId: string | null, severity: Severity, description: string, recordedAt: string, recommendations: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> }> } };

export type RecordSelfAssessmentMutationVariables = Exact<{
  id: string | number;
  answers: Array<ChecklistAnswerInput> | ChecklistAnswerInput;
  submit?: boolean | null | undefined;
}>;


export type RecordSelfAssessmentMutation = { recordSelfAssessment: { id: string, planId: string | null, unitId: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null, decisionNumber: string | null, decisionDate: string | null, selfAssessmentDue: string | null, selfSubmittedAt: string | null, selfAssessmentLate: boolean, conclusionNumber: string | null, concludedOn: string | null, closedAt: string | null, template: { name: string, version: number } | null, conclusionNotice: { id: string, name: string, url: string } | null, unitFigures: { from: string, to: string, complaintsReceived: number, complaintsOverdue: number, complaintsAnsweredLate: number, occurrencesOverdue: number, occurrencesDoneLate: number, lateReports: number | null }, team: Array<{ userId: string, name: string, role: TeamRole }>, checklist: Array<{ code: string, name: string, criteria: Array<{ id: string, code: string, text: string, kind: AssessmentKind, maxScore: number | null, selfValue: number | null, selfNote: string | null, teamValue: number | null, teamNote: string | null, differs: boolean }> }>, findings: Array<{ id: string, criterionId: string | null, severity: Severity, description: string, recordedAt: string, recommendations: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> }> } };

export type RecordTeamAssessmentMutationVariables = Exact<{
  id: string | number;
  answers: Array<ChecklistAnswerInput> | ChecklistAnswerInput;
}>;


export type RecordTeamAssessmentMutation = { recordTeamAssessment: { id: string, planId: string | null, unitId: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null, decisionNumber: string | null, decisionDate: string | null, selfAssessmentDue: string | null, selfSubmittedAt: string | null, selfAssessmentLate: boolean, conclusionNumber: string | null, concludedOn: string | null, closedAt: string | null, template: { name: string, version: number } | null, conclusionNotice: { id: string, name: string, url: string } | null, unitFigures: { from: string, to: string, complaintsReceived: number, complaintsOverdue: number, complaintsAnsweredLate: number, occurrencesOverdue: number, occurrencesDoneLate: number, lateReports: number | null }, team: Array<{ userId: string, name: string, role: TeamRole }>, checklist: Array<{ code: string, name: string, criteria: Array<{ id: string, code: string, text: string, kind: AssessmentKind, maxScore: number | null, selfValue: number | null, selfNote: string | null, teamValue: number | null, teamNote: string | null, differs: boolean }> }>, findings: Array<{ id: string, criterionId: string | null, severity: Severity, description: string, recordedAt: string, recommendations: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> }> } };

export type ConcludeInspectionMutationVariables = Exact<{
  id: string | number;
  input: ConclusionInput;
}>;


export type ConcludeInspectionMutation = { concludeInspection: { id: string, planId: string | null, unitId: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null, decisionNumber: string | null, decisionDate: string | null, selfAssessmentDue: string | null, selfSubmittedAt: string | null, selfAssessmentLate: boolean, conclusionNumber: string | null, concludedOn: string | null, closedAt: string | null, template: { name: string, version: number } | null, conclusionNotice: { id: string, name: string, url: string } | null, unitFigures: { from: string, to: string, complaintsReceived: number, complaintsOverdue: number, complaintsAnsweredLate: number, occurrencesOverdue: number, occurrencesDoneLate: number, lateReports: number | null }, team: Array<{ userId: string, name: string, role: TeamRole }>, checklist: Array<{ code: string, name: string, criteria: Array<{ id: string, code: string, text: string, kind: AssessmentKind, maxScore: number | null, selfValue: number | null, selfNote: string | null, teamValue: number | null, teamNote: string | null, differs: boolean }> }>, findings: Array<{ id: string, criterionId: string | null, severity: Severity, description: string, recordedAt: string, recommendations: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> }> } };

export type CloseInspectionMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseInspectionMutation = { closeInspection: { id: string, planId: string | null, unitId: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null, decisionNumber: string | null, decisionDate: string | null, selfAssessmentDue: string | null, selfSubmittedAt: string | null, selfAssessmentLate: boolean, conclusionNumber: string | null, concludedOn: string | null, closedAt: string | null, template: { name: string, version: number } | null, conclusionNotice: { id: string, name: string, url: string } | null, unitFigures: { from: string, to: string, complaintsReceived: number, complaintsOverdue: number, complaintsAnsweredLate: number, occurrencesOverdue: number, occurrencesDoneLate: number, lateReports: number | null }, team: Array<{ userId: string, name: string, role: TeamRole }>, checklist: Array<{ code: string, name: string, criteria: Array<{ id: string, code: string, text: string, kind: AssessmentKind, maxScore: number | null, selfValue: number | null, selfNote: string | null, teamValue: number | null, teamNote: string | null, differs: boolean }> }>, findings: Array<{ id: string, criterionId: string | null, severity: Severity, description: string, recordedAt: string, recommendations: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> }> } };

export type ExportInspectionRecordMutationVariables = Exact<{
  id: string | number;
}>;


export type ExportInspectionRecordMutation = { exportInspectionRecord: { id: string, name: string, url: string } };

export type RecordFindingMutationVariables = Exact<{
  inspectionId: string | number;
  input: FindingInput;
}>;


export type RecordFindingMutation = { recordFinding: { id: string } };

export type IssueRecommendationMutationVariables = Exact<{
  findingId: string | number;
  input: RecommendationInput;
}>;


export type IssueRecommendationMutation = { issueRecommendation: { id: string } };

export type RecommendationsQueryVariables = Exact<{
  status?: RecommendationStatus | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type RecommendationsQuery = { recommendations: { total: number, items: Array<{ id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> }> } };

export type AnswerRecommendationMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type AnswerRecommendationMutation = { answerRecommendation: { id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> } };

export type VerifyRecommendationMutationVariables = Exact<{
  id: string | number;
  accepted: boolean;
  reason?: string | null | undefined;
}>;


export type VerifyRecommendationMutation = { verifyRecommendation: { id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> } };

export type CarryOverRecommendationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CarryOverRecommendationMutation = { carryOverRecommendation: { id: string, inspectionId: string, findingId: string, text: string, responsibleUnitId: string, responsibleUnitName: string | null, dueDay: string, status: RecommendationStatus, overdue: boolean, answer: string | null, answeredAt: string | null, returnReason: string | null, verifiedAt: string | null, carryOverReason: string | null, answerFiles: Array<{ id: string, name: string, url: string }> } };

export type RiskRankingQueryVariables = Exact<{
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RiskRankingQuery = { riskRanking: { asOf: string, total: number, nextCursor: string | null, items: Array<{ unitId: string, unitName: string, score: number, reasons: Array<{ kind: RiskSignalKind, count: number, weight: number }> }> } };

export type RiskWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskWeightsQuery = { riskWeights: Array<{ kind: RiskSignalKind, weight: number, updatedAt: string | null }> };

export type SetRiskWeightsMutationVariables = Exact<{
  weights: Array<RiskWeightInput> | RiskWeightInput;
}>;


export type SetRiskWeightsMutation = { setRiskWeights: Array<{ kind: RiskSignalKind, weight: number, updatedAt: string | null }> };

export type ScheduleSuggestedInspectionMutationVariables = Exact<{
  input: SuggestedInspectionInput;
}>;


export type ScheduleSuggestedInspectionMutation = { scheduleSuggestedInspection: { id: string } };

export type InspectionCalendarQueryVariables = Exact<{
  year: number;
  fromMonth: number;
  toMonth: number;
}>;


export type InspectionCalendarQuery = { inspectionCalendar: { from: string, to: string, items: Array<{ inspection: { id: string, unitId: string, unitName: string | null, type: InspectionType, focus: string, status: InspectionStatus, windowStart: string, windowEnd: string, startDay: string | null, endDay: string | null }, warnings: Array<{ kind: CalendarWarningKind, otherInspectionId: string, message: string }> }> } };

export type ChecklistTemplateFieldsFragment = { id: string, code: string, name: string, version: number, versionId: string, groups: Array<{ code: string, name: string, criteria: Array<{ code: string, text: string, kind: AssessmentKind, maxScore: number | null }> }> };

export type ChecklistTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistTemplatesQuery = { checklistTemplates: Array<{ id: string, code: string, name: string, version: number, versionId: string, groups: Array<{ code: string, name: string, criteria: Array<{ code: string, text: string, kind: AssessmentKind, maxScore: number | null }> }> }> };

export type ReviseChecklistTemplateMutationVariables = Exact<{
  id: string | number;
  input: ChecklistTemplateInput;
}>;


export type ReviseChecklistTemplateMutation = { reviseChecklistTemplate: { id: string, code: string, name: string, version: number, versionId: string, groups: Array<{ code: string, name: string, criteria: Array<{ code: string, text: string, kind: AssessmentKind, maxScore: number | null }> }> } };

export type NotificationPageQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type NotificationPageQuery = { myNotificationPage: { total: number, items: Array<{ id: string, kind: string, title: string, body: string | null, link: string | null, createdAt: string, readAt: string | null }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { myUnreadNotificationCount: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: boolean };

export type ProgressFieldsFragment = { total: number, done: number, inProgress: number, blocked: number, notStarted: number, overdue: number, percentDone: number };

export type PlanSummaryFieldsFragment = { id: string, year: number, title: string, status: PlanStatus, decisionNumber: string | null, decisionDate: string | null, unitPlanDeadline: string | null, taskCount: number, issuingUnit: { id: string, name: string }, progress: { total: number, done: number, inProgress: number, blocked: number, notStarted: number, overdue: number, percentDone: number } };

export type PlansQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansQuery = { plans: Array<{ id: string, year: number, title: string, status: PlanStatus, decisionNumber: string | null, decisionDate: string | null, unitPlanDeadline: string | null, taskCount: number, issuingUnit: { id: string, name: string }, progress: { total: number, done: number, inProgress: number, blocked: number, notStarted: number, overdue: number, percentDone: number } }> };

export type LinkTaskMutationVariables = Exact<{
  taskId: string | number;
  kind?: ActivityKind | null | undefined;
}>;


export type LinkTaskMutation = { linkTask: { id: string, activityKind: ActivityKind | null } };

export type PlanQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanQuery = { plan: { id: string, year: number, title: string, status: PlanStatus, decisionNumber: string | null, decisionDate: string | null, unitPlanDeadline: string | null, taskCount: number, importWarnings: Array<{ code: string, message: string }>, sections: Array<{ id: string, number: string | null, title: string, progress: { total: number, done: number, inProgress: number, blocked: number, notStarted: number, overdue: number, percentDone: number }, tasks: Array<{ id: string, label: string, number: string, content: string, timeframeText: string, expectedResult: string, resultItems: Array<string>, activityKind: ActivityKind | null, leadUnits: Array<{ writtenName: string, unitId: string | null, unitName: string | null }>, coordinatingUnits: Array<{ writtenName: string, unitId: string | null, unitName: string | null }>, progress: { total: number, done: number, inProgress: number, blocked: number, notStarted: number, overdue: number, percentDone: number } }> }>, unitProgress: Array<{ unitId: string, unitName: string, progress: { total: number, done: number, inProgress: number, blocked: number, notStarted: number, overdue: number, percentDone: number } }>, unitPlans: Array<{ unitId: string, unitName: string, status: UnitPlanStatus, late: boolean }>, issuingUnit: { id: string, name: string }, progress: { total: number, done: number, inProgress: number, blocked: number, notStarted: number, overdue: number, percentDone: number } } | null };

export type IssuePlanMutationVariables = Exact<{
  id: string | number;
}>;


export type IssuePlanMutation = { issuePlan: { id: string, status: PlanStatus } };

export type OccurrenceFieldsFragment = { id: string, label: string, dueDay: string, status: OccurrenceStatus, review: ReviewState | null, overdue: boolean, dueSoon: boolean, workingDaysLeft: number, unitId: string, unitName: string | null, sectionTitle: string, task: { id: string, label: string, content: string, timeframeText: string, expectedResult: string }, plan: { id: string, title: string, year: number }, reports: Array<{ id: string, status: OccurrenceStatus, note: string, evidenceNumber: string | null, evidenceDate: string | null, evidenceLink: string | null, fileIds: Array<string>, unitName: string | null, byCoordinatingUnit: boolean, bySystem: boolean, reviewState: ReviewState, reviewComment: string | null, createdAt: string }> };

export type MyOccurrencesQueryVariables = Exact<{
  status?: OccurrenceStatus | null | undefined;
  overdue?: boolean | null | undefined;
  planId?: string | number | null | undefined;
}>;


export type MyOccurrencesQuery = { myOccurrences: Array<{ id: string, label: string, dueDay: string, status: OccurrenceStatus, review: ReviewState | null, overdue: boolean, dueSoon: boolean, workingDaysLeft: number, unitId: string, unitName: string | null, sectionTitle: string, task: { id: string, label: string, content: string, timeframeText: string, expectedResult: string }, plan: { id: string, title: string, year: number }, reports: Array<{ id: string, status: OccurrenceStatus, note: string, evidenceNumber: string | null, evidenceDate: string | null, evidenceLink: string | null, fileIds: Array<string>, unitName: string | null, byCoordinatingUnit: boolean, bySystem: boolean, reviewState: ReviewState, reviewComment: string | null, createdAt: string }> }> };

export type PlanOccurrencesQueryVariables = Exact<{
  planId: string | number;
  filter?: OccurrenceFilter | null | undefined;
}>;


export type PlanOccurrencesQuery = { occurrences: Array<{ id: string, label: string, dueDay: string, status: OccurrenceStatus, review: ReviewState | null, overdue: boolean, dueSoon: boolean, workingDaysLeft: number, unitId: string, unitName: string | null, sectionTitle: string, task: { id: string, label: string, content: string, timeframeText: string, expectedResult: string }, plan: { id: string, title: string, year: number }, reports: Array<{ id: string, status: OccurrenceStatus, note: string, evidenceNumber: string | null, evidenceDate: string | null, evidenceLink: string | null, fileIds: Array<string>, unitName: string | null, byCoordinatingUnit: boolean, bySystem: boolean, reviewState: ReviewState, reviewComment: string | null, createdAt: string }> }> };

export type ReportProgressMutationVariables = Exact<{
  id: string | number;
  input: ProgressReportInput;
}>;


export type ReportProgressMutation = { reportProgress: { id: string } };

export type ReviewProgressMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  comment?: string | null | undefined;
}>;


export type ReviewProgressMutation = { reviewProgress: { id: string, reviewState: ReviewState } };

export type PreviewPlanImportQueryVariables = Exact<{
  input: PlanDocumentInput;
}>;


export type PreviewPlanImportQuery = { previewPlanImport: { year: number, lastYear: number, title: string, unitPlanDeadline: string | null, unresolvedCount: number, issuingUnit: { id: string, name: string }, decision: { number: string | null, date: string | null, issuer: string | null, signer: string | null }, columns: Array<{ index: number, header: string, role: ColumnRole }>, unitSplits: Array<{ text: string, names: Array<string>, alternatives: Array<Array<string>>, source: string, places: Array<{ sectionOrder: number, task: string, field: string }> }>, sections: Array<{ order: number, number: string | null, title: string }>, tasks: Array<{ sectionOrder: number, label: string, content: string, timeframeText: string, leadUnitNames: Array<string>, coordinatingUnitNames: Array<string>, expectedResult: string, resultItems: Array<string>, attributes: Array<{ name: string, value: string }>, timeframe: { unparsed: Array<string>, parts: Array<{ kind: string }> } }>, warnings: Array<{ code: string, message: string }>, unitNames: Array<{ name: string, asLead: boolean, asCoordinating: boolean, resolved: boolean, source: string | null, unitId: string | null, unitName: string | null, rule: GroupRule | null, memberCount: number }> } };

export type ImportPlanMutationVariables = Exact<{
  input: PlanDocumentInput;
}>;


export type ImportPlanMutation = { importPlan: { id: string } };

export type UnitPlanFieldsFragment = { id: string, unitId: string, unitName: string, status: UnitPlanStatus, title: string | null, body: string | null, submittedOn: string | null, late: boolean, overdue: boolean, reviewComment: string | null, items: Array<{ taskId: string | null, taskLabel: string, role: UnitPlanRole, content: string, timeframeText: string, expectedResult: string }> };

export type UnitPlanBoardQueryVariables = Exact<{
  planId: string | number;
}>;


export type UnitPlanBoardQuery = { unitPlanBoard: { deadline: string | null, counts: { missing: number, draft: number, submitted: number, accepted: number, returned: number, late: number, overdue: number }, rows: Array<{ id: string, unitId: string, unitName: string, status: UnitPlanStatus, title: string | null, body: string | null, submittedOn: string | null, late: boolean, overdue: boolean, reviewComment: string | null, items: Array<{ taskId: string | null, taskLabel: string, role: UnitPlanRole, content: string, timeframeText: string, expectedResult: string }> }> } };

export type MyUnitPlanQueryVariables = Exact<{
  planId: string | number;
}>;


export type MyUnitPlanQuery = { myUnitPlan: { id: string, unitId: string, unitName: string, status: UnitPlanStatus, title: string | null, body: string | null, submittedOn: string | null, late: boolean, overdue: boolean, reviewComment: string | null, items: Array<{ taskId: string | null, taskLabel: string, role: UnitPlanRole, content: string, timeframeText: string, expectedResult: string }> } | null, plan: { id: string, title: string, year: number, unitPlanDeadline: string | null } | null };

export type GenerateUnitPlanDraftMutationVariables = Exact<{
  planId: string | number;
}>;


export type GenerateUnitPlanDraftMutation = { generateUnitPlanDraft: { id: string, unitId: string, unitName: string, status: UnitPlanStatus, title: string | null, body: string | null, submittedOn: string | null, late: boolean, overdue: boolean, reviewComment: string | null, items: Array<{ taskId: string | null, taskLabel: string, role: UnitPlanRole, content: string, timeframeText: string, expectedResult: string }> } };

export type UpdateUnitPlanDraftMutationVariables = Exact<{
  planId: string | number;
  input: UnitPlanDraftInput;
}>;


export type UpdateUnitPlanDraftMutation = { updateUnitPlanDraft: { id: string, unitId: string, unitName: string, status: UnitPlanStatus, title: string | null, body: string | null, submittedOn: string | null, late: boolean, overdue: boolean, reviewComment: string | null, items: Array<{ taskId: string | null, taskLabel: string, role: UnitPlanRole, content: string, timeframeText: string, expectedResult: string }> } };

export type SubmitUnitPlanMutationVariables = Exact<{
  planId: string | number;
}>;


export type SubmitUnitPlanMutation = { submitUnitPlan: { id: string, unitId: string, unitName: string, status: UnitPlanStatus, title: string | null, body: string | null, submittedOn: string | null, late: boolean, overdue: boolean, reviewComment: string | null, items: Array<{ taskId: string | null, taskLabel: string, role: UnitPlanRole, content: string, timeframeText: string, expectedResult: string }> } };

export type ReviewUnitPlanMutationVariables = Exact<{
  planId: string | number;
  unitId: string | number;
  decision: ReviewDecision;
  comment?: string | null | undefined;
}>;


export type ReviewUnitPlanMutation = { reviewUnitPlan: { id: string, status: UnitPlanStatus } };

export type FocalOfficersQueryVariables = Exact<{ [key: string]: never; }>;


export type FocalOfficersQuery = { focalOfficers: Array<{ unitId: string, unitName: string, current: Array<{ name: string, position: string, phone: string, email: string }>, history: Array<{ id: string, decisionNumber: string, decisionDate: string, officers: Array<{ name: string, position: string, phone: string, email: string }> }> }> };

export type ChangeFocalOfficersMutationVariables = Exact<{
  unitId: string | number;
  input: FocalOfficerChangeInput;
}>;


export type ChangeFocalOfficersMutation = { changeFocalOfficers: { id: string } };

export type ExportPlanDocxMutationVariables = Exact<{
  planId: string | number;
}>;


export type ExportPlanDocxMutation = { exportPlanDocx: { id: string, name: string, url: string } };

export type QuarterTimelineQueryVariables = Exact<{
  planId: string | number;
}>;


export type QuarterTimelineQuery = { quarterTimeline: Array<{ unitId: string, unitName: string, quarters: Array<{ year: number, quarter: number, total: number, done: number, overdue: number }> }> };

export type ReorganisationDecisionsQueryVariables = Exact<{
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ReorganisationDecisionsQuery = { reorganisationDecisions: { total: number, items: Array<{ id: string, number: string, signedOn: string, effectiveFrom: string, status: DecisionStatus, failure: string | null }> } };

export type ReorganisationDecisionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReorganisationDecisionQuery = { reorganisationDecision: { id: string, number: string, signedOn: string, effectiveFrom: string, status: DecisionStatus, failure: string | null, appliedAt: string | null, changesJson: string } | null };

export type ReorganisationPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ReorganisationPreviewQuery = { reorganisationPreview: { newUnitNames: Array<string>, successions: Array<{ successorId: string | null, successorName: string, workKinds: Array<WorkKind>, predecessor: { id: string, name: string, planningWorkToMove: Array<{ what: string, count: number }>, complaintsWorkToMove: Array<{ what: string, count: number }>, inspectionsWorkToMove: Array<{ what: string, count: number }>, reportingWorkToMove: Array<{ what: string, count: number }> } }>, counts: Array<{ service: string, what: string, count: number, unit: { id: string } }> } };

export type CreateReorganisationDecisionMutationVariables = Exact<{
  input: ReorganisationDecisionInput;
}>;


export type CreateReorganisationDecisionMutation = { createReorganisationDecision: { id: string } };

export type ScheduleReorganisationDecisionMutationVariables = Exact<{
  id: string | number;
}>;


export type ScheduleReorganisationDecisionMutation = { scheduleReorganisationDecision: { id: string, status: DecisionStatus } };

export type ReportingDashboardQueryVariables = Exact<{
  from: string;
  to: string;
  first?: number | null | undefined;
}>;


export type ReportingDashboardQuery = { reportingDashboard: { from: string, to: string, unitId: string | null, planProgress: { total: number, items: Array<{ unitId: string, unitName: string | null, doneOnTime: number, doneLate: number, openOverdue: number }> }, complaintsByMonth: Array<{ month: string | null, received: number, handled: number, overdue: number }>, complaintsByUnit: { total: number, items: Array<{ unitId: string | null, unitName: string | null, received: number, handled: number, overdue: number }> }, dossiers: { total: number, items: Array<{ unitId: string, unitName: string | null, onTime: number, late: number, onTimeRate: number | null }> }, inspections: { total: number, items: Array<{ unitId: string, unitName: string | null, concluded: number, recommendationsOpen: number, recommendationsOverdue: number }> } } };

export type DashboardIndexQueryVariables = Exact<{
  month: string;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DashboardIndexQuery = { serviceQualityIndex: { total: number, items: Array<{ unitId: string, unitName: string, total: number, rank: number, rankedUnits: number }> } };

export type DashboardPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPlansQuery = { plans: Array<{ id: string, year: number, lastYear: number, title: string, status: PlanStatus }> };

export type DashboardPlanSectionsQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardPlanSectionsQuery = { plan: { id: string, sections: Array<{ id: string, number: string | null, title: string, progress: { total: number, percentDone: number } }> } | null };

export type DossierResolutionsQueryVariables = Exact<{
  unitId: string | number;
  from: string;
  to: string;
  outcome: DossierOutcome;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DossierResolutionsQuery = { dossierResolutions: { total: number, items: Array<{ id: string, dossierCode: string, step: string, day: string, timeliness: string }> } };

export type FigureRecordsQueryVariables = Exact<{
  figure: DashboardFigure;
  unitId?: string | number | null | undefined;
  from: string;
  to: string;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type FigureRecordsQuery = { figureRecords: { total: number, items: Array<{ id: string, day: string, occurrence: { id: string, label: string, dueDay: string, status: OccurrenceStatus, review: ReviewState | null, unitName: string | null, task: { id: string, label: string }, plan: { id: string, title: string } } | null, complaint: { id: string, trackingCode: string, receivedDay: string, currentDue: string | null, statusText: { vi: string, en: string } } | null, inspection: { id: string, focus: string, type: InspectionType, status: InspectionStatus, unitName: string | null } | null, recommendation: { id: string, inspectionId: string, text: string, dueDay: string, status: RecommendationStatus, responsibleUnitName: string | null } | null }> } };

export type DossierImportFieldsFragment = { id: string, fileName: string, status: string, total: number, processed: number, imported: number, duplicates: number, rejected: number, failure: string | null, createdAt: string, finishedAt: string | null };

export type DossierImportsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DossierImportsQuery = { dossierImports: { total: number, items: Array<{ id: string, fileName: string, status: string, total: number, processed: number, imported: number, duplicates: number, rejected: number, failure: string | null, createdAt: string, finishedAt: string | null }> } };

export type DossierImportQueryVariables = Exact<{
  id: string | number;
}>;


export type DossierImportQuery = { dossierImport: { id: string, fileName: string, status: string, total: number, processed: number, imported: number, duplicates: number, rejected: number, failure: string | null, createdAt: string, finishedAt: string | null } };

export type DossierImportRejectionsQueryVariables = Exact<{
  importId: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type DossierImportRejectionsQuery = { dossierImportRejections: { total: number, items: Array<{ row: number, cells: Array<string>, reason: string }> } };

export type DossierImportRejectionReportQueryVariables = Exact<{
  importId: string | number;
}>;


export type DossierImportRejectionReportQuery = { dossierImportRejectionReport: { fileName: string, contentType: string, contentBase64: string } };

export type DossierImportTemplateQueryVariables = Exact<{
  format: DossierTemplateFormat;
}>;


export type DossierImportTemplateQuery = { dossierImportTemplate: { fileName: string, contentType: string, contentBase64: string } };

export type ImportDossierFileMutationVariables = Exact<{
  fileName: string;
  contentBase64: string;
}>;


export type ImportDossierFileMutation = { importDossierFile: { id: string, fileName: string, status: string, total: number, processed: number, imported: number, duplicates: number, rejected: number, failure: string | null, createdAt: string, finishedAt: string | null } };

export type ServiceQualityIndexQueryVariables = Exact<{
  month: string;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ServiceQualityIndexQuery = { serviceQualityIndex: { month: string, hasFigures: boolean, total: number, items: Array<{ month: string, unitId: string, unitName: string, total: number, maxTotal: number, rank: number, rankedUnits: number, previousTotal: number | null, previousRank: number | null, change: number | null, trend: IndexTrend | null, indicators: Array<{ numerator: number | null, denominator: number | null, rate: number | null, points: number, pointsLost: number, valueSource: string | null, indicator: { code: string, groupName: string, groupNameEn: string, name: string, nameEn: string, manual: boolean, target: number, maxPoints: number, source: string } }>, pointsLost: Array<{ pointsLost: number, indicator: { code: string } }> }> } };

export type UnitServiceQualityQueryVariables = Exact<{
  unitId: string | number;
  fromMonth: string;
  toMonth: string;
}>;


export type UnitServiceQualityQuery = { unitServiceQuality: Array<{ month: string, total: number, rank: number }> };

export type IndexIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndexIndicatorsQuery = { indexIndicators: Array<{ code: string, name: string, nameEn: string, manual: boolean }> };

export type RecordIndexIndicatorMutationVariables = Exact<{
  unitId: string | number;
  month: string;
  indicatorCode: string;
  numerator: number;
  denominator: number;
  source: string;
}>;


export type RecordIndexIndicatorMutation = { recordIndexIndicator: { unitId: string, month: string, total: number } };

export type ReportKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportKindsQuery = { reportKinds: Array<{ code: string, periodKind: string, cutoffDay: number, deadlineWorkingDays: number, source: string, nameText: { vi: string, en: string } }> };

export type ReportCompletenessQueryVariables = Exact<{
  kindCode: string;
  periodKey: string;
}>;


export type ReportCompletenessQuery = { reportCompleteness: { expected: number, submitted: number, accepted: number, onTime: number, late: number, missing: number, locked: number } };

export type UnitReportsQueryVariables = Exact<{
  kindCode?: string | null | undefined;
  periodKey?: string | null | undefined;
  status?: string | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type UnitReportsQuery = { unitReports: { total: number, items: Array<{ id: string, unitId: string, periodLabel: string, deadline: string, status: string, locked: boolean, submittedOn: string | null, submittedLate: boolean | null, exceptionUntil: string | null, unit: { id: string, name: string } }> } };

export type UnitReportFieldsFragment = { id: string, kindCode: string, periodKey: string, periodLabel: string, periodStart: string, periodEnd: string, deadline: string, unitId: string, status: string, locked: boolean, narrative: string | null, submittedOn: string | null, submittedLate: boolean | null, reviewComment: string | null, exceptionUntil: string | null, heldByUnitId: string | null, allowedActions: Array<UnitReportAction>, unit: { id: string, name: string }, figures: Array<{ code: string, groupName: string, label: string, projected: number, value: number, correctionReason: string | null }> };

export type UnitReportQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitReportQuery = { unitReport: { id: string, kindCode: string, periodKey: string, periodLabel: string, periodStart: string, periodEnd: string, deadline: string, unitId: string, status: string, locked: boolean, narrative: string | null, submittedOn: string | null, submittedLate: boolean | null, reviewComment: string | null, exceptionUntil: string | null, heldByUnitId: string | null, allowedActions: Array<UnitReportAction>, unit: { id: string, name: string }, figures: Array<{ code: string, groupName: string, label: string, projected: number, value: number, correctionReason: string | null }> } };

export type GenerateExpectedReportsMutationVariables = Exact<{
  kindCode: string;
  year?: number | null | undefined;
  index?: number | null | undefined;
  start?: string | null | undefined;
  end?: string | null | undefined;
}>;


export type GenerateExpectedReportsMutation = { generateExpectedReports: number };

export type SaveReportNarrativeMutationVariables = Exact<{
  id: string | number;
  narrative: string;
}>;


export type SaveReportNarrativeMutation = { saveReportNarrative: { id: string, kindCode: string, periodKey: string, periodLabel: string, periodStart: string, periodEnd: string, deadline: string, unitId: string, status: string, locked: boolean, narrative: string | null, submittedOn: string | null, submittedLate: boolean | null, reviewComment: string | null, exceptionUntil: string | null, heldByUnitId: string | null, allowedActions: Array<UnitReportAction>, unit: { id: string, name: string }, figures: Array<{ code: string, groupName: string, label: string, projected: number, value: number, correctionReason: string | null }> } };

export type CorrectReportFigureMutationVariables = Exact<{
  id: string | number;
  indicatorCode: string;
  value: number;
  reason: string;
}>;


export type CorrectReportFigureMutation = { correctReportFigure: { id: string, kindCode: string, periodKey: string, periodLabel: string, periodStart: string, periodEnd: string, deadline: string, unitId: string, status: string, locked: boolean, narrative: string | null, submittedOn: string | null, submittedLate: boolean | null, reviewComment: string | null, exceptionUntil: string | null, heldByUnitId: string | null, allowedActions: Array<UnitReportAction>, unit: { id: string, name: string }, figures: Array<{ code: string, groupName: string, label: string, projected: number, value: number, correctionReason: string | null }> } };

export type SubmitUnitReportMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitUnitReportMutation = { submitUnitReport: { id: string, kindCode: string, periodKey: string, periodLabel: string, periodStart: string, periodEnd: string, deadline: string, unitId: string, status: string, locked: boolean, narrative: string | null, submittedOn: string | null, submittedLate: boolean | null, reviewComment: string | null, exceptionUntil: string | null, heldByUnitId: string | null, allowedActions: Array<UnitReportAction>, unit: { id: string, name: string }, figures: Array<{ code: string, groupName: string, label: string, projected: number, value: number, correctionReason: string | null }> } };

export type AcceptUnitReportMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type AcceptUnitReportMutation = { acceptUnitReport: { id: string, kindCode: string, periodKey: string, periodLabel: string, periodStart: string, periodEnd: string, deadline: string, unitId: string, status: string, locked: boolean, narrative: string | null, submittedOn: string | null, submittedLate: boolean | null, reviewComment: string | null, exceptionUntil: string | null, heldByUnitId: string | null, allowedActions: Array<UnitReportAction>, unit: { id: string, name: string }, figures: Array<{ code: string, groupName: string, label: string, projected: number, value: number, correctionReason: string | null }> } };

export type ReturnUnitReportMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type ReturnUnitReportMutation = { returnUnitReport: { id: string, kindCode: string, periodKey: string, periodLabel: string, periodStart: string, periodEnd: string, deadline: string, unitId: string, status: string, locked: boolean, narrative: string | null, submittedOn: string | null, submittedLate: boolean | null, reviewComment: string | null, exceptionUntil: string | null, heldByUnitId: string | null, allowedActions: Array<UnitReportAction>, unit: { id: string, name: string }, figures: Array<{ code: string, groupName: string, label: string, projected: number, value: number, correctionReason: string | null }> } };

export type GrantReportExceptionMutationVariables = Exact<{
  id: string | number;
  until: string;
}>;


export type GrantReportExceptionMutation = { grantReportException: { id: string, kindCode: string, periodKey: string, periodLabel: string, periodStart: string, periodEnd: string, deadline: string, unitId: string, status: string, locked: boolean, narrative: string | null, submittedOn: string | null, submittedLate: boolean | null, reviewComment: string | null, exceptionUntil: string | null, heldByUnitId: string | null, allowedActions: Array<UnitReportAction>, unit: { id: string, name: string }, figures: Array<{ code: string, groupName: string, label: string, projected: number, value: number, correctionReason: string | null }> } };

export type CityReportsQueryVariables = Exact<{
  kindCode: string;
  periodKey: string;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type CityReportsQuery = { cityReports: { total: number, items: Array<{ id: string, number: string, issuedOn: string, expected: number, received: number, accepted: number, docx: { id: string, name: string, url: string }, xlsx: { id: string, name: string, url: string } }> } };

export type IssueCityReportMutationVariables = Exact<{
  kindCode: string;
  periodKey: string;
}>;


export type IssueCityReportMutation = { issueCityReport: { id: string, number: string } };

export type UnitScorecardQueryVariables = Exact<{
  unitId: string | number;
  kindCode: string;
  year?: number | null | undefined;
  index?: number | null | undefined;
  start?: string | null | undefined;
  end?: string | null | undefined;
}>;


export type UnitScorecardQuery = { unitScorecard: { unitId: string, unitName: string, periodLabel: string, periodStart: string, periodEnd: string, planOccurrencesOnTime: { numerator: number, denominator: number, rate: number | null }, paknOnTime: { numerator: number, denominator: number, rate: number | null }, recommendationsClosedOnTime: { numerator: number, denominator: number, rate: number | null }, reportsOnTime: { numerator: number, denominator: number, rate: number | null }, dossiersOnTime: { numerator: number, denominator: number, rate: number | null }, index: { month: string, total: number, maxTotal: number, rank: number, rankedUnits: number } | null } };

export type ScorecardRateFieldsFragment = { numerator: number, denominator: number, rate: number | null };

export type UnitsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  levelCode?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type UnitsQuery = { units: Array<{ id: string, code: string, name: string, nameAt: string, shortName: string | null, validFrom: string, validTo: string | null, level: { code: string, name: string, rank: number }, parent: { id: string, nameAt: string } | null }> };

export type UnitLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitLevelsQuery = { unitLevels: Array<{ code: string, name: string, rank: number }> };

export type UnitsAsOfQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type UnitsAsOfQuery = { units: Array<{ id: string, nameAt: string, level: { code: string, rank: number } }> };

export type UnitNameQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitNameQuery = { unit: { id: string, name: string } | null };

export type UnitHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitHistoryQuery = { unit: { id: string, code: string, name: string, shortName: string | null, alternativeNames: Array<string>, validFrom: string, validTo: string | null, level: { code: string, name: string }, parent: { id: string, name: string } | null, history: Array<{ name: string, shortName: string | null, levelCode: string, validFrom: string, validTo: string | null }>, currentSuccessors: Array<{ workKinds: Array<WorkKind>, unit: { id: string, name: string } }>, parentHistory: Array<{ validFrom: string, validTo: string | null, parent: { id: string, name: string } }>, predecessors: Array<{ workKinds: Array<WorkKind>, effectiveFrom: string, decisionNumber: string, unit: { id: string, name: string } }> } | null };

export type LookupQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type LookupQuery = { lookupComplaint: { trackingCode: string, receivedDay: string, answerDue: string, paused: boolean, answerText: string | null, answerDocumentNumber: string | null, answerDocumentDate: string | null, returnedReason: string | null, returnedGuidance: string | null, mergedIntoTrackingCode: string | null, canRate: boolean, statusText: { vi: string, en: string }, rating: { satisfied: boolean, ratedAt: string } | null } };

export type RateAnswerMutationVariables = Exact<{
  code: string;
  secret: string;
  satisfied: boolean;
  comment?: string | null | undefined;
}>;


export type RateAnswerMutation = { rateComplaintAnswer: { satisfied: boolean, ratedAt: string } };

export type PublishedQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PublishedQuery = { publishedComplaints: { total: number, items: Array<{ trackingCode: string, field: string | null, regulation: string | null, question: string | null, answer: string, answerDocumentNumber: string | null, answerDocumentDate: string | null, publishedAt: string }> } };

export type PublicServiceQualityIndexQueryVariables = Exact<{
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type PublicServiceQualityIndexQuery = { publicServiceQualityIndex: { month: string, total: number, items: Array<{ rank: number, unitId: string, unitName: string, total: number, maxTotal: number }> } };

export type PublicStatisticsQueryVariables = Exact<{
  year: number;
  fromMonth?: number | null | undefined;
  toMonth?: number | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type PublicStatisticsQuery = { publicComplaintStatistics: { year: number, total: number, items: Array<{ month: string, unitId: string | null, unitName: string | null, received: number, answered: number, answeredOnTime: number, rated: number, satisfied: number, satisfactionRate: number | null }> } };

export type ChallengeQueryVariables = Exact<{ [key: string]: never; }>;


export type ChallengeQuery = { complaintChallenge: { nonce: string, difficulty: number } };

export type SubmitMutationVariables = Exact<{
  input: SubmitComplaintInput;
  challenge: ChallengeSolution;
}>;


export type SubmitMutation = { submitComplaint: { trackingCode: string, secret: string, receivedDay: string, answerDue: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  username
  fullName
  roles
  unit {
    id
    name
  }
  mustChangePassword
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const UserRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserRowFields on User {
  id
  username
  fullName
  roles
  unit {
    id
    name
  }
  mustChangePassword
  active
}
    `, {"fragmentName":"UserRowFields"}) as unknown as TypedDocumentString<UserRowFieldsFragment, unknown>;
export const ComplaintDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}
    `, {"fragmentName":"ComplaintDetailFields"}) as unknown as TypedDocumentString<ComplaintDetailFieldsFragment, unknown>;
export const InspectionPlanFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"InspectionPlanFields"}) as unknown as TypedDocumentString<InspectionPlanFieldsFragment, unknown>;
export const InspectionFileFieldsFragmentDoc = new TypedDocumentString(`
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
    `, {"fragmentName":"InspectionFileFields"}) as unknown as TypedDocumentString<InspectionFileFieldsFragment, unknown>;
export const RecommendationFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}`, {"fragmentName":"RecommendationFields"}) as unknown as TypedDocumentString<RecommendationFieldsFragment, unknown>;
export const InspectionDetailFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`, {"fragmentName":"InspectionDetailFields"}) as unknown as TypedDocumentString<InspectionDetailFieldsFragment, unknown>;
export const ChecklistTemplateFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ChecklistTemplateFields"}) as unknown as TypedDocumentString<ChecklistTemplateFieldsFragment, unknown>;
export const ProgressFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgressFields on Progress {
  total
  done
  inProgress
  blocked
  notStarted
  overdue
  percentDone
}
    `, {"fragmentName":"ProgressFields"}) as unknown as TypedDocumentString<ProgressFieldsFragment, unknown>;
export const PlanSummaryFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment ProgressFields on Progress {
  total
  done
  inProgress
  blocked
  notStarted
  overdue
  percentDone
}`, {"fragmentName":"PlanSummaryFields"}) as unknown as TypedDocumentString<PlanSummaryFieldsFragment, unknown>;
export const OccurrenceFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"OccurrenceFields"}) as unknown as TypedDocumentString<OccurrenceFieldsFragment, unknown>;
export const UnitPlanFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"UnitPlanFields"}) as unknown as TypedDocumentString<UnitPlanFieldsFragment, unknown>;
export const DossierImportFieldsFragmentDoc = new TypedDocumentString(`
    fragment DossierImportFields on DossierImport {
  id
  fileName
  status
  total
  processed
  imported
  duplicates
  rejected
  failure
  createdAt
  finishedAt
}
    `, {"fragmentName":"DossierImportFields"}) as unknown as TypedDocumentString<DossierImportFieldsFragment, unknown>;
export const UnitReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitReportFields on UnitReport {
  id
  kindCode
  periodKey
  periodLabel
  periodStart
  periodEnd
  deadline
  unitId
  unit {
    id
    name
  }
  status
  locked
  narrative
  submittedOn
  submittedLate
  reviewComment
  exceptionUntil
  heldByUnitId
  figures {
    code
    groupName
    label
    projected
    value
    correctionReason
  }
  allowedActions
}
    `, {"fragmentName":"UnitReportFields"}) as unknown as TypedDocumentString<UnitReportFieldsFragment, unknown>;
export const ScorecardRateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScorecardRateFields on ScorecardRate {
  numerator
  denominator
  rate
}
    `, {"fragmentName":"ScorecardRateFields"}) as unknown as TypedDocumentString<ScorecardRateFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    accessToken
    refreshToken
    accessTokenExpiresAt
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  username
  fullName
  roles
  unit {
    id
    name
  }
  mustChangePassword
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    refreshToken
    accessTokenExpiresAt
  }
}
    `) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  username
  fullName
  roles
  unit {
    id
    name
  }
  mustChangePassword
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UserPageDocument = new TypedDocumentString(`
    query UserPage($search: String, $includeDeactivated: Boolean, $limit: Int, $offset: Int) {
  userPage(
    search: $search
    includeDeactivated: $includeDeactivated
    limit: $limit
    offset: $offset
  ) {
    total
    items {
      ...UserRowFields
    }
  }
}
    fragment UserRowFields on User {
  id
  username
  fullName
  roles
  unit {
    id
    name
  }
  mustChangePassword
  active
}`) as unknown as TypedDocumentString<UserPageQuery, UserPageQueryVariables>;
export const UnitOptionsDocument = new TypedDocumentString(`
    query UnitOptions {
  units {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UnitOptionsQuery, UnitOptionsQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    temporaryPassword
    user {
      ...UserRowFields
    }
  }
}
    fragment UserRowFields on User {
  id
  username
  fullName
  roles
  unit {
    id
    name
  }
  mustChangePassword
  active
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const SetUserAccessDocument = new TypedDocumentString(`
    mutation SetUserAccess($id: ID!, $roles: [Role!]!, $unitId: ID) {
  setUserAccess(id: $id, roles: $roles, unitId: $unitId) {
    ...UserRowFields
  }
}
    fragment UserRowFields on User {
  id
  username
  fullName
  roles
  unit {
    id
    name
  }
  mustChangePassword
  active
}`) as unknown as TypedDocumentString<SetUserAccessMutation, SetUserAccessMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    ...UserRowFields
  }
}
    fragment UserRowFields on User {
  id
  username
  fullName
  roles
  unit {
    id
    name
  }
  mustChangePassword
  active
}`) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(id: $id) {
    ...UserRowFields
  }
}
    fragment UserRowFields on User {
  id
  username
  fullName
  roles
  unit {
    id
    name
  }
  mustChangePassword
  active
}`) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox($filter: ComplaintFilter, $sort: ComplaintSort, $limit: Int, $offset: Int) {
  complaints(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
    total
    items {
      id
      trackingCode
      channel
      receivedDay
      status
      statusText {
        vi
        en
      }
      dueStatus
      regulation
      due {
        answer
        handle
      }
      units {
        name
        lead
      }
      classification {
        field
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const ComplaintDocument = new TypedDocumentString(`
    query Complaint($id: ID!) {
  complaint(id: $id) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ComplaintQuery, ComplaintQueryVariables>;
export const ReviewDocument = new TypedDocumentString(`
    query Review($id: ID!) {
  complaintPublicationReview(id: $id) {
    question
    questionSpans {
      start
      end
      kind
    }
    answer
    answerSpans {
      start
      end
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQuery, ReviewQueryVariables>;
export const ExportRegisterDocument = new TypedDocumentString(`
    mutation ExportRegister($from: Date!, $to: Date!) {
  exportComplaintRegister(from: $from, to: $to) {
    fileId
    name
    rows
  }
}
    `) as unknown as TypedDocumentString<ExportRegisterMutation, ExportRegisterMutationVariables>;
export const IntakeDocument = new TypedDocumentString(`
    mutation Intake($input: IntakeComplaintInput!) {
  intakeComplaint(input: $input) {
    complaint {
      id
    }
    receipt {
      trackingCode
      secret
      receivedAt
      receivedDay
      answerDue
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeMutation, IntakeMutationVariables>;
export const AnswerTemplatesDocument = new TypedDocumentString(`
    query AnswerTemplates($field: String) {
  complaintAnswerTemplates(field: $field) {
    id
    field
    title
    text
  }
}
    `) as unknown as TypedDocumentString<AnswerTemplatesQuery, AnswerTemplatesQueryVariables>;
export const CreateAnswerTemplateDocument = new TypedDocumentString(`
    mutation CreateAnswerTemplate($input: AnswerTemplateInput!) {
  createComplaintAnswerTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAnswerTemplateMutation, CreateAnswerTemplateMutationVariables>;
export const DeleteAnswerTemplateDocument = new TypedDocumentString(`
    mutation DeleteAnswerTemplate($id: ID!) {
  deleteComplaintAnswerTemplate(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAnswerTemplateMutation, DeleteAnswerTemplateMutationVariables>;
export const RetentionDocument = new TypedDocumentString(`
    query Retention {
  complaintPersonalDataRetention {
    months
    min
    max
  }
}
    `) as unknown as TypedDocumentString<RetentionQuery, RetentionQueryVariables>;
export const SetRetentionDocument = new TypedDocumentString(`
    mutation SetRetention($months: Int!) {
  updateComplaintPersonalDataRetention(months: $months) {
    months
    min
    max
  }
}
    `) as unknown as TypedDocumentString<SetRetentionMutation, SetRetentionMutationVariables>;
export const RevealSenderDocument = new TypedDocumentString(`
    mutation RevealSender($id: ID!, $reason: String!) {
  revealComplaintSender(id: $id, reason: $reason) {
    name
    address
    phone
    email
  }
}
    `) as unknown as TypedDocumentString<RevealSenderMutation, RevealSenderMutationVariables>;
export const ReissueSecretDocument = new TypedDocumentString(`
    mutation ReissueSecret($id: ID!, $reason: String!) {
  reissueComplaintSecret(id: $id, reason: $reason) {
    trackingCode
    secret
  }
}
    `) as unknown as TypedDocumentString<ReissueSecretMutation, ReissueSecretMutationVariables>;
export const ComplaintCountsByMonthDocument = new TypedDocumentString(`
    query ComplaintCountsByMonth($months: Int) {
  complaintCountsByMonth(months: $months) {
    month
    received
    handled
    overdue
  }
}
    `) as unknown as TypedDocumentString<ComplaintCountsByMonthQuery, ComplaintCountsByMonthQueryVariables>;
export const ClassifyComplaintDocument = new TypedDocumentString(`
    mutation ClassifyComplaint($id: ID!, $input: ClassifyInput!) {
  classifyComplaint(id: $id, input: $input) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ClassifyComplaintMutation, ClassifyComplaintMutationVariables>;
export const TransferComplaintDocument = new TypedDocumentString(`
    mutation TransferComplaint($id: ID!, $units: [AssignmentInput!]!) {
  transferComplaint(id: $id, units: $units) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<TransferComplaintMutation, TransferComplaintMutationVariables>;
export const DraftComplaintAnswerDocument = new TypedDocumentString(`
    mutation DraftComplaintAnswer($id: ID!, $text: String!, $documentNumber: String!, $documentDate: Date!) {
  draftComplaintAnswer(
    id: $id
    text: $text
    documentNumber: $documentNumber
    documentDate: $documentDate
  ) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<DraftComplaintAnswerMutation, DraftComplaintAnswerMutationVariables>;
export const ContributeToComplaintDocument = new TypedDocumentString(`
    mutation ContributeToComplaint($id: ID!, $text: String!) {
  contributeToComplaint(id: $id, text: $text) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ContributeToComplaintMutation, ContributeToComplaintMutationVariables>;
export const ApproveComplaintAnswerDocument = new TypedDocumentString(`
    mutation ApproveComplaintAnswer($id: ID!, $reason: String) {
  approveComplaintAnswer(id: $id, reason: $reason) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ApproveComplaintAnswerMutation, ApproveComplaintAnswerMutationVariables>;
export const ReturnComplaintAnswerDocument = new TypedDocumentString(`
    mutation ReturnComplaintAnswer($id: ID!, $reason: String!) {
  returnComplaintAnswer(id: $id, reason: $reason) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ReturnComplaintAnswerMutation, ReturnComplaintAnswerMutationVariables>;
export const SendComplaintAnswerDocument = new TypedDocumentString(`
    mutation SendComplaintAnswer($id: ID!) {
  sendComplaintAnswer(id: $id) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<SendComplaintAnswerMutation, SendComplaintAnswerMutationVariables>;
export const PublishComplaintDocument = new TypedDocumentString(`
    mutation PublishComplaint($id: ID!, $publishedQuestion: String!, $publishedText: String!, $personalDataRemovedConfirmed: Boolean!) {
  publishComplaint(
    id: $id
    publishedQuestion: $publishedQuestion
    publishedText: $publishedText
    personalDataRemovedConfirmed: $personalDataRemovedConfirmed
  ) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<PublishComplaintMutation, PublishComplaintMutationVariables>;
export const PauseComplaintDocument = new TypedDocumentString(`
    mutation PauseComplaint($id: ID!, $reason: String!) {
  pauseComplaint(id: $id, reason: $reason) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<PauseComplaintMutation, PauseComplaintMutationVariables>;
export const ResumeComplaintDocument = new TypedDocumentString(`
    mutation ResumeComplaint($id: ID!, $reason: String) {
  resumeComplaint(id: $id, reason: $reason) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ResumeComplaintMutation, ResumeComplaintMutationVariables>;
export const ExtendComplaintDocument = new TypedDocumentString(`
    mutation ExtendComplaint($id: ID!, $reason: String!) {
  extendComplaint(id: $id, reason: $reason) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ExtendComplaintMutation, ExtendComplaintMutationVariables>;
export const ReturnComplaintDocument = new TypedDocumentString(`
    mutation ReturnComplaint($id: ID!, $reason: String!, $guidance: String!) {
  returnComplaint(id: $id, reason: $reason, guidance: $guidance) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<ReturnComplaintMutation, ReturnComplaintMutationVariables>;
export const MergeComplaintDocument = new TypedDocumentString(`
    mutation MergeComplaint($id: ID!, $intoId: ID!) {
  mergeComplaint(id: $id, intoId: $intoId) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<MergeComplaintMutation, MergeComplaintMutationVariables>;
export const CloseComplaintDocument = new TypedDocumentString(`
    mutation CloseComplaint($id: ID!, $reason: String) {
  closeComplaint(id: $id, reason: $reason) {
    ...ComplaintDetailFields
  }
}
    fragment ComplaintDetailFields on Complaint {
  id
  trackingCode
  channel
  receivedAt
  receivedDay
  status
  statusText {
    vi
    en
  }
  regulation
  content
  classification {
    kind
    category
    field
    regulation
    concernedUnitId
  }
  units {
    unitId
    name
    lead
  }
  due {
    classify
    outOfScopeTransfer
    handle
    answer
  }
  dueStatus
  extended
  extensionReason
  pauses {
    from
    to
    reason
  }
  senderHidden
  sender {
    name
    address
    phone
    email
  }
  answer {
    id
    unitId
    text
    documentNumber
    documentDate
    status
    reviewReason
  }
  contributions {
    unitId
    text
    at
  }
  publishedQuestion
  publishedText
  rating {
    satisfied
    ratedAt
    comment
  }
  returnedReason
  returnedGuidance
  mergedInto {
    id
    trackingCode
  }
  attachments {
    fileId
    name
    type
    size
    url
  }
  auditTrail {
    at
    actorId
    action
    reason
    fromStatus
    toStatus
  }
  duplicateSuggestions {
    score
    complaint {
      id
      trackingCode
      regulation
    }
  }
  allowedActions
}`) as unknown as TypedDocumentString<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const HomeComplaintsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<HomeComplaintsQuery, HomeComplaintsQueryVariables>;
export const HomeOccurrencesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<HomeOccurrencesQuery, HomeOccurrencesQueryVariables>;
export const HomePlansDocument = new TypedDocumentString(`
    query HomePlans {
  plans {
    id
    title
    status
    unitPlanDeadline
  }
}
    `) as unknown as TypedDocumentString<HomePlansQuery, HomePlansQueryVariables>;
export const HomeAwaitingReviewDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<HomeAwaitingReviewQuery, HomeAwaitingReviewQueryVariables>;
export const InspectionsListDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<InspectionsListQuery, InspectionsListQueryVariables>;
export const UnitOpenRecommendationsDocument = new TypedDocumentString(`
    query UnitOpenRecommendations($unitId: ID!, $limit: Int, $offset: Int) {
  recommendations(unitId: $unitId, open: true, limit: $limit, offset: $offset) {
    total
    items {
      ...RecommendationFields
    }
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<UnitOpenRecommendationsQuery, UnitOpenRecommendationsQueryVariables>;
export const InspectionPlansDocument = new TypedDocumentString(`
    query InspectionPlans($year: Int) {
  inspectionPlans(year: $year) {
    ...InspectionPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<InspectionPlansQuery, InspectionPlansQueryVariables>;
export const InspectionPlanDocument = new TypedDocumentString(`
    query InspectionPlan($id: ID!) {
  inspectionPlan(id: $id) {
    ...InspectionPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<InspectionPlanQuery, InspectionPlanQueryVariables>;
export const CreateInspectionPlanDocument = new TypedDocumentString(`
    mutation CreateInspectionPlan($input: InspectionPlanInput!) {
  createInspectionPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateInspectionPlanMutation, CreateInspectionPlanMutationVariables>;
export const UpdateInspectionPlanDocument = new TypedDocumentString(`
    mutation UpdateInspectionPlan($id: ID!, $input: InspectionPlanUpdateInput!) {
  updateInspectionPlan(id: $id, input: $input) {
    ...InspectionPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<UpdateInspectionPlanMutation, UpdateInspectionPlanMutationVariables>;
export const ApproveInspectionPlanDocument = new TypedDocumentString(`
    mutation ApproveInspectionPlan($id: ID!) {
  approveInspectionPlan(id: $id) {
    ...InspectionPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<ApproveInspectionPlanMutation, ApproveInspectionPlanMutationVariables>;
export const InspectionTeamCandidatesDocument = new TypedDocumentString(`
    query InspectionTeamCandidates {
  users {
    id
    fullName
    roles
  }
}
    `) as unknown as TypedDocumentString<InspectionTeamCandidatesQuery, InspectionTeamCandidatesQueryVariables>;
export const InspectionDocument = new TypedDocumentString(`
    query Inspection($id: ID!) {
  inspection(id: $id) {
    ...InspectionDetailFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<InspectionQuery, InspectionQueryVariables>;
export const FormInspectionTeamDocument = new TypedDocumentString(`
    mutation FormInspectionTeam($id: ID!, $input: InspectionTeamInput!) {
  formInspectionTeam(id: $id, input: $input) {
    ...InspectionDetailFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<FormInspectionTeamMutation, FormInspectionTeamMutationVariables>;
export const StartInspectionDocument = new TypedDocumentString(`
    mutation StartInspection($id: ID!) {
  startInspection(id: $id) {
    ...InspectionDetailFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<StartInspectionMutation, StartInspectionMutationVariables>;
export const RecordSelfAssessmentDocument = new TypedDocumentString(`
    mutation RecordSelfAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!, $submit: Boolean) {
  recordSelfAssessment(id: $id, answers: $answers, submit: $submit) {
    ...InspectionDetailFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<RecordSelfAssessmentMutation, RecordSelfAssessmentMutationVariables>;
export const RecordTeamAssessmentDocument = new TypedDocumentString(`
    mutation RecordTeamAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!) {
  recordTeamAssessment(id: $id, answers: $answers) {
    ...InspectionDetailFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<RecordTeamAssessmentMutation, RecordTeamAssessmentMutationVariables>;
export const ConcludeInspectionDocument = new TypedDocumentString(`
    mutation ConcludeInspection($id: ID!, $input: ConclusionInput!) {
  concludeInspection(id: $id, input: $input) {
    ...InspectionDetailFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<ConcludeInspectionMutation, ConcludeInspectionMutationVariables>;
export const CloseInspectionDocument = new TypedDocumentString(`
    mutation CloseInspection($id: ID!) {
  closeInspection(id: $id) {
    ...InspectionDetailFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<CloseInspectionMutation, CloseInspectionMutationVariables>;
export const ExportInspectionRecordDocument = new TypedDocumentString(`
    mutation ExportInspectionRecord($id: ID!) {
  exportInspectionRecord(id: $id) {
    ...InspectionFileFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}`) as unknown as TypedDocumentString<ExportInspectionRecordMutation, ExportInspectionRecordMutationVariables>;
export const RecordFindingDocument = new TypedDocumentString(`
    mutation RecordFinding($inspectionId: ID!, $input: FindingInput!) {
  recordFinding(inspectionId: $inspectionId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordFindingMutation, RecordFindingMutationVariables>;
export const IssueRecommendationDocument = new TypedDocumentString(`
    mutation IssueRecommendation($findingId: ID!, $input: RecommendationInput!) {
  issueRecommendation(findingId: $findingId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IssueRecommendationMutation, IssueRecommendationMutationVariables>;
export const RecommendationsDocument = new TypedDocumentString(`
    query Recommendations($status: RecommendationStatus, $limit: Int, $offset: Int) {
  recommendations(status: $status, limit: $limit, offset: $offset) {
    total
    items {
      ...RecommendationFields
    }
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<RecommendationsQuery, RecommendationsQueryVariables>;
export const AnswerRecommendationDocument = new TypedDocumentString(`
    mutation AnswerRecommendation($id: ID!, $answer: String!) {
  answerRecommendation(id: $id, answer: $answer) {
    ...RecommendationFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<AnswerRecommendationMutation, AnswerRecommendationMutationVariables>;
export const VerifyRecommendationDocument = new TypedDocumentString(`
    mutation VerifyRecommendation($id: ID!, $accepted: Boolean!, $reason: String) {
  verifyRecommendation(id: $id, accepted: $accepted, reason: $reason) {
    ...RecommendationFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<VerifyRecommendationMutation, VerifyRecommendationMutationVariables>;
export const CarryOverRecommendationDocument = new TypedDocumentString(`
    mutation CarryOverRecommendation($id: ID!, $reason: String!) {
  carryOverRecommendation(id: $id, reason: $reason) {
    ...RecommendationFields
  }
}
    fragment InspectionFileFields on InspectionFile {
  id
  name
  url
}
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
}`) as unknown as TypedDocumentString<CarryOverRecommendationMutation, CarryOverRecommendationMutationVariables>;
export const RiskRankingDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RiskRankingQuery, RiskRankingQueryVariables>;
export const RiskWeightsDocument = new TypedDocumentString(`
    query RiskWeights {
  riskWeights {
    kind
    weight
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<RiskWeightsQuery, RiskWeightsQueryVariables>;
export const SetRiskWeightsDocument = new TypedDocumentString(`
    mutation SetRiskWeights($weights: [RiskWeightInput!]!) {
  setRiskWeights(weights: $weights) {
    kind
    weight
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SetRiskWeightsMutation, SetRiskWeightsMutationVariables>;
export const ScheduleSuggestedInspectionDocument = new TypedDocumentString(`
    mutation ScheduleSuggestedInspection($input: SuggestedInspectionInput!) {
  scheduleSuggestedInspection(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleSuggestedInspectionMutation, ScheduleSuggestedInspectionMutationVariables>;
export const InspectionCalendarDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<InspectionCalendarQuery, InspectionCalendarQueryVariables>;
export const ChecklistTemplatesDocument = new TypedDocumentString(`
    query ChecklistTemplates {
  checklistTemplates {
    ...ChecklistTemplateFields
  }
}
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
}`) as unknown as TypedDocumentString<ChecklistTemplatesQuery, ChecklistTemplatesQueryVariables>;
export const ReviseChecklistTemplateDocument = new TypedDocumentString(`
    mutation ReviseChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {
  reviseChecklistTemplate(id: $id, input: $input) {
    ...ChecklistTemplateFields
  }
}
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
}`) as unknown as TypedDocumentString<ReviseChecklistTemplateMutation, ReviseChecklistTemplateMutationVariables>;
export const NotificationPageDocument = new TypedDocumentString(`
    query NotificationPage($unreadOnly: Boolean, $limit: Int, $offset: Int) {
  myNotificationPage(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {
    total
    items {
      id
      kind
      title
      body
      link
      createdAt
      readAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationPageQuery, NotificationPageQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  myUnreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id)
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const PlansDocument = new TypedDocumentString(`
    query Plans {
  plans {
    ...PlanSummaryFields
  }
}
    fragment ProgressFields on Progress {
  total
  done
  inProgress
  blocked
  notStarted
  overdue
  percentDone
}
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
}`) as unknown as TypedDocumentString<PlansQuery, PlansQueryVariables>;
export const LinkTaskDocument = new TypedDocumentString(`
    mutation LinkTask($taskId: ID!, $kind: ActivityKind) {
  linkTask(taskId: $taskId, kind: $kind) {
    id
    activityKind
  }
}
    `) as unknown as TypedDocumentString<LinkTaskMutation, LinkTaskMutationVariables>;
export const PlanDocument = new TypedDocumentString(`
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
    fragment ProgressFields on Progress {
  total
  done
  inProgress
  blocked
  notStarted
  overdue
  percentDone
}
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
}`) as unknown as TypedDocumentString<PlanQuery, PlanQueryVariables>;
export const IssuePlanDocument = new TypedDocumentString(`
    mutation IssuePlan($id: ID!) {
  issuePlan(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<IssuePlanMutation, IssuePlanMutationVariables>;
export const MyOccurrencesDocument = new TypedDocumentString(`
    query MyOccurrences($status: OccurrenceStatus, $overdue: Boolean, $planId: ID) {
  myOccurrences(status: $status, overdue: $overdue, planId: $planId) {
    ...OccurrenceFields
  }
}
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
}`) as unknown as TypedDocumentString<MyOccurrencesQuery, MyOccurrencesQueryVariables>;
export const PlanOccurrencesDocument = new TypedDocumentString(`
    query PlanOccurrences($planId: ID!, $filter: OccurrenceFilter) {
  occurrences(planId: $planId, filter: $filter) {
    ...OccurrenceFields
  }
}
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
}`) as unknown as TypedDocumentString<PlanOccurrencesQuery, PlanOccurrencesQueryVariables>;
export const ReportProgressDocument = new TypedDocumentString(`
    mutation ReportProgress($id: ID!, $input: ProgressReportInput!) {
  reportProgress(occurrenceId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportProgressMutation, ReportProgressMutationVariables>;
export const ReviewProgressDocument = new TypedDocumentString(`
    mutation ReviewProgress($id: ID!, $decision: ReviewDecision!, $comment: String) {
  reviewProgress(reportId: $id, decision: $decision, comment: $comment) {
    id
    reviewState
  }
}
    `) as unknown as TypedDocumentString<ReviewProgressMutation, ReviewProgressMutationVariables>;
export const PreviewPlanImportDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PreviewPlanImportQuery, PreviewPlanImportQueryVariables>;
export const ImportPlanDocument = new TypedDocumentString(`
    mutation ImportPlan($input: PlanDocumentInput!) {
  importPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportPlanMutation, ImportPlanMutationVariables>;
export const UnitPlanBoardDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<UnitPlanBoardQuery, UnitPlanBoardQueryVariables>;
export const MyUnitPlanDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyUnitPlanQuery, MyUnitPlanQueryVariables>;
export const GenerateUnitPlanDraftDocument = new TypedDocumentString(`
    mutation GenerateUnitPlanDraft($planId: ID!) {
  generateUnitPlanDraft(planId: $planId) {
    ...UnitPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<GenerateUnitPlanDraftMutation, GenerateUnitPlanDraftMutationVariables>;
export const UpdateUnitPlanDraftDocument = new TypedDocumentString(`
    mutation UpdateUnitPlanDraft($planId: ID!, $input: UnitPlanDraftInput!) {
  updateUnitPlanDraft(planId: $planId, input: $input) {
    ...UnitPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<UpdateUnitPlanDraftMutation, UpdateUnitPlanDraftMutationVariables>;
export const SubmitUnitPlanDocument = new TypedDocumentString(`
    mutation SubmitUnitPlan($planId: ID!) {
  submitUnitPlan(planId: $planId) {
    ...UnitPlanFields
  }
}
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
}`) as unknown as TypedDocumentString<SubmitUnitPlanMutation, SubmitUnitPlanMutationVariables>;
export const ReviewUnitPlanDocument = new TypedDocumentString(`
    mutation ReviewUnitPlan($planId: ID!, $unitId: ID!, $decision: ReviewDecision!, $comment: String) {
  reviewUnitPlan(
    planId: $planId
    unitId: $unitId
    decision: $decision
    comment: $comment
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewUnitPlanMutation, ReviewUnitPlanMutationVariables>;
export const FocalOfficersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FocalOfficersQuery, FocalOfficersQueryVariables>;
export const ChangeFocalOfficersDocument = new TypedDocumentString(`
    mutation ChangeFocalOfficers($unitId: ID!, $input: FocalOfficerChangeInput!) {
  changeFocalOfficers(unitId: $unitId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeFocalOfficersMutation, ChangeFocalOfficersMutationVariables>;
export const ExportPlanDocxDocument = new TypedDocumentString(`
    mutation ExportPlanDocx($planId: ID!) {
  exportPlanDocx(planId: $planId) {
    id
    name
    url
  }
}
    `) as unknown as TypedDocumentString<ExportPlanDocxMutation, ExportPlanDocxMutationVariables>;
export const QuarterTimelineDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<QuarterTimelineQuery, QuarterTimelineQueryVariables>;
export const ReorganisationDecisionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReorganisationDecisionsQuery, ReorganisationDecisionsQueryVariables>;
export const ReorganisationDecisionDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReorganisationDecisionQuery, ReorganisationDecisionQueryVariables>;
export const ReorganisationPreviewDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReorganisationPreviewQuery, ReorganisationPreviewQueryVariables>;
export const CreateReorganisationDecisionDocument = new TypedDocumentString(`
    mutation CreateReorganisationDecision($input: ReorganisationDecisionInput!) {
  createReorganisationDecision(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReorganisationDecisionMutation, CreateReorganisationDecisionMutationVariables>;
export const ScheduleReorganisationDecisionDocument = new TypedDocumentString(`
    mutation ScheduleReorganisationDecision($id: ID!) {
  scheduleReorganisationDecision(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ScheduleReorganisationDecisionMutation, ScheduleReorganisationDecisionMutationVariables>;
export const ReportingDashboardDocument = new TypedDocumentString(`
    query ReportingDashboard($from: Date!, $to: Date!, $first: Int) {
  reportingDashboard(from: $from, to: $to, first: $first) {
    from
    to
    unitId
    planProgress {
      total
      items {
        unitId
        unitName
        doneOnTime
        doneLate
        openOverdue
      }
    }
    complaintsByMonth {
      month
      received
      handled
      overdue
    }
    complaintsByUnit {
      total
      items {
        unitId
        unitName
        received
        handled
        overdue
      }
    }
    dossiers {
      total
      items {
        unitId
        unitName
        onTime
        late
        onTimeRate
      }
    }
    inspections {
      total
      items {
        unitId
        unitName
        concluded
        recommendationsOpen
        recommendationsOverdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportingDashboardQuery, ReportingDashboardQueryVariables>;
export const DashboardIndexDocument = new TypedDocumentString(`
    query DashboardIndex($month: String!, $first: Int, $offset: Int) {
  serviceQualityIndex(month: $month, first: $first, offset: $offset) {
    total
    items {
      unitId
      unitName
      total
      rank
      rankedUnits
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardIndexQuery, DashboardIndexQueryVariables>;
export const DashboardPlansDocument = new TypedDocumentString(`
    query DashboardPlans {
  plans {
    id
    year
    lastYear
    title
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardPlansQuery, DashboardPlansQueryVariables>;
export const DashboardPlanSectionsDocument = new TypedDocumentString(`
    query DashboardPlanSections($id: ID!) {
  plan(id: $id) {
    id
    sections {
      id
      number
      title
      progress {
        total
        percentDone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPlanSectionsQuery, DashboardPlanSectionsQueryVariables>;
export const DossierResolutionsDocument = new TypedDocumentString(`
    query DossierResolutions($unitId: ID!, $from: Date!, $to: Date!, $outcome: DossierOutcome!, $first: Int, $offset: Int) {
  dossierResolutions(
    unitId: $unitId
    from: $from
    to: $to
    outcome: $outcome
    first: $first
    offset: $offset
  ) {
    total
    items {
      id
      dossierCode
      step
      day
      timeliness
    }
  }
}
    `) as unknown as TypedDocumentString<DossierResolutionsQuery, DossierResolutionsQueryVariables>;
export const FigureRecordsDocument = new TypedDocumentString(`
    query FigureRecords($figure: DashboardFigure!, $unitId: ID, $from: Date!, $to: Date!, $first: Int, $offset: Int) {
  figureRecords(
    figure: $figure
    unitId: $unitId
    from: $from
    to: $to
    first: $first
    offset: $offset
  ) {
    total
    items {
      id
      day
      occurrence {
        id
        label
        dueDay
        status
        review
        unitName
        task {
          id
          label
        }
        plan {
          id
          title
        }
      }
      complaint {
        id
        trackingCode
        receivedDay
        currentDue
        statusText {
          vi
          en
        }
      }
      inspection {
        id
        focus
        type
        status
        unitName
      }
      recommendation {
        id
        inspectionId
        text
        dueDay
        status
        responsibleUnitName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FigureRecordsQuery, FigureRecordsQueryVariables>;
export const DossierImportsDocument = new TypedDocumentString(`
    query DossierImports($first: Int, $offset: Int) {
  dossierImports(first: $first, offset: $offset) {
    total
    items {
      ...DossierImportFields
    }
  }
}
    fragment DossierImportFields on DossierImport {
  id
  fileName
  status
  total
  processed
  imported
  duplicates
  rejected
  failure
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<DossierImportsQuery, DossierImportsQueryVariables>;
export const DossierImportDocument = new TypedDocumentString(`
    query DossierImport($id: ID!) {
  dossierImport(id: $id) {
    ...DossierImportFields
  }
}
    fragment DossierImportFields on DossierImport {
  id
  fileName
  status
  total
  processed
  imported
  duplicates
  rejected
  failure
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<DossierImportQuery, DossierImportQueryVariables>;
export const DossierImportRejectionsDocument = new TypedDocumentString(`
    query DossierImportRejections($importId: ID!, $first: Int, $offset: Int) {
  dossierImportRejections(importId: $importId, first: $first, offset: $offset) {
    total
    items {
      row
      cells
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<DossierImportRejectionsQuery, DossierImportRejectionsQueryVariables>;
export const DossierImportRejectionReportDocument = new TypedDocumentString(`
    query DossierImportRejectionReport($importId: ID!) {
  dossierImportRejectionReport(importId: $importId) {
    fileName
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<DossierImportRejectionReportQuery, DossierImportRejectionReportQueryVariables>;
export const DossierImportTemplateDocument = new TypedDocumentString(`
    query DossierImportTemplate($format: DossierTemplateFormat!) {
  dossierImportTemplate(format: $format) {
    fileName
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<DossierImportTemplateQuery, DossierImportTemplateQueryVariables>;
export const ImportDossierFileDocument = new TypedDocumentString(`
    mutation ImportDossierFile($fileName: String!, $contentBase64: String!) {
  importDossierFile(fileName: $fileName, contentBase64: $contentBase64) {
    ...DossierImportFields
  }
}
    fragment DossierImportFields on DossierImport {
  id
  fileName
  status
  total
  processed
  imported
  duplicates
  rejected
  failure
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<ImportDossierFileMutation, ImportDossierFileMutationVariables>;
export const ServiceQualityIndexDocument = new TypedDocumentString(`
    query ServiceQualityIndex($month: String!, $first: Int, $offset: Int) {
  serviceQualityIndex(month: $month, first: $first, offset: $offset) {
    month
    hasFigures
    total
    items {
      month
      unitId
      unitName
      total
      maxTotal
      rank
      rankedUnits
      previousTotal
      previousRank
      change
      trend
      indicators {
        indicator {
          code
          groupName
          groupNameEn
          name
          nameEn
          manual
          target
          maxPoints
          source
        }
        numerator
        denominator
        rate
        points
        pointsLost
        valueSource
      }
      pointsLost {
        indicator {
          code
        }
        pointsLost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceQualityIndexQuery, ServiceQualityIndexQueryVariables>;
export const UnitServiceQualityDocument = new TypedDocumentString(`
    query UnitServiceQuality($unitId: ID!, $fromMonth: String!, $toMonth: String!) {
  unitServiceQuality(unitId: $unitId, fromMonth: $fromMonth, toMonth: $toMonth) {
    month
    total
    rank
  }
}
    `) as unknown as TypedDocumentString<UnitServiceQualityQuery, UnitServiceQualityQueryVariables>;
export const IndexIndicatorsDocument = new TypedDocumentString(`
    query IndexIndicators {
  indexIndicators {
    code
    name
    nameEn
    manual
  }
}
    `) as unknown as TypedDocumentString<IndexIndicatorsQuery, IndexIndicatorsQueryVariables>;
export const RecordIndexIndicatorDocument = new TypedDocumentString(`
    mutation RecordIndexIndicator($unitId: ID!, $month: String!, $indicatorCode: String!, $numerator: Int!, $denominator: Int!, $source: String!) {
  recordIndexIndicator(
    unitId: $unitId
    month: $month
    indicatorCode: $indicatorCode
    numerator: $numerator
    denominator: $denominator
    source: $source
  ) {
    unitId
    month
    total
  }
}
    `) as unknown as TypedDocumentString<RecordIndexIndicatorMutation, RecordIndexIndicatorMutationVariables>;
export const ReportKindsDocument = new TypedDocumentString(`
    query ReportKinds {
  reportKinds {
    code
    nameText {
      vi
      en
    }
    periodKind
    cutoffDay
    deadlineWorkingDays
    source
  }
}
    `) as unknown as TypedDocumentString<ReportKindsQuery, ReportKindsQueryVariables>;
export const ReportCompletenessDocument = new TypedDocumentString(`
    query ReportCompleteness($kindCode: String!, $periodKey: String!) {
  reportCompleteness(kindCode: $kindCode, periodKey: $periodKey) {
    expected
    submitted
    accepted
    onTime
    late
    missing
    locked
  }
}
    `) as unknown as TypedDocumentString<ReportCompletenessQuery, ReportCompletenessQueryVariables>;
export const UnitReportsDocument = new TypedDocumentString(`
    query UnitReports($kindCode: String, $periodKey: String, $status: String, $first: Int, $offset: Int) {
  unitReports(
    kindCode: $kindCode
    periodKey: $periodKey
    status: $status
    first: $first
    offset: $offset
  ) {
    total
    items {
      id
      unitId
      unit {
        id
        name
      }
      periodLabel
      deadline
      status
      locked
      submittedOn
      submittedLate
      exceptionUntil
    }
  }
}
    `) as unknown as TypedDocumentString<UnitReportsQuery, UnitReportsQueryVariables>;
export const UnitReportDocument = new TypedDocumentString(`
    query UnitReport($id: ID!) {
  unitReport(id: $id) {
    ...UnitReportFields
  }
}
    fragment UnitReportFields on UnitReport {
  id
  kindCode
  periodKey
  periodLabel
  periodStart
  periodEnd
  deadline
  unitId
  unit {
    id
    name
  }
  status
  locked
  narrative
  submittedOn
  submittedLate
  reviewComment
  exceptionUntil
  heldByUnitId
  figures {
    code
    groupName
    label
    projected
    value
    correctionReason
  }
  allowedActions
}`) as unknown as TypedDocumentString<UnitReportQuery, UnitReportQueryVariables>;
export const GenerateExpectedReportsDocument = new TypedDocumentString(`
    mutation GenerateExpectedReports($kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {
  generateExpectedReports(
    kindCode: $kindCode
    year: $year
    index: $index
    start: $start
    end: $end
  )
}
    `) as unknown as TypedDocumentString<GenerateExpectedReportsMutation, GenerateExpectedReportsMutationVariables>;
export const SaveReportNarrativeDocument = new TypedDocumentString(`
    mutation SaveReportNarrative($id: ID!, $narrative: String!) {
  saveReportNarrative(id: $id, narrative: $narrative) {
    ...UnitReportFields
  }
}
    fragment UnitReportFields on UnitReport {
  id
  kindCode
  periodKey
  periodLabel
  periodStart
  periodEnd
  deadline
  unitId
  unit {
    id
    name
  }
  status
  locked
  narrative
  submittedOn
  submittedLate
  reviewComment
  exceptionUntil
  heldByUnitId
  figures {
    code
    groupName
    label
    projected
    value
    correctionReason
  }
  allowedActions
}`) as unknown as TypedDocumentString<SaveReportNarrativeMutation, SaveReportNarrativeMutationVariables>;
export const CorrectReportFigureDocument = new TypedDocumentString(`
    mutation CorrectReportFigure($id: ID!, $indicatorCode: String!, $value: Int!, $reason: String!) {
  correctReportFigure(
    id: $id
    indicatorCode: $indicatorCode
    value: $value
    reason: $reason
  ) {
    ...UnitReportFields
  }
}
    fragment UnitReportFields on UnitReport {
  id
  kindCode
  periodKey
  periodLabel
  periodStart
  periodEnd
  deadline
  unitId
  unit {
    id
    name
  }
  status
  locked
  narrative
  submittedOn
  submittedLate
  reviewComment
  exceptionUntil
  heldByUnitId
  figures {
    code
    groupName
    label
    projected
    value
    correctionReason
  }
  allowedActions
}`) as unknown as TypedDocumentString<CorrectReportFigureMutation, CorrectReportFigureMutationVariables>;
export const SubmitUnitReportDocument = new TypedDocumentString(`
    mutation SubmitUnitReport($id: ID!) {
  submitUnitReport(id: $id) {
    ...UnitReportFields
  }
}
    fragment UnitReportFields on UnitReport {
  id
  kindCode
  periodKey
  periodLabel
  periodStart
  periodEnd
  deadline
  unitId
  unit {
    id
    name
  }
  status
  locked
  narrative
  submittedOn
  submittedLate
  reviewComment
  exceptionUntil
  heldByUnitId
  figures {
    code
    groupName
    label
    projected
    value
    correctionReason
  }
  allowedActions
}`) as unknown as TypedDocumentString<SubmitUnitReportMutation, SubmitUnitReportMutationVariables>;
export const AcceptUnitReportDocument = new TypedDocumentString(`
    mutation AcceptUnitReport($id: ID!, $comment: String) {
  acceptUnitReport(id: $id, comment: $comment) {
    ...UnitReportFields
  }
}
    fragment UnitReportFields on UnitReport {
  id
  kindCode
  periodKey
  periodLabel
  periodStart
  periodEnd
  deadline
  unitId
  unit {
    id
    name
  }
  status
  locked
  narrative
  submittedOn
  submittedLate
  reviewComment
  exceptionUntil
  heldByUnitId
  figures {
    code
    groupName
    label
    projected
    value
    correctionReason
  }
  allowedActions
}`) as unknown as TypedDocumentString<AcceptUnitReportMutation, AcceptUnitReportMutationVariables>;
export const ReturnUnitReportDocument = new TypedDocumentString(`
    mutation ReturnUnitReport($id: ID!, $comment: String!) {
  returnUnitReport(id: $id, comment: $comment) {
    ...UnitReportFields
  }
}
    fragment UnitReportFields on UnitReport {
  id
  kindCode
  periodKey
  periodLabel
  periodStart
  periodEnd
  deadline
  unitId
  unit {
    id
    name
  }
  status
  locked
  narrative
  submittedOn
  submittedLate
  reviewComment
  exceptionUntil
  heldByUnitId
  figures {
    code
    groupName
    label
    projected
    value
    correctionReason
  }
  allowedActions
}`) as unknown as TypedDocumentString<ReturnUnitReportMutation, ReturnUnitReportMutationVariables>;
export const GrantReportExceptionDocument = new TypedDocumentString(`
    mutation GrantReportException($id: ID!, $until: Date!) {
  grantReportException(id: $id, until: $until) {
    ...UnitReportFields
  }
}
    fragment UnitReportFields on UnitReport {
  id
  kindCode
  periodKey
  periodLabel
  periodStart
  periodEnd
  deadline
  unitId
  unit {
    id
    name
  }
  status
  locked
  narrative
  submittedOn
  submittedLate
  reviewComment
  exceptionUntil
  heldByUnitId
  figures {
    code
    groupName
    label
    projected
    value
    correctionReason
  }
  allowedActions
}`) as unknown as TypedDocumentString<GrantReportExceptionMutation, GrantReportExceptionMutationVariables>;
export const CityReportsDocument = new TypedDocumentString(`
    query CityReports($kindCode: String!, $periodKey: String!, $first: Int, $offset: Int) {
  cityReports(
    kindCode: $kindCode
    periodKey: $periodKey
    first: $first
    offset: $offset
  ) {
    total
    items {
      id
      number
      issuedOn
      expected
      received
      accepted
      docx {
        id
        name
        url
      }
      xlsx {
        id
        name
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CityReportsQuery, CityReportsQueryVariables>;
export const IssueCityReportDocument = new TypedDocumentString(`
    mutation IssueCityReport($kindCode: String!, $periodKey: String!) {
  issueCityReport(kindCode: $kindCode, periodKey: $periodKey) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<IssueCityReportMutation, IssueCityReportMutationVariables>;
export const UnitScorecardDocument = new TypedDocumentString(`
    query UnitScorecard($unitId: ID!, $kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {
  unitScorecard(
    unitId: $unitId
    kindCode: $kindCode
    year: $year
    index: $index
    start: $start
    end: $end
  ) {
    unitId
    unitName
    periodLabel
    periodStart
    periodEnd
    planOccurrencesOnTime {
      ...ScorecardRateFields
    }
    paknOnTime {
      ...ScorecardRateFields
    }
    recommendationsClosedOnTime {
      ...ScorecardRateFields
    }
    reportsOnTime {
      ...ScorecardRateFields
    }
    dossiersOnTime {
      ...ScorecardRateFields
    }
    index {
      month
      total
      maxTotal
      rank
      rankedUnits
    }
  }
}
    fragment ScorecardRateFields on ScorecardRate {
  numerator
  denominator
  rate
}`) as unknown as TypedDocumentString<UnitScorecardQuery, UnitScorecardQueryVariables>;
export const UnitsDocument = new TypedDocumentString(`
    query Units($asOf: Date, $levelCode: String, $search: String) {
  units(asOf: $asOf, levelCode: $levelCode, search: $search) {
    id
    code
    name
    nameAt(asOf: $asOf)
    shortName
    validFrom
    validTo
    level {
      code
      name
      rank
    }
    parent(asOf: $asOf) {
      id
      nameAt(asOf: $asOf)
    }
  }
}
    `) as unknown as TypedDocumentString<UnitsQuery, UnitsQueryVariables>;
export const UnitLevelsDocument = new TypedDocumentString(`
    query UnitLevels {
  unitLevels {
    code
    name
    rank
  }
}
    `) as unknown as TypedDocumentString<UnitLevelsQuery, UnitLevelsQueryVariables>;
export const UnitsAsOfDocument = new TypedDocumentString(`
    query UnitsAsOf($asOf: Date) {
  units(asOf: $asOf) {
    id
    nameAt(asOf: $asOf)
    level {
      code
      rank
    }
  }
}
    `) as unknown as TypedDocumentString<UnitsAsOfQuery, UnitsAsOfQueryVariables>;
export const UnitNameDocument = new TypedDocumentString(`
    query UnitName($id: ID!) {
  unit(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UnitNameQuery, UnitNameQueryVariables>;
export const UnitHistoryDocument = new TypedDocumentString(`
    query UnitHistory($id: ID!) {
  unit(id: $id) {
    id
    code
    name
    shortName
    alternativeNames
    validFrom
    validTo
    level {
      code
      name
    }
    parent {
      id
      name
    }
    history {
      name
      shortName
      levelCode
      validFrom
      validTo
    }
    currentSuccessors {
      unit {
        id
        name
      }
      workKinds
    }
    parentHistory {
      parent {
        id
        name
      }
      validFrom
      validTo
    }
    predecessors {
      unit {
        id
        name
      }
      workKinds
      effectiveFrom
      decisionNumber
    }
  }
}
    `) as unknown as TypedDocumentString<UnitHistoryQuery, UnitHistoryQueryVariables>;
export const LookupDocument = new TypedDocumentString(`
    query Lookup($code: String!, $secret: String!) {
  lookupComplaint(trackingCode: $code, secret: $secret) {
    trackingCode
    statusText {
      vi
      en
    }
    receivedDay
    answerDue
    paused
    answerText
    answerDocumentNumber
    answerDocumentDate
    returnedReason
    returnedGuidance
    mergedIntoTrackingCode
    canRate
    rating {
      satisfied
      ratedAt
    }
  }
}
    `) as unknown as TypedDocumentString<LookupQuery, LookupQueryVariables>;
export const RateAnswerDocument = new TypedDocumentString(`
    mutation RateAnswer($code: String!, $secret: String!, $satisfied: Boolean!, $comment: String) {
  rateComplaintAnswer(
    trackingCode: $code
    secret: $secret
    satisfied: $satisfied
    comment: $comment
  ) {
    satisfied
    ratedAt
  }
}
    `) as unknown as TypedDocumentString<RateAnswerMutation, RateAnswerMutationVariables>;
export const PublishedDocument = new TypedDocumentString(`
    query Published($search: String) {
  publishedComplaints(search: $search, limit: 50) {
    total
    items {
      trackingCode
      field
      regulation
      question
      answer
      answerDocumentNumber
      answerDocumentDate
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<PublishedQuery, PublishedQueryVariables>;
export const PublicServiceQualityIndexDocument = new TypedDocumentString(`
    query PublicServiceQualityIndex($limit: Int, $offset: Int) {
  publicServiceQualityIndex(limit: $limit, offset: $offset) {
    month
    total
    items {
      rank
      unitId
      unitName
      total
      maxTotal
    }
  }
}
    `) as unknown as TypedDocumentString<PublicServiceQualityIndexQuery, PublicServiceQualityIndexQueryVariables>;
export const PublicStatisticsDocument = new TypedDocumentString(`
    query PublicStatistics($year: Int!, $fromMonth: Int, $toMonth: Int, $limit: Int, $offset: Int) {
  publicComplaintStatistics(
    year: $year
    fromMonth: $fromMonth
    toMonth: $toMonth
    limit: $limit
    offset: $offset
  ) {
    year
    total
    items {
      month
      unitId
      unitName
      received
      answered
      answeredOnTime
      rated
      satisfied
      satisfactionRate
    }
  }
}
    `) as unknown as TypedDocumentString<PublicStatisticsQuery, PublicStatisticsQueryVariables>;
export const ChallengeDocument = new TypedDocumentString(`
    query Challenge {
  complaintChallenge {
    nonce
    difficulty
  }
}
    `) as unknown as TypedDocumentString<ChallengeQuery, ChallengeQueryVariables>;
export const SubmitDocument = new TypedDocumentString(`
    mutation Submit($input: SubmitComplaintInput!, $challenge: ChallengeSolution!) {
  submitComplaint(input: $input, challenge: $challenge) {
    trackingCode
    secret
    receivedDay
    answerDue
  }
}
    `) as unknown as TypedDocumentString<SubmitMutation, SubmitMutationVariables>;