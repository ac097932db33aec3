import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidSarif, validateWithMultitool } from '../support/sarif.js';

// hadolint-style output: no rule descriptors, column 0, an absolute path. Both checks must catch it.
const poorLog = {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'poor', rules: [{ id: 'X1' }] } },
      results: [{ ruleId: 'X1', message: { text: 'bad' }, locations: [{ physicalLocation: { artifactLocation: { uri: '/abs/Dockerfile' }, region: { startLine: 1, startColumn: 0 } } }] }],
    },
  ],
};

describe('SARIF validation helpers', () => {
  it('reject a log the OASIS schema forbids', () => {
    expect(() => assertValidSarif(JSON.stringify(poorLog))).toThrow(/startColumn.*must be >= 1/);
  });

  it('report the validator’s errors, by file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-poor-'));
    const file = path.join(dir, 'poor.sarif');
    fs.writeFileSync(file, JSON.stringify(poorLog));
    try {
      const issues = await validateWithMultitool([file]);
      const errors = issues.filter((i) => i.level === 'error');
      expect(errors.map((e) => e.ruleId)).toEqual(expect.arrayContaining(['JSON1008', 'GH2012', 'SARIF1004']));
      expect(errors.every((e) => e.file === file)).toBe(true);
      expect(errors.find((e) => e.ruleId === 'GH2012')!.message).toContain('shortDescription');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
