import { graphql } from '../gql';

// Foresight (Delphi). Portal: the exercise list (/foresight), results (/foresight/:id), scenarios
// (/foresight/:id/scenarios) and the panellist's answering page (/foresight/answer/:token).
// Admin: the exercise console (/foresight).

export const ForesightListQuery = graphql(`
  query ForesightListQuery {
    foresightExercises {
      id
      title
      topic
      method
      status
      horizonYear
      regionCode
      regionName
      areas
      isDemo
      displayedLanguage
      resultsPublishedAt
      rounds {
        id
        number
        isOpen
      }
    }
  }
`);

export const ForesightResultsQuery = graphql(`
  query ForesightResultsQuery($id: ID!) {
    foresightExercise(id: $id) {
      id
      title
      topic
      method
      status
      horizonYear
      regionCode
      regionName
      isDemo
      displayedLanguage
      resultsPublishedAt
      rounds {
        id
        number
        isOpen
      }
      results {
        statement {
          id
          position
          theme
          text
        }
        items {
          item {
            id
            kind
            scaleMin
            scaleMax
            consensusRule {
              maxIqr
              minTopShare
              maxSd
            }
          }
          rounds {
            roundNumber
            frozen
            n
            median
            q1
            q3
            iqr
            topShare
            consensus
            medianChange
            stable
            distribution {
              value
              count
            }
          }
          arguments
        }
        indicators {
          code
          name
          unit
          year
          regionValue
          averageValue
        }
      }
    }
  }
`);

export const ForesightScenariosQuery = graphql(`
  query ForesightScenariosQuery($id: ID!) {
    foresightExercise(id: $id) {
      id
      title
      horizonYear
      isDemo
      statements {
        id
        position
        text
      }
      drivers {
        id
        statementId
        name
        description
        projections
      }
      scenarios {
        id
        title
        narrative
        choices {
          driverId
          driverName
          projection
        }
      }
    }
  }
`);

export const ExportForesightResultsQuery = graphql(`
  query ExportForesightResultsQuery($id: ID!, $format: FileFormat!) {
    exportForesightResults(exerciseId: $id, format: $format) {
      fileName
      contentType
      contentBase64
      rowCount
    }
  }
`);

export const PanelSessionFields = graphql(`
  fragment PanelSessionFields on PanelSession {
    roundOpen
    answeredItems
    stakeholderType
    expertise
    round {
      id
      number
      isOpen
      closesAt
    }
    exercise {
      id
      title
      topic
      method
      horizonYear
      regionName
      isDemo
    }
    statements {
      statement {
        id
        position
        theme
        text
      }
      items {
        item {
          id
          kind
          scaleMin
          scaleMax
        }
        answer {
          value
          confidence
          argument
        }
        previousAnswer {
          value
          argument
        }
        group {
          roundNumber
          frozen
          n
          median
          q1
          q3
          consensus
        }
        arguments
        reasonRequired
      }
      comments {
        id
        parentId
        body
        createdAt
        status
        mine
      }
    }
  }
`);

export const PanelSessionQuery = graphql(`
  query PanelSessionQuery($token: String!) {
    panelSession(token: $token) {
      ...PanelSessionFields
    }
  }
`);

export const SubmitForesightAnswersMutation = graphql(`
  mutation SubmitForesightAnswersMutation($token: String!, $input: SubmitForesightAnswersInput!) {
    submitForesightAnswers(token: $token, input: $input) {
      ...PanelSessionFields
    }
  }
`);

export const UpdatePanellistProfileMutation = graphql(`
  mutation UpdatePanellistProfileMutation($token: String!, $input: PanellistProfileInput!) {
    updatePanellistProfile(token: $token, input: $input) {
      stakeholderType
      expertise
    }
  }
`);

export const PostForesightCommentMutation = graphql(`
  mutation PostForesightCommentMutation($token: String!, $input: ForesightCommentInput!) {
    postForesightComment(token: $token, input: $input) {
      id
      parentId
      body
      createdAt
      status
      mine
    }
  }
`);

