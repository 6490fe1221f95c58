import { graphql } from '../gql';

// The admin console's session: who is signed in (null when nobody is).
export const SessionQuery = graphql(`
  query SessionQuery {
    me {
      id
      email
      name
      role
      partnerId
      partner {
        id
        name
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignInMutation($input: LoginInput!) {
    login(input: $input) {
      id
      email
      name
      role
      partnerId
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOutMutation {
    logout
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitationMutation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      email
      name
      role
    }
  }
`);
