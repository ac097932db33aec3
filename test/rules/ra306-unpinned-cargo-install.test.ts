import { describe, expect, it } from 'vitest';
import { describeRuleFixtures, flagged, ruleFindings } from '../support/rules.js';

describeRuleFixtures('RA306');

describe('RA306 messages and regions', () => {
  it('reports the floating version and the missing --locked separately', async () => {
    const dockerfile = 'FROM rust:1.79\nRUN cargo install ripgrep\n';
    const findings = await ruleFindings('RA306', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['ripgrep', 'install']);
  });
});
