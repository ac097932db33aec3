import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditSnippet, findingsOf } from '../support/audit.js';
import { languageExplanations } from './hadolint-explanations/language.js';
import { osAndImageExplanations } from './hadolint-explanations/os-and-images.js';

/**
 * hadolint's own test cases for its pinning rules (../shared/corpus/hadolint-cases.json). Every
 * case hadolint catches must be caught by the repro-audit rule that covers it. Where repro-audit
 * flags a case hadolint lets pass, it must be on purpose: each such case matches an explanation
 * (which rule, and why it is stricter). An unexplained extra catch fails the test.
 */
interface HadolintCase {
  rule: string;
  dockerfile: string;
  expect: 'catch' | 'pass';
  source: string;
  helper: string;
  onbuild: boolean;
}

const COVERED: Record<string, string> = {
  DL3006: 'RA101',
  DL3007: 'RA101',
  DL3008: 'RA201',
  DL3013: 'RA301',
  DL3016: 'RA302',
  DL3018: 'RA202',
  DL3028: 'RA304',
  DL3033: 'RA203',
  DL3037: 'RA204',
  DL3041: 'RA203',
  DL3062: 'RA305',
};

const explanations = [...osAndImageExplanations, ...languageExplanations];
const cases = (JSON.parse(fs.readFileSync(new URL('../../../shared/corpus/hadolint-cases.json', import.meta.url), 'utf8')) as HadolintCase[]).filter(
  (c) => c.rule in COVERED,
);

/** hadolint parses `dockerfile <> "\n"`, and runs ONBUILD variants with every RUN as `ONBUILD RUN`. */
function snippetOf(c: HadolintCase): string {
  const text = `${c.dockerfile}\n`;
  return c.onbuild ? text.replace(/^RUN /gm, 'ONBUILD RUN ') : text;
}

describe('hadolint pinning cases', () => {
  it('covers every pinning rule the corpus README lists', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(Object.keys(COVERED)));
  });

  it.each(cases.map((c) => [`${c.rule} ${c.expect} ${c.source}${c.onbuild ? ' (ONBUILD)' : ''}`, c] as const))('%s', async (_, c) => {
    const ruleId = COVERED[c.rule]!;
    const snippet = snippetOf(c);
    const flagged = findingsOf((await auditSnippet(snippet)).findings, ruleId).filter((finding) => !finding.suppressed);
    if (c.expect === 'catch') {
      expect(flagged.length, `${ruleId} must catch what hadolint ${c.rule} catches:\n${snippet}`).toBeGreaterThan(0);
      return;
    }
    if (flagged.length === 0) return;
    const explanation = explanations.find((e) => e.hadolint === c.rule && snippet.includes(e.contains));
    expect(explanation, `${ruleId} flags a case hadolint ${c.rule} passes, with no explanation:\n${snippet}\n${flagged.map((f) => f.message).join('\n')}`).toBeDefined();
    expect(explanation!.because.startsWith(ruleId), `the explanation names the rule that is stricter (${ruleId})`).toBe(true);
  });
});
