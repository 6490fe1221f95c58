// Two projects: `unit` (hooks and components in jsdom, src/**/*.spec.ts(x)) and `browser` (real
// Chromium against the real API serving the built app; see tooling/jest-presets/browser.js for
// the harness that starts it on a fresh database). `jest --selectProjects unit` runs only the
// fast ones.
const { project, reporters, linguiSwcTransform } = require('@polisee/jest-presets');
const { browserPreset } = require('@polisee/jest-presets/browser');

const { reporters: _r, maxWorkers: _w, ...browser } = browserPreset();

module.exports = {
  reporters,
  projects: [
    project({
      displayName: 'unit',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
      transform: { '^.+\\.(t|j)sx?$': linguiSwcTransform },
      setupFiles: ['<rootDir>/jest.setup-unit.cjs'],
      testEnvironmentOptions: { customExportConditions: ['@polisee/source', 'browser', 'require', 'default'] },
    }),
    { displayName: 'browser', ...browser },
  ],
};
