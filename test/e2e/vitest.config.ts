import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.e2e.test.ts'],
    // each file drives its own Chromium against its own server: one at a time on a 2-core machine
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
