import { describe, expect, it } from 'vitest';
import { describeRuleFixtures, flagged, ruleFindings } from '../support/rules.js';

describeRuleFixtures('RA304');

describe('RA304 messages and regions', () => {
  it('flags `gem update --system` without a version at the subcommand', async () => {
    const dockerfile = 'FROM ruby:3.3\nRUN gem update --system\n';
    const findings = await ruleFindings('RA304', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['update']);
  });
});
