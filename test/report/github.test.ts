import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, workflowCommand } from '../../src/report/escape/workflow-commands.js';
import { countAnnotations, githubReporter } from '../../src/report/github.js';
import { sampleReport } from './sample-report.js';

const options = { root: process.cwd(), color: false };

describe('GitHub annotations reporter', () => {
  it('escapes data and properties the way the runner unescapes them', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(workflowCommand('warning', { file: 'dir,1/Dockerfile:x', line: 3 }, 'a: b, c')).toBe('::warning file=dir%2C1/Dockerfile%3Ax,line=3::a: b, c');
  });

  it('annotates each unsuppressed finding with its exact position and title, and each unreadable file', () => {
    const lines = githubReporter(sampleReport(), options).trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(
      '::error file=test/report/fixtures/app/Dockerfile,line=2,endLine=2,col=6,endColumn=19,title=RA101 unpinned-base-image::`node:20-alpine` is a mutable tag | it moves when the publisher pushes.%0AFix: Pin `node:20-alpine` to its current digest',
    );
    expect(lines.filter((l) => l.startsWith('::notice '))).toEqual([
      '::notice file=test/report/fixtures/app/Dockerfile,line=14,endLine=14,col=34,endColumn=41,title=RA401 pip-unpinned::`requests` is installed without a version.',
    ]);
    // An annotation is short: the Nix way joins it only at `nix: full`, and never at `off`.
    const full = githubReporter(sampleReport(), { ...options, nix: 'full' }).split('\n');
    expect(full).toContain('::notice file=test/report/fixtures/app/Dockerfile,line=14,endLine=14,col=34,endColumn=41,title=RA401 pip-unpinned::`requests` is installed without a version.%0ANix: Take requests from a pinned nixpkgs.');
    expect(githubReporter(sampleReport(), { ...options, nix: 'off' })).not.toContain('Nix:');
    expect(lines.some((l) => l.includes('ca-certificates') || l.includes('flask'))).toBe(false);
    expect(lines[6]).toBe('::error file=test/report/fixtures/broken/Dockerfile,line=3,col=1,title=repro-audit could not audit this file::Unterminated heredoc <<EOF started on line 3');
    expect(lines.find((l) => l.includes('odd dir'))).toContain('file=test/report/fixtures/odd dir/Dockerfile.prod,line=1');
  });

  it('counts annotations by kind, as the Action compares them with the runner’s display limits', () => {
    expect(countAnnotations(sampleReport())).toEqual({ error: 6, warning: 0, notice: 1 });
  });

  it('leaves columns out of annotations that span lines', () => {
    const report = sampleReport();
    report.findings = [{ ...report.findings[0]!, suppressed: undefined, region: { startLine: 4, startColumn: 5, endLine: 5, endColumn: 34 } }];
    report.errors = [];
    expect(githubReporter(report, options)).toMatch(/^::error file=[^,]+,line=4,endLine=5,title=RA101 unpinned-base-image::/);
  });
});
