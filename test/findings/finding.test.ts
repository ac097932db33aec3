import { describe, expect, it } from 'vitest';
import { compareFindings, meetsThreshold, type Finding } from '../../src/findings/finding.js';

const at = (file: string, startLine: number, startColumn: number, ruleId: string): Finding => ({
  ruleId,
  severity: 'warning',
  message: 'm',
  file,
  region: { startLine, startColumn, endLine: startLine, endColumn: startColumn + 1 },
});

describe('the finding contract', () => {
  it('fails a run at or above the threshold, never at none', () => {
    expect(meetsThreshold('error', 'warning')).toBe(true);
    expect(meetsThreshold('warning', 'warning')).toBe(true);
    expect(meetsThreshold('note', 'warning')).toBe(false);
    expect(meetsThreshold('note', 'note')).toBe(true);
    expect(meetsThreshold('error', 'none')).toBe(false);
  });

  it('orders findings by file (UTF-16 code units, not the locale), line, column, then rule', () => {
    const findings = [at('b/Dockerfile', 1, 1, 'RA101'), at('a/Dockerfile', 2, 1, 'RA201'), at('a/Dockerfile', 1, 9, 'RA201'), at('a/Dockerfile', 1, 9, 'RA101'), at('B/Dockerfile', 9, 9, 'RA101')];
    expect([...findings].sort(compareFindings).map((f) => `${f.file}:${f.region.startLine}:${f.region.startColumn} ${f.ruleId}`)).toEqual([
      'B/Dockerfile:9:9 RA101',
      'a/Dockerfile:1:9 RA101',
      'a/Dockerfile:1:9 RA201',
      'a/Dockerfile:2:1 RA201',
      'b/Dockerfile:1:1 RA101',
    ]);
  });
});
