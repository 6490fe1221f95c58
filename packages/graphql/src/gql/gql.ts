/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PartnerRow on Partner {\n    id\n    name\n    acronym\n    country\n    countryName\n    regionCode\n    region {\n      id\n      code\n      name\n    }\n    type\n    role\n    fund\n    budgetEur\n    isDemo\n  }\n": typeof types.PartnerRowFragmentDoc,
    "\n  query PartnerListQuery($filter: PartnerFilter, $orderBy: PartnerOrder, $first: Int, $after: String) {\n    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerRow\n        }\n      }\n    }\n  }\n": typeof types.PartnerListQueryDocument,
    "\n  query PartnerFilterOptionsQuery {\n    countries {\n      code\n      name\n      euMember\n    }\n  }\n": typeof types.PartnerFilterOptionsQueryDocument,
    "\n  query PartnerFormRegionsQuery($country: String) {\n    regions(country: $country) {\n      id\n      code\n      name\n      country\n    }\n  }\n": typeof types.PartnerFormRegionsQueryDocument,
    "\n  query PartnerEditQuery($id: ID!) {\n    partner(id: $id) {\n      ...PartnerRow\n      website\n      contactEmail\n      updatedAt\n    }\n  }\n": typeof types.PartnerEditQueryDocument,
    "\n  mutation CreatePartnerMutation($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerRow\n      website\n      contactEmail\n    }\n  }\n": typeof types.CreatePartnerMutationDocument,
    "\n  mutation UpdatePartnerMutation($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerRow\n      website\n      contactEmail\n      updatedAt\n    }\n  }\n": typeof types.UpdatePartnerMutationDocument,
    "\n  mutation DeletePartnerMutation($id: ID!) {\n    deletePartner(id: $id)\n  }\n": typeof types.DeletePartnerMutationDocument,
    "\n  query PartnershipQuery {\n    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n          country\n          countryName\n          type\n          role\n          website\n          isDemo\n          region {\n            id\n            code\n            name\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n    countries {\n      code\n      name\n      euMember\n    }\n  }\n": typeof types.PartnershipQueryDocument,
    "\n  query SessionQuery {\n    me {\n      id\n      email\n      name\n      role\n      partnerId\n      partner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionQueryDocument,
    "\n  mutation SignInMutation($input: LoginInput!) {\n    login(input: $input) {\n      id\n      email\n      name\n      role\n      partnerId\n    }\n  }\n": typeof types.SignInMutationDocument,
    "\n  mutation SignOutMutation {\n    logout\n  }\n": typeof types.SignOutMutationDocument,
    "\n  mutation AcceptInvitationMutation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.AcceptInvitationMutationDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    name\n    role\n    partnerId\n    partner {\n      id\n      name\n      acronym\n    }\n    active\n    invitationPending\n    lastLoginAt\n    createdAt\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query UserListQuery($filter: UserFilter) {\n    users(filter: $filter) {\n      ...UserRow\n    }\n  }\n": typeof types.UserListQueryDocument,
    "\n  query UserFormPartnersQuery {\n    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          country\n        }\n      }\n    }\n  }\n": typeof types.UserFormPartnersQueryDocument,
    "\n  mutation InviteUserMutation($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptPath\n      expiresAt\n      user {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.InviteUserMutationDocument,
    "\n  mutation ChangeUserRoleMutation($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.ChangeUserRoleMutationDocument,
    "\n  mutation DeactivateUserMutation($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRow\n    }\n  }\n": typeof types.DeactivateUserMutationDocument,
    "\n  mutation ReactivateUserMutation($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRow\n    }\n  }\n": typeof types.ReactivateUserMutationDocument,
};
const documents: Documents = {
    "\n  fragment PartnerRow on Partner {\n    id\n    name\n    acronym\n    country\n    countryName\n    regionCode\n    region {\n      id\n      code\n      name\n    }\n    type\n    role\n    fund\n    budgetEur\n    isDemo\n  }\n": types.PartnerRowFragmentDoc,
    "\n  query PartnerListQuery($filter: PartnerFilter, $orderBy: PartnerOrder, $first: Int, $after: String) {\n    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerRow\n        }\n      }\n    }\n  }\n": types.PartnerListQueryDocument,
    "\n  query PartnerFilterOptionsQuery {\n    countries {\n      code\n      name\n      euMember\n    }\n  }\n": types.PartnerFilterOptionsQueryDocument,
    "\n  query PartnerFormRegionsQuery($country: String) {\n    regions(country: $country) {\n      id\n      code\n      name\n      country\n    }\n  }\n": types.PartnerFormRegionsQueryDocument,
    "\n  query PartnerEditQuery($id: ID!) {\n    partner(id: $id) {\n      ...PartnerRow\n      website\n      contactEmail\n      updatedAt\n    }\n  }\n": types.PartnerEditQueryDocument,
    "\n  mutation CreatePartnerMutation($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerRow\n      website\n      contactEmail\n    }\n  }\n": types.CreatePartnerMutationDocument,
    "\n  mutation UpdatePartnerMutation($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerRow\n      website\n      contactEmail\n      updatedAt\n    }\n  }\n": types.UpdatePartnerMutationDocument,
    "\n  mutation DeletePartnerMutation($id: ID!) {\n    deletePartner(id: $id)\n  }\n": types.DeletePartnerMutationDocument,
    "\n  query PartnershipQuery {\n    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n          country\n          countryName\n          type\n          role\n          website\n          isDemo\n          region {\n            id\n            code\n            name\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n    countries {\n      code\n      name\n      euMember\n    }\n  }\n": types.PartnershipQueryDocument,
    "\n  query SessionQuery {\n    me {\n      id\n      email\n      name\n      role\n      partnerId\n      partner {\n        id\n        name\n      }\n    }\n  }\n": types.SessionQueryDocument,
    "\n  mutation SignInMutation($input: LoginInput!) {\n    login(input: $input) {\n      id\n      email\n      name\n      role\n      partnerId\n    }\n  }\n": types.SignInMutationDocument,
    "\n  mutation SignOutMutation {\n    logout\n  }\n": types.SignOutMutationDocument,
    "\n  mutation AcceptInvitationMutation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.AcceptInvitationMutationDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    name\n    role\n    partnerId\n    partner {\n      id\n      name\n      acronym\n    }\n    active\n    invitationPending\n    lastLoginAt\n    createdAt\n  }\n": types.UserRowFragmentDoc,
    "\n  query UserListQuery($filter: UserFilter) {\n    users(filter: $filter) {\n      ...UserRow\n    }\n  }\n": types.UserListQueryDocument,
    "\n  query UserFormPartnersQuery {\n    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          country\n        }\n      }\n    }\n  }\n": types.UserFormPartnersQueryDocument,
    "\n  mutation InviteUserMutation($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptPath\n      expiresAt\n      user {\n        ...UserRow\n      }\n    }\n  }\n": types.InviteUserMutationDocument,
    "\n  mutation ChangeUserRoleMutation($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserRow\n    }\n  }\n": types.ChangeUserRoleMutationDocument,
    "\n  mutation DeactivateUserMutation($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRow\n    }\n  }\n": types.DeactivateUserMutationDocument,
    "\n  mutation ReactivateUserMutation($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRow\n    }\n  }\n": types.ReactivateUserMutationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerRow on Partner {\n    id\n    name\n    acronym\n    country\n    countryName\n    regionCode\n    region {\n      id\n      code\n      name\n    }\n    type\n    role\n    fund\n    budgetEur\n    isDemo\n  }\n"): (typeof documents)["\n  fragment PartnerRow on Partner {\n    id\n    name\n    acronym\n    country\n    countryName\n    regionCode\n    region {\n      id\n      code\n      name\n    }\n    type\n    role\n    fund\n    budgetEur\n    isDemo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerListQuery($filter: PartnerFilter, $orderBy: PartnerOrder, $first: Int, $after: String) {\n    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerListQuery($filter: PartnerFilter, $orderBy: PartnerOrder, $first: Int, $after: String) {\n    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PartnerRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerFilterOptionsQuery {\n    countries {\n      code\n      name\n      euMember\n    }\n  }\n"): (typeof documents)["\n  query PartnerFilterOptionsQuery {\n    countries {\n      code\n      name\n      euMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerFormRegionsQuery($country: String) {\n    regions(country: $country) {\n      id\n      code\n      name\n      country\n    }\n  }\n"): (typeof documents)["\n  query PartnerFormRegionsQuery($country: String) {\n    regions(country: $country) {\n      id\n      code\n      name\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerEditQuery($id: ID!) {\n    partner(id: $id) {\n      ...PartnerRow\n      website\n      contactEmail\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query PartnerEditQuery($id: ID!) {\n    partner(id: $id) {\n      ...PartnerRow\n      website\n      contactEmail\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerMutation($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerRow\n      website\n      contactEmail\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerMutation($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerRow\n      website\n      contactEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerMutation($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerRow\n      website\n      contactEmail\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnerMutation($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerRow\n      website\n      contactEmail\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePartnerMutation($id: ID!) {\n    deletePartner(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePartnerMutation($id: ID!) {\n    deletePartner(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipQuery {\n    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n          country\n          countryName\n          type\n          role\n          website\n          isDemo\n          region {\n            id\n            code\n            name\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n    countries {\n      code\n      name\n      euMember\n    }\n  }\n"): (typeof documents)["\n  query PartnershipQuery {\n    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          acronym\n          country\n          countryName\n          type\n          role\n          website\n          isDemo\n          region {\n            id\n            code\n            name\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n    countries {\n      code\n      name\n      euMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionQuery {\n    me {\n      id\n      email\n      name\n      role\n      partnerId\n      partner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionQuery {\n    me {\n      id\n      email\n      name\n      role\n      partnerId\n      partner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInMutation($input: LoginInput!) {\n    login(input: $input) {\n      id\n      email\n      name\n      role\n      partnerId\n    }\n  }\n"): (typeof documents)["\n  mutation SignInMutation($input: LoginInput!) {\n    login(input: $input) {\n      id\n      email\n      name\n      role\n      partnerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutMutation {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOutMutation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitationMutation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      email\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitationMutation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      email\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    email\n    name\n    role\n    partnerId\n    partner {\n      id\n      name\n      acronym\n    }\n    active\n    invitationPending\n    lastLoginAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    email\n    name\n    role\n    partnerId\n    partner {\n      id\n      name\n      acronym\n    }\n    active\n    invitationPending\n    lastLoginAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserListQuery($filter: UserFilter) {\n    users(filter: $filter) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  query UserListQuery($filter: UserFilter) {\n    users(filter: $filter) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserFormPartnersQuery {\n    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserFormPartnersQuery {\n    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUserMutation($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptPath\n      expiresAt\n      user {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUserMutation($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptPath\n      expiresAt\n      user {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRoleMutation($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRoleMutation($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUserMutation($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUserMutation($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUserMutation($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUserMutation($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRow\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;