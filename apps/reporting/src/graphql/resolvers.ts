import { createCalendar, fromDbDate, fromDbDateOrNull, toLocalDate, type LocalDate, type WorkingCalendar } from "@tthc/calendar";
import { batchLoader, DateScalar, requireRole, requireUser, type BaseContext } from "@tthc/service-kit";
import { countReplicatedUnits, type MovableWork } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import type { CityReport, IndexIndicator, UnitReport } from "../db/generated/client.ts";
import { listKinds } from "../db/registry.ts";
import { isLocked } from "../domain/unit-report.ts";
import { cityReportFiles, issueCityReport, listCityReports, type CityReportDeps } from "../use-cases/city-report.ts";
import { complaintStatisticsFor } from "../use-cases/complaint-statistics.ts";
import {
  complaintsByMonth,
  complaintsByUnit,
  dashboardScope,
  dossierDrillDown,
  figureRecords,
  type FigureRecordsArgs,
  dossiers,
  inspections,
  planProgress,
  type DashboardScope,
  type DossierDrillDownArgs,
} from "../use-cases/dashboard.ts";
import { publicComplaintStatistics, publicServiceQualityIndex, type PublicStatisticsArgs } from "../use-cases/public-statistics.ts";
import { unitScorecard, type ScorecardArgs } from "../use-cases/scorecard.ts";
import type { DossierImport } from "../db/generated/client.ts";
import type { DossierStepInput } from "../domain/dossiers.ts";
import {
  importTemplate,
  listImports,
  listRejections,
  readImport,
  rejectionReport,
  startDossierImport,
} from "../use-cases/dossier-import.ts";
import { recordPartnerSteps } from "../use-cases/dossier-steps.ts";
import {
  activeIndicators,
  recordManualValue,
  serviceQualityIndex,
  unitServiceQuality,
  type IndicatorDetail,
  type UnitIndexMonth,
} from "../use-cases/service-quality.ts";
import { figuresAcrossReorganisation, workToMove } from "../use-cases/succession.ts";
import type { PeriodInput } from "../domain/report-periods.ts";
import {
  actionsFor,
  completeness,
  correctFigure,
  generateExpectedReports,
  grantException,
  listReports,
  readReport,
  reportFigures,
  readableUnit,
  reviewReport,
  saveNarrative,
  stateOf,
  submitReport,
  type ReportDeps,
} from "../use-cases/unit-reports.ts";

export type Context = BaseContext & {
  db: Db;
  now: () => Date;
  calendar?: WorkingCalendar;
  /** Where the city report's files go and who issues it. */
  cityReports: CityReportDeps;
  /** The request's batched read of what a reorganisation would move: the units of an `_entities` batch in one query. */
  workToMove: (unitId: string) => Promise<MovableWork[]>;
};

/** A request's loader of what a reorganisation would move per unit (see Context.workToMove). */
export const workToMoveLoader = (db: Db) => batchLoader<string, MovableWork[]>((ids) => workToMove(db, ids), []);

const defaultCalendar = createCalendar();
const deps = ({ now, calendar }: Context): ReportDeps => {
  const instant = now();
  return { calendar: calendar ?? defaultCalendar, today: toLocalDate(instant), now: instant };
};

type Id = { id: string };
type Page = { first?: number | null; offset?: number | null };

