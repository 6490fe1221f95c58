import { graphql } from '../gql';

// The policy-learning cycle: the admin console's board, cycle page and editors, and the
// portal's pilots and cycle story.

export const CycleCardFragmentDoc = graphql(`
  fragment CycleCard on LearningCycle {
    id
    title
    stage
    iteration
    isPublic
    isDemo
    finishedAt
    updatedAt
    partnerId
    region {
      id
      code
      name
      country
    }
    partner {
      id
      name
      acronym
    }
  }
`);

export const CycleBoardQuery = graphql(`
  query CycleBoardQuery($filter: LearningCycleFilter) {
    learningCycles(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          ...CycleCard
        }
      }
    }
  }
`);

export const MeasureFieldsFragmentDoc = graphql(`
  fragment MeasureFields on ActionMeasure {
    id
    title
    objective
    gapIndicatorCode
    players
    startsOn
    endsOn
    costEur
    fundingSource
    fromTodoId
    indicators {
      id
      kind
      indicatorId
      name
      unit
      baseline
      target
    }
  }
`);

export const PilotFieldsFragmentDoc = graphql(`
  fragment PilotFields on PilotAction {
    id
    cycleId
    measureId
    title
    description
    areas
    startsOn
    endsOn
    budgetEur
    status
    isDemo
    leadPartnerId
    participantPartnerIds
    leadPartner {
      id
      name
      country
    }
    participants {
      id
      name
      country
    }
    region {
      id
      code
      name
      country
    }
    kpis {
      indicator {
        id
        kind
        name
        unit
        baseline
        target
      }
      readings {
        id
        date
        value
        note
        evidenceUrl
        achievement
      }
      latestValue
      latestDate
      achievement
      status
    }
  }
`);

export const PeerReviewFieldsFragmentDoc = graphql(`
  fragment PeerReviewFields on PeerReview {
    id
    topic
    startsOn
    endsOn
    status
    completedAt
    isDemo
    hostPartnerId
    selfAssessment
    peerAnalysis
    recommendations
    peerCountries
    peers {
      name
      organisation
      country
    }
    hostRegion {
      id
      code
      name
    }
    hostPartner {
      id
      name
    }
    todos {
      id
      text
      measureId
    }
    completionBlockers {
      guard
      message
    }
  }
`);

export const CycleStoryFragmentDoc = graphql(`
  fragment CycleStory on LearningCycle {
    ...CycleCard
    previousCycleId
    nextCycleId
    selectedPracticeIds
    selectedPractices {
      id
      slug
      title
      countryName
    }
    createdAt
    transitions {
      id
      iteration
      event
      from
      to
      actorName
      at
      reason
    }
    assessment {
      context
      strengths
      barriers
      missingData
      updatedAt
    }
    benchmarkSnapshot {
      id
      regionCode
      regionName
      year
      takenAt
      composite
      rank
      rankedCount
      weaknesses
      chosenGaps
      demoDataUsed
      referenceRegions {
        code
        name
        country
        distance
        rank
      }
      indicators {
        code
        name
        unit
        area
        value
        valueYear
        score
        groupMean
        groupBest
        groupBestRegion
        gap
        percentile
      }
    }
    peerReviews {
      ...PeerReviewFields
    }
    measures {
      ...MeasureFields
    }
    pilots {
      ...PilotFields
    }
    evaluation {
      id
      findings
      lessons
      transferability
      decision
      updatedAt
      kpiResults {
        pilotId
        pilotTitle
        measureIndicatorId
        name
        unit
        baseline
        target
        actual
        achievement
        status
      }
    }
    transfer {
      id
      summary
      evaluationId
      practiceId
      practice {
        id
        slug
        title
        status
      }
      createdAt
    }
  }
`);

export const CyclePageQuery = graphql(`
  query CyclePageQuery($id: ID!) {
    learningCycle(id: $id) {
      ...CycleStory
      canEdit
      availableTransitions {
        event
        to
        allowed
        needsReason
        failedGuards {
          guard
          message
        }
      }
    }
  }
`);

export const PeerMatchesQuery = graphql(`
  query PeerMatchesQuery($cycleId: ID!) {
    peerMatches(cycleId: $cycleId, first: 5) {
      rank
      distance
      reason
      region {
        id
        code
        name
        country
      }
      partners {
        id
        name
      }
      pilots {
        id
        title
      }
      practices {
        id
        slug
        title
      }
      betterOn {
        indicatorCode
        indicatorName
        unit
        value
        targetValue
      }
    }
  }
`);

export const CreateLearningCycleMutation = graphql(`
  mutation CreateLearningCycleMutation($input: CreateLearningCycleInput!) {
    createLearningCycle(input: $input) {
      id
    }
  }
`);

export const UpdateLearningCycleMutation = graphql(`
  mutation UpdateLearningCycleMutation($input: UpdateLearningCycleInput!) {
    updateLearningCycle(input: $input) {
      id
      title
      isPublic
    }
  }
`);

