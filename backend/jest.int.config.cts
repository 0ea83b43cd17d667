/** Integration tests: the whole app on a real database (PGlite, plus PostgreSQL when TEST_DATABASE_URL is set). */
module.exports = {
  displayName: 'backend-int',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testTimeout: 120_000,
  maxWorkers: 1,
  // A suite whose app failed half-way through start-up (a failing beforeAll) can leave its embedded database and timers
  // behind; the run must still end and report, not wait for CI's time limit.
  forceExit: true,
};
