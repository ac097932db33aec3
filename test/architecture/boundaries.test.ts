import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries of README's "Design" section, checked by dependency-cruiser with the
 * project's own configuration (.dependency-cruiser.cjs): no import circle, imports across src
 * folders only through front files, lower layers never importing higher ones, no library
 * importing the commands, rules importing only the rule kit.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function cruiseTree(baseDir: string): Promise<ICruiseResult> {
  const { forbidden, options } = await extractDepcruiseConfig(path.join(ROOT, '.dependency-cruiser.cjs'));
  const { output } = await cruise(['src', 'rules'], { ...options, baseDir, validate: true, ruleSet: { forbidden } });
  return output as ICruiseResult;
}

/** `severity rule: from → to`; a circle by the files in it, wherever the cruise entered it. */
function described(violation: IViolation): string {
  const where = violation.cycle ? [violation.from, ...violation.cycle.map((step) => step.name)].filter((file, index, all) => all.indexOf(file) === index).sort().join(' ↔ ') : `${violation.from} → ${violation.to}`;
  return `${violation.rule.severity} ${violation.rule.name}: ${where}`;
}

describe('import boundaries (dependency-cruiser)', () => {
  it('src/ and rules/ break none of them', async () => {
    const result = await cruiseTree(ROOT);
    // The cruise really read the sources: a parser that read nothing would find no violation either.
    const lint = result.modules.find((module) => module.source === 'src/cli/lint.ts');
    expect(lint?.dependencies.map((dependency) => dependency.resolved)).toContain('src/engine/index.ts');
    expect(result.summary.totalCruised).toBeGreaterThan(150);
    const violations = result.summary.violations.map(described);
    expect(violations).toEqual([]);
  });

  it('catches a deliberately bad import of every kind (fixture tree test/architecture/fixtures/violations)', async () => {
    const result = await cruiseTree(path.join(ROOT, 'test/architecture/fixtures/violations'));
    expect(result.summary.violations.map(described).sort()).toEqual(
      [
        // Around a front file.
        'error through-front-file: src/cli/index.ts → src/engine/run.ts',
        // Up the layers, by a value and by a type only.
        'error layer-model-nixlang: src/model/up.ts → src/engine/index.ts',
        'error layer-shell-yaml-source: src/shell/index.ts → src/model/index.ts',
        // A peer of the same layer.
        'error layer-fix-harness: src/fix/index.ts → src/harness/index.ts',
        // A library importing the commands (also up the layers).
        'error no-library-imports-cli: src/harness/index.ts → src/cli/index.ts',
        'error layer-fix-harness: src/harness/index.ts → src/cli/index.ts',
        // A circle.
        'error no-circular: src/engine/parallel.ts ↔ src/engine/run.ts',
        // A rule importing something other than the kit: a module of src, another rule, a package.
        'error rules-only-through-kit: rules/ra000-example.ts → src/findings/index.ts',
        'error rules-only-through-kit: rules/ra001-other-imports.ts → rules/ra000-example.ts',
        'error rules-only-through-kit: rules/ra001-other-imports.ts → ../../../../node_modules/picomatch/index.js',
      ].sort(),
    );
  });
});
