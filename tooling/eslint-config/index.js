// Flat ESLint config shared by every workspace. Boundaries from STYLE.md are enforced here:
// no deep imports into another package's src/, apps never import apps.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import lingui from 'eslint-plugin-lingui';
import { jsxText } from './jsx-text.js';

const boundaries = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['@polisee/*/src', '@polisee/*/src/*'], message: 'Import a package by its name, not its src/.' },
        { group: ['@polisee/api', '@polisee/admin', '@polisee/portal'], message: 'Apps never import apps.' },
        { group: ['../../packages/*', '../../../packages/*', '../../apps/*', '../../../apps/*'], message: 'Import workspace packages by name.' },
      ],
    },
  ],
};

// Dependencies point one way: an import cycle (a -> b -> a, at any depth) fails lint. Type-only
// imports are erased at build time and are not counted; keep those one-way by design too.
const noCycles = {
  plugins: { 'import-x': importX },
  settings: {
    'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })],
  },
  rules: {
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
  },
};

export const base = tseslint.config(
  { ignores: ['**/dist/**', '**/gql/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      ...boundaries,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  noCycles,
);

// Tests read dynamic JSON responses; `any` there is honest, not a hole in the app's types.
base.push({
  files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.browser-spec.ts', '**/e2e/**/*.ts', '**/browser/**/*.ts'],
  rules: { '@typescript-eslint/no-explicit-any': 'off' },
});

export const node = base;

export const react = tseslint.config(...base, {
  files: ['**/*.tsx', '**/*.ts'],
  languageOptions: { globals: { ...globals.browser } },
  plugins: { 'react-hooks': reactHooks },
  rules: {
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'warn',
  },
}, {
  // Translatable UI (README "Writing translatable UI"): Lingui's recommended rules, and no
  // user-visible literal text in JSX outside the catalogues.
  files: ['**/src/**/*.tsx', '**/src/**/*.ts'],
  // Specs render fixtures, not UI users see.
  ignores: ['**/*.spec.ts', '**/*.spec.tsx'],
  plugins: { lingui },
  rules: {
    ...lingui.configs['flat/recommended'].rules,
    ...jsxText,
  },
});

export default base;
