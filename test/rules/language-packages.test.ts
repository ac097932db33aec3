import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { auditSnippet, findingsOf } from '../support/audit.js';

const contexts: string[] = [];
afterAll(() => {
  for (const directory of contexts) fs.rmSync(directory, { recursive: true, force: true });
});

/** A real build context on disk holding `files`. */
function contextWith(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-lang-'));
  contexts.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

async function audit(ruleId: string, dockerfile: string, files: Record<string, string | Buffer> = {}): Promise<Finding[]> {
  const { findings, errors } = await auditSnippet(dockerfile, { contextDir: contextWith(files) });
  expect(errors).toEqual([]);
  return findingsOf(findings, ruleId).filter((finding) => !finding.suppressed);
}

/** The text a finding's region covers (single-line regions). */
function flagged(dockerfile: string, finding: Finding): string {
  const line = dockerfile.split('\n')[finding.region.startLine - 1]!;
  return line.slice(finding.region.startColumn - 1, finding.region.endColumn - 1);
}

describe('RA301 requirements files', () => {
  const requirements = { 'requirements.txt': 'flask==3.0.3\nrequests>=2.31\n\n# pinned below\nDjango~=4.2\n' };

  it('follows COPY into a WORKDIR and reports each loose line with its file and line', async () => {
    const dockerfile = 'FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\n';
    const findings = await audit('RA301', dockerfile, requirements);
    expect(findings.map((f) => [f.severity, f.message, f.properties])).toEqual([
      ['warning', expect.stringMatching(/^`requirements\.txt` line 2: `requests>=2\.31` has `>=2\.31`/), { requirementsFile: 'requirements.txt', requirementsLine: 2 }],
      ['warning', expect.stringMatching(/^`requirements\.txt` line 5: `Django~=4\.2` has `~=4\.2`/), { requirementsFile: 'requirements.txt', requirementsLine: 5 }],
    ]);
    for (const finding of findings) {
      expect(flagged(dockerfile, finding)).toBe('requirements.txt');
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
    const messages = (await audit('RA301', dockerfile, files)).map((f) => f.message);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^`deploy\/prod\.txt` line 1: `gunicorn` has no version/);
    expect(messages[1]).toMatch(/^`reqs\/dev\.txt` line 1: `pytest>=8`/);
    expect(messages[2]).toMatch(/^`tools\.txt` line 1: `ruff`/);
    expect(messages[3]).toMatch(/^`the heredoc of the COPY at line 7` line 1: `attrs`/);
  });

  it('follows nested -r and -c files relative to the file naming them, and survives a loop', async () => {
    const files = {
      'req/main.txt': '-r common.txt\n-c ../pins/constraints.txt\nwerkzeug\nclick\n',
      'req/common.txt': '-r main.txt\nitsdangerous>=2\n',
      'pins/constraints.txt': 'werkzeug==3.0.3\nclick>=8\n',
    };
    const dockerfile = 'FROM python:3.12\nCOPY . /src/\nRUN pip install -r /src/req/main.txt\n';
    const messages = (await audit('RA301', dockerfile, files)).map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages.some((m) => m.startsWith('`req/main.txt` line 4: `click`'))).toBe(true);
    expect(messages.some((m) => m.startsWith('`req/common.txt` line 2: `itsdangerous>=2`'))).toBe(true);
  });

  it('says in a note when a requirements file cannot be checked, and why', async () => {
    const missing = await audit('RA301', 'FROM python:3.12\nRUN pip install -r requirements.txt\n');
    expect(missing.map((f) => f.severity)).toEqual(['note']);
    expect(missing[0]!.message).toMatch(/could not be checked.*not in the build context/);

    const fromStage = await audit('RA301', 'FROM python:3.12 AS deps\nFROM python:3.12\nCOPY --from=deps /r.txt /app/r.txt\nRUN pip install -r /app/r.txt\n', { 'r.txt': 'flask\n' });
    expect(fromStage.map((f) => f.severity)).toEqual(['note']);
    expect(fromStage[0]!.message).toMatch(/copied from another stage or image/);
  });

  it('takes pins from constraints files, and leaves packages to an unreadable one with a note', async () => {
    const files = { 'c.txt': 'httpx==0.27.0\nanyio>=4\n' };
    const pinned = await audit('RA301', 'FROM python:3.12\nCOPY c.txt /c.txt\nRUN pip install -c /c.txt httpx anyio\n', files);
    expect(pinned.map((f) => f.message)).toEqual([expect.stringMatching(/^Python package `anyio` has no version/)]);

    const unreadable = await audit('RA301', 'FROM python:3.12\nRUN pip install -c https://example.com/constraints.txt httpx\n');
    expect(unreadable.map((f) => [f.severity, f.message])).toEqual([['note', expect.stringMatching(/`httpx` may be pinned by the constraints file .*fetched from a URL/)]]);
  });

  it('counts a pin anywhere in the same pip command (pip merges the requirements)', async () => {
    const findings = await audit('RA301', 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt flask\n', { 'requirements.txt': 'flask==3.0.3\n' });
    expect(findings).toEqual([]);
  });

  it('survives binary, huge and hostile requirements files', async () => {
    const files = {
      'bin.txt': Buffer.from([0, 255, 254, 10, 0x66, 0x6c, 0x61, 0x73, 0x6b, 10]),
      'huge.txt': 'x==1\n'.repeat(300_000),
      'dots.txt': '-r ../../../../etc/passwd\n',
    };
    const dockerfile = 'FROM python:3.12\nCOPY . /w/\nRUN pip install -r /w/bin.txt -r /w/huge.txt -r /w/dots.txt\n';
    const findings = await audit('RA301', dockerfile, files);
    expect(findings.some((f) => f.message.includes('`flask` has no version'))).toBe(true);
    // Over the reader's size limit: reported as unreadable rather than read.
    expect(findings.some((f) => f.severity === 'note' && /huge\.txt` is in the build context but could not be read/.test(f.message))).toBe(true);
    expect(findings.some((f) => f.severity === 'note' && f.message.includes('etc/passwd'))).toBe(true);
  });
});

describe('RA301 command line', () => {
  it('judges versions from variables: known values, empty ARGs, and the base image environment', async () => {
    const dockerfile = 'FROM apache/airflow:2.8.0\nARG KNOWN=3.0.3\nARG EMPTY\nRUN pip install "flask==${KNOWN}" "httpx==${EMPTY}" "apache-airflow==${AIRFLOW_VERSION}"\n';
    const findings = await audit('RA301', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['"httpx==${EMPTY}"']);
    expect(findings[0]!.message).toMatch(/variable with no value/);
  });

  it('flags --upgrade of unpinned packages only, at the package word', async () => {
    const dockerfile = 'FROM python:3.12\nRUN pip install --upgrade pip setuptools==70.0.0\n';
    const findings = await audit('RA301', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['pip']);
    expect(findings[0]!.message).toMatch(/--upgrade/);
  });

  it('is silenced by hadolint DL3013 comments', async () => {
    expect(await audit('RA301', 'FROM python:3.12\n# hadolint ignore=DL3013\nRUN pip install flask\n')).toEqual([]);
  });
});

describe('RA303 lockfile presence', () => {
  const npmInstall = (copy: string) => `FROM node:20\nWORKDIR /app\n${copy}\nRUN npm install\n`;

  it('says the lockfile is not enforced when one is copied, explicitly, by glob or with the whole context', async () => {
    const files = { 'package.json': '{}', 'package-lock.json': '{}' };
    for (const copy of ['COPY package.json package-lock.json ./', 'COPY package*.json ./', 'COPY . .']) {
      const [finding] = await audit('RA303', npmInstall(copy), files);
      expect(finding?.message, copy).toMatch(/does not enforce `package-lock\.json`.*`npm ci`/);
    }
  });

  it('says no lockfile reaches the build when package.json comes without one', async () => {
    const [finding] = await audit('RA303', npmInstall('COPY . .'), { 'package.json': '{}' });
    expect(finding?.message).toMatch(/runs without a lockfile/);
  });

  it('does not claim either way when the audited context is not the build’s', async () => {
    const [finding] = await audit('RA303', npmInstall('COPY . .'));
    expect(finding?.message).toMatch(/does not enforce the lockfile.*probably not the one the build uses/);
  });

  it('flags the upgrade commands at their subcommand and accepts frozen installs', async () => {
    const dockerfile = 'FROM node:20\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn upgrade\n';
    expect(await audit('RA303', dockerfile, { 'package.json': '{}', 'yarn.lock': '' })).toEqual([]);
    const upgrades = await audit('RA302', dockerfile);
    expect(upgrades.map((f) => flagged(dockerfile, f))).toEqual(['upgrade']);
  });
});

describe('RA302, RA304, RA305, RA306 messages and regions', () => {
  it('RA302 names dist-tags, ranges and git refs at the exact word', async () => {
    const dockerfile = 'FROM node:20\nRUN npm i -g npm@latest pnpm@^9 github:user/repo#v1\n';
    const findings = await audit('RA302', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['npm@latest', 'pnpm@^9', 'github:user/repo#v1']);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/dist-tag `latest`/),
      expect.stringMatching(/`\^9`, a range/),
      expect.stringMatching(/`v1`, a git tag, branch or range/),
    ]);
  });

  it('RA304 flags `gem update --system` without a version at the subcommand', async () => {
    const dockerfile = 'FROM ruby:3.3\nRUN gem update --system\n';
    const findings = await audit('RA304', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['update']);
  });

  it('RA305 explains queries and abbreviated commits', async () => {
    const findings = await audit('RA305', 'FROM golang:1.22\nRUN go install example.com/a@v1.2 example.com/b@abc1234\n');
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/version query/), expect.stringMatching(/abbreviated commit/)]);
  });

  it('RA306 reports the floating version and the missing --locked separately', async () => {
    const dockerfile = 'FROM rust:1.79\nRUN cargo install ripgrep\n';
    const findings = await audit('RA306', dockerfile);
    expect(findings.map((f) => flagged(dockerfile, f))).toEqual(['ripgrep', 'install']);
  });
});
