// only-changed on a pull request of 3,001 files, one of them a bad Dockerfile: GitHub's file list
// stops at 3,000, so the Action must not trust it (it asks git, or audits everything) and says so.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FakeGitHubApi, LIST_FILES_LIMIT } from '../support/github-api.js';
import { pullRequestEvent, removeRepository, repository, runBundledAction } from './sinks-support.js';

const FILLER = Array.from({ length: LIST_FILES_LIMIT }, (_, i) => `filler/${String(i).padStart(4, '0')}.txt`);
// Listed after the filler, as GitHub lists files in path order: `zz/` is the 3,001st.
const BAD = 'zz/Dockerfile';
const changedFiles = [...FILLER, BAD].map((filename) => ({ filename, status: 'added' as const }));

let api: FakeGitHubApi | undefined;
const repos: string[] = [];
afterEach(async () => api?.close());
afterAll(() => repos.forEach(removeRepository));

/** The pull request's tree: a base commit, then a head commit adding the 3,001 files. */
function pullRequestRepository(withHistory: boolean): { repo: string; base?: string; head?: string } {
  const repo = repository({ 'README.md': '# shop\n' });
  repos.push(repo);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  if (withHistory) {
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
  }
  const base = withHistory ? git('rev-parse', 'HEAD') : undefined;
  fs.mkdirSync(path.join(repo, 'filler'));
  for (const file of FILLER) fs.writeFileSync(path.join(repo, file), 'x\n');
  fs.mkdirSync(path.join(repo, 'zz'));
  fs.writeFileSync(path.join(repo, BAD), 'FROM debian:latest\nRUN apt-get install -y curl\n');
  if (!withHistory) return { repo };
  git('add', '.');
  git('commit', '-q', '-m', 'head');
  return { repo, base, head: git('rev-parse', 'HEAD') };
}

async function audit(repo: string, base?: string, head?: string) {
  api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42, changedFiles });
  const eventPath = pullRequestEvent(repo, (event) => {
    event.pull_request.changed_files = changedFiles.length;
    if (base && head) {
      event.pull_request.base.sha = base;
      event.pull_request.head.sha = head;
    }
  });
  const run = await runBundledAction(repo, api, { 'fail-on': 'error', 'only-changed': 'true', comment: 'false', annotations: 'true' }, eventPath);
  expect(api.violations).toEqual([]);
  expect(api.requests.filter((r) => r.operationId === 'pulls/list-files')).toHaveLength(LIST_FILES_LIMIT / 100);
  return run;
}

describe('only-changed on a pull request larger than GitHub’s file list', () => {
  it('asks git for the complete list, finds the bad Dockerfile and fails on it', async () => {
    const { repo, base, head } = pullRequestRepository(true);
    const run = await audit(repo, base, head);
    expect(run.stdout).toMatch(/^::warning title=repro-audit%3A incomplete list of changed files::The API listed 3000 of the 3001 files this pull request changes/m);
    expect(run.stdout).toMatch(/^::error file=zz\/Dockerfile,line=1,/m);
    expect(Number(run.outputs.findings)).toBeGreaterThan(0);
    expect(run.status).toBe(1);
  });

  it('without the commits to ask git, audits every path and says so', async () => {
    const { repo } = pullRequestRepository(false);
    const run = await audit(repo);
    expect(run.stdout).toMatch(/^::warning::Could not find the files this pull request changes \(.*\); auditing every path instead\./m);
    expect(run.stdout).toMatch(/^::error file=zz\/Dockerfile,line=1,/m);
    expect(run.status).toBe(1);
  });
});
