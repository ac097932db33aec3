import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/action/sticky-comment.js';
import { assertMultitoolClean, assertValidSarif } from '../support/sarif.js';
import { actionBench } from './bench.js';
import type { ActionRun } from './run-action.js';

const { missing, workspace, event, startApi, audit } = actionBench();

/** The run's SARIF, which the OASIS schema and Microsoft's validator with GitHub rules both accept. */
async function sarifOf(run: ActionRun): Promise<Sarif.Log> {
  const file = run.outputs['sarif-file']!;
  const text = fs.readFileSync(file, 'utf8');
  assertValidSarif(text);
  await assertMultitoolClean([file]);
  return JSON.parse(text) as Sarif.Log;
}

const unsuppressed = (log: Sarif.Log) => log.runs[0]!.results!.filter((r) => !r.suppressions?.length);

describe.skipIf(missing)('the GitHub Action, started as the runner starts it', () => {
  it('creates one sticky comment, then updates it in place on the next run', async () => {
    // 120 earlier comments by people: ours must be found again on the second page.
    const fake = await startApi({ comments: Array.from({ length: 120 }, (_, i) => ({ body: `LGTM ${i} <!-- not repro-audit -->`, login: 'hubot' })) });
    const ws = workspace('sticky');
    const eventPath = event('sticky');

    const first = await audit(ws, eventPath, { 'fail-on': 'none', annotations: 'true' });
    expect(first.status).toBe(0);
    expect(fake.violations).toEqual([]);
    expect(fake.commentsWith(COMMENT_MARKER)).toHaveLength(1);
    const created = fake.requests.filter((r) => r.operationId === 'issues/create-comment');
    expect(created).toHaveLength(1);
    const body = fake.commentsWith(COMMENT_MARKER)[0]!.body;
    expect(body).toMatch(/^<!-- repro-audit -->\n### ❌ repro-audit: \d+ things? in \d+ files? will not rebuild the same tomorrow/);
    expect(body).toContain('services/web/Dockerfile');
    expect(body).toContain('[workflow run](https://github.com/acme/shop/actions/runs/11843209876)');
    expect(body.length).toBeLessThanOrEqual(65_536);

    const sarif = await sarifOf(first);
    expect(Number(first.outputs.findings)).toBe(unsuppressed(sarif).length);
    expect(Number(first.outputs.findings)).toBeGreaterThan(0);
    expect(first.outputs.errors).toBe('0');
    expect(first.summary).toContain('will not rebuild the same tomorrow');
    expect(first.stdout).toMatch(/^::(error|warning) file=services\/web\/Dockerfile,line=1,endLine=1,col=6,endColumn=19,title=RA101 [^:]+::/m);

    // The Dockerfile is fixed between the runs: the same comment now says so.
    fs.writeFileSync(path.join(ws, 'services/legacy/Containerfile'), 'FROM debian:bookworm-20241016@sha256:e5f8f0bd5c6f5e4a5b1f0a2a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f\n');
    const second = await audit(ws, eventPath, { 'fail-on': 'none' });
    expect(second.status).toBe(0);
    expect(fake.violations).toEqual([]);
    expect(fake.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(1);
    const updates = fake.requests.filter((r) => r.operationId === 'issues/update-comment');
    expect(updates).toHaveLength(1);
    expect(fake.commentsWith(COMMENT_MARKER)).toHaveLength(1);
    expect(fake.commentsWith(COMMENT_MARKER)[0]!.body).not.toContain('services/legacy/Containerfile');
    expect(fake.comments).toHaveLength(121);
    // Listing went through both pages.
    expect(fake.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '1', '2']);
  });

  it('on a fork’s read-only token, reports in the job summary with a notice and does not fail', async () => {
    const fake = await startApi({ readOnlyToken: true });
    const ws = workspace('fork');
    const eventPath = event('fork', (payload) => {
      payload.pull_request.head.repo.full_name = 'mona/shop';
    });
    const run = await audit(ws, eventPath, { 'fail-on': 'none', summary: 'false' });
    expect(run.status).toBe(0);
    expect(fake.violations).toEqual([]);
    expect(fake.requests.find((r) => r.operationId === 'issues/create-comment')!.status).toBe(403);
    expect(fake.comments).toHaveLength(0);
    expect(run.stdout).toMatch(/^::notice title=repro-audit%3A no PR comment::The token cannot comment on this pull request \(Resource not accessible by integration/m);
    // `summary: false`, yet the report is not lost.
    expect(run.summary).toContain('will not rebuild the same tomorrow');
    expect(run.stdout).not.toMatch(/^::error::/m);
  });

  it('fails the step when a finding reaches fail-on, after writing everything', async () => {
    const fake = await startApi();
    const run = await audit(workspace('fail'), event('fail'), { 'fail-on': 'error' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::\d+ findings? at or above 'error' \(fail-on\)\.$/m);
    expect(fake.commentsWith(COMMENT_MARKER)).toHaveLength(1);
    expect(fs.existsSync(run.outputs['sarif-file']!)).toBe(true);
  });

  it('with only-changed, reports only the Dockerfiles the pull request adds or modifies', async () => {
    // 130 changed files: the listing takes two pages of 100.
    const changedFiles = [
      ...Array.from({ length: 127 }, (_, i) => ({ filename: `src/module-${i}.ts`, status: 'modified' as const })),
      { filename: 'services/web/Dockerfile', status: 'modified' as const },
      { filename: 'services/old/Dockerfile', status: 'removed' as const },
      { filename: 'docs/README.md', status: 'added' as const },
    ];
    const fake = await startApi({ changedFiles });
    const eventPath = event('changed', (payload) => {
      (payload.pull_request as unknown as { changed_files: number }).changed_files = changedFiles.length;
    });
    const run = await audit(workspace('changed'), eventPath, { 'fail-on': 'none', 'only-changed': 'true', comment: 'false' });
    expect(run.status).toBe(0);
    expect(fake.violations).toEqual([]);
    expect(fake.requests.filter((r) => r.operationId === 'pulls/list-files').map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    const files = new Set(unsuppressed(await sarifOf(run)).map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri));
    expect([...files]).toEqual(['services/web/Dockerfile']);
    expect(run.summary).not.toContain('Containerfile');
  });

  it('with only-changed and no API, asks git which files changed', async () => {
    const fake = await startApi({ pullFilesUnavailable: true });
    const ws = workspace('git-fallback');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    fs.writeFileSync(path.join(ws, 'services/legacy/Containerfile'), 'FROM debian:trixie\nRUN apt-get update\n');
    git('commit', '-q', '-am', 'head');
    const head = git('rev-parse', 'HEAD');
    const eventPath = event('git-fallback', (payload) => {
      const pr = payload.pull_request as unknown as { base: { sha: string }; head: { sha: string } };
      pr.base.sha = base;
      pr.head.sha = head;
    });
    const run = await audit(ws, eventPath, { 'fail-on': 'none', 'only-changed': 'true', comment: 'false' });
    expect(run.status).toBe(0);
    expect(fake.requests.find((r) => r.operationId === 'pulls/list-files')!.status).toBe(503);
    const files = new Set(unsuppressed(await sarifOf(run)).map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri));
    expect([...files]).toEqual(['services/legacy/Containerfile']);
  });

  it('points out annotations GitHub will not display', async () => {
    await startApi();
    const ws = workspace('many');
    fs.writeFileSync(path.join(ws, 'services/web/Dockerfile'), Array.from({ length: 14 }, (_, i) => `FROM node:${i}-alpine AS s${i}\n`).join(''));
    const run = await audit(ws, event('many'), { 'fail-on': 'none', comment: 'false', annotations: 'true' });
    expect(run.stdout.match(/^::warning file=services\/web\/Dockerfile,line=/gm)!.length).toBe(14);
    expect(run.stdout).toMatch(/^::notice title=repro-audit%3A not every finding is annotated::GitHub displays at most 10 annotations of each kind per step/m);
  });

  it('rejects a bad input with one clear message', async () => {
    const fake = await startApi();
    const run = await audit(workspace('bad-input'), event('bad-input'), { 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::Input 'fail-on' must be one of error, warning, note, none; got 'sometimes'.");
    expect(fake.requests).toEqual([]);
  });

  it('with a config pinned in the workflow, ignores the one the pull request brings', async () => {
    const fake = await startApi();
    const ws = workspace('pinned');
    // The pull request switches everything off in its own config.
    fs.writeFileSync(path.join(ws, '.repro-audit.yml'), 'fail-on: none\nrules:\n  RA101: off\n  unpinned-apt-package: off\n');
    const unpinned = await audit(ws, event('pinned'), { comment: 'false' });
    expect(unpinned.status).toBe(0);
    expect(unpinned.summary).not.toContain('RA101');

    const pinned = await audit(ws, event('pinned'), { comment: 'false', annotations: 'true', config: 'fail-on: error\nrules:\n  RA101: error\n' });
    expect(pinned.status).toBe(1);
    expect(pinned.stdout).toMatch(/^::error file=services\/web\/Dockerfile,line=1,[^:]*title=RA101 /m);
    expect(pinned.stdout).toContain('Config: the YAML in the workflow (a .repro-audit.yml in the repository is not read).');
    expect(fake.violations).toEqual([]);
  });

  it('names the config input in a mistake of its inline YAML, as one line', async () => {
    await startApi();
    const run = await audit(workspace('bad-config'), event('bad-config'), { config: 'rules:\n  RA999: off\n' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::the Action's `config` input:2: unknown rule `RA999` (see `repro-audit rules`)");
  });
});
