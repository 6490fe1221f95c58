import { graphql } from '../gql';

// The portal's benchmark explorer (/benchmarking and /benchmarking/:regionCode).
export const BenchmarkSetupQuery = graphql(`
  query BenchmarkSetupQuery {
    regions {
      id
      code
      name
      country
      latitude
      longitude
    }
    countries {
      code
      name
    }
    availableYears
    defaultBenchmarkYear
    similarityDimensions {
      name
      indicators {
        id
        code
        name
      }
    }
    indicators(filter: { kind: PERFORMANCE }) {
      id
      code
      name
      unit
      area
    }
  }
`);

export const BenchmarkRegionFragmentDoc = graphql(`
  fragment BenchmarkRegion on Region {
    id
    code
    name
    country
    latitude
    longitude
  }
`);

export const BenchmarkQuery = graphql(`
  query BenchmarkQuery($region: String!, $options: BenchmarkOptions) {
    benchmark(region: $region, options: $options) {
      region {
        ...BenchmarkRegion
      }
      year
      yearIsDefault
      officialDataOnly
      compareYear
      normalisation
      aggregation
      minCoverage
      uncertaintyDraws
      demoDataUsed
      referenceRegions {
        distance
        rank
        region {
          ...BenchmarkRegion
        }
      }
      indicators {
        indicator {
          id
          code
          name
          unit
          area
          polarity
        }
        value
        valueYear
        flag
        isDemo
        score
        weight
        groupCount
        groupMean
        groupMedian
        groupBest
        groupBestRegion {
          id
          code
          name
        }
        gap
        percentile
        officialShare
        change {
          value
          valueYear
          score
          valueChange
          scoreChange
        }
      }
      strengths {
        gap
        indicator {
          id
          code
          name
        }
      }
      weaknesses {
        gap
        indicator {
          id
          code
          name
        }
      }
      areas {
        area
        score
        groupMean
        groupBest
        indicatorCount
      }
      composite {
        value
        coverage
        rank
        rankedCount
        groupMean
        groupMedian
        groupBest
        compareValue
        change
        uncertainty {
          median
          low
          high
          draws
        }
        performanceGroup {
          group
          subgroup
          indexRelativeToAverage
        }
      }
      ranking {
        isTarget
        composite
        coverage
        rank
        region {
          id
          code
          name
          country
        }
        uncertainty {
          median
          low
          high
          draws
        }
      }
    }
  }
`);

// Who and what is in the benchmarked region: partners, clusters, cluster stars.
export const RegionProfileQuery = graphql(`
  query RegionProfileQuery($code: String!, $year: Int) {
    region(code: $code) {
      id
      code
      name
      partners {
        id
        name
        acronym
        isDemo
      }
      clusters {
        id
        name
        organisation
        members
        employees
        stage
        qualityLabel
        isDemo
        sector {
          code
          name
        }
      }
    }
    clusterStars(region: $code, year: $year, minStars: 1) {
      year
      employees
      locationQuotient
      stars
      size
      specialisation
      focused
      isDemo
      sector {
        code
        name
      }
    }
  }
`);
