import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper shared with the bundler
import { RULES_MODULE_ID, rulesModuleSource } from './scripts/rules-module.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const resolvedId = `\0${RULES_MODULE_ID}`;

export default defineConfig({
  plugins: [
    {
      name: 'repro-audit-rules',
      resolveId: (id: string) => (id === RULES_MODULE_ID ? resolvedId : undefined),
      load: (id: string) => (id === resolvedId ? rulesModuleSource(path.join(root, 'rules')) : undefined),
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that count machine-wide state (every container, image and temp dir) run alone, after
    // the rest (vitest.alone.config.ts): other files' builds would otherwise show up as leftovers.
    exclude: ['test/**/*.alone.test.ts', '**/node_modules/**'],
    setupFiles: ['test/support/remove-temp-dirs.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Tests that drive real engines (dockerd, buildah, registry) share machine-wide state.
    fileParallelism: true,
    pool: 'forks',
  },
});
