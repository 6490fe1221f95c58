import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Reads the committed schema file, never a running server, so codegen works offline and in CI.
// The generated src/gql/ is committed; `pnpm --filter @polisee/graphql codegen` followed by
// `git diff --exit-code src/gql` is the drift check.
const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: ['src/documents/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Apollo Client 4 does its own data masking; the apps read fragments' fields directly.
        fragmentMasking: false,
        // Trusted documents: each document carries `__meta__.hash` (sha256 of its text) and
        // src/gql/persisted-documents.json maps hash -> text; the API runs them by hash.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      // The text the API runs must ask for what Apollo Client's cache needs (__typename).
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        dedupeFragments: true,
      },
    },
  },
  hooks: {},
};

export default config;
