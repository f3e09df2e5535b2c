import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['graph-schema', 'seed', 'server', 'client', 'test', 'test/e2e'],
  },
});
