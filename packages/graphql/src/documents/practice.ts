import { graphql } from '../gql';

// Policy examples. Portal: the explorer (/practices) and the practice page (/practices/:slug).
export const PracticeSearchQuery = graphql(`
  query PracticeSearchQuery($query: String, $filter: PracticeFilter, $sort: PracticeSort, $first: Int, $after: String) {
    regions {
      id
      code
      name
      latitude
      longitude
    }
    practices(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        snippet {
          text
          highlighted
        }
        node {
          id
          slug
          title
          country
          countryName
          language
          instrument
          developmentAreas
          startYear
          endYear
          isDemo
          regions {
            id
            code
            name
            latitude
            longitude
          }
          partner {
            id
            name
          }
        }
      }
      facets {
        countries {
          value
          label
          count
        }
        regions {
          value
          label
          count
        }
        developmentAreas {
          value
          label
          count
        }
        instruments {
          value
          label
          count
        }
        targetGroups {
          value
          label
          count
        }
        years {
          value
          label
          count
        }
      }
    }
  }
`);

export const PracticeCardFragmentDoc = graphql(`
  fragment PracticeCard on Practice {
    id
    slug
    title
    summary
    countryName
    instrument
    isDemo
  }
`);

export const PracticePageQuery = graphql(`
  query PracticePageQuery($slug: String!) {
    practice(slug: $slug) {
      id
      slug
      title
      status
      summary
      description
      resourcesNeeded
      startYear
      endYear
      evidence
      results {
        description
        unit
        before
        after
        beforeYear
        afterYear
        indicator {
          id
          code
          name
          unit
        }
      }
      difficulties
      transferPotential
      lessonsLearned
      institution
      country
      countryName
      developmentAreas
      instrument
      targetGroups
      budgetEur
      fundingSource
      links {
        label
        url
      }
      attachments {
        name
        url
        mimeType
        sizeBytes
      }
      language
      isDemo
      publishedAt
      updatedAt
      contact {
        name
        email
        phone
      }
      regions {
        id
        code
        name
      }
      partner {
        id
        name
        acronym
        countryName
        website
      }
      similar(first: 4) {
        ...PracticeCard
      }
      fromSimilarRegions(first: 4) {
        ...PracticeCard
        regions {
          id
          code
          name
        }
      }
    }
  }
`);

export const PracticeRegionBenchmarkQuery = graphql(`
  query PracticeRegionBenchmarkQuery($region: String!) {
    benchmark(region: $region) {
      year
      demoDataUsed
      composite {
        rank
        rankedCount
        performanceGroup {
          group
          subgroup
        }
      }
      strengths {
        indicator {
          id
          name
        }
      }
      weaknesses {
        indicator {
          id
          name
        }
      }
    }
  }
`);

// Admin console: moderation queue, editor, history.
export const ManagedPracticesQuery = graphql(`
  query ManagedPracticesQuery($filter: ManagedPracticeFilter, $first: Int, $after: String) {
    practiceStatusCounts {
      status
      count
      revisions
    }
    managedPractices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          title
          status
          countryName
          updatedAt
          submittedAt
          isDemo
          availableActions
          partner {
            id
            name
          }
          pendingRevision {
            id
            status
            updatedAt
          }
        }
      }
    }
  }
`);

export const PracticeEditorQuery = graphql(`
  query PracticeEditorQuery($id: ID!) {
    practice(id: $id) {
      id
      slug
      status
      availableActions
      title
      summary
      description
      resourcesNeeded
      startYear
      endYear
      evidence
      results {
        description
      }
      difficulties
      transferPotential
      lessonsLearned
      institution
      country
      regions {
        id
        code
      }
      developmentAreas
      instrument
      targetGroups
      budgetEur
      fundingSource
      contact {
        name
        email
        phone
      }
      language
      partner {
        id
        name
      }
      pendingRevision {
        id
        status
        title
        summary
        description
        resourcesNeeded
        startYear
        endYear
        evidence
        results {
          description
        }
        difficulties
        transferPotential
        lessonsLearned
        institution
        country
        regions {
          id
          code
        }
        developmentAreas
        instrument
        targetGroups
        budgetEur
        fundingSource
        language
      }
      history {
        id
        action
        fromStatus
        toStatus
        onRevision
        changedFields
        comment
        at
        actor {
          id
          name
        }
      }
    }
  }
`);

export const CreatePracticeMutation = graphql(`
  mutation CreatePracticeMutation($input: CreatePracticeInput!) {
    createPractice(input: $input) {
      id
      slug
      status
    }
  }
`);

export const UpdatePracticeMutation = graphql(`
  mutation UpdatePracticeMutation($input: UpdatePracticeInput!) {
    updatePractice(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const TransitionPracticeMutation = graphql(`
  mutation TransitionPracticeMutation($input: TransitionPracticeInput!) {
    transitionPractice(input: $input) {
      id
      status
    }
  }
`);

export const PublishPracticesMutation = graphql(`
  mutation PublishPracticesMutation($ids: [ID!]!, $comment: String) {
    publishPractices(ids: $ids, comment: $comment) {
      id
      ok
      code
      message
    }
  }
`);

export const PracticePartnerOptionsQuery = graphql(`
  query PracticePartnerOptionsQuery {
    partners(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
