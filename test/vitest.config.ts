import { defineProject } from 'vitest/config';

export default defineProject({
  // Node resolves "graphql" to its CommonJS build (packages such as Pothos and yoga load it so);
  // Vite would pick the .mjs build for our sources, and two copies of graphql cannot share a schema
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: 'test',
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
