/**
 * The GraphQL of the dashboard (bảng điều khiển) and the addresses its figures drill down to: each figure opens
 * the owning service's page of the records behind it.
 */
import type {
  DashboardFigure,
  DashboardIndexQuery,
  DashboardPlansQuery,
  DossierOutcome,
  DossierResolutionsQuery,
  FigureRecordsQuery,
  ReportingDashboardQuery,
} from "../../../graphql/generated/graphql.ts";
import { graphql } from "../../../graphql/generated/index.ts";
import { filtersFromParams, paramsFromFilters } from "../../complaints/complaints-query.ts";
import { INDEX_PAGE_SIZE } from "../index/index-api.ts";

/** Units per by-unit chart: the server returns the busiest first, and says how many there are. */
export const DASHBOARD_UNITS = 15;
/** Units shown at each end of the index's ranking. */
export const INDEX_ENDS = 5;

export const REPORTING_DASHBOARD_QUERY = graphql(`
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
`);
export type Dashboard = ReportingDashboardQuery["reportingDashboard"];

export const DASHBOARD_INDEX_QUERY = graphql(`
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
`);
export type IndexEntry = DashboardIndexQuery["serviceQualityIndex"]["items"][number];

export const DASHBOARD_PLANS_QUERY = graphql(`
  query DashboardPlans {
    plans {
      id
      year
      lastYear
      title
      status
    }
  }
`);
type PlanChoice = DashboardPlansQuery["plans"][number];

export const DASHBOARD_PLAN_SECTIONS_QUERY = graphql(`
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
`);

/** The plan issued for `year` (its years cover it; a closed one was issued too): the latest-starting, an open one first. */
export function issuedPlanOf(plans: readonly PlanChoice[], year: number): PlanChoice | null {
  const covering = plans.filter((p) => p.status !== "DRAFT" && p.year <= year && year <= p.lastYear);
  covering.sort((a, b) => Number(a.status !== "ISSUED") - Number(b.status !== "ISSUED") || b.year - a.year);
  return covering[0] ?? null;
}

/** A plan's page scrolled to one of its sections. */
export const planSection = (planId: string, sectionId: string) =>
  `/planning/plans/${encodeURIComponent(planId)}#section-${encodeURIComponent(sectionId)}`;

/** MM/YYYY, as the pages show a month. */
export const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** The PAKN inbox of the PAKN received from `from` to `to`; with a unit, only those it leads (as reporting counts them). */
export function complaintsReceived(from: string, to: string, leadUnitId?: string): string {
  const unit = leadUnitId ? { unit: leadUnitId, leadOnly: true } : {};
  return `/complaints?${paramsFromFilters({ ...filtersFromParams(new URLSearchParams()), from, to, ...unit }).toString()}`;
}

/** The index page of the month on the page holding the unit's rank, with its row opened. */
export function indexOfUnit(month: string, entry: Pick<IndexEntry, "unitId" | "rank">): string {
  const page = Math.ceil(entry.rank / INDEX_PAGE_SIZE);
  const params = new URLSearchParams({ month, unit: entry.unitId });
  if (page > 1) params.set("page", String(page));
  return `/reporting/index?${params.toString()}`;
}

export const DOSSIER_RESOLUTIONS_QUERY = graphql(`
  query DossierResolutions($unitId: ID!, $from: Date!, $to: Date!, $outcome: DossierOutcome!, $first: Int, $offset: Int) {
    dossierResolutions(unitId: $unitId, from: $from, to: $to, outcome: $outcome, first: $first, offset: $offset) {
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
`);
export type DossierResolutionRow = DossierResolutionsQuery["dossierResolutions"]["items"][number];

/** A unit's dossiers behind the dossier panel's figure `outcome` (resolved on time or late) from `from` to `to`. */
export function dossierResolutions(unitId: string, from: string, to: string, outcome: DossierOutcome): string {
  return `/reporting/dossiers?${new URLSearchParams({ unit: unitId, from, to, outcome }).toString()}`;
}

export const FIGURE_RECORDS_QUERY = graphql(`
  query FigureRecords($figure: DashboardFigure!, $unitId: ID, $from: Date!, $to: Date!, $first: Int, $offset: Int) {
    figureRecords(figure: $figure, unitId: $unitId, from: $from, to: $to, first: $first, offset: $offset) {
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
`);
export type FigureRecordRow = FigureRecordsQuery["figureRecords"]["items"][number];

/** The records behind a figure of the plan, PAKN or inspection panel; without a unit, every unit's (a month's PAKN). */
export function figureRecords(figure: DashboardFigure, from: string, to: string, unitId?: string | null): string {
  const params = new URLSearchParams({ figure, from, to });
  if (unitId) params.set("unit", unitId);
  return `/reporting/records?${params.toString()}`;
}
