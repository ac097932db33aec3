import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/action/sticky-comment.js';
import { FakeGitHubApi, type FakeGitHubOptions } from '../support/github-api.js';
import { assertMultitoolClean, assertValidSarif } from '../support/sarif.js';
import { actionScript, runAction, type ActionRun } from './run-action.js';

const EVENT_FIXTURE = path.join(import.meta.dirname, 'fixtures', 'pull_request.opened.json');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-action-test-'));
const bundle = actionScript();
const script = 'script' in bundle ? bundle.script : '';
let api: FakeGitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A checked-out repository with two services and a docs folder. */
function workspace(name: string): string {
  const dir = path.join(scratch, name);
  const files: Record<string, string> = {
    'services/web/Dockerfile': 'FROM node:20-alpine\nRUN apk add --no-cache curl\nCOPY . /app\n',
    'services/worker/Dockerfile': 'FROM python:3.12-slim@sha256:2d5e8a8a51bc5b3b8c1d2d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a\nRUN pip install celery\n',
    'services/legacy/Containerfile': 'FROM debian:latest\nRUN apt-get update\n',
    'docs/README.md': '# shop\n',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function event(name: string, edit: (payload: { pull_request: { head: { repo: { full_name: string } } } }) => void = () => {}): string {
  const payload = JSON.parse(fs.readFileSync(EVENT_FIXTURE, 'utf8'));
  edit(payload);
  const file = path.join(scratch, `${name}.event.json`);
  fs.writeFileSync(file, JSON.stringify(payload));
  return file;
}

async function startApi(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHubApi> {
  api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42, ...options });
  return api;
}

async function audit(ws: string, eventPath: string, inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({ script, workspace: ws, apiUrl: api!.url, eventPath, inputs: { 'github-token': 'ghs_test0123456789', ...inputs } });
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
  return run;
}

/** The run's SARIF, which the OASIS schema and Microsoft's validator with GitHub rules both accept. */
async function sarifOf(run: ActionRun): Promise<Sarif.Log> {
  const file = run.outputs['sarif-file']!;
  const text = fs.readFileSync(file, 'utf8');
  assertValidSarif(text);
  await assertMultitoolClean([file]);
  return JSON.parse(text) as Sarif.Log;
}

const unsuppressed = (log: Sarif.Log) => log.runs[0]!.results!.filter((r) => !r.suppressions?.length);

describe.skipIf('missing' in bundle)('the GitHub Action, started as the runner starts it', () => {
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
    expect(body).toMatch(/^<!-- repro-audit -->\n### ❌ repro-audit: \d+ things? in \d+ Dockerfiles? will not rebuild the same tomorrow/);
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

/** The run's SARIF as written (the validators run on it in the tests above). */
const sarifLog = (run: ActionRun) => JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8')) as Sarif.Log;
const sarifFiles = (log: Sarif.Log) => [...new Set(log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri))].sort();

describe.skipIf('missing' in bundle)('the Action on a pull request: code scanning and the comment', () => {
  it('leaves suppressed findings out of the SARIF unless include-suppressed, and takes the category', async () => {
    await startApi();
    const ws = workspace('suppressed');
    fs.writeFileSync(path.join(ws, 'services/web/Dockerfile'), '# repro-audit ignore=RA101\nFROM node:20-alpine\nRUN apk add --no-cache curl\n');
    const run = await audit(ws, event('suppressed'), { 'fail-on': 'none', comment: 'false', category: 'repro-audit/lint/services/' });
    const log = sarifLog(run);
    expect(log.runs[0]!.automationDetails!.id).toBe('repro-audit/lint/services/');
    expect(log.runs[0]!.results!.length).toBeGreaterThan(0);
    expect(log.runs[0]!.results!.filter((r) => r.suppressions)).toEqual([]);
    expect(log.runs[0]!.results!.filter((r) => r.ruleId === 'RA101').map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).not.toContain('services/web/Dockerfile');
    // Fingerprints under repro-audit's own key only: upload-sarif computes primaryLocationLineHash.
    for (const result of log.runs[0]!.results!) expect(Object.keys(result.partialFingerprints!)).toEqual(['reproAudit/v1']);
    expect(log.runs[0]!.tool.driver.rules!.find((rule) => rule.id === 'RA101')!.helpUri).toMatch(/\/docs\/rules\.md#ra101-[a-z-]+$/);

    const kept = sarifLog(await audit(ws, event('suppressed'), { 'fail-on': 'none', comment: 'false', 'include-suppressed': 'true' }));
    expect(kept.runs[0]!.automationDetails!.id).toBe('repro-audit/lint/');
    const suppressed = kept.runs[0]!.results!.filter((r) => r.suppressions);
    expect(suppressed.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.artifactLocation!.uri, r.suppressions![0]!.kind])).toEqual([['RA101', 'services/web/Dockerfile', 'inSource']]);
  });

  it('annotates through one channel: none of its own unless annotations is on', async () => {
    await startApi();
    const run = await audit(workspace('one-channel'), event('one-channel'), { 'fail-on': 'none', comment: 'false' });
    expect(sarifLog(run).runs[0]!.results!.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(/^::(error|warning|notice) file=/m);
    expect(run.stdout).toContain('Annotations are off: code scanning annotates the pull request from the SARIF upload.');
  });

  it('keeps the comment under 65,536 characters and the summary under 1 MiB for a 300-file repository', async () => {
    const fake = await startApi();
    const ws = path.join(scratch, 'big');
    const images = ['node:20-alpine', 'python:3.12', 'ubuntu:22.04', 'debian:latest', 'golang:1.22', 'ruby:3'];
    for (let i = 0; i < 300; i++) {
      const file = path.join(ws, `services/svc-${String(i).padStart(3, '0')}/Dockerfile`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(
        file,
        `FROM ${images[i % images.length]}\nRUN apt-get update && apt-get install -y curl git openssl pkg${i}\nRUN curl -fsSL https://example.com/install-${i}.sh | sh\nRUN pip install flask requests lib${i}\nADD https://example.com/tool-${i}.tar.gz /opt/\n`,
      );
    }
    const run = await audit(ws, event('big'), { 'fail-on': 'none', nix: 'full' });
    expect(run.status).toBe(0);
    expect(fake.violations).toEqual([]);
    const body = fake.commentsWith(COMMENT_MARKER)[0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/more findings? .*not shown here to stay within GitHub's size limit/);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain('services/svc-000/Dockerfile');
    // One Nix block per distinct answer (its text and snippet), never one per finding.
    const blocks = [...run.summary.matchAll(/<details><summary>[^<]*<\/summary>([^]*?)<\/details>/g)].map((match) => match[1]);
    expect(blocks.length).toBeGreaterThan(0);
    expect(new Set(blocks).size).toBe(blocks.length);
  });

  it('says "no Dockerfile changed" for a pull request that changes none, and comments nothing new', async () => {
    const changedFiles = [{ filename: 'src/app.ts', status: 'modified' as const }, { filename: 'docs/README.md', status: 'modified' as const }];
    const fake = await startApi({ changedFiles });
    const eventPath = event('unchanged', (payload) => {
      (payload.pull_request as unknown as { changed_files: number }).changed_files = changedFiles.length;
    });
    const run = await audit(workspace('unchanged'), eventPath, { 'only-changed': 'true' });
    expect(run.status).toBe(0);
    expect(run.summary).toMatch(/^### ℹ️ repro-audit: no Dockerfile changed in this pull request\n/);
    expect(run.summary).not.toMatch(/0 Dockerfiles|no reproducibility problems/);
    expect(fake.commentsWith(COMMENT_MARKER)).toHaveLength(0);
  });

  it('says plainly when the paths hold no Dockerfile: a warning by default, a failure with no-files: error', async () => {
    await startApi();
    const ws = workspace('nothing');
    const warned = await audit(ws, event('nothing'), { paths: 'docs', comment: 'false' });
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(/^::warning title=repro-audit%3A nothing audited::no Dockerfile found in docs: nothing was audited/m);
    expect(warned.summary).toMatch(/^### ℹ️ repro-audit: no Dockerfile found in docs: nothing was audited/);
    const failed = await audit(ws, event('nothing'), { paths: 'docs', comment: 'false', 'no-files': 'error' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^::error::no Dockerfile found in docs: nothing was audited.*\(no-files: error\)\.$/m);
  });

  it('expands globs in paths, and warns about one that matches nothing', async () => {
    await startApi();
    const run = await audit(workspace('globs'), event('globs'), { paths: 'services/*/Dockerfile\nbuild/**/Containerfile', 'fail-on': 'none', comment: 'false' });
    expect(run.status).toBe(0);
    expect(sarifFiles(sarifLog(run))).toEqual(['services/web/Dockerfile', 'services/worker/Dockerfile']);
    expect(run.stdout).toMatch(/^::warning title=repro-audit%3A paths::The paths entry 'build\/\*\*\/Containerfile' matches no folder and no Dockerfile\.$/m);
    const folders = await audit(workspace('glob-folders'), event('glob-folders'), { paths: 'services/{legacy,worker}', 'fail-on': 'none', comment: 'false' });
    expect(sarifFiles(sarifLog(folders))).toEqual(['services/legacy/Containerfile', 'services/worker/Dockerfile']);
  });

  it('shows as much of the Nix way as the nix input says', async () => {
    await startApi();
    const ws = workspace('nix');
    const off = await audit(ws, event('nix'), { 'fail-on': 'none', comment: 'false', nix: 'off' });
    expect(off.summary).not.toMatch(/Nix|nixpkgs/);
    const brief = await audit(ws, event('nix'), { 'fail-on': 'none', comment: 'false' });
    expect(brief.summary).toContain('#### ❄️ The Nix way\n\n- ');
    expect(brief.summary).not.toContain('```nix');
    const full = await audit(ws, event('nix'), { 'fail-on': 'none', comment: 'false', nix: 'full' });
    expect(full.summary).toContain('```nix');
    const bad = await audit(ws, event('nix'), { nix: 'loud' });
    expect(bad.stdout).toContain("::error::Input 'nix' must be one of off, brief, full; got 'loud'.");
  });
});
