import { fromDbDate } from "@tthc/calendar";
import type { LocalDate } from "@tthc/calendar";
import type { FileStore } from "@tthc/files";
import { DateScalar, DateTimeScalar, notFound, requireRole, requireUser, requestChange, type BaseContext } from "@tthc/service-kit";
import { countReplicatedUnits } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import type { OccurrenceStatus, Plan, ProgressReport, TaskUnit, UnitPlan } from "../db/generated/client.ts";
import {
  calendar,
  isLateFiling,
  parseTimeframe,
  taskLabel,
  type ActivityKind,
  type FocalOfficerChangeInput,
  type ImportResult,
  type ImportWarning,
  type ParsedTimeframe,
  type ReviewDecision,
} from "../domain/index.ts";
import { copyPlan } from "../use-cases/copy-plan.ts";
import { documentText } from "../use-cases/document-text.ts";
import { importPlan, planTitleOf } from "../use-cases/import-plan.ts";
import { issuePlan } from "../use-cases/issue-plan.ts";
import {
  findOccurrence,
  findPlan,
  listPlans,
  myOccurrences,
  occurrencesAwaitingReview,
  planOccurrences,
  planProgress,
  planSections,
  requireCityAdmin,
  unitProgress,
  type OccurrenceFilter,
} from "../use-cases/plan-queries.ts";
import { reportProgress, reviewProgress } from "../use-cases/progress.ts";
import { quarterTimeline } from "../use-cases/timeline.ts";
import { exportPlanDocx } from "../use-cases/export-plan.ts";
import { changeFocalOfficers, focalOfficerUnits } from "../use-cases/focal-officers.ts";
import { linkTask, SYSTEM_AUTHOR } from "../use-cases/linked-tasks.ts";
import {
  generateUnitPlanDraft,
  myUnitPlan,
  planUnitPlans,
  reviewUnitPlan,
  submitUnitPlan,
  unitPlanBoard,
  updateUnitPlanDraft,
  type UnitPlanDraftInput,
} from "../use-cases/unit-plans.ts";
import {
  readPlanDocument,
  type ColumnRoleInput,
  type NameMappingInput,
  type PlanDocument,
  type SplitChoiceInput,
} from "../use-cases/read-plan-document.ts";
import type { RequestLoaders } from "./request-loaders.ts";

export type Context = BaseContext & {
  db: Db;
  files: FileStore;
  /** The request's instant on the app's clock, and its day in Vietnam (overdue, due soon, evidence dates). */
  now: Date;
  today: LocalDate;
  unitName(id: string): Promise<string | null>;
  /** Batched reads for the fields below a list (one query per level, not per row). */
  load: RequestLoaders;
};

const change = (ctx: Context) => requestChange(ctx, ctx.now);

interface DocumentArgs {
  input: {
    text?: string | null;
    docxFileId?: string | null;
    year?: number | null;
    lastYear?: number | null;
    issuingUnitId?: string | null;
    mappings?: NameMappingInput[] | null;
    splitChoices?: SplitChoiceInput[] | null;
    columns?: ColumnRoleInput[] | null;
  };
}

async function readDocument(ctx: Context, { input }: DocumentArgs): Promise<PlanDocument> {
  requireCityAdmin(ctx.actor);
  const text = await documentText(ctx.db, ctx.files, ctx.actor, input);
  return readPlanDocument(ctx.db, { ...input, text });
}

function warningView(w: ImportWarning) {
  return { code: w.code, message: w.message, ...(w.location ?? {}) };
}

