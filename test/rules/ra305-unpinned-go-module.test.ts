import { describe, expect, it } from 'vitest';
import { describeRuleFixtures, ruleFindings } from '../support/rules.js';

describeRuleFixtures('RA305');

describe('RA305 messages', () => {
  it('explains queries and abbreviated commits', async () => {
    const findings = await ruleFindings('RA305', 'FROM golang:1.22\nRUN go install example.com/a@v1.2 example.com/b@abc1234\n');
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/version query/), expect.stringMatching(/abbreviated commit/)]);
  });
});
