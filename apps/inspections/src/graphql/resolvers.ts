import { fromDbDate, type LocalDate } from "@tthc/calendar";
import { DateScalar, DateTimeScalar, requireRole, requireUser, requestChange, type BaseContext } from "@tthc/service-kit";
import { countReplicatedUnits } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import type {
  Criterion,
  Finding,
  Inspection,
  InspectionPlan,
  PlanItem,
  Recommendation,
  RecommendationStatus,
  Severity,
  WorkTransfer,
} from "../db/generated/client.ts";
import { assessmentsDiffer, recommendationOverdue, type ChecklistGroup, type PlanItemInput } from "../domain/index.ts";
import {
  answerRecommendation,
  issueRecommendation,
  listRecommendations,
  recordFinding,
  verifyRecommendation,
  type RecommendationInput,
} from "../use-cases/findings.ts";
import {
  concludeInspection,
  formTeam,
  listInspections,
  readableInspection,
  recordSelfAssessment,
  recordTeamAssessment,
  selfAssessmentLate,
  startInspection,
  type AnswerInput,
  type ConclusionInput,
  type InspectionFilter,
  type TeamInput,
} from "../use-cases/inspections.ts";
import {
  approvePlan,
  createPlan,
  findPlan,
  listPlans,
  scheduleSuggestedInspection,
  updatePlan,
  type SuggestedInspectionInput,
} from "../use-cases/plans.ts";
import { inspectionCalendar } from "../use-cases/calendar.ts";
import { carryOverRecommendation, closeInspection } from "../use-cases/closing.ts";
import { riskRanking, riskWeights, setRiskWeights, type RiskKind } from "../use-cases/signals.ts";
import { listTemplates, reviseTemplate } from "../use-cases/templates.ts";
import { exportInspectionRecord, type DocumentDeps } from "../use-cases/documents.ts";
import type { RequestLoaders } from "./request-loaders.ts";

export type Context = BaseContext & {
  db: Db;
  /** The request's instant on the app's clock, and its day in Vietnam (due days, lateness). */
  now: Date;
  today: LocalDate;
  /** Batched reads for the fields below a list (one query per level, not per row). */
  load: RequestLoaders;
  /** Where generated documents are stored and who issues them. */
  documents: DocumentDeps;
};

const change = (ctx: Context) => requestChange(ctx, ctx.now);

/** The GraphQL enums' values are the database's (lower case); each enum maps its names to them. */
const enums = {
  InspectionType: { PERIODIC: "periodic", UNANNOUNCED: "unannounced", THEMATIC: "thematic" },
  InspectionPlanStatus: { DRAFT: "draft", APPROVED: "approved" },
  PeriodKind: { MONTH: "month", QUARTER: "quarter" },
  InspectionStatus: { SCHEDULED: "scheduled", STARTED: "started", CONCLUDED: "concluded", CLOSED: "closed" },
  TeamRole: { LEAD: "lead", MEMBER: "member", SECRETARY: "secretary" },
  AssessmentKind: { YES_NO: "yes_no", COUNT: "count", RATE: "rate", SCORE: "score" },
  Severity: { MINOR: "minor", MAJOR: "major", SERIOUS: "serious" },
  RecommendationStatus: { OPEN: "open", ANSWERED: "answered", RETURNED: "returned", VERIFIED: "verified", CARRIED_OVER: "carried_over" },
  CalendarWarningKind: { UNIT_TWICE_IN_MONTH: "unit-twice-in-month", INSPECTOR_DOUBLE_BOOKED: "inspector-double-booked" },
  RiskSignalKind: {
    COMPLAINT_OVERDUE: "complaint-overdue",
    OCCURRENCE_OVERDUE: "occurrence-overdue",
    REPEATED_FINDING: "repeated-finding",
    LATE_REPORT: "late-report",
    RECOMMENDATION_OVERDUE: "recommendation-overdue",
  },
};

