// Findings on the real fixture Dockerfiles, with regions computed from their text, for reporter tests
// that must not depend on which rules exist yet.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Region } from '../../src/findings/finding.js';
import type { AuditReport, RuleMeta } from '../../src/findings/index.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const APP_DOCKERFILE = path.join(FIXTURES, 'app', 'Dockerfile');
export const ODD_DOCKERFILE = path.join(FIXTURES, 'odd dir', 'Dockerfile.prod');

/** The region of the `nth` occurrence of `token` in `text`: 1-based, UTF-16 columns, exclusive end. */
export function locate(text: string, token: string, nth = 0): Region {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(token, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(token)} occurs fewer than ${nth + 1} times`);
  }
  const start = position(text, offset);
  const end = position(text, offset + token.length);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export const SAMPLE_RULES: RuleMeta[] = [
  {
    id: 'RA101',
    name: 'unpinned-base-image',
    summary: 'Base image referenced by a mutable tag instead of a digest',
    severity: 'error',
    tags: ['base-image', 'supply-chain'],
    precision: 'very-high',
    docs: {
      why: 'A tag such as `node:20` is moved by its publisher; tomorrow the same Dockerfile builds on a different image.\n\nDigests never move.',
      failing: 'FROM node:20-alpine',
      passing: 'FROM node:20-alpine@sha256:2d5e8a8a51bc5b3b8c1d2d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a',
      fix: 'Pin the image by digest. Keep the tag for readers.',
      nix: 'Use `dockerTools.pullImage` with `imageDigest` and `sha256`, or build the base from nixpkgs.',
    },
    hadolint: ['DL3006', 'DL3007'],
  },
  {
    id: 'RA201',
    name: 'apt-unpinned-packages',
    summary: 'apt-get install without versions or a snapshot mirror',
    severity: 'warning',
    tags: ['apt'],
    precision: 'high',
    docs: {
      why: 'The Debian archive changes daily, so `apt-get install curl` installs whatever is current.',
      failing: 'RUN apt-get update && apt-get install -y curl',
      passing: 'RUN echo "deb http://snapshot.debian.org/archive/debian/20240101T000000Z bookworm main" > /etc/apt/sources.list \\\n && apt-get update && apt-get install -y curl=7.88.1-10+deb12u5',
      fix: 'Use snapshot.debian.org and pin versions.',
      nix: 'List the packages in `contents` of `dockerTools.buildLayeredImage` from a pinned nixpkgs.',
    },
    hadolint: ['DL3008'],
  },
  {
    id: 'RA301',
    name: 'remote-script-piped-to-shell',
    summary: 'A script downloaded at build time is executed without a checksum',
    severity: 'error',
    // More than GitHub's 20 tags, to prove the reporter cuts them.
    tags: Array.from({ length: 25 }, (_, i) => `tag-${i}`),
    precision: 'high',
    docs: {
      why: 'The URL serves whatever its owner publishes today, and `| sh` runs it unchecked. A ``` fence in docs must not break help.',
      failing: 'RUN curl -fsSL https://example.com/install.sh | sh',
      passing: 'ADD --checksum=sha256:… https://example.com/install.sh /tmp/install.sh',
      fix: 'Download with `ADD --checksum` and run the verified file.',
    },
  },
  {
    id: 'RA401',
    name: 'pip-unpinned',
    summary: 'pip install without pinned versions and hashes',
    severity: 'note',
    tags: ['python'],
    precision: 'medium',
    docs: {
      why: 'PyPI releases new versions at any time.',
      failing: 'RUN pip install requests',
      passing: 'RUN pip install --require-hashes -r requirements.txt',
      fix: 'Use a lock file with hashes.',
      nix: 'Use `python3.withPackages (ps: [ ps.requests ])` from a pinned nixpkgs.',
    },
  },
];

