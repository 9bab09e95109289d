/** The GraphQL of the unit scorecard page (thẻ điểm đơn vị): one unit's rates over a report period and its index. */
import type { UnitScorecardQuery } from "../../../graphql/generated/graphql.ts";
import { graphql } from "../../../graphql/generated/index.ts";

export const UNIT_SCORECARD_QUERY = graphql(`
  query UnitScorecard($unitId: ID!, $kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {
    unitScorecard(unitId: $unitId, kindCode: $kindCode, year: $year, index: $index, start: $start, end: $end) {
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
  }
`);
export type UnitScorecard = UnitScorecardQuery["unitScorecard"];

/** The scorecard's address: /reporting/units/<unit id>. */
export const scorecardPath = (unitId: string) => `/reporting/units/${encodeURIComponent(unitId)}`;
