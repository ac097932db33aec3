import { describe, expect, it } from 'vitest';
import { describeRuleFixtures, ruleFindings } from '../support/rules.js';

describeRuleFixtures('RA501');

describe('RA501 regions', () => {
  it('points at `-march=native` inside CFLAGS="..." on a RUN', async () => {
    const findings = await ruleFindings('RA501', 'FROM gcc:14\nRUN CFLAGS="-O3 -march=native" make\n');
    expect(findings.map((f) => f.region)).toEqual([{ startLine: 2, startColumn: 17, endLine: 2, endColumn: 30 }]);
  });
});
