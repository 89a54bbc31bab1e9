import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only our tests: the corpus cache holds thousands of third-party *.test.* files.
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
