// Shared jest configuration: TypeScript through SWC with legacy decorators and decorator
// metadata (type-graphql reads the emitted `design:type`), and the `@polisee/source` export
// condition so workspace packages are tested from their TypeScript sources without a build (not
// plain `source`: some libraries, e.g. @internationalized/*, point that at their own TypeScript).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const reporters = ['default', require.resolve('./summary-reporter.js')];

/** @param {Partial<import('jest').Config>} overrides */
function preset(overrides = {}) {
  return {
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': swc },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    // globalsCleanup off: type-graphql keeps its metadata storage on globalThis by design.
    testEnvironmentOptions: { customExportConditions: ['@polisee/source', 'node', 'require', 'default'], globalsCleanup: 'off' },
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    reporters,
    ...overrides,
  };
}

/** A project entry for a multi-project config: reporters belong to the root config there. */
function project(overrides = {}) {
  const { reporters: _r, ...rest } = preset(overrides);
  return rest;
}

/** SWC after the Lingui macro (for app and UI sources that use t`...`, msg`...`, <Trans>). */
const linguiSwcTransform = [require.resolve('./lingui-transform.js'), swc[1]];

module.exports = { preset, project, reporters, swcTransform: swc, linguiSwcTransform };