/** Findings as producers would emit them on the fixtures; `file` is relative to the working directory. */
export function sampleReport(appText = fs.readFileSync(APP_DOCKERFILE, 'utf8'), appFile = path.relative(process.cwd(), APP_DOCKERFILE)): AuditReport {
  const oddText = fs.readFileSync(ODD_DOCKERFILE, 'utf8');
  const oddFile = path.relative(process.cwd(), ODD_DOCKERFILE);
  const from = locate(appText, 'node:20-alpine');
  const tagEnd = appText.indexOf('node:20-alpine') + 'node:20-alpine'.length;
  const findings: Finding[] = [
    {
      ruleId: 'RA101',
      severity: 'error',
      message: '`node:20-alpine` is a mutable tag | it moves when the publisher pushes.',
      file: appFile,
      region: from,
      instruction: { keyword: 'FROM', startLine: from.startLine, endLine: from.startLine, stage: 'build' },
      fix: {
        description: 'Pin `node:20-alpine` to its current digest',
        edits: [{ span: { start: tagEnd, end: tagEnd }, region: { ...from, startColumn: from.endColumn }, text: '@sha256:2d5e8a8a51bc5b3b8c1d2d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a' }],
      },
      nix: { summary: 'Pull the base with dockerTools.pullImage pinned by digest.', snippet: 'dockerTools.pullImage {\n  imageName = "node";\n  imageDigest = "sha256:2d5e…";\n  sha256 = lib.fakeHash;\n}', attrs: ['dockerTools.pullImage'] },
    },
    ...[0, 1].map((nth): Finding => {
      const region = locate(appText, 'curl -fsSL https://example.com/install.sh | sh', nth);
      return {
        ruleId: 'RA301',
        severity: 'error',
        message: 'Runs `https://example.com/install.sh` unverified <script>alert(1)</script> as @octocat.',
        file: appFile,
        region,
        instruction: { keyword: 'RUN', startLine: region.startLine, endLine: region.startLine, stage: 'build' },
      };
    }),
    {
      ruleId: 'RA101',
      severity: 'error',
      message: '`debian:latest` is the most mutable tag there is.',
      file: appFile,
      region: locate(appText, 'debian:latest'),
      instruction: { keyword: 'FROM', startLine: locate(appText, 'debian:latest').startLine, endLine: locate(appText, 'debian:latest').startLine, stage: '1' },
    },
    {
      ruleId: 'RA201',
      severity: 'warning',
      message: '`ca-certificates` is installed without a version.',
      file: appFile,
      region: locate(appText, 'ca-certificates'),
      instruction: { keyword: 'RUN', startLine: locate(appText, 'ca-certificates').startLine, endLine: locate(appText, 'ca-certificates').startLine, stage: '1' },
      suppressed: { kind: 'inline', justification: '# hadolint ignore=DL3008' },
    },
    {
      ruleId: 'RA401',
      severity: 'note',
      message: '`requests` is installed without a version.',
      file: appFile,
      // After non-ASCII text on the same line: columns count UTF-16 code units.
      region: locate(appText, 'requests'),
      nix: { summary: 'Take requests from a pinned nixpkgs.', attrs: ['python3Packages.requests'] },
      properties: { package: 'requests', ecosystem: 'pypi' },
    },
    {
      ruleId: 'RA401',
      severity: 'note',
      message: '`flask` is installed without a version.',
      file: oddFile,
      region: locate(oddText, 'flask'),
      suppressed: { kind: 'config', justification: '.repro-audit.yml' },
    },
    {
      ruleId: 'RA101',
      severity: 'error',
      message: '`python:3` is a mutable tag.',
      file: oddFile,
      region: locate(oddText, 'python:3'),
      details: 'Resolved today to sha256:abc…\nwas sha256:def… last week',
    },
  ];
  return {
    findings,
    errors: [{ file: path.relative(process.cwd(), path.join(FIXTURES, 'broken', 'Dockerfile')), line: 3, column: 1, message: 'Unterminated heredoc <<EOF started on line 3' }],
    rules: SAMPLE_RULES,
    files: [appFile, oddFile],
  };
}
