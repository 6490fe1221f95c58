import type { CodegenConfig } from '@graphql-codegen/cli';

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
      },
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
