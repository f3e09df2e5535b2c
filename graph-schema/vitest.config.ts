import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'graph-schema', environment: 'node', include: ['src/**/*.test.ts'] },
});
