import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules, FIXTURES_DIR, ruleFileStem, RULES_DIR, SNAPSHOTS_DIR } from '../support/rules.js';

/** Each rule in rules/ has one test file of the same name here, which runs its fixtures and docs. */
describe('one test file per rule', () => {
  const stems = builtinRules.map(ruleFileStem);

  it('finds each rule in rules/ under its id and name', () => {
    expect(stems.filter((stem) => !fs.existsSync(path.join(RULES_DIR, `${stem}.ts`)))).toEqual([]);
  });

  it.each(builtinRules.map((rule) => [rule.id, rule] as const))('%s has test/rules/<rule file>.test.ts running its fixtures', (id, rule) => {
    const testFile = path.join(import.meta.dirname, `${ruleFileStem(rule)}.test.ts`);
    expect(fs.existsSync(testFile), testFile).toBe(true);
    expect(fs.readFileSync(testFile, 'utf8')).toContain(`describeRuleFixtures('${id}');`);
  });

  it('keeps fixtures and snapshots only for rules that exist', () => {
    expect(fs.readdirSync(FIXTURES_DIR).filter((id) => !builtinRules.some((rule) => rule.id === id))).toEqual([]);
    expect(fs.readdirSync(SNAPSHOTS_DIR).filter((stem) => !stems.includes(stem))).toEqual([]);
  });
});
