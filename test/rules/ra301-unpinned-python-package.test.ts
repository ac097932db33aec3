import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRuleFixtures, flagged, ruleFindings } from '../support/rules.js';

describeRuleFixtures('RA301');

describe('RA301 requirements files', () => {
  const requirements = { 'requirements.txt': 'flask==3.0.3\nrequests>=2.31\n\n# pinned below\nDjango~=4.2\n' };

  it('follows COPY into a WORKDIR and reports each loose line on its own line of the file, naming the RUN that reads it', async () => {
    const dockerfile = 'FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\n';
    const findings = await ruleFindings('RA301', dockerfile, requirements);
    expect(findings.map((f) => [f.severity, f.message, f.properties])).toEqual([
      ['warning', expect.stringMatching(/^Python package `requests` in `requirements\.txt` has `>=2\.31`/), { requirementsFile: 'requirements.txt', requirementsLine: 2 }],
      ['warning', expect.stringMatching(/^Python package `Django` in `requirements\.txt` has `~=4\.2`/), { requirementsFile: 'requirements.txt', requirementsLine: 5 }],
    ]);
    expect(findings.map((f) => [path.basename(f.file), f.region])).toEqual([
      ['requirements.txt', { startLine: 2, startColumn: 1, endLine: 2, endColumn: 15 }],
      ['requirements.txt', { startLine: 5, startColumn: 1, endLine: 5, endColumn: 12 }],
    ]);
    for (const finding of findings) {
      expect(finding.related).toEqual([{ file: 'Dockerfile', region: { startLine: 4, startColumn: 20, endLine: 4, endColumn: 36 }, message: 'read by `pip install`' }]);
      expect(finding.instruction).toMatchObject({ keyword: 'RUN', startLine: 4 });
      expect(finding.nix?.summary).toBeTruthy();
    }
  });

  it('maps a renamed copy, an absolute path, `cd`, a bind mount and a heredoc back to their sources', async () => {
    const files = { 'deploy/prod.txt': 'gunicorn\n', 'reqs/dev.txt': 'pytest>=8\n', 'tools.txt': 'ruff\n' };
    const dockerfile = [
      'FROM python:3.12',
      'COPY deploy/prod.txt /srv/requirements.txt',
      'COPY reqs/ /opt/reqs/',
      'RUN pip install -r /srv/requirements.txt',
      'RUN cd /opt/reqs && pip install -r dev.txt',
      'RUN --mount=type=bind,source=tools.txt,target=/tmp/t.txt pip install -r /tmp/t.txt',
      'COPY <<EOF /etc/inline.txt',
      'attrs',
      'EOF',
      'RUN pip install -r /etc/inline.txt',
      '',
    ].join('\n');
    const findings = await ruleFindings('RA301', dockerfile, files);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Python package `gunicorn` in `deploy\/prod\.txt` has no version/),
      expect.stringMatching(/^Python package `pytest` in `reqs\/dev\.txt` has `>=8`/),
      expect.stringMatching(/^Python package `ruff` in `tools\.txt` has no version/),
      expect.stringMatching(/^Python package `attrs` in a heredoc of COPY has no version/),
    ]);
    // The heredoc's line is a line of the Dockerfile itself.
    expect([findings[3]!.file, findings[3]!.region.startLine, flagged(dockerfile, findings[3]!)]).toEqual(['Dockerfile', 8, 'attrs']);
  });

  it('follows nested -r and -c files relative to the file naming them, and survives a loop', async () => {
    const files = {
      'req/main.txt': '-r common.txt\n-c ../pins/constraints.txt\nwerkzeug\nclick\n',
      'req/common.txt': '-r main.txt\nitsdangerous>=2\n',
      'pins/constraints.txt': 'werkzeug==3.0.3\nclick>=8\n',
    };
    const dockerfile = 'FROM python:3.12\nCOPY . /src/\nRUN pip install -r /src/req/main.txt\n';
    const findings = await ruleFindings('RA301', dockerfile, files);
    expect(findings.map((f) => [f.message.split(' has ')[0], f.properties?.requirementsLine])).toEqual([
      ['Python package `itsdangerous` in `req/common.txt`', 2],
      ['Python package `click` in `req/main.txt`', 4],
    ]);
  });

  it('says in a note when a requirements file cannot be checked, and why', async () => {
    const missing = await ruleFindings('RA301', 'FROM python:3.12\nRUN pip install -r requirements.txt\n');
    expect(missing.map((f) => f.severity)).toEqual(['note']);
    expect(missing[0]!.message).toMatch(/could not be checked.*not in the build context/);

    const fromStage = await ruleFindings('RA301', 'FROM python:3.12 AS deps\nFROM python:3.12\nCOPY --from=deps /r.txt /app/r.txt\nRUN pip install -r /app/r.txt\n', { 'r.txt': 'flask\n' });
    expect(fromStage.map((f) => f.severity)).toEqual(['note']);
    expect(fromStage[0]!.message).toMatch(/copied from another stage or image/);
  });

  it('takes pins from constraints files, and leaves packages to an unreadable one with a note', async () => {
    const files = { 'c.txt': 'httpx==0.27.0\nanyio>=4\n' };
    const pinned = await ruleFindings('RA301', 'FROM python:3.12\nCOPY c.txt /c.txt\nRUN pip install -c /c.txt httpx anyio\n', files);
    expect(pinned.map((f) => f.message)).toEqual([expect.stringMatching(/^Python package `anyio` has no version/)]);

    const unreadable = await ruleFindings('RA301', 'FROM python:3.12\nRUN pip install -c https://example.com/constraints.txt httpx\n');
    expect(unreadable.map((f) => [f.severity, f.message])).toEqual([['note', expect.stringMatching(/`httpx` may be pinned by the constraints file .*fetched from a URL/)]]);
  });

  it('counts a pin anywhere in the same pip command (pip merges the requirements)', async () => {
    const findings = await ruleFindings('RA301', 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt flask\n', { 'requirements.txt': 'flask==3.0.3\n' });
    expect(findings).toEqual([]);
  });

  it('survives binary, huge and hostile requirements files', async () => {
    const files = {
      'bin.txt': Buffer.from([0, 255, 254, 10, 0x66, 0x6c, 0x61, 0x73, 0x6b, 10]),
      'huge.txt': 'x==1\n'.repeat(300_000),
      'dots.txt': '-r ../../../../etc/passwd\n',
    };
    const dockerfile = 'FROM python:3.12\nCOPY . /w/\nRUN pip install -r /w/bin.txt -r /w/huge.txt -r /w/dots.txt\n';
    const findings = await ruleFindings('RA301', dockerfile, files);
    expect(findings.some((f) => f.message.includes('`flask` in `bin.txt` has no version'))).toBe(true);
    // Over the reader's size limit: reported as unreadable rather than read.
    expect(findings.some((f) => f.severity === 'note' && /huge\.txt` is in the build context but could not be read/.test(f.message))).toBe(true);
    expect(findings.some((f) => f.severity === 'note' && f.message.includes('etc/passwd'))).toBe(true);
  });
});

describe('RA301 command line', () => {
  it('judges versions from variables: known values, empty ARGs, and the base image environment', async () => {
    const dockerfile = 'FROM apache/airflow:2.8.0\nARG KNOWN=3.0.3\nARG EMPTY\nRUN pip install "flask==${KNOWN}" "httpx==${EMPTY}" "apache-airflow==${AIRFLOW_VERSION}"\n';
    const findings = await ruleFindings('RA301', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['"httpx==${EMPTY}"']);
    expect(findings[0]!.message).toMatch(/`EMPTY` has no value here, so it is empty unless `--build-arg` sets it/);
  });

  it('flags --upgrade of unpinned packages only, at the package word', async () => {
    const dockerfile = 'FROM python:3.12\nRUN pip install --upgrade pip setuptools==70.0.0\n';
    const findings = await ruleFindings('RA301', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['pip']);
    expect(findings[0]!.message).toMatch(/--upgrade/);
  });

  it('is silenced by hadolint DL3013 comments', async () => {
    expect(await ruleFindings('RA301', 'FROM python:3.12\n# hadolint ignore=DL3013\nRUN pip install flask\n')).toEqual([]);
  });
});
