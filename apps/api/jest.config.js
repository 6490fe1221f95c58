// Unit specs beside the code; service specs (`*.service.spec.ts`) call the services directly on a
// migrated PGlite (e2e/support/services.ts), no HTTP; e2e specs go through HTTP on a real
// database built by the migrations.
// The e2e suite runs once on PGlite and, when TEST_DATABASE_URL is set, once more on PostgreSQL.
const { project, reporters } = require('@polisee/jest-presets');

const e2e = (store) =>
  project({
    displayName: `e2e:${store}`,
    roots: ['<rootDir>/e2e'],
    testMatch: ['**/*.e2e-spec.ts'],
    globals: { __STORE__: store },
    // The first PGlite file of a run builds the migrated and seeded template (every seed: data,
    // practices, cycles, training, foresight) inside its beforeAll; on a busy 2-core machine with two
    // workers that has taken over 60 s.
    testTimeout: 120000,
  });

module.exports = {
  testTimeout: 60000,
  reporters,
  projects: [
    project({ displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '\\.service\\.spec\\.ts$'], testTimeout: 30000 }),
    project({ displayName: 'services', roots: ['<rootDir>/src'], testMatch: ['**/*.service.spec.ts'], testTimeout: 120000 }),
    e2e('pglite'),
    ...(process.env.TEST_DATABASE_URL ? [e2e('postgres')] : []),
  ],
};