export const resolvers = {
  Date: DateScalar,
  Query: {
    reportingStatus: async (_: unknown, __: unknown, { actor, db }: Context) => {
      requireUser(actor);
      return { service: "reporting", replicatedUnits: await countReplicatedUnits(db) };
    },
    // The Date scalar has already checked both days.
    complaintStatistics: (_: unknown, args: { from: LocalDate; to: LocalDate }, { actor, db, now }: Context) =>
      complaintStatisticsFor(db, actor, args.from, args.to, toLocalDate(now())),
    // Public by design: counts per unit and month only (use-cases/public-statistics.ts).
    publicComplaintStatistics: (_: unknown, args: PublicStatisticsArgs, { db, now }: Context) =>
      publicComplaintStatistics(db, args, toLocalDate(now())),
    // Public by design: rank, unit and total of the last complete month only.
    publicServiceQualityIndex: (_: unknown, args: { limit?: number | null; offset?: number | null }, { db, now }: Context) =>
      publicServiceQualityIndex(db, args, toLocalDate(now())),
    unitScorecard: (_: unknown, args: ScorecardArgs, ctx: Context) =>
      unitScorecard(ctx.db, ctx.actor, args, deps(ctx).calendar, deps(ctx).today),
    reportKinds: (_: unknown, __: unknown, { actor, db }: Context) => {
      requireUser(actor);
      return listKinds(db);
    },
    unitReports: (_: unknown, args: Parameters<typeof listReports>[2], { actor, db }: Context) => listReports(db, actor, args),
    unitReport: (_: unknown, { id }: Id, { actor, db }: Context) => readReport(db, actor, id),
    reportCompleteness: (_: unknown, args: { kindCode: string; periodKey: string }, ctx: Context) =>
      completeness(ctx.db, ctx.actor, args.kindCode, args.periodKey, deps(ctx).today),
    unitFiguresAcrossReorganisation: (_: unknown, args: { unitId: string; kindCode: string; periods: PeriodInput[] }, ctx: Context) =>
      figuresAcrossReorganisation(ctx.db, ctx.actor, args.unitId, args.kindCode, args.periods, deps(ctx).calendar, deps(ctx).today),
    cityReports: (_: unknown, args: Page & { kindCode: string; periodKey: string }, { actor, db }: Context) =>
      listCityReports(db, actor, args),
    dossierImports: (_: unknown, args: Page, { actor, db }: Context) => listImports(db, actor, args),
    dossierImport: (_: unknown, { id }: Id, { actor, db }: Context) => readImport(db, actor, id),
    dossierImportRejections: (_: unknown, args: Page & { importId: string }, { actor, db }: Context) =>
      listRejections(db, actor, args.importId, args),
    dossierImportRejectionReport: (_: unknown, args: { importId: string }, { actor, db }: Context) =>
      rejectionReport(db, actor, args.importId),
    indexIndicators: (_: unknown, __: unknown, { actor, db }: Context) => {
      readableUnit(actor);
      return activeIndicators(db);
    },
    serviceQualityIndex: (_: unknown, args: Page & { month: string }, { actor, db, now }: Context) =>
      serviceQualityIndex(db, actor, args, toLocalDate(now())),
    unitServiceQuality: (_: unknown, args: { unitId: string; fromMonth: string; toMonth: string }, { actor, db, now }: Context) =>
      unitServiceQuality(db, actor, args, toLocalDate(now())),
    // Checks the reader and the window; each panel below runs its own aggregate.
    reportingDashboard: (_: unknown, args: { from: LocalDate; to: LocalDate; first?: number | null }, { actor, now }: Context) =>
      dashboardScope(actor, args, toLocalDate(now())),
    dossierResolutions: (_: unknown, args: DossierDrillDownArgs, { actor, db, now }: Context) =>
      dossierDrillDown(db, actor, args, toLocalDate(now())),
    figureRecords: (_: unknown, args: FigureRecordsArgs, { actor, db, now }: Context) => figureRecords(db, actor, args, toLocalDate(now())),
    dossierImportTemplate: (_: unknown, args: { format: "CSV" | "XLSX" }, { actor }: Context) => {
      requireUser(actor);
      return importTemplate(args.format);
    },
  },
  Mutation: {
    generateExpectedReports: (
      _: unknown,
      args: { kindCode: string; year?: number | null; index?: number | null; start?: LocalDate | null; end?: LocalDate | null },
      ctx: Context,
    ) => generateExpectedReports(ctx.db, ctx.actor, args.kindCode, args, deps(ctx)),
    saveReportNarrative: (_: unknown, args: Id & { narrative: string }, ctx: Context) =>
      saveNarrative(ctx.db, ctx.actor, args.id, args.narrative, deps(ctx)),
    correctReportFigure: (_: unknown, args: Id & { indicatorCode: string; value: number; reason: string }, ctx: Context) =>
      correctFigure(ctx.db, ctx.actor, args.id, args.indicatorCode, args.value, args.reason, deps(ctx)),
    submitUnitReport: (_: unknown, { id }: Id, ctx: Context) => submitReport(ctx.db, ctx.actor, id, deps(ctx)),
    acceptUnitReport: (_: unknown, args: Id & { comment?: string | null }, ctx: Context) =>
      reviewReport(ctx.db, ctx.actor, args.id, "accept", args.comment, deps(ctx)),
    returnUnitReport: (_: unknown, args: Id & { comment: string }, ctx: Context) =>
      reviewReport(ctx.db, ctx.actor, args.id, "return", args.comment, deps(ctx)),
    grantReportException: (_: unknown, args: Id & { until: LocalDate }, ctx: Context) =>
      grantException(ctx.db, ctx.actor, args.id, args.until, deps(ctx)),
    issueCityReport: (_: unknown, args: { kindCode: string; periodKey: string }, ctx: Context) =>
      issueCityReport(ctx.db, ctx.cityReports, ctx.actor, args.kindCode, args.periodKey, deps(ctx)),
    recordIndexIndicator: (
      _: unknown,
      args: { unitId: string; month: string; indicatorCode: string; numerator: number; denominator: number; source: string },
      { actor, db, now }: Context,
    ) => recordManualValue(db, actor, args, now(), toLocalDate(now())),
    recordDossierSteps: (_: unknown, args: { steps: DossierStepInput[] }, { actor, db, now }: Context) =>
      recordPartnerSteps(db, actor, args.steps, now()),
    // Returns once the file is read and its record exists; the rows are processed after the response.
    importDossierFile: async (_: unknown, args: { fileName: string; contentBase64: string }, { actor, db, now, log }: Context) => {
      const { record } = await startDossierImport(db, actor, args, now(), (error) => log.error({ err: error }, "dossier import failed"));
      return record;
    },
  },
  // The directory's unit, extended with the preview of a reorganisation: the city office's alone, checked on the
  // `_entities` lookup and again on the field.
  Unit: {
    __resolveReference: (ref: { id: string }, { actor }: Context) => {
      requireRole(actor, "CITY_ADMIN");
      return { id: ref.id };
    },
    reportingWorkToMove: (unit: { id: string }, _: unknown, ctx: Context) => {
      requireRole(ctx.actor, "CITY_ADMIN");
      return ctx.workToMove(unit.id);
    },
  },
  // Reached only through reportingDashboard, which checked the reader and limited the scope to what it may see.
  ReportingDashboard: {
    planProgress: (scope: DashboardScope, _: unknown, { db }: Context) => planProgress(db, scope),
    complaintsByMonth: (scope: DashboardScope, _: unknown, { db }: Context) => complaintsByMonth(db, scope),
    complaintsByUnit: (scope: DashboardScope, _: unknown, { db }: Context) => complaintsByUnit(db, scope),
    dossiers: (scope: DashboardScope, _: unknown, { db }: Context) => dossiers(db, scope),
    inspections: (scope: DashboardScope, _: unknown, { db }: Context) => inspections(db, scope),
  },
  // Read only through dossierImport(s), which checked the reader.
  ReportKind: {
    nameText: (kind: { name: string; nameEn: string }) => ({ vi: kind.name, en: kind.nameEn || kind.name }),
  },
  DossierImport: {
    createdAt: (r: DossierImport) => r.createdAt.toISOString(),
    finishedAt: (r: DossierImport) => r.finishedAt?.toISOString() ?? null,
  },
  // Read only through the index's queries and mutation, which checked the reader.
  IndexIndicator: {
    groupName: (i: IndexIndicator) => i.groupNameVi,
    name: (i: IndexIndicator) => i.nameVi,
    manual: (i: IndexIndicator) => i.denominatorMeasures.length === 0,
  },
  UnitServiceQualityMonth: {
    pointsLost: (m: UnitIndexMonth): IndicatorDetail[] =>
      m.indicators
        .filter((i) => i.pointsLost > 0)
        .sort((a, b) => b.pointsLost - a.pointsLost || a.indicator.sortOrder - b.indicator.sortOrder),
  },
  // Read only through cityReports or issueCityReport, which checked the reader.
  CityReport: {
    periodStart: (r: CityReport) => fromDbDate(r.periodStart),
    periodEnd: (r: CityReport) => fromDbDate(r.periodEnd),
    issuedOn: (r: CityReport) => fromDbDate(r.issuedOn),
    issuedAt: (r: CityReport) => r.issuedAt.toISOString(),
    docx: (r: CityReport) => cityReportFiles(r).docx,
    xlsx: (r: CityReport) => cityReportFiles(r).xlsx,
  },
  // Every field of a report is readable by whoever could read the report (checked when it was loaded).
  UnitReport: {
    unit: (r: UnitReport) => ({ id: r.unitId }),
    periodStart: (r: UnitReport) => fromDbDate(r.periodStart),
    periodEnd: (r: UnitReport) => fromDbDate(r.periodEnd),
    deadline: (r: UnitReport) => fromDbDate(r.deadline),
    submittedOn: (r: UnitReport) => fromDbDateOrNull(r.submittedOn),
    exceptionUntil: (r: UnitReport) => fromDbDateOrNull(r.exceptionUntil),
    locked: (r: UnitReport, _: unknown, ctx: Context) =>
      !["submitted", "accepted"].includes(r.status) && isLocked(stateOf(r), deps(ctx).today),
    figures: (r: UnitReport, _: unknown, ctx: Context) => reportFigures(ctx.db, r, deps(ctx).today),
    allowedActions: (r: UnitReport, _: unknown, ctx: Context) => actionsFor(r, ctx.actor, deps(ctx).today),
  },
};
