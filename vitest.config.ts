import { defineConfig } from 'vitest/config';

// One run, three projects: pure unit tests, integration against a real pod server,
// and browser tests in real Chromium. The pod server is started once for the whole run.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['apps/**/src/**/*.test.ts', 'vocab/**/*.test.ts', 'shapes/**/*.test.ts', 'pod-server/src/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          globalSetup: ['./test/support/global-setup.ts'],
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          globalSetup: ['./test/support/global-setup.ts'],
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
