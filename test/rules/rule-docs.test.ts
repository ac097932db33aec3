import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleMarkdown } from '../../src/cli/rules.js';
import { ruleCatalog } from '../../src/rules/index.js';

describe('docs/rules.md', () => {
  it('is the rules documenting themselves, as of the current sources (node scripts/gen-rule-docs.mjs)', () => {
    const committed = fs.readFileSync(path.join(process.cwd(), 'docs', 'rules.md'), 'utf8');
    for (const rule of ruleCatalog()) expect(committed, `${rule.id}'s page is current`).toContain(ruleMarkdown(rule));
  });
});
