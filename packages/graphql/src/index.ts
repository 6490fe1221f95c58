// The typed documents both browser apps use, and the schema types they need. Result and
// variable types of an operation come from its document: ResultOf<typeof PartnerListQuery>.
export * from './documents/session';
export * from './documents/partner';
export * from './documents/user';
export * from './documents/partnership';
export type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
export type {
  ChangeUserRoleInput,
  CreatePartnerInput,
  Fund,
  InviteUserInput,
  PartnerFilter,
  PartnerOrder,
  PartnerRole,
  PartnerRowFragment,
  PartnerSortField,
  PartnerType,
  Role,
  SortDirection,
  UpdatePartnerInput,
  UserFilter,
  UserRowFragment,
} from './gql/graphql';
