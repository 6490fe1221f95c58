import { graphql } from '../gql';

// The S3 training package. Portal: catalogue (/training), module and quiz
// (/training/modules/:moduleSlug), learner dashboard, registration and sign-in, certificate
// verification and the RIS3 self-assessment wheel. Admin: authoring and statistics.

export const TrainingCatalogueQuery = graphql(`
  query TrainingCatalogueQuery {
    trainingModules {
      id
      slug
      position
      ris3Step
      developmentAreas
      title
      summary
      durationMinutes
      displayedLanguage
      lessonCount
      questionCount
      passMark
    }
  }
`);

export const TrainingModuleQuery = graphql(`
  query TrainingModuleQuery($slug: String!) {
    trainingModule(slug: $slug) {
      id
      slug
      ris3Step
      developmentAreas
      title
      summary
      durationMinutes
      language
      displayedLanguage
      passMark
      resources {
        kind
        title
        url
      }
      lessons {
        id
        position
        title
        body
        displayedLanguage
        toolLinks {
          label
          path
        }
      }
      questions {
        id
        position
        kind
        prompt
        options {
          id
          text
        }
      }
    }
  }
`);

export const SubmitQuizMutation = graphql(`
  mutation SubmitQuizMutation($input: SubmitQuizInput!) {
    submitQuizAttempt(input: $input) {
      attemptId
      correct
      total
      percent
      passMark
      passed
      questions {
        questionId
        correct
        chosenOptionIds
        correctOptionIds
        explanation
      }
      certificate {
        id
        code
        moduleId
        learnerName
        moduleTitle
        percent
        issuedAt
      }
    }
  }
`);

export const LearnerSessionQuery = graphql(`
  query LearnerSessionQuery {
    me {
      id
      name
      email
      role
    }
  }
`);

export const MyTrainingProgressQuery = graphql(`
  query MyTrainingProgressQuery {
    myTrainingProgress {
      moduleId
      completedLessonIds
      bestPercent
      attempts
      passed
      certificate {
        id
        code
        moduleId
        learnerName
        moduleTitle
        percent
        issuedAt
      }
    }
  }
`);

export const CompleteLessonsMutation = graphql(`
  mutation CompleteLessonsMutation($lessonIds: [ID!]!) {
    completeTrainingLessons(lessonIds: $lessonIds) {
      moduleId
      completedLessonIds
    }
  }
`);

export const RegisterLearnerMutation = graphql(`
  mutation RegisterLearnerMutation($input: RegisterLearnerInput!) {
    registerLearner(input: $input)
  }
`);

export const ConfirmLearnerMutation = graphql(`
  mutation ConfirmLearnerMutation($token: String!) {
    confirmLearnerEmail(token: $token) {
      id
      name
      email
      role
    }
  }
`);

export const CertificatePdfQuery = graphql(`
  query CertificatePdfQuery($code: String!) {
    certificatePdf(code: $code) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const VerifyCertificateQuery = graphql(`
  query VerifyCertificateQuery($code: String!) {
    verifyCertificate(code: $code) {
      code
      learnerName
      moduleTitle
      issuedAt
      percent
    }
  }
`);

export const SelfAssessmentReportQuery = graphql(`
  query SelfAssessmentReportQuery($input: SelfAssessmentReportInput!) {
    selfAssessmentReport(input: $input) {
      partnershipAssessments
      summary {
        overall
        completeness
        steps {
          step
          mean
          min
          max
          scored
          noInformation
        }
      }
      comparison {
        step
        own
        partnershipMean
        partnershipMedian
        partnershipCount
        gap
        earlier
        change
      }
    }
  }
`);

export const MySelfAssessmentsQuery = graphql(`
  query MySelfAssessmentsQuery {
    mySelfAssessments {
      id
      label
      cycleId
      overall
      createdAt
      scores {
        step
        criterion
        score
      }
    }
    learningCycles(first: 50, filter: { stages: [ANALYSIS] }) {
      edges {
        node {
          id
          title
          canEdit
        }
      }
    }
  }
`);

export const SaveSelfAssessmentMutation = graphql(`
  mutation SaveSelfAssessmentMutation($input: SaveSelfAssessmentInput!) {
    saveSelfAssessment(input: $input) {
      id
      label
      cycleId
      overall
      createdAt
      scores {
        step
        criterion
        score
      }
    }
  }
`);

// ---- admin console: authoring and statistics ----

export const AdminTrainingModulesQuery = graphql(`
  query AdminTrainingModulesQuery {
    trainingModules(includeDrafts: true, locale: "en") {
      id
      slug
      position
      title
      status
      ris3Step
      lessonCount
      questionCount
      passMark
      isDemo
      publishedAt
    }
    trainingStatistics {
      moduleId
      title
      status
      learners
      completions
      completionRate
      attempts
      averagePercent
      mostMissed {
        questionId
        prompt
        wrong
        answered
      }
    }
  }
`);

export const AdminTrainingModuleQuery = graphql(`
  query AdminTrainingModuleQuery($id: ID!) {
    trainingModule(id: $id, locale: "en") {
      id
      slug
      title
      summary
      ris3Step
      developmentAreas
      durationMinutes
      language
      availableLanguages
      passMark
      status
      resources {
        kind
        title
        url
      }
      lessons(locale: "en") {
        id
        position
        title
        body
        toolLinks {
          label
          path
        }
      }
      questionKeys {
        id
        position
        kind
        prompt
        options {
          id
          text
        }
        correctOptionIds
        explanation
      }
    }
  }
`);

export const SaveTrainingModuleMutation = graphql(`
  mutation SaveTrainingModuleMutation($input: SaveTrainingModuleInput!) {
    saveTrainingModule(input: $input) {
      id
      slug
      title
      status
    }
  }
`);

export const SetTrainingModuleStatusMutation = graphql(`
  mutation SetTrainingModuleStatusMutation($input: SetTrainingModuleStatusInput!) {
    setTrainingModuleStatus(input: $input) {
      id
      status
      publishedAt
    }
  }
`);

export const SaveTrainingLessonMutation = graphql(`
  mutation SaveTrainingLessonMutation($input: SaveTrainingLessonInput!) {
    saveTrainingLesson(input: $input) {
      id
      position
      title
      body
    }
  }
`);

export const DeleteTrainingLessonMutation = graphql(`
  mutation DeleteTrainingLessonMutation($id: ID!) {
    deleteTrainingLesson(id: $id)
  }
`);

export const ReorderTrainingLessonsMutation = graphql(`
  mutation ReorderTrainingLessonsMutation($input: ReorderInput!) {
    reorderTrainingLessons(input: $input)
  }
`);

export const SaveQuizQuestionMutation = graphql(`
  mutation SaveQuizQuestionMutation($input: SaveQuizQuestionInput!) {
    saveQuizQuestion(input: $input) {
      id
      position
      kind
      prompt
      correctOptionIds
      explanation
    }
  }
`);

export const DeleteQuizQuestionMutation = graphql(`
  mutation DeleteQuizQuestionMutation($id: ID!) {
    deleteQuizQuestion(id: $id)
  }
`);

export const ReorderQuizQuestionsMutation = graphql(`
  mutation ReorderQuizQuestionsMutation($input: ReorderInput!) {
    reorderQuizQuestions(input: $input)
  }
`);
