import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { textReporter } from '../../src/report/text.js';

const finding = (line: number, nix?: string): Finding => ({
  ruleId: 'RA201',
  severity: 'warning',
  message: `package ${line} has no version`,
  file: '/repo/Dockerfile',
  region: { startLine: line, startColumn: 5, endLine: line, endColumn: 9 },
  nix: nix ? { summary: nix } : undefined,
});

describe('text reporter', () => {
  it('prints file:line:col lines, a Nix answer once per run of findings that share it, and a total', () => {
    const text = textReporter(
      { findings: [finding(2, 'pkgs.curl pkgs.git'), finding(3, 'pkgs.curl pkgs.git'), finding(5, 'pkgs.jq')], errors: [], rules: [], files: ['/repo/Dockerfile'] },
      { root: '/repo', color: false },
    );
    expect(text.split('\n')).toEqual([
      'Dockerfile:2:5: warning RA201 package 2 has no version',
      '    nix: pkgs.curl pkgs.git',
      'Dockerfile:3:5: warning RA201 package 3 has no version',
      'Dockerfile:5:5: warning RA201 package 5 has no version',
      '    nix: pkgs.jq',
      '',
      '1 file audited, 0 errors, 3 warnings, 0 notes',
      '',
    ]);
  });

  it('names file errors with their line, counts suppressed findings, and celebrates a clean run', () => {
    const suppressed = { ...finding(2), suppressed: { kind: 'inline' as const, justification: '# repro-audit ignore=RA201' } };
    const withError = textReporter({ findings: [suppressed], errors: [{ file: '/repo/x.Dockerfile', line: 4, message: 'unknown instruction `FOO`' }], rules: [], files: ['/repo/x.Dockerfile'] }, { root: '/repo', color: false });
    expect(withError).toContain('x.Dockerfile:4: error: unknown instruction `FOO`');
    expect(withError).toContain('1 suppressed');
    const clean = textReporter({ findings: [], errors: [], rules: [], files: ['/repo/Dockerfile'] }, { root: '/repo', color: false });
    expect(clean).toBe('✔ 1 file audited, 0 errors, 0 warnings, 0 notes\n');
  });
});