export const TransitionLearningCycleMutation = graphql(`
  mutation TransitionLearningCycleMutation($input: TransitionLearningCycleInput!) {
    transitionLearningCycle(input: $input) {
      id
      stage
    }
  }
`);

export const SaveRegionalAssessmentMutation = graphql(`
  mutation SaveRegionalAssessmentMutation($input: RegionalAssessmentInput!) {
    saveRegionalAssessment(input: $input) {
      id
    }
  }
`);

export const SaveBenchmarkSnapshotMutation = graphql(`
  mutation SaveBenchmarkSnapshotMutation($input: SaveBenchmarkSnapshotInput!) {
    saveBenchmarkSnapshot(input: $input) {
      id
    }
  }
`);

export const ChooseBenchmarkGapsMutation = graphql(`
  mutation ChooseBenchmarkGapsMutation($input: ChooseGapsInput!) {
    chooseBenchmarkGaps(input: $input) {
      id
    }
  }
`);

export const SavePeerReviewMutation = graphql(`
  mutation SavePeerReviewMutation($input: PeerReviewInput!) {
    savePeerReview(input: $input) {
      id
    }
  }
`);

export const CompletePeerReviewMutation = graphql(`
  mutation CompletePeerReviewMutation($id: ID!) {
    completePeerReview(id: $id) {
      id
      status
    }
  }
`);

export const CreateMeasureFromTodoMutation = graphql(`
  mutation CreateMeasureFromTodoMutation($todoId: ID!) {
    createMeasureFromTodo(todoId: $todoId) {
      id
    }
  }
`);

export const SaveMeasureMutation = graphql(`
  mutation SaveMeasureMutation($input: MeasureInput!) {
    saveMeasure(input: $input) {
      id
    }
  }
`);

export const DeleteMeasureMutation = graphql(`
  mutation DeleteMeasureMutation($id: ID!) {
    deleteMeasure(id: $id)
  }
`);

export const DeleteKpiReadingMutation = graphql(`
  mutation DeleteKpiReadingMutation($id: ID!) {
    deleteKpiReading(id: $id)
  }
`);

export const SelectPracticesMutation = graphql(`
  mutation SelectPracticesMutation($input: SelectPracticesInput!) {
    selectPractices(input: $input) {
      id
      selectedPracticeIds
    }
  }
`);

export const PracticePickerQuery = graphql(`
  query PracticePickerQuery($query: String) {
    practices(query: $query, first: 20) {
      edges {
        node {
          id
          title
          countryName
        }
      }
    }
  }
`);

export const DraftPracticeFromCycleMutation = graphql(`
  mutation DraftPracticeFromCycleMutation($cycleId: ID!) {
    draftPracticeFromCycle(cycleId: $cycleId) {
      id
      practiceId
    }
  }
`);

export const SavePilotActionMutation = graphql(`
  mutation SavePilotActionMutation($input: PilotActionInput!) {
    savePilotAction(input: $input) {
      id
    }
  }
`);

export const AddKpiReadingMutation = graphql(`
  mutation AddKpiReadingMutation($input: KpiReadingInput!) {
    addKpiReading(input: $input) {
      id
    }
  }
`);

export const SaveEvaluationMutation = graphql(`
  mutation SaveEvaluationMutation($input: EvaluationInput!) {
    saveEvaluation(input: $input) {
      id
    }
  }
`);

export const SaveTransferMutation = graphql(`
  mutation SaveTransferMutation($input: TransferInput!) {
    saveTransfer(input: $input) {
      id
    }
  }
`);

export const CycleFormOptionsQuery = graphql(`
  query CycleFormOptionsQuery {
    regions {
      code
      name
      country
    }
    partners(first: 100) {
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

// Portal
export const PilotListQuery = graphql(`
  query PilotListQuery($filter: PilotActionFilter, $first: Int, $after: String) {
    pilotActions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PilotFields
          cycle {
            id
            title
            isPublic
          }
        }
      }
    }
  }
`);

export const CycleStoryQuery = graphql(`
  query CycleStoryQuery($id: ID!) {
    learningCycle(id: $id) {
      ...CycleStory
    }
  }
`);

export const PeerRecommendationsQuery = graphql(`
  query PeerRecommendationsQuery {
    peerReviews(completedOnly: true, first: 20) {
      edges {
        node {
          ...PeerReviewFields
          cycle {
            id
            title
            isPublic
          }
        }
      }
    }
  }
`);

export const PublicCyclesQuery = graphql(`
  query PublicCyclesQuery {
    learningCycles(first: 100) {
      edges {
        node {
          ...CycleCard
        }
      }
    }
  }
`);

export const PilotFilterOptionsQuery = graphql(`
  query PilotFilterOptionsQuery {
    countries {
      code
      name
    }
  }
`);
