import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/index.js';
import { auditDocument } from '../support/audit.js';

/** Where `needle` (the `occurrence`-th, from 0) starts in `text`, as a 1-based line and column. */
function positionOf(text: string, needle: string, occurrence = 0): { line: number; column: number } {
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function at(findings: Finding[], ruleId: string): Array<{ line: number; column: number; suppressed: boolean }> {
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => ({ line: finding.region.startLine, column: finding.region.startColumn, suppressed: finding.suppressed !== undefined }));
}

const WORKFLOW = `name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python: ['3.11', '3.12']
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - name: tools
        run: |
          curl -fsSL https://get.example.com/install.sh | sh
          cat > setup.cfg <<EOF
          [tool]
          EOF
          pip install --python-version \${{ matrix.python }} flask
      - run: npm install -g typescript
      - run: "gem install rails"
      - name: folded
        run: >-
          pip install
          requests
      # repro-audit ignore=RA401
      - run: curl https://example.com/ours.sh | bash
      - shell: pwsh
        run: pip install black
      - shell: bash -el {0}
        run: go install golang.org/x/tools/gopls@latest
  windows:
    runs-on: windows-latest
    steps:
      - run: pip install pytest
`;

describe('run: steps are shell units: the shell rules read them as RUNs, findings on the workflow line and column', () => {
  it('finds what a RUN would show, at the exact token, in block, folded, plain and quoted scripts', async () => {
    const { findings, errors } = await auditDocument(WORKFLOW, 'workflow', '.github/workflows/ci.yml');
    expect(errors).toEqual([]);
    expect(at(findings, 'RA401')).toEqual([
      { ...positionOf(WORKFLOW, 'curl -fsSL'), suppressed: false },
      { ...positionOf(WORKFLOW, 'curl https://example.com/ours.sh'), suppressed: true },
    ]);
    // After a heredoc whose terminator is indented in the YAML: the shell sees it unindented.
    expect(at(findings, 'RA301')).toEqual([
      { ...positionOf(WORKFLOW, 'flask'), suppressed: false },
      { ...positionOf(WORKFLOW, 'requests'), suppressed: false },
      { ...positionOf(WORKFLOW, 'black'), suppressed: false },
      { ...positionOf(WORKFLOW, 'pytest'), suppressed: false },
    ]);
    expect(at(findings, 'RA302')).toEqual([{ ...positionOf(WORKFLOW, 'typescript'), suppressed: false }]);
    expect(at(findings, 'RA304')).toEqual([{ ...positionOf(WORKFLOW, 'rails'), suppressed: false }]);
    expect(at(findings, 'RA305')).toEqual([{ ...positionOf(WORKFLOW, 'golang.org/x/tools/gopls@latest'), suppressed: false }]);
    const flask = findings.find((finding) => finding.ruleId === 'RA301' && finding.region.startLine === positionOf(WORKFLOW, 'flask').line)!;
    expect(flask.file.endsWith('.github/workflows/ci.yml')).toBe(true);
    expect(flask.message).toContain('flask');
    // A PowerShell step and a Windows runner's default shell (pwsh) are read with the PowerShell grammar.
    expect(findings.filter((finding) => /black|pytest/.test(finding.message)).map((finding) => finding.ruleId)).toEqual(['RA301', 'RA301']);
  });

  it('reads the steps of a composite action that run in bash or sh', async () => {
    const action = `name: setup
runs:
  using: composite
  steps:
    - shell: bash
      run: pip3 install --user poetry
    - shell: python
      run: print("pip install nothing")
`;
    const { findings, errors } = await auditDocument(action, 'workflow', 'action.yml');
    expect(errors).toEqual([]);
    expect(at(findings, 'RA301')).toEqual([{ ...positionOf(action, 'poetry'), suppressed: false }]);
    expect(findings.filter((finding) => finding.ruleId !== 'RA301')).toEqual([]);
  });

  it('orders checks by step: a checksum in an earlier step does not cover a later download, one in a later step does', async () => {
    const steps = (...runs: string[]) => ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', ...runs.map((run) => `      - run: ${run}`), ''].join('\n');
    const verify = 'echo "checking the cache of an earlier download first" && sha256sum -c tool.sha256';
    const download = 'curl -fsSLo tool.tgz https://x.example/tool.tgz';
    const earlier = steps(verify, download);
    const { findings } = await auditDocument(earlier, 'workflow', '.github/workflows/x.yml');
    const downloads = findings.filter((finding) => finding.ruleId === 'RA402');
    expect(downloads.map((finding) => ({ line: finding.region.startLine, column: finding.region.startColumn }))).toEqual([positionOf(earlier, 'https://x.example/tool.tgz')]);
    expect(downloads[0]!.message).toContain('in this step');
    const later = await auditDocument(steps(download, verify), 'workflow', '.github/workflows/x.yml');
    expect(later.findings.filter((finding) => finding.ruleId === 'RA402')).toEqual([]);
    // Unpacked in its own step before the later check: the check comes too late.
    const usedFirst = await auditDocument(steps(`${download} && tar xzf tool.tgz`, verify), 'workflow', '.github/workflows/x.yml');
    expect(usedFirst.findings.filter((finding) => finding.ruleId === 'RA402').map((finding) => finding.message)).toEqual([expect.stringContaining('used by `tar` before it is checked')]);
  });

  it('names a GitHub expression in a finding as the shell would see a variable, and keeps columns after it', async () => {
    const workflow = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.sha }} && curl -sL https://x.example/i.sh | sh\n';
    const { findings } = await auditDocument(workflow, 'workflow', '.github/workflows/x.yml');
    expect(at(findings, 'RA401')).toEqual([{ ...positionOf(workflow, 'curl'), suppressed: false }]);
  });
});
