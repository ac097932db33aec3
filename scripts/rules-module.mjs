// Built-in rules are discovered, not listed: every `rules/*.ts` file (its default export) is a
// rule. Both the bundler (esbuild) and the test runner (vite) serve this generated module as
// `virtual:repro-audit-rules`, so adding a rule means adding one file.
import fs from 'node:fs';
import path from 'node:path';

export const RULES_MODULE_ID = 'virtual:repro-audit-rules';

export function ruleFiles(rulesDir) {
  return fs
    .readdirSync(rulesDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.startsWith('_'))
    .sort();
}

export function rulesModuleSource(rulesDir) {
  const files = ruleFiles(rulesDir);
  const imports = files.map(
    (name, i) => `import rule${i} from ${JSON.stringify(path.join(rulesDir, name).split(path.sep).join('/'))};`,
  );
  return `${imports.join('\n')}\nexport default [${files.map((_, i) => `rule${i}`).join(', ')}];\n`;
}

/** The same virtual module for esbuild (the CLI and Action bundles, the benchmark's engine bundle). */
export function rulesEsbuildPlugin(rulesDir) {
  return {
    name: 'repro-audit-rules',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${RULES_MODULE_ID}$`) }, () => ({ path: RULES_MODULE_ID, namespace: 'rules' }));
      build.onLoad({ filter: /.*/, namespace: 'rules' }, () => ({
        contents: rulesModuleSource(rulesDir),
        loader: 'ts',
        resolveDir: path.dirname(rulesDir),
      }));
    },
  };
}
