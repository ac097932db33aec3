import { describe, expect, it } from 'vitest';
import { describeRuleFixtures, flagged, ruleFindings } from '../support/rules.js';

describeRuleFixtures('RA302');

describe('RA302 messages and regions', () => {
  it('names dist-tags, ranges and git refs at the exact word', async () => {
    const dockerfile = 'FROM node:20\nRUN npm i -g npm@latest pnpm@^9 github:user/repo#v1\n';
    const findings = await ruleFindings('RA302', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['npm@latest', 'pnpm@^9', 'github:user/repo#v1']);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/dist-tag `latest`/),
      expect.stringMatching(/`\^9`, a range/),
      expect.stringMatching(/`v1`, a git tag, branch or range/),
    ]);
  });

  it('flags `yarn upgrade` at its subcommand, after a frozen install', async () => {
    const dockerfile = 'FROM node:20\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn upgrade\n';
    const upgrades = await ruleFindings('RA302', dockerfile);
    expect(upgrades.map((f) => flagged(dockerfile, f))).toEqual(['upgrade']);
  });
});