function previewView(doc: PlanDocument, unitsById: Map<string, string>) {
  const { parsed } = doc;
  const sectionsByOrder = new Map(parsed.sections.map((s) => [s.order, s]));
  return {
    year: doc.year,
    lastYear: doc.lastYear,
    columns: parsed.columns,
    unitSplits: parsed.unitSplits,
    title: parsed.plan.title ?? parsed.decision.title ?? planTitleOf(doc.year, doc.lastYear),
    decision: parsed.decision,
    issuingUnit: { id: doc.issuingUnit.id, name: doc.issuingUnit.name },
    unitPlanDeadline: parsed.unitPlanDeadline,
    sections: parsed.sections,
    tasks: parsed.tasks.map((task) => ({
      ...task,
      label: taskLabel(sectionsByOrder.get(task.sectionOrder) ?? { number: null }, task.number),
      timeframeOf: doc.year,
    })),
    warnings: parsed.warnings.map(warningView),
    unitNames: doc.names.map((n) => ({
      name: n.name,
      asLead: n.asLead,
      asCoordinating: n.asCoordinating,
      resolved: n.resolution !== null,
      source: n.source,
      unitId: n.resolution?.kind === "unit" ? n.resolution.unitId : null,
      unitName: n.resolution?.kind === "unit" ? (unitsById.get(n.resolution.unitId) ?? null) : null,
      rule: n.resolution?.kind === "group" ? n.resolution.rule : null,
      memberCount: n.memberIds.length,
    })),
    unresolvedCount: doc.names.filter((n) => n.resolution === null).length,
  };
}

