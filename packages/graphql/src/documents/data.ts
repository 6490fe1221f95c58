import { graphql } from '../gql';

// The admin console's Data screen: import (preview, apply, history), export and the
// observations browser.
export const ImportPreviewFragmentDoc = graphql(`
  fragment ImportPreviewResult on ImportPreview {
    fileName
    format
    fileSha256
    rowsTotal
    validRows
    inserts
    updates
    unchanged
    canApply
    errors {
      row
      column
      message
    }
    rows {
      row
      indicator
      region
      year
      value
      flag
      source
      action
      previousValue
    }
  }
`);

export const ImportBatchRowFragmentDoc = graphql(`
  fragment ImportBatchRow on ImportBatch {
    id
    fileName
    format
    fileSha256
    rowsTotal
    inserted
    updated
    unchanged
    createdAt
    user {
      id
      name
      email
    }
  }
`);

export const PreviewObservationImportMutation = graphql(`
  mutation PreviewObservationImportMutation($input: ObservationImportInput!) {
    previewObservationImport(input: $input) {
      ...ImportPreviewResult
    }
  }
`);

export const ApplyObservationImportMutation = graphql(`
  mutation ApplyObservationImportMutation($input: ObservationImportInput!) {
    applyObservationImport(input: $input) {
      __typename
      ... on ImportBatch {
        ...ImportBatchRow
      }
      ... on ImportRejected {
        reason
        errorCount
        errors {
          row
          column
          message
        }
      }
    }
  }
`);

export const ImportHistoryQuery = graphql(`
  query ImportHistoryQuery($first: Int, $after: String) {
    importBatches(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ImportBatchRow
        }
      }
    }
  }
`);

export const DataFilterOptionsQuery = graphql(`
  query DataFilterOptionsQuery {
    indicators(filter: { includeRetired: true }) {
      id
      code
      name
      kind
      retired
    }
    regions {
      id
      code
      name
      country
    }
    countries {
      code
      name
    }
    availableYears
  }
`);

export const ObservationListQuery = graphql(`
  query ObservationListQuery($filter: ObservationFilter, $first: Int, $after: String) {
    observations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          indicatorCode
          indicator {
            id
            name
            unit
          }
          regionCode
          region {
            id
            name
          }
          year
          value
          flag
          isDemo
          source
          updatedAt
        }
      }
    }
  }
`);

export const ExportObservationsQuery = graphql(`
  query ExportObservationsQuery($filter: ObservationFilter, $format: FileFormat!) {
    exportObservations(filter: $filter, format: $format) {
      fileName
      contentType
      contentBase64
      rowCount
    }
  }
`);
