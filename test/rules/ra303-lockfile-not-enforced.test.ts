import { describe, expect, it } from 'vitest';
import { describeRuleFixtures, ruleFindings } from '../support/rules.js';

describeRuleFixtures('RA303');

describe('RA303 lockfile presence', () => {
  const npmInstall = (copy: string) => `FROM node:20\nWORKDIR /app\n${copy}\nRUN npm install\n`;

  it('says the lockfile is not enforced when one is copied, explicitly, by glob or with the whole context', async () => {
    const files = { 'package.json': '{}', 'package-lock.json': '{}' };
    for (const copy of ['COPY package.json package-lock.json ./', 'COPY package*.json ./', 'COPY . .']) {
      const [finding] = await ruleFindings('RA303', npmInstall(copy), files);
      expect(finding?.message, copy).toMatch(/does not enforce `package-lock\.json`.*`npm ci`/);
    }
  });

  it('says no lockfile reaches the build when package.json comes without one', async () => {
    const [finding] = await ruleFindings('RA303', npmInstall('COPY . .'), { 'package.json': '{}' });
    expect(finding?.message).toMatch(/runs without a lockfile/);
  });

  it('does not claim either way when the audited context is not the build’s', async () => {
    const [finding] = await ruleFindings('RA303', npmInstall('COPY . .'));
    expect(finding?.message).toMatch(/does not enforce the lockfile.*probably not the one the build uses/);
  });

  it('accepts a frozen install (the upgrade after it is RA302’s)', async () => {
    const dockerfile = 'FROM node:20\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn upgrade\n';
    expect(await ruleFindings('RA303', dockerfile, { 'package.json': '{}', 'yarn.lock': '' })).toEqual([]);
  });
});
