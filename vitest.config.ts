import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CJS (`main`) and ESM (`module`) builds. Node, and therefore yoga and
    // Pothos, load the CJS one; without this alias vite would give our sources the ESM one,
    // and `instanceof GraphQLError` would fail across the two copies (errors get masked).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // e2e files start their own servers on port 0; files run in parallel forks.
    pool: 'forks',
  },
});