/** Real time: the answering page refetches its statistics when the exercise changes. */
export const ForesightChangedSubscription = graphql(`
  subscription ForesightChangedSubscription($token: String!) {
    foresightChanged(token: $token) {
      exerciseId
      kind
      at
    }
  }
`);

// ---------------------------------------------------------------- admin console

export const ManagedForesightQuery = graphql(`
  query ManagedForesightQuery {
    managedForesightExercises {
      id
      title
      method
      status
      horizonYear
      regionCode
      isDemo
      resultsPublishedAt
      rounds {
        id
        number
        isOpen
      }
    }
  }
`);

export const ForesightConsoleQuery = graphql(`
  query ForesightConsoleQuery($id: ID!) {
    foresightExercise(id: $id) {
      id
      title
      topic
      method
      status
      horizonYear
      regionCode
      language
      areas
      isDemo
      canManage
      resultsPublishedAt
      stabilityMaxChange
      consensusRule {
        maxIqr
        minTopShare
        maxSd
        minResponses
        combine
      }
      rounds {
        id
        number
        openedAt
        closesAt
        closedAt
        isOpen
      }
      statements {
        id
        position
        theme
        text
        indicatorCodes
        items {
          id
          kind
          scaleMin
          scaleMax
        }
      }
      participation {
        invited
        revoked
        rounds {
          roundNumber
          respondents
          responses
          itemsWithConsensus
          items
        }
      }
      invitations {
        id
        label
        invitedByEmail
        createdAt
        revokedAt
      }
      comments {
        id
        statementId
        parentId
        body
        createdAt
        status
      }
      results {
        statement {
          id
        }
        items {
          item {
            id
            kind
          }
          rounds {
            roundNumber
            frozen
            n
            median
            q1
            q3
            iqr
            topShare
            consensus
            stable
          }
        }
      }
    }
  }
`);

export const SaveForesightExerciseMutation = graphql(`
  mutation SaveForesightExerciseMutation($input: ForesightExerciseInput!) {
    saveForesightExercise(input: $input) {
      id
      title
      status
    }
  }
`);

export const SaveForesightStatementMutation = graphql(`
  mutation SaveForesightStatementMutation($input: ForesightStatementInput!) {
    saveForesightStatement(input: $input) {
      id
    }
  }
`);

export const DeleteForesightStatementMutation = graphql(`
  mutation DeleteForesightStatementMutation($id: ID!) {
    deleteForesightStatement(id: $id)
  }
`);

export const InviteForesightPanellistsMutation = graphql(`
  mutation InviteForesightPanellistsMutation($input: InviteForesightPanellistsInput!) {
    inviteForesightPanellists(input: $input) {
      answerPath
      invitation {
        id
        label
      }
    }
  }
`);

export const RevokeForesightInvitationMutation = graphql(`
  mutation RevokeForesightInvitationMutation($id: ID!) {
    revokeForesightInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);

export const OpenForesightRoundMutation = graphql(`
  mutation OpenForesightRoundMutation($input: OpenForesightRoundInput!) {
    openForesightRound(input: $input) {
      id
      status
    }
  }
`);

export const CloseForesightRoundMutation = graphql(`
  mutation CloseForesightRoundMutation($exerciseId: ID!, $finish: Boolean) {
    closeForesightRound(exerciseId: $exerciseId, finish: $finish) {
      id
      status
    }
  }
`);

export const PublishForesightResultsMutation = graphql(`
  mutation PublishForesightResultsMutation($exerciseId: ID!, $published: Boolean!) {
    publishForesightResults(exerciseId: $exerciseId, published: $published) {
      id
      resultsPublishedAt
    }
  }
`);

export const ModerateForesightCommentMutation = graphql(`
  mutation ModerateForesightCommentMutation($id: ID!, $hidden: Boolean!) {
    moderateForesightComment(id: $id, hidden: $hidden) {
      id
      status
    }
  }
`);

export const ForesightExerciseChangedSubscription = graphql(`
  subscription ForesightExerciseChangedSubscription($exerciseId: ID!) {
    foresightExerciseChanged(exerciseId: $exerciseId) {
      exerciseId
      kind
      at
    }
  }
`);