type ParsedTask = ImportResult["tasks"][number] & { timeframeOf: number };

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  PlanStatus: { DRAFT: "draft", ISSUED: "issued", CLOSED: "closed" },
  OccurrenceStatus: { NOT_STARTED: "not_started", IN_PROGRESS: "in_progress", DONE: "done", BLOCKED: "blocked" },
  ReviewState: { PENDING: "pending", ACCEPTED: "accepted", RETURNED: "returned" },
  ReviewDecision: { ACCEPT: "accept", RETURN: "return" },
  UnitPlanStatus: { MISSING: "missing", DRAFT: "draft", SUBMITTED: "submitted", ACCEPTED: "accepted", RETURNED: "returned" },
  UnitPlanRole: { LEAD: "lead", COORDINATING: "coordinating" },
  ActivityKind: { INSPECTION: "inspection", COMPLAINT_HANDLING: "complaint-handling", PERIODIC_REPORT: "periodic-report" },
  ColumnRole: {
    NUMBER: "number",
    CONTENT: "content",
    TIMEFRAME: "timeframe",
    LEAD: "lead",
    COORDINATING: "coordinating",
    RESULT: "result",
    EXTRA: "extra",
    IGNORE: "ignore",
  },
  GroupRule: {
    DEPARTMENTS: "departments",
    COMMUNES: "communes",
    DEPARTMENTS_AND_COMMUNES: "departments-and-communes",
    EXTERNAL: "external",
  },

  Query: {
    planningStatus: async (_: unknown, __: unknown, { actor, db }: Context) => {
      requireUser(actor);
      return { service: "planning", replicatedUnits: await countReplicatedUnits(db) };
    },
    plans: (_: unknown, __: unknown, ctx: Context) => listPlans(ctx.db, ctx.actor),
    plan: (_: unknown, { id }: { id: string }, ctx: Context) => findPlan(ctx.db, ctx.actor, id),
    previewPlanImport: async (_: unknown, args: DocumentArgs, ctx: Context) => {
      const doc = await readDocument(ctx, args);
      return previewView(doc, new Map(doc.units.map((u) => [u.id, u.name])));
    },
    myOccurrences: (_: unknown, args: { status?: OccurrenceStatus; overdue?: boolean; planId?: string; limit?: number }, ctx: Context) =>
      myOccurrences(
        ctx.db,
        ctx.actor,
        { status: args.status ?? null, overdue: args.overdue ?? null, planId: args.planId ?? null },
        args.limit,
        ctx.today,
      ),
    occurrences: (_: unknown, args: { planId: string; filter?: OccurrenceFilter; limit?: number }, ctx: Context) =>
      planOccurrences(ctx.db, ctx.actor, args.planId, args.filter ?? {}, args.limit, ctx.today),
    occurrence: (_: unknown, { id }: { id: string }, ctx: Context) => findOccurrence(ctx.db, ctx.actor, id, ctx.today),
    occurrencesAwaitingReview: (_: unknown, args: { limit?: number; offset?: number }, ctx: Context) =>
      occurrencesAwaitingReview(ctx.db, ctx.actor, args.limit, args.offset, ctx.today),
    unitPlanBoard: async (_: unknown, { planId }: { planId: string }, ctx: Context) => {
      const board = await unitPlanBoard(ctx.db, ctx.actor, planId, ctx.today);
      const rows = await namedSorted(board.rows, ctx);
      const count = (status: string) => rows.filter((r) => r.status === status).length;
      return {
        ...board,
        rows,
        counts: {
          missing: count("missing"),
          draft: count("draft"),
          submitted: count("submitted"),
          accepted: count("accepted"),
          returned: count("returned"),
          late: rows.filter((r) => r.late).length,
          overdue: rows.filter((r) => r.overdue).length,
        },
      };
    },
    quarterTimeline: async (_: unknown, { planId }: { planId: string }, ctx: Context) =>
      namedSorted(await quarterTimeline(ctx.db, ctx.actor, planId, ctx.today), ctx),
    focalOfficers: (_: unknown, { unitId }: { unitId?: string | null }, ctx: Context) =>
      focalOfficerUnits(ctx.db, ctx.actor, unitId ?? null),
    myUnitPlan: (_: unknown, { planId }: { planId: string }, ctx: Context) => myUnitPlan(ctx.db, ctx.actor, planId),
  },

  Mutation: {
    importPlan: async (_: unknown, args: DocumentArgs, ctx: Context) => {
      requireCityAdmin(ctx.actor);
      const text = await documentText(ctx.db, ctx.files, ctx.actor, args.input);
      const id = await importPlan(ctx.db, { ...args.input, text });
      return ctx.db.plan.findUniqueOrThrow({ where: { id } });
    },
    issuePlan: async (_: unknown, { id }: { id: string }, ctx: Context) => {
      requireCityAdmin(ctx.actor);
      if (!(await findPlan(ctx.db, ctx.actor, id))) throw notFound("Không tìm thấy kế hoạch.");
      await issuePlan(ctx.db, id, change(ctx), ctx.today);
      return ctx.db.plan.findUniqueOrThrow({ where: { id } });
    },
    copyPlan: async (
      _: unknown,
      { id, year, issuingUnitId }: { id: string; year: number; issuingUnitId?: string | null },
      ctx: Context,
    ) => {
      requireCityAdmin(ctx.actor);
      if (!(await findPlan(ctx.db, ctx.actor, id))) throw notFound("Không tìm thấy kế hoạch.");
      const copied = await copyPlan(ctx.db, id, year, { issuingUnitId: issuingUnitId ?? undefined });
      return ctx.db.plan.findUniqueOrThrow({ where: { id: copied } });
    },
    reportProgress: (_: unknown, args: { occurrenceId: string; input: Parameters<typeof reportProgress>[2] }, ctx: Context) =>
      reportProgress(ctx.db, args.occurrenceId, args.input, change(ctx), ctx.today),
    reviewProgress: (_: unknown, args: { reportId: string; decision: ReviewDecision; comment?: string | null }, ctx: Context) =>
      reviewProgress(ctx.db, args.reportId, args.decision, args.comment, change(ctx)),
    exportPlanDocx: (_: unknown, { planId }: { planId: string }, ctx: Context) => exportPlanDocx(ctx.db, ctx.files, ctx.actor, planId),
    changeFocalOfficers: (_: unknown, args: { unitId: string; input: FocalOfficerChangeInput }, ctx: Context) =>
      changeFocalOfficers(ctx.db, args.unitId, args.input, change(ctx), ctx.today),
    linkTask: (_: unknown, args: { taskId: string; kind?: ActivityKind | null }, ctx: Context) =>
      linkTask(ctx.db, args.taskId, args.kind ?? null, change(ctx)),
    generateUnitPlanDraft: (_: unknown, { planId }: { planId: string }, ctx: Context) =>
      generateUnitPlanDraft(ctx.db, planId, change(ctx), ctx.unitName),
    updateUnitPlanDraft: (_: unknown, args: { planId: string; input: UnitPlanDraftInput }, ctx: Context) =>
      updateUnitPlanDraft(ctx.db, args.planId, args.input, change(ctx)),
    submitUnitPlan: (_: unknown, { planId }: { planId: string }, ctx: Context) => submitUnitPlan(ctx.db, planId, change(ctx), ctx.today),
    reviewUnitPlan: (
      _: unknown,
      args: { planId: string; unitId: string; decision: ReviewDecision; comment?: string | null },
      ctx: Context,
    ) => reviewUnitPlan(ctx.db, args.planId, args.unitId, args.decision, args.comment, change(ctx)),
  },

  // The directory's Unit: a reorganisation's preview asks what planning would move from it (CITY_ADMIN only).
  Unit: {
    __resolveReference: (ref: { id: string }, ctx: Context) => {
      requireUser(ctx.actor);
      return { id: ref.id };
    },
    planningWorkToMove: (unit: { id: string }, _: unknown, ctx: Context) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return ctx.load.workToMove(unit.id);
    },
  },

  Plan: {
    issuingUnit: async (plan: Plan, _: unknown, ctx: Context) => ({
      id: plan.issuingUnitId,
      name: (await ctx.unitName(plan.issuingUnitId)) ?? plan.issuingUnitId,
    }),
    taskCount: (plan: Plan, _: unknown, ctx: Context) => ctx.db.task.count({ where: { planId: plan.id } }),
    sections: (plan: Plan, _: unknown, ctx: Context) => planSections(ctx.db, ctx.actor, plan.id, ctx.today),
    importWarnings: (plan: Plan) => (plan.importWarnings as unknown as ImportWarning[]).map(warningView),
    progress: (plan: Plan, _: unknown, ctx: Context) => planProgress(ctx.db, ctx.actor, plan.id, ctx.today),
    unitProgress: async (plan: Plan, _: unknown, ctx: Context) =>
      namedSorted(await unitProgress(ctx.db, ctx.actor, plan.id, ctx.today), ctx),
    unitPlans: async (plan: Plan, _: unknown, ctx: Context) => namedSorted(await planUnitPlans(ctx.db, ctx.actor, plan, ctx.today), ctx),
  },

  UnitPlan: {
    unitName: async (r: UnitPlan & { unitName?: string }, _: unknown, ctx: Context) =>
      r.unitName ?? (await ctx.unitName(r.unitId)) ?? r.unitId,
    items: (r: UnitPlan) => r.items,
    overdue: async (r: UnitPlan & { overdue?: boolean }, _: unknown, ctx: Context) => {
      if (r.overdue !== undefined) return r.overdue;
      if (r.status === "submitted" || r.status === "accepted") return false;
      const plan = await ctx.db.plan.findUnique({ where: { id: r.planId }, select: { unitPlanDeadline: true } });
      return plan?.unitPlanDeadline ? isLateFiling(ctx.today, fromDbDate(plan.unitPlanDeadline), calendar) : false;
    },
  },

  Task: {
    label: (task: { label?: string; section: { number: string | null }; number: string }) =>
      task.label ?? taskLabel(task.section, task.number),
    timeframe: (task: { timeframe: unknown }) => timeframeView(task.timeframe as ParsedTimeframe),
    leadUnits: async (task: UnitsOfTask, _: unknown, ctx: Context) => (await unitsOf(task, ctx)).filter((u) => u.role === "lead"),
    coordinatingUnits: async (task: UnitsOfTask, _: unknown, ctx: Context) =>
      (await unitsOf(task, ctx)).filter((u) => u.role === "coordinating"),
    progress: (task: { id: string; progress?: unknown }, _: unknown, ctx: Context) => task.progress ?? ctx.load.taskProgress(task.id),
    attributes: (task: { attributes?: unknown }) => attributeView(task.attributes),
  },

  PreviewTask: {
    timeframe: (task: ParsedTask) => timeframeView(parseTimeframe(task.timeframeText, { planYear: task.timeframeOf })),
    attributes: (task: ParsedTask) => attributeView(task.attributes),
  },

  TaskUnit: {
    viaGroup: (u: TaskUnit) => u.viaGroup,
    unitName: (u: TaskUnit, _: unknown, ctx: Context) => (u.unitId ? ctx.unitName(u.unitId) : null),
    unit: (u: TaskUnit) => (u.unitId ? { __typename: "Unit", id: u.unitId } : null),
  },

  Occurrence: {
    // Another service's reference (reporting's drill-down): read as `occurrence` reads it, the batch in one query.
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.load.occurrence(ref.id),
    unitName: (o: { unitId: string }, _: unknown, ctx: Context) => ctx.unitName(o.unitId),
    unit: (o: { unitId: string }) => ({ __typename: "Unit", id: o.unitId }),
    reports: (o: { id: string }, _: unknown, ctx: Context) => ctx.load.occurrenceReports(o.id),
  },

  ProgressReport: {
    evidenceDate: (r: ProgressReport) => (r.evidenceDate ? fromDbDate(r.evidenceDate) : null),
    unitName: (r: ProgressReport, _: unknown, ctx: Context) => ctx.unitName(r.unitId),
    bySystem: (r: ProgressReport) => r.authorId === SYSTEM_AUTHOR,
    byCoordinatingUnit: async (r: ProgressReport & { occurrence?: { unitId: string } }, _: unknown, ctx: Context) => {
      const occurrence = r.occurrence ?? (await ctx.db.occurrence.findUnique({ where: { id: r.occurrenceId }, select: { unitId: true } }));
      return occurrence?.unitId !== r.unitId;
    },
  },
};

