import { graphql } from '../gql';

// The admin console's Indicators screen: definitions with their data coverage.
export const IndicatorRowFragmentDoc = graphql(`
  fragment IndicatorRow on Indicator {
    id
    code
    name
    description
    unit
    kind
    polarity
    transform
    area
    dimension
    source
    retired
    retiredAt
    observationCount
    firstYear
    lastYear
    demoShare
    updatedAt
  }
`);

export const IndicatorListQuery = graphql(`
  query IndicatorListQuery($filter: IndicatorFilter) {
    indicators(filter: $filter) {
      ...IndicatorRow
    }
  }
`);

export const IndicatorEditQuery = graphql(`
  query IndicatorEditQuery($code: String!) {
    indicator(code: $code) {
      ...IndicatorRow
    }
  }
`);

export const CreateIndicatorMutation = graphql(`
  mutation CreateIndicatorMutation($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      ...IndicatorRow
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicatorMutation($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      ...IndicatorRow
    }
  }
`);

export const RetireIndicatorMutation = graphql(`
  mutation RetireIndicatorMutation($id: ID!) {
    retireIndicator(id: $id) {
      ...IndicatorRow
    }
  }
`);

export const RestoreIndicatorMutation = graphql(`
  mutation RestoreIndicatorMutation($id: ID!) {
    restoreIndicator(id: $id) {
      ...IndicatorRow
    }
  }
`);
