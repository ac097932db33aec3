// The pre-commit hook as users get it: Debian's pre-commit clones a git repository holding this
// project's .pre-commit-hooks.yaml and the bundle (a local repository stands for GitHub), and runs
// `pre-commit run --all-files` in a fresh repository configured with README's block, in a network
// namespace of its own with npm's registry pointed at nothing: no install step and no network.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { buildBundle, offlineNpmEnv, PROJECT_ROOT, removeBundle } from '../support/bundle.js';
import { readmeInstallBlocks } from '../support/readme.js';
import { requireComponent, requirePrograms } from '../support/requirements.js';

const missing = requirePrograms('pre-commit', ['pre-commit', 'git'], '.ci/setup/pre-commit.sh') ?? requireComponent('network namespaces', canUnshareNetwork() ? undefined : '`unshare --net` is not permitted (run as root)');

const PINNED = 'FROM ubuntu:22.04@sha256:0e5e4a57c2499249aafc3b40fcd541e9a456aab7296681a3994d631587203f97\nRUN echo hello\n';
const UNPINNED = 'FROM ubuntu\nRUN echo hello\n';

function canUnshareNetwork(): boolean {
  return spawnSync('unshare', ['--net', 'true']).status === 0;
}

let bundle = '';
let work = '';
let hookRepo = '';
let hookRev = '';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();

beforeAll(() => {
  if (missing) return;
  bundle = buildBundle();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-pre-commit-'));
  // The hook repository as pre-commit clones it from GitHub: the hook manifest, package.json and the committed bundle.
  hookRepo = path.join(work, 'hook-repo');
  fs.mkdirSync(hookRepo);
  for (const file of ['.pre-commit-hooks.yaml', 'package.json', 'LICENSE']) fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(hookRepo, file));
  fs.cpSync(path.dirname(bundle), path.join(hookRepo, 'dist'), { recursive: true });
  git(hookRepo, 'init', '-q');
  git(hookRepo, 'add', '.');
  git(hookRepo, 'commit', '-qm', 'release');
  hookRev = git(hookRepo, 'rev-parse', 'HEAD');
}, 120_000);
afterAll(() => {
  if (bundle) removeBundle(bundle);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** A fresh repository with README's .pre-commit-config.yaml (pointed at the local hook repository) and `files`, all staged. */
function userRepository(name: string, files: Record<string, string>): string {
  const repo = path.join(work, name);
  fs.mkdirSync(repo);
  git(repo, 'init', '-q');
  const block = readmeInstallBlocks().find((candidate) => candidate.heading === 'pre-commit')!.code;
  // The release a user would pin: the package's version, as tagged.
  expect(block).toContain(`repo: https://github.com/repro-audit/repro-audit\n    rev: v${packageJson.version}\n`);
  const config = block.replace(/repo: \S+/, `repo: ${hookRepo}`).replace(/rev: \S+/, `rev: ${hookRev}`);
  for (const [file, text] of Object.entries({ '.pre-commit-config.yaml': config, ...files })) {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), text);
  }
  git(repo, 'add', '.');
  return repo;
}

/** `pre-commit run --all-files` with no network at all: its own network namespace, npm's registry unreachable. */
function preCommit(repo: string) {
  const env = { ...offlineNpmEnv(work), PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'), NO_COLOR: '1', HOME: work };
  const result = spawnSync('unshare', ['--net', 'pre-commit', 'run', '--all-files', '--color', 'never'], { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(missing)('the pre-commit hook (Debian pre-commit, offline)', () => {
  it('passes a clean repository, skipping files that only look like Dockerfiles', () => {
    const repo = userRepository('clean', {
      Dockerfile: PINNED,
      'services/api/Dockerfile.prod': PINNED,
      // Not Dockerfiles: audited, they would fail (neither parses as one).
      'Dockerfile.md': '# How we build\n\nSee the Dockerfile.\n',
      'docker/Dockerfile.sh': '#!/bin/sh\ndocker build .\n',
    });
    const run = preCommit(repo);
    expect(run.output).toMatch(/repro-audit\.+Passed/);
    expect(run.status).toBe(0);
    expect(fs.readdirSync(path.join(work, 'pre-commit-home')).join(' ')).not.toMatch(/node_modules/);
  });

  it('fails on an unpinned image, naming file, line and rule', () => {
    const repo = userRepository('unpinned', { Dockerfile: PINNED, 'web/Dockerfile': UNPINNED });
    const run = preCommit(repo);
    expect(run.output).toMatch(/repro-audit\.+Failed/);
    expect(run.output).toMatch(/web\/Dockerfile:1:\d+: error RA101/);
    expect(run.status).toBe(1);
  });

  it("honours the config's ignore-paths for the files pre-commit names", () => {
    const repo = userRepository('ignored', { '.repro-audit.yml': 'ignore-paths:\n  - vendor/**\n', Dockerfile: PINNED, 'vendor/upstream/Dockerfile': UNPINNED });
    const run = preCommit(repo);
    expect(run.output).toMatch(/repro-audit\.+Passed/);
    expect(run.status).toBe(0);
    // Only ignored Dockerfiles changed: still a pass, not "nothing audited".
    fs.rmSync(path.join(repo, 'Dockerfile'));
    git(repo, 'add', '-A');
    const onlyIgnored = preCommit(repo);
    expect(onlyIgnored.output).toMatch(/repro-audit\.+Passed/);
    expect(onlyIgnored.status).toBe(0);
    // `--no-ignore` forces them.
    fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), fs.readFileSync(path.join(repo, '.pre-commit-config.yaml'), 'utf8').replace('- id: repro-audit', '- id: repro-audit\n        args: [--no-ignore]'));
    git(repo, 'add', '-A');
    const forced = preCommit(repo);
    expect(forced.output).toMatch(/vendor\/upstream\/Dockerfile:1:\d+: error RA101/);
    expect(forced.status).toBe(1);
  });
});