async function namedSorted<T extends { unitId: string }>(rows: T[], ctx: Context): Promise<Array<T & { unitName: string }>> {
  const named = await Promise.all(rows.map(async (r) => ({ ...r, unitName: (await ctx.unitName(r.unitId)) ?? r.unitId })));
  return named.sort((a, b) => a.unitName.localeCompare(b.unitName, "vi"));
}

type UnitsOfTask = { id: string; units?: TaskUnit[] };

function unitsOf(task: UnitsOfTask, ctx: Context): Promise<TaskUnit[]> | TaskUnit[] {
  return task.units ?? ctx.load.taskUnits(task.id);
}

/** A task's other columns, stored as { header: cell } in column order. */
function attributeView(attributes: unknown): Array<{ name: string; value: string }> {
  if (attributes === null || typeof attributes !== "object") return [];
  return Object.entries(attributes as Record<string, unknown>).map(([name, value]) => ({ name, value: String(value) }));
}

function timeframeView(timeframe: ParsedTimeframe) {
  return {
    notes: timeframe.notes,
    unparsed: timeframe.unparsed,
    parts: timeframe.parts.map((part) => ({
      kind: part.kind,
      text: part.text,
      date: part.kind === "deadline" ? part.date : null,
      quarters: part.kind === "quarters" ? part.quarters : null,
      year: part.kind === "quarters" ? part.year : null,
      fromYear: part.kind === "years" ? part.from : null,
      toYear: part.kind === "years" ? part.to : null,
      every: part.kind === "recurring" ? part.every : null,
      trigger: part.kind === "triggered" ? part.trigger : null,
      planRef: part.kind === "per-plan" ? part.planRef : null,
    })),
  };
}