type Page = { limit: number; offset: number };

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  ...enums,

  Query: {
    inspectionsStatus: async (_: unknown, __: unknown, { actor, db }: Context) => {
      requireUser(actor);
      return { service: "inspections", replicatedUnits: await countReplicatedUnits(db) };
    },
    inspectionPlans: (_: unknown, { year }: { year?: number | null }, ctx: Context) => listPlans(ctx.db, ctx.actor, year ?? null),
    inspectionPlan: (_: unknown, { id }: { id: string }, ctx: Context) => findPlan(ctx.db, ctx.actor, id),
    inspections: (_: unknown, args: { filter?: InspectionFilter | null } & Page, ctx: Context) =>
      listInspections(ctx.db, ctx.actor, args.filter ?? {}, { limit: args.limit, offset: args.offset }),
    inspection: (_: unknown, { id }: { id: string }, ctx: Context) => readableInspection(ctx.db, ctx.actor, id),
    checklistTemplates: (_: unknown, __: unknown, ctx: Context) => listTemplates(ctx.db, ctx.actor),
    recommendations: (
      _: unknown,
      args: { status?: RecommendationStatus | null; unitId?: string | null; open?: boolean | null } & Page,
      ctx: Context,
    ) =>
      listRecommendations(
        ctx.db,
        ctx.actor,
        { status: args.status ?? null, unitId: args.unitId ?? null, open: args.open ?? false },
        { limit: args.limit, offset: args.offset },
      ),
    riskRanking: (_: unknown, args: { asOf?: LocalDate | null; first: number; after?: string | null }, ctx: Context) =>
      riskRanking(ctx.db, ctx.actor, args.asOf ?? ctx.today, args.first, args.after ?? null),
    riskWeights: (_: unknown, __: unknown, ctx: Context) => riskWeights(ctx.db, ctx.actor),
    inspectionCalendar: (_: unknown, args: { year: number; fromMonth: number; toMonth: number }, ctx: Context) =>
      inspectionCalendar(ctx.db, ctx.actor, args.year, args.fromMonth, args.toMonth),
  },

  Mutation: {
    createInspectionPlan: (_: unknown, { input }: { input: { year: number; title: string; items: PlanItemInput[] } }, ctx: Context) =>
      createPlan(ctx.db, input, change(ctx)),
    updateInspectionPlan: (_: unknown, args: { id: string; input: { title: string; items: PlanItemInput[] } }, ctx: Context) =>
      updatePlan(ctx.db, args.id, args.input, change(ctx)),
    approveInspectionPlan: (_: unknown, { id }: { id: string }, ctx: Context) => approvePlan(ctx.db, id, change(ctx)),
    formInspectionTeam: (_: unknown, args: { id: string; input: TeamInput }, ctx: Context) =>
      formTeam(ctx.db, args.id, args.input, change(ctx)),
    startInspection: (_: unknown, args: { id: string; templateId?: string | null }, ctx: Context) =>
      startInspection(ctx.db, args.id, args.templateId ?? null, change(ctx)),
    recordSelfAssessment: (_: unknown, args: { id: string; answers: AnswerInput[]; submit: boolean }, ctx: Context) =>
      recordSelfAssessment(ctx.db, args.id, args.answers, args.submit, change(ctx)),
    recordTeamAssessment: (_: unknown, args: { id: string; answers: AnswerInput[] }, ctx: Context) =>
      recordTeamAssessment(ctx.db, args.id, args.answers, change(ctx)),
    concludeInspection: (_: unknown, args: { id: string; input: ConclusionInput }, ctx: Context) =>
      concludeInspection(ctx.db, ctx.documents, args.id, args.input, change(ctx)),
    exportInspectionRecord: (_: unknown, { id }: { id: string }, ctx: Context) =>
      exportInspectionRecord(ctx.db, ctx.documents, requireUser(ctx.actor), id),
    reviseChecklistTemplate: async (_: unknown, args: { id: string; input: { name: string; groups: ChecklistGroup[] } }, ctx: Context) => {
      await reviseTemplate(ctx.db, args.id, args.input.name, args.input.groups, change(ctx));
      return (await listTemplates(ctx.db, ctx.actor)).find((t) => t.id === args.id);
    },
    recordFinding: (
      _: unknown,
      args: {
        inspectionId: string;
        input: { criterionId?: string | null; severity: Severity; description: string; fileIds?: string[] | null };
      },
      ctx: Context,
    ) => recordFinding(ctx.db, args.inspectionId, args.input, change(ctx)),
    issueRecommendation: (_: unknown, args: { findingId: string; input: RecommendationInput }, ctx: Context) =>
      issueRecommendation(ctx.db, args.findingId, args.input, change(ctx)),
    answerRecommendation: (_: unknown, args: { id: string; answer: string; fileIds?: string[] | null }, ctx: Context) =>
      answerRecommendation(ctx.db, args.id, args.answer, args.fileIds ?? null, change(ctx)),
    verifyRecommendation: (_: unknown, args: { id: string; accepted: boolean; reason?: string | null }, ctx: Context) =>
      verifyRecommendation(ctx.db, args.id, args.accepted, args.reason ?? null, change(ctx)),
    closeInspection: (_: unknown, { id }: { id: string }, ctx: Context) => closeInspection(ctx.db, id, change(ctx)),
    carryOverRecommendation: (_: unknown, args: { id: string; reason: string }, ctx: Context) =>
      carryOverRecommendation(ctx.db, args.id, args.reason, change(ctx)),
    setRiskWeights: (_: unknown, args: { weights: { kind: RiskKind; weight: number }[] }, ctx: Context) =>
      setRiskWeights(ctx.db, args.weights, change(ctx)),
    scheduleSuggestedInspection: (_: unknown, args: { input: SuggestedInspectionInput }, ctx: Context) =>
      scheduleSuggestedInspection(ctx.db, args.input, change(ctx)),
  },

  // The directory's unit, extended with the preview of a reorganisation: the city office's alone, checked on the
  // `_entities` lookup and again on the field (a Unit reached another way still asks).
  Unit: {
    __resolveReference: (ref: { id: string }, ctx: Context) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return { id: ref.id };
    },
    inspectionsWorkToMove: (unit: { id: string }, _: unknown, ctx: Context) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return ctx.load.workToMove(unit.id);
    },
  },

  // Every field below is reached only through a parent the actor was allowed to read (a plan, an inspection).
  InspectionPlan: {
    items: (plan: InspectionPlan, _: unknown, ctx: Context) => ctx.load.planItems(plan.id),
  },
  InspectionPlanItem: {
    unitName: (item: PlanItem, _: unknown, ctx: Context) => ctx.load.unitName(item.unitId),
  },
  Inspection: {
    // Another service's reference (reporting's drill-down): read as `inspection` reads it, the batch in one query.
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.load.inspection(ref.id),
    unitName: (inspection: Inspection, _: unknown, ctx: Context) => ctx.load.unitName(inspection.unitId),
    transfers: (inspection: Inspection, _: unknown, ctx: Context) => ctx.load.transfers("inspection", inspection.id),
    template: (inspection: Inspection, _: unknown, ctx: Context) =>
      inspection.templateVersionId ? ctx.load.templateVersion(inspection.templateVersionId) : null,
    selfAssessmentLate: (inspection: Inspection, _: unknown, ctx: Context) => selfAssessmentLate(inspection, ctx.today),
    team: (inspection: Inspection, _: unknown, ctx: Context) => ctx.load.team(inspection.id),
    checklist: async (inspection: Inspection, _: unknown, ctx: Context) => checklistGroups(await ctx.load.criteria(inspection.id)),
    findings: (inspection: Inspection, _: unknown, ctx: Context) => ctx.load.findings(inspection.id),
    unitFigures: (inspection: Inspection, _: unknown, ctx: Context) => ctx.load.unitFigures(inspection),
    conclusionNotice: async (inspection: Inspection, _: unknown, ctx: Context) =>
      inspection.conclusionFileId ? ((await ctx.load.files([inspection.conclusionFileId]))[0] ?? null) : null,
  },
  // Reached only through a recommendation or an inspection the actor could read.
  WorkTransfer: {
    fromUnitName: (t: WorkTransfer, _: unknown, ctx: Context) => ctx.load.unitName(t.fromUnitId),
  },
  ChecklistCriterion: {
    differs: (c: Criterion) => assessmentsDiffer(c.selfValue, c.teamValue),
    selfFiles: (c: Criterion, _: unknown, ctx: Context) => ctx.load.files(c.selfFileIds),
    teamFiles: (c: Criterion, _: unknown, ctx: Context) => ctx.load.files(c.teamFileIds),
  },
  Finding: {
    files: (f: Finding, _: unknown, ctx: Context) => ctx.load.files(f.fileIds),
    recordedAt: (f: Finding) => f.createdAt,
    recommendations: (f: Finding, _: unknown, ctx: Context) => ctx.load.recommendations(f.id),
  },
  Recommendation: {
    // Another service's reference (reporting's drill-down): read as `recommendations` lists it, the batch in one query.
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.load.recommendation(ref.id),
    responsibleUnitName: (r: Recommendation, _: unknown, ctx: Context) => ctx.load.unitName(r.responsibleUnitId),
    transfers: (r: Recommendation, _: unknown, ctx: Context) => ctx.load.transfers("recommendation", r.id),
    answerFiles: (r: Recommendation, _: unknown, ctx: Context) => ctx.load.files(r.answerFileIds),
    overdue: (r: Recommendation, _: unknown, ctx: Context) => recommendationOverdue(r.status, fromDbDate(r.dueDay), ctx.today),
  },
};

/** The checklist's criteria (in order) in their groups. */
function checklistGroups(criteria: Criterion[]) {
  const groups: { code: string; name: string; criteria: Criterion[] }[] = [];
  for (const c of criteria) {
    const last = groups.at(-1);
    if (last?.code === c.groupCode) last.criteria.push(c);
    else groups.push({ code: c.groupCode, name: c.groupName, criteria: [c] });
  }
  return groups;
}
