import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // e2e files start their own servers on port 0; files run in parallel forks.
    pool: 'forks',
  },
});
