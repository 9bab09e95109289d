/**
 * The GraphQL of the service-quality index page (Decision 766/QĐ-TTg, docs/domain.md §4): the month's ranking,
 * one unit's months for the trend, the indicators as configured and the city office's manual values.
 */
import type { ServiceQualityIndexQuery } from "../../../graphql/generated/graphql.ts";
import { graphql } from "../../../graphql/generated/index.ts";

export const INDEX_PAGE_SIZE = 20;

export const SERVICE_QUALITY_INDEX_QUERY = graphql(`
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
`);
export type IndexRow = ServiceQualityIndexQuery["serviceQualityIndex"]["items"][number];

export const UNIT_SERVICE_QUALITY_QUERY = graphql(`
  query UnitServiceQuality($unitId: ID!, $fromMonth: String!, $toMonth: String!) {
    unitServiceQuality(unitId: $unitId, fromMonth: $fromMonth, toMonth: $toMonth) {
      month
      total
      rank
    }
  }
`);

export const INDEX_INDICATORS_QUERY = graphql(`
  query IndexIndicators {
    indexIndicators {
      code
      name
      nameEn
      manual
    }
  }
`);

export const RECORD_INDEX_INDICATOR = graphql(`
  mutation RecordIndexIndicator(
    $unitId: ID!
    $month: String!
    $indicatorCode: String!
    $numerator: Int!
    $denominator: Int!
    $source: String!
  ) {
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
`);
