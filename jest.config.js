/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  // Workspace packages resolve to their TypeScript sources (the `sisa-source` export condition).
  testEnvironmentOptions: { customExportConditions: ['sisa-source', 'node', 'require', 'default'] },
  transform: { '^.+\\.(t|j)sx?$': swc },
  // jose is ESM-only: transform it like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(jose|auto-bind)/)'],
  testMatch: [
    '<rootDir>/{packages,platform,subgraphs,gateway,e2e,admin-ui}/**/test/**/*.(test|e2e).ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  globalSetup: '<rootDir>/packages/testing/src/globalSetup.ts',
  globalTeardown: '<rootDir>/packages/testing/src/globalTeardown.ts',
  setupFiles: ['<rootDir>/packages/testing/src/setupEnv.ts'],
  testTimeout: 30000,
  // Each test file starts whole platforms in its process: a worker that has grown past this is
  // replaced after its file (in one process, ~150 files exhausted the heap). Setting it also
  // makes jest use a worker even where it would run in band (one core free).
  workerIdleMemoryLimit: '1GB',
};
