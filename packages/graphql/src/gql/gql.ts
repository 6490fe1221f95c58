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
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    createdAt\n    userId\n    userEmail\n    operation\n    action\n    entityType\n    entityId\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": typeof types.AuditLogQueryDocument,
    "\n  query AuditFilterOptionsQuery {\n    auditEntityTypes\n    users {\n      id\n      name\n      email\n    }\n  }\n": typeof types.AuditFilterOptionsQueryDocument,
    "\n  mutation UnlockSignInMutation($email: String!) {\n    unlockSignIn(email: $email)\n  }\n": typeof types.UnlockSignInMutationDocument,
    "\n  query BenchmarkSetupQuery {\n    regions {\n      id\n      code\n      name\n      country\n      latitude\n      longitude\n    }\n    countries {\n      code\n      name\n    }\n    availableYears\n    similarityDimensions {\n      name\n      indicators {\n        id\n        code\n        name\n      }\n    }\n    indicators(filter: { kind: PERFORMANCE }) {\n      id\n      code\n      name\n      unit\n      area\n    }\n  }\n": typeof types.BenchmarkSetupQueryDocument,
    "\n  fragment BenchmarkRegion on Region {\n    id\n    code\n    name\n    country\n    latitude\n    longitude\n  }\n": typeof types.BenchmarkRegionFragmentDoc,
    "\n  query BenchmarkQuery($region: String!, $options: BenchmarkOptions) {\n    benchmark(region: $region, options: $options) {\n      region {\n        ...BenchmarkRegion\n      }\n      year\n      compareYear\n      normalisation\n      aggregation\n      minCoverage\n      uncertaintyDraws\n      demoDataUsed\n      referenceRegions {\n        distance\n        rank\n        region {\n          ...BenchmarkRegion\n        }\n      }\n      indicators {\n        indicator {\n          id\n          code\n          name\n          unit\n          area\n          polarity\n        }\n        value\n        valueYear\n        flag\n        isDemo\n        score\n        weight\n        groupCount\n        groupMean\n        groupMedian\n        groupBest\n        groupBestRegion {\n          id\n          code\n          name\n        }\n        gap\n        percentile\n        change {\n          value\n          valueYear\n          score\n          valueChange\n          scoreChange\n        }\n      }\n      strengths {\n        gap\n        indicator {\n          id\n          code\n          name\n        }\n      }\n      weaknesses {\n        gap\n        indicator {\n          id\n          code\n          name\n        }\n      }\n      areas {\n        area\n        score\n        groupMean\n        groupBest\n        indicatorCount\n      }\n      composite {\n        value\n        coverage\n        rank\n        rankedCount\n        groupMean\n        groupMedian\n        groupBest\n        compareValue\n        change\n        uncertainty {\n          median\n          low\n          high\n          draws\n        }\n        performanceGroup {\n          group\n          subgroup\n          indexRelativeToAverage\n        }\n      }\n      ranking {\n        isTarget\n        composite\n        coverage\n        rank\n        region {\n          id\n          code\n          name\n          country\n        }\n        uncertainty {\n          median\n          low\n          high\n          draws\n        }\n      }\n    }\n  }\n": typeof types.BenchmarkQueryDocument,
    "\n  query RegionProfileQuery($code: String!, $year: Int) {\n    region(code: $code) {\n      id\n      code\n      name\n      partners {\n        id\n        name\n        acronym\n        isDemo\n      }\n      clusters {\n        id\n        name\n        organisation\n        members\n        employees\n        stage\n        qualityLabel\n        isDemo\n        sector {\n          code\n          name\n        }\n      }\n    }\n    clusterStars(region: $code, year: $year, minStars: 1) {\n      year\n      employees\n      locationQuotient\n      stars\n      size\n      specialisation\n      focused\n      isDemo\n      sector {\n        code\n        name\n      }\n    }\n  }\n": typeof types.RegionProfileQueryDocument,
    "\n  fragment ImportPreviewResult on ImportPreview {\n    fileName\n    format\n    fileSha256\n    rowsTotal\n    validRows\n    inserts\n    updates\n    unchanged\n    canApply\n    errors {\n      row\n      column\n      message\n    }\n    rows {\n      row\n      indicator\n      region\n      year\n      value\n      flag\n      source\n      action\n      previousValue\n    }\n  }\n": typeof types.ImportPreviewResultFragmentDoc,
    "\n  fragment ImportBatchRow on ImportBatch {\n    id\n    fileName\n    format\n    fileSha256\n    rowsTotal\n    inserted\n    updated\n    unchanged\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.ImportBatchRowFragmentDoc,
    "\n  mutation PreviewObservationImportMutation($input: ObservationImportInput!) {\n    previewObservationImport(input: $input) {\n      ...ImportPreviewResult\n    }\n  }\n": typeof types.PreviewObservationImportMutationDocument,
    "\n  mutation ApplyObservationImportMutation($input: ObservationImportInput!) {\n    applyObservationImport(input: $input) {\n      __typename\n      ... on ImportBatch {\n        ...ImportBatchRow\n      }\n      ... on ImportRejected {\n        reason\n        errorCount\n        errors {\n          row\n          column\n          message\n        }\n      }\n    }\n  }\n": typeof types.ApplyObservationImportMutationDocument,
    "\n  query ImportHistoryQuery($first: Int, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ImportBatchRow\n        }\n      }\n    }\n  }\n": typeof types.ImportHistoryQueryDocument,
    "\n  query DataFilterOptionsQuery {\n    indicators(filter: { includeRetired: true }) {\n      id\n      code\n      name\n      kind\n      retired\n    }\n    regions {\n      id\n      code\n      name\n      country\n    }\n    countries {\n      code\n      name\n    }\n    availableYears\n  }\n": typeof types.DataFilterOptionsQueryDocument,
    "\n  query ObservationListQuery($filter: ObservationFilter, $first: Int, $after: String) {\n    observations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          indicatorCode\n          indicator {\n            id\n            name\n            unit\n          }\n          regionCode\n          region {\n            id\n            name\n          }\n          year\n          value\n          flag\n          isDemo\n          source\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.ObservationListQueryDocument,
    "\n  query ExportObservationsQuery($filter: ObservationFilter, $format: FileFormat!) {\n    exportObservations(filter: $filter, format: $format) {\n      fileName\n      contentType\n      contentBase64\n      rowCount\n    }\n  }\n": typeof types.ExportObservationsQueryDocument,
    "\n  fragment IndicatorRow on Indicator {\n    id\n    code\n    name\n    description\n    unit\n    kind\n    polarity\n    transform\n    area\n    dimension\n    source\n    retired\n    retiredAt\n    observationCount\n    firstYear\n    lastYear\n    demoShare\n    updatedAt\n  }\n": typeof types.IndicatorRowFragmentDoc,
    "\n  query IndicatorListQuery($filter: IndicatorFilter) {\n    indicators(filter: $filter) {\n      ...IndicatorRow\n    }\n  }\n": typeof types.IndicatorListQueryDocument,
    "\n  query IndicatorEditQuery($code: String!) {\n    indicator(code: $code) {\n      ...IndicatorRow\n    }\n  }\n": typeof types.IndicatorEditQueryDocument,
    "\n  mutation CreateIndicatorMutation($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorRow\n    }\n  }\n": typeof types.CreateIndicatorMutationDocument,
    "\n  mutation UpdateIndicatorMutation($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorRow\n    }\n  }\n": typeof types.UpdateIndicatorMutationDocument,
    "\n  mutation RetireIndicatorMutation($id: ID!) {\n    retireIndicator(id: $id) {\n      ...IndicatorRow\n    }\n  }\n": typeof types.RetireIndicatorMutationDocument,
    "\n  mutation RestoreIndicatorMutation($id: ID!) {\n    restoreIndicator(id: $id) {\n      ...IndicatorRow\n    }\n  }\n": typeof types.RestoreIndicatorMutationDocument,
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
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    createdAt\n    userId\n    userEmail\n    operation\n    action\n    entityType\n    entityId\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": types.AuditLogQueryDocument,
    "\n  query AuditFilterOptionsQuery {\n    auditEntityTypes\n    users {\n      id\n      name\n      email\n    }\n  }\n": types.AuditFilterOptionsQueryDocument,
    "\n  mutation UnlockSignInMutation($email: String!) {\n    unlockSignIn(email: $email)\n  }\n": types.UnlockSignInMutationDocument,
    "\n  query BenchmarkSetupQuery {\n    regions {\n      id\n      code\n      name\n      country\n      latitude\n      longitude\n    }\n    countries {\n      code\n      name\n    }\n    availableYears\n    similarityDimensions {\n      name\n      indicators {\n        id\n        code\n        name\n      }\n    }\n    indicators(filter: { kind: PERFORMANCE }) {\n      id\n      code\n      name\n      unit\n      area\n    }\n  }\n": types.BenchmarkSetupQueryDocument,
    "\n  fragment BenchmarkRegion on Region {\n    id\n    code\n    name\n    country\n    latitude\n    longitude\n  }\n": types.BenchmarkRegionFragmentDoc,
    "\n  query BenchmarkQuery($region: String!, $options: BenchmarkOptions) {\n    benchmark(region: $region, options: $options) {\n      region {\n        ...BenchmarkRegion\n      }\n      year\n      compareYear\n      normalisation\n      aggregation\n      minCoverage\n      uncertaintyDraws\n      demoDataUsed\n      referenceRegions {\n        distance\n        rank\n        region {\n          ...BenchmarkRegion\n        }\n      }\n      indicators {\n        indicator {\n          id\n          code\n          name\n          unit\n          area\n          polarity\n        }\n        value\n        valueYear\n        flag\n        isDemo\n        score\n        weight\n        groupCount\n        groupMean\n        groupMedian\n        groupBest\n        groupBestRegion {\n          id\n          code\n          name\n        }\n        gap\n        percentile\n        change {\n          value\n          valueYear\n          score\n          valueChange\n          scoreChange\n        }\n      }\n      strengths {\n        gap\n        indicator {\n          id\n          code\n          name\n        }\n      }\n      weaknesses {\n        gap\n        indicator {\n          id\n          code\n          name\n        }\n      }\n      areas {\n        area\n        score\n        groupMean\n        groupBest\n        indicatorCount\n      }\n      composite {\n        value\n        coverage\n        rank\n        rankedCount\n        groupMean\n        groupMedian\n        groupBest\n        compareValue\n        change\n        uncertainty {\n          median\n          low\n          high\n          draws\n        }\n        performanceGroup {\n          group\n          subgroup\n          indexRelativeToAverage\n        }\n      }\n      ranking {\n        isTarget\n        composite\n        coverage\n        rank\n        region {\n          id\n          code\n          name\n          country\n        }\n        uncertainty {\n          median\n          low\n          high\n          draws\n        }\n      }\n    }\n  }\n": types.BenchmarkQueryDocument,
    "\n  query RegionProfileQuery($code: String!, $year: Int) {\n    region(code: $code) {\n      id\n      code\n      name\n      partners {\n        id\n        name\n        acronym\n        isDemo\n      }\n      clusters {\n        id\n        name\n        organisation\n        members\n        employees\n        stage\n        qualityLabel\n        isDemo\n        sector {\n          code\n          name\n        }\n      }\n    }\n    clusterStars(region: $code, year: $year, minStars: 1) {\n      year\n      employees\n      locationQuotient\n      stars\n      size\n      specialisation\n      focused\n      isDemo\n      sector {\n        code\n        name\n      }\n    }\n  }\n": types.RegionProfileQueryDocument,
    "\n  fragment ImportPreviewResult on ImportPreview {\n    fileName\n    format\n    fileSha256\n    rowsTotal\n    validRows\n    inserts\n    updates\n    unchanged\n    canApply\n    errors {\n      row\n      column\n      message\n    }\n    rows {\n      row\n      indicator\n      region\n      year\n      value\n      flag\n      source\n      action\n      previousValue\n    }\n  }\n": types.ImportPreviewResultFragmentDoc,
    "\n  fragment ImportBatchRow on ImportBatch {\n    id\n    fileName\n    format\n    fileSha256\n    rowsTotal\n    inserted\n    updated\n    unchanged\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.ImportBatchRowFragmentDoc,
    "\n  mutation PreviewObservationImportMutation($input: ObservationImportInput!) {\n    previewObservationImport(input: $input) {\n      ...ImportPreviewResult\n    }\n  }\n": types.PreviewObservationImportMutationDocument,
    "\n  mutation ApplyObservationImportMutation($input: ObservationImportInput!) {\n    applyObservationImport(input: $input) {\n      __typename\n      ... on ImportBatch {\n        ...ImportBatchRow\n      }\n      ... on ImportRejected {\n        reason\n        errorCount\n        errors {\n          row\n          column\n          message\n        }\n      }\n    }\n  }\n": types.ApplyObservationImportMutationDocument,
    "\n  query ImportHistoryQuery($first: Int, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ImportBatchRow\n        }\n      }\n    }\n  }\n": types.ImportHistoryQueryDocument,
    "\n  query DataFilterOptionsQuery {\n    indicators(filter: { includeRetired: true }) {\n      id\n      code\n      name\n      kind\n      retired\n    }\n    regions {\n      id\n      code\n      name\n      country\n    }\n    countries {\n      code\n      name\n    }\n    availableYears\n  }\n": types.DataFilterOptionsQueryDocument,
    "\n  query ObservationListQuery($filter: ObservationFilter, $first: Int, $after: String) {\n    observations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          indicatorCode\n          indicator {\n            id\n            name\n            unit\n          }\n          regionCode\n          region {\n            id\n            name\n          }\n          year\n          value\n          flag\n          isDemo\n          source\n          updatedAt\n        }\n      }\n    }\n  }\n": types.ObservationListQueryDocument,
    "\n  query ExportObservationsQuery($filter: ObservationFilter, $format: FileFormat!) {\n    exportObservations(filter: $filter, format: $format) {\n      fileName\n      contentType\n      contentBase64\n      rowCount\n    }\n  }\n": types.ExportObservationsQueryDocument,
    "\n  fragment IndicatorRow on Indicator {\n    id\n    code\n    name\n    description\n    unit\n    kind\n    polarity\n    transform\n    area\n    dimension\n    source\n    retired\n    retiredAt\n    observationCount\n    firstYear\n    lastYear\n    demoShare\n    updatedAt\n  }\n": types.IndicatorRowFragmentDoc,
    "\n  query IndicatorListQuery($filter: IndicatorFilter) {\n    indicators(filter: $filter) {\n      ...IndicatorRow\n    }\n  }\n": types.IndicatorListQueryDocument,
    "\n  query IndicatorEditQuery($code: String!) {\n    indicator(code: $code) {\n      ...IndicatorRow\n    }\n  }\n": types.IndicatorEditQueryDocument,
    "\n  mutation CreateIndicatorMutation($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorRow\n    }\n  }\n": types.CreateIndicatorMutationDocument,
    "\n  mutation UpdateIndicatorMutation($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorRow\n    }\n  }\n": types.UpdateIndicatorMutationDocument,
    "\n  mutation RetireIndicatorMutation($id: ID!) {\n    retireIndicator(id: $id) {\n      ...IndicatorRow\n    }\n  }\n": types.RetireIndicatorMutationDocument,
    "\n  mutation RestoreIndicatorMutation($id: ID!) {\n    restoreIndicator(id: $id) {\n      ...IndicatorRow\n    }\n  }\n": types.RestoreIndicatorMutationDocument,
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
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    createdAt\n    userId\n    userEmail\n    operation\n    action\n    entityType\n    entityId\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    id\n    createdAt\n    userId\n    userEmail\n    operation\n    action\n    entityType\n    entityId\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogQuery($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFilterOptionsQuery {\n    auditEntityTypes\n    users {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query AuditFilterOptionsQuery {\n    auditEntityTypes\n    users {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockSignInMutation($email: String!) {\n    unlockSignIn(email: $email)\n  }\n"): (typeof documents)["\n  mutation UnlockSignInMutation($email: String!) {\n    unlockSignIn(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchmarkSetupQuery {\n    regions {\n      id\n      code\n      name\n      country\n      latitude\n      longitude\n    }\n    countries {\n      code\n      name\n    }\n    availableYears\n    similarityDimensions {\n      name\n      indicators {\n        id\n        code\n        name\n      }\n    }\n    indicators(filter: { kind: PERFORMANCE }) {\n      id\n      code\n      name\n      unit\n      area\n    }\n  }\n"): (typeof documents)["\n  query BenchmarkSetupQuery {\n    regions {\n      id\n      code\n      name\n      country\n      latitude\n      longitude\n    }\n    countries {\n      code\n      name\n    }\n    availableYears\n    similarityDimensions {\n      name\n      indicators {\n        id\n        code\n        name\n      }\n    }\n    indicators(filter: { kind: PERFORMANCE }) {\n      id\n      code\n      name\n      unit\n      area\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchmarkRegion on Region {\n    id\n    code\n    name\n    country\n    latitude\n    longitude\n  }\n"): (typeof documents)["\n  fragment BenchmarkRegion on Region {\n    id\n    code\n    name\n    country\n    latitude\n    longitude\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchmarkQuery($region: String!, $options: BenchmarkOptions) {\n    benchmark(region: $region, options: $options) {\n      region {\n        ...BenchmarkRegion\n      }\n      year\n      compareYear\n      normalisation\n      aggregation\n      minCoverage\n      uncertaintyDraws\n      demoDataUsed\n      referenceRegions {\n        distance\n        rank\n        region {\n          ...BenchmarkRegion\n        }\n      }\n      indicators {\n        indicator {\n          id\n          code\n          name\n          unit\n          area\n          polarity\n        }\n        value\n        valueYear\n        flag\n        isDemo\n        score\n        weight\n        groupCount\n        groupMean\n        groupMedian\n        groupBest\n        groupBestRegion {\n          id\n          code\n          name\n        }\n        gap\n        percentile\n        change {\n          value\n          valueYear\n          score\n          valueChange\n          scoreChange\n        }\n      }\n      strengths {\n        gap\n        indicator {\n          id\n          code\n          name\n        }\n      }\n      weaknesses {\n        gap\n        indicator {\n          id\n          code\n          name\n        }\n      }\n      areas {\n        area\n        score\n        groupMean\n        groupBest\n        indicatorCount\n      }\n      composite {\n        value\n        coverage\n        rank\n        rankedCount\n        groupMean\n        groupMedian\n        groupBest\n        compareValue\n        change\n        uncertainty {\n          median\n          low\n          high\n          draws\n        }\n        performanceGroup {\n          group\n          subgroup\n          indexRelativeToAverage\n        }\n      }\n      ranking {\n        isTarget\n        composite\n        coverage\n        rank\n        region {\n          id\n          code\n          name\n          country\n        }\n        uncertainty {\n          median\n          low\n          high\n          draws\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchmarkQuery($region: String!, $options: BenchmarkOptions) {\n    benchmark(region: $region, options: $options) {\n      region {\n        ...BenchmarkRegion\n      }\n      year\n      compareYear\n      normalisation\n      aggregation\n      minCoverage\n      uncertaintyDraws\n      demoDataUsed\n      referenceRegions {\n        distance\n        rank\n        region {\n          ...BenchmarkRegion\n        }\n      }\n      indicators {\n        indicator {\n          id\n          code\n          name\n          unit\n          area\n          polarity\n        }\n        value\n        valueYear\n        flag\n        isDemo\n        score\n        weight\n        groupCount\n        groupMean\n        groupMedian\n        groupBest\n        groupBestRegion {\n          id\n          code\n          name\n        }\n        gap\n        percentile\n        change {\n          value\n          valueYear\n          score\n          valueChange\n          scoreChange\n        }\n      }\n      strengths {\n        gap\n        indicator {\n          id\n          code\n          name\n        }\n      }\n      weaknesses {\n        gap\n        indicator {\n          id\n          code\n          name\n        }\n      }\n      areas {\n        area\n        score\n        groupMean\n        groupBest\n        indicatorCount\n      }\n      composite {\n        value\n        coverage\n        rank\n        rankedCount\n        groupMean\n        groupMedian\n        groupBest\n        compareValue\n        change\n        uncertainty {\n          median\n          low\n          high\n          draws\n        }\n        performanceGroup {\n          group\n          subgroup\n          indexRelativeToAverage\n        }\n      }\n      ranking {\n        isTarget\n        composite\n        coverage\n        rank\n        region {\n          id\n          code\n          name\n          country\n        }\n        uncertainty {\n          median\n          low\n          high\n          draws\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionProfileQuery($code: String!, $year: Int) {\n    region(code: $code) {\n      id\n      code\n      name\n      partners {\n        id\n        name\n        acronym\n        isDemo\n      }\n      clusters {\n        id\n        name\n        organisation\n        members\n        employees\n        stage\n        qualityLabel\n        isDemo\n        sector {\n          code\n          name\n        }\n      }\n    }\n    clusterStars(region: $code, year: $year, minStars: 1) {\n      year\n      employees\n      locationQuotient\n      stars\n      size\n      specialisation\n      focused\n      isDemo\n      sector {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionProfileQuery($code: String!, $year: Int) {\n    region(code: $code) {\n      id\n      code\n      name\n      partners {\n        id\n        name\n        acronym\n        isDemo\n      }\n      clusters {\n        id\n        name\n        organisation\n        members\n        employees\n        stage\n        qualityLabel\n        isDemo\n        sector {\n          code\n          name\n        }\n      }\n    }\n    clusterStars(region: $code, year: $year, minStars: 1) {\n      year\n      employees\n      locationQuotient\n      stars\n      size\n      specialisation\n      focused\n      isDemo\n      sector {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportPreviewResult on ImportPreview {\n    fileName\n    format\n    fileSha256\n    rowsTotal\n    validRows\n    inserts\n    updates\n    unchanged\n    canApply\n    errors {\n      row\n      column\n      message\n    }\n    rows {\n      row\n      indicator\n      region\n      year\n      value\n      flag\n      source\n      action\n      previousValue\n    }\n  }\n"): (typeof documents)["\n  fragment ImportPreviewResult on ImportPreview {\n    fileName\n    format\n    fileSha256\n    rowsTotal\n    validRows\n    inserts\n    updates\n    unchanged\n    canApply\n    errors {\n      row\n      column\n      message\n    }\n    rows {\n      row\n      indicator\n      region\n      year\n      value\n      flag\n      source\n      action\n      previousValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportBatchRow on ImportBatch {\n    id\n    fileName\n    format\n    fileSha256\n    rowsTotal\n    inserted\n    updated\n    unchanged\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment ImportBatchRow on ImportBatch {\n    id\n    fileName\n    format\n    fileSha256\n    rowsTotal\n    inserted\n    updated\n    unchanged\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewObservationImportMutation($input: ObservationImportInput!) {\n    previewObservationImport(input: $input) {\n      ...ImportPreviewResult\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewObservationImportMutation($input: ObservationImportInput!) {\n    previewObservationImport(input: $input) {\n      ...ImportPreviewResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyObservationImportMutation($input: ObservationImportInput!) {\n    applyObservationImport(input: $input) {\n      __typename\n      ... on ImportBatch {\n        ...ImportBatchRow\n      }\n      ... on ImportRejected {\n        reason\n        errorCount\n        errors {\n          row\n          column\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyObservationImportMutation($input: ObservationImportInput!) {\n    applyObservationImport(input: $input) {\n      __typename\n      ... on ImportBatch {\n        ...ImportBatchRow\n      }\n      ... on ImportRejected {\n        reason\n        errorCount\n        errors {\n          row\n          column\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportHistoryQuery($first: Int, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ImportBatchRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportHistoryQuery($first: Int, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ImportBatchRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataFilterOptionsQuery {\n    indicators(filter: { includeRetired: true }) {\n      id\n      code\n      name\n      kind\n      retired\n    }\n    regions {\n      id\n      code\n      name\n      country\n    }\n    countries {\n      code\n      name\n    }\n    availableYears\n  }\n"): (typeof documents)["\n  query DataFilterOptionsQuery {\n    indicators(filter: { includeRetired: true }) {\n      id\n      code\n      name\n      kind\n      retired\n    }\n    regions {\n      id\n      code\n      name\n      country\n    }\n    countries {\n      code\n      name\n    }\n    availableYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservationListQuery($filter: ObservationFilter, $first: Int, $after: String) {\n    observations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          indicatorCode\n          indicator {\n            id\n            name\n            unit\n          }\n          regionCode\n          region {\n            id\n            name\n          }\n          year\n          value\n          flag\n          isDemo\n          source\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ObservationListQuery($filter: ObservationFilter, $first: Int, $after: String) {\n    observations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          indicatorCode\n          indicator {\n            id\n            name\n            unit\n          }\n          regionCode\n          region {\n            id\n            name\n          }\n          year\n          value\n          flag\n          isDemo\n          source\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportObservationsQuery($filter: ObservationFilter, $format: FileFormat!) {\n    exportObservations(filter: $filter, format: $format) {\n      fileName\n      contentType\n      contentBase64\n      rowCount\n    }\n  }\n"): (typeof documents)["\n  query ExportObservationsQuery($filter: ObservationFilter, $format: FileFormat!) {\n    exportObservations(filter: $filter, format: $format) {\n      fileName\n      contentType\n      contentBase64\n      rowCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorRow on Indicator {\n    id\n    code\n    name\n    description\n    unit\n    kind\n    polarity\n    transform\n    area\n    dimension\n    source\n    retired\n    retiredAt\n    observationCount\n    firstYear\n    lastYear\n    demoShare\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment IndicatorRow on Indicator {\n    id\n    code\n    name\n    description\n    unit\n    kind\n    polarity\n    transform\n    area\n    dimension\n    source\n    retired\n    retiredAt\n    observationCount\n    firstYear\n    lastYear\n    demoShare\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorListQuery($filter: IndicatorFilter) {\n    indicators(filter: $filter) {\n      ...IndicatorRow\n    }\n  }\n"): (typeof documents)["\n  query IndicatorListQuery($filter: IndicatorFilter) {\n    indicators(filter: $filter) {\n      ...IndicatorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorEditQuery($code: String!) {\n    indicator(code: $code) {\n      ...IndicatorRow\n    }\n  }\n"): (typeof documents)["\n  query IndicatorEditQuery($code: String!) {\n    indicator(code: $code) {\n      ...IndicatorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicatorMutation($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicatorMutation($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicatorMutation($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicatorMutation($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireIndicatorMutation($id: ID!) {\n    retireIndicator(id: $id) {\n      ...IndicatorRow\n    }\n  }\n"): (typeof documents)["\n  mutation RetireIndicatorMutation($id: ID!) {\n    retireIndicator(id: $id) {\n      ...IndicatorRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreIndicatorMutation($id: ID!) {\n    restoreIndicator(id: $id) {\n      ...IndicatorRow\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreIndicatorMutation($id: ID!) {\n    restoreIndicator(id: $id) {\n      ...IndicatorRow\n    }\n  }\n"];
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