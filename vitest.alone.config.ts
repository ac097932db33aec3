import { defineConfig } from 'vitest/config';
import shared from './vitest.config.js';

/** The tests that count machine-wide state, one file at a time once every other test has finished. */
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ['test/**/*.alone.test.ts'],
    exclude: ['**/node_modules/**'],
    fileParallelism: false,
  },
});
