import { graphql } from '../gql';

export const UserRowFragmentDoc = graphql(`
  fragment UserRow on User {
    id
    email
    name
    role
    partnerId
    partner {
      id
      name
      acronym
    }
    active
    invitationPending
    lastLoginAt
    createdAt
  }
`);

export const UserListQuery = graphql(`
  query UserListQuery($filter: UserFilter) {
    users(filter: $filter) {
      ...UserRow
    }
  }
`);

// Partners to attach a PARTNER_EDITOR to; the partnership is small (tens of records).
export const UserFormPartnersQuery = graphql(`
  query UserFormPartnersQuery {
    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          acronym
          country
        }
      }
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUserMutation($input: InviteUserInput!) {
    inviteUser(input: $input) {
      acceptPath
      expiresAt
      user {
        ...UserRow
      }
    }
  }
`);

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRoleMutation($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      ...UserRow
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUserMutation($id: ID!) {
    deactivateUser(id: $id) {
      ...UserRow
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUserMutation($id: ID!) {
    reactivateUser(id: $id) {
      ...UserRow
    }
  }
`);
