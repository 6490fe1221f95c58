import { graphql } from '../gql';

export const AuditEntryRowFragmentDoc = graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    createdAt
    userId
    userEmail
    operation
    action
    entityType
    entityId
    changes {
      field
      before
      after
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditEntryRow
        }
      }
    }
  }
`);

// The filter's choices: who (every user) and which kinds of record.
export const AuditFilterOptionsQuery = graphql(`
  query AuditFilterOptionsQuery {
    auditEntityTypes
    users {
      id
      name
      email
    }
  }
`);

export const UnlockSignInMutation = graphql(`
  mutation UnlockSignInMutation($email: String!) {
    unlockSignIn(email: $email)
  }
`);
