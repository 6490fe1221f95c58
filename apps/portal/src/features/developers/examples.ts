import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

export interface ApiExample {
  id: string;
  title: MessageDescriptor;
  description: MessageDescriptor;
  query: string;
  variables?: Record<string, unknown>;
}

// Each query must stay valid against packages/graphql/schema.graphql.
export const examples: ApiExample[] = [
  {
    id: 'partners-page',
    title: msg`Partners, one page at a time`,
    description: msg`The first five partners by name, with the cursor for the next page and the total count.`,
    query: `query Partners($first: Int!, $after: String) {
  partners(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node { id name acronym country type role isDemo }
    }
  }
}`,
    variables: { first: 5, after: null },
  },
  {
    id: 'filtered-partners',
    title: msg`Partners of one country`,
    description: msg`Filters combine: countries, types, roles and a search on name or acronym.`,
    query: `query RomanianPartners {
  partners(filter: { countries: ["RO"] }, first: 20) {
    totalCount
    edges { node { name acronym type region { code name } } }
  }
}`,
  },
  {
    id: 'regions',
    title: msg`Regions of a country`,
    description: msg`NUTS regions with their centroids, and the partners located in each.`,
    query: `query Regions($country: String) {
  regions(country: $country) {
    code
    name
    level
    latitude
    longitude
    partners { name }
  }
}`,
    variables: { country: 'IT' },
  },
  {
    id: 'partner-by-id',
    title: msg`One partner by id`,
    description: msg`Ids come from any list; this example is filled with the first partner’s id.`,
    query: `query Partner($id: ID!) {
  partner(id: $id) {
    id
    name
    acronym
    countryName
    type
    role
    fund
    budgetEur
    website
    region { code name }
    updatedAt
  }
}`,
    variables: { id: '' },
  },
];
