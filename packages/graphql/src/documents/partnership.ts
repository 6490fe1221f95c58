import { graphql } from '../gql';

// The portal's partnership page: every partner with its region's centroid, plus country names.
export const PartnershipQuery = graphql(`
  query PartnershipQuery {
    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          name
          acronym
          country
          countryName
          type
          role
          website
          isDemo
          region {
            id
            code
            name
            latitude
            longitude
          }
        }
      }
    }
    countries {
      code
      name
      euMember
    }
  }
`);
