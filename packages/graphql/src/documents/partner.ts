import { graphql } from '../gql';

export const PartnerRowFragmentDoc = graphql(`
  fragment PartnerRow on Partner {
    id
    name
    acronym
    country
    countryName
    regionCode
    region {
      id
      code
      name
    }
    type
    role
    fund
    budgetEur
    isDemo
  }
`);

export const PartnerListQuery = graphql(`
  query PartnerListQuery($filter: PartnerFilter, $orderBy: PartnerOrder, $first: Int, $after: String) {
    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...PartnerRow
        }
      }
    }
  }
`);

export const PartnerFilterOptionsQuery = graphql(`
  query PartnerFilterOptionsQuery {
    countries {
      code
      name
      euMember
    }
  }
`);

export const PartnerFormRegionsQuery = graphql(`
  query PartnerFormRegionsQuery($country: String) {
    regions(country: $country) {
      id
      code
      name
      country
    }
  }
`);

export const PartnerEditQuery = graphql(`
  query PartnerEditQuery($id: ID!) {
    partner(id: $id) {
      ...PartnerRow
      website
      contactEmail
      updatedAt
    }
  }
`);

export const CreatePartnerMutation = graphql(`
  mutation CreatePartnerMutation($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      ...PartnerRow
      website
      contactEmail
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartnerMutation($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      ...PartnerRow
      website
      contactEmail
      updatedAt
    }
  }
`);

export const DeletePartnerMutation = graphql(`
  mutation DeletePartnerMutation($id: ID!) {
    deletePartner(id: $id)
  }
`);
