import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBundledCli } from '../support/bundle.js';
import { writeOciLayout } from '../support/oci-layout.js';
import { pushImage, requireRegistry, startRegistry, type RunningRegistry } from '../support/registry.js';
import { tempDir } from '../support/temp.js';

/**
 * What a pull request can put in the tree: a `Dockerfile` that is a link to /etc/passwd (quoted back
 * in annotations and SARIF), a `.repro-audit.yml` that is a link to /dev/zero (read without bound),
 * a FIFO (a read that never returns). None of it is followed out of the tree or read unbounded.
 */
let repo: string;
beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-input-'));
  fs.mkdirSync(path.join(repo, '.git'));
  fs.mkdirSync(path.join(repo, 'svc'));
  fs.writeFileSync(path.join(repo, 'svc', 'Dockerfile'), 'FROM node:20-alpine\n');
});
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('discovery', () => {
  it('skips a Dockerfile that links out of the tree, once, with a notice, and never quotes its target', () => {
    fs.symlinkSync('/etc/passwd', path.join(repo, 'Dockerfile'));
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const run = runBundledCli(['.', '--format', format, '--no-cache'], { cwd: repo });
      expect(run.stdout).not.toContain('root:');
      expect(run.stdout).not.toContain('/etc/passwd');
      expect(run.stderr.match(/Dockerfile: skipped: a symbolic link to \/etc\/passwd, outside the searched directory/g)).toHaveLength(1);
      expect(run.code).toBe(0);
    }
  });

  it('audits a link to a Dockerfile inside the tree like the file itself', () => {
    fs.symlinkSync(path.join('svc', 'Dockerfile'), path.join(repo, 'Dockerfile'));
    const run = runBundledCli(['.', '--format', 'json', '--no-cache'], { cwd: repo });
    const report = JSON.parse(run.stdout) as { files: string[] };
    expect(report.files.sort()).toEqual(['Dockerfile', 'svc/Dockerfile']);
    expect(run.stderr).not.toContain('skipped');
  });

  it('refuses a FIFO or device named Dockerfile without blocking', () => {
    execFileSync('mkfifo', [path.join(repo, 'svc', 'Dockerfile.fifo')]);
    fs.symlinkSync('/dev/zero', path.join(repo, 'svc', 'zero.Dockerfile'));
    const run = runBundledCli(['svc/Dockerfile.fifo', 'svc/zero.Dockerfile', '--no-cache'], { cwd: repo, timeoutMs: 20_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('not a regular file (a FIFO)');
    expect(run.stdout).toContain('not a regular file (a character device)');
  });
});

describe('the config file', () => {
  it('a .repro-audit.yml linking to /dev/zero is a clear error, not an endless read', () => {
    fs.symlinkSync('/dev/zero', path.join(repo, '.repro-audit.yml'));
    const run = runBundledCli(['svc'], { cwd: repo, timeoutMs: 20_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.repro-audit.yml: is a symbolic link to /dev/zero, outside');
  });

  it('a .repro-audit.yml linking to a file outside the repository is not read', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-secret-'));
    try {
      fs.writeFileSync(path.join(outside, 'secret.yml'), 'fail-on: none\nrules:\n  TOPSECRET: off\n');
      fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(repo, '.repro-audit.yml'));
      const run = runBundledCli(['svc'], { cwd: repo });
      expect(run.code).toBe(2);
      expect(run.stderr).not.toContain('TOPSECRET');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a config that is a FIFO inside the tree is refused at once', () => {
    execFileSync('mkfifo', [path.join(repo, '.repro-audit.yml')]);
    const run = runBundledCli(['svc'], { cwd: repo, timeoutMs: 20_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read the config file: not a regular file (a FIFO)');
  });
});

describe.skipIf(requireRegistry())('fix --write over a tree (against a real registry on loopback)', () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    const layout = tempDir('layout');
    await writeOciLayout(layout, [{ tag: 'single', platforms: [{ os: 'linux', architecture: 'amd64' }] }]);
    registry = await startRegistry();
    await pushImage(layout, 'single', `${registry.host}/single:1.0`);
  });
  afterAll(async () => registry?.stop());

  it('pins the files of the tree and never writes through a link to a file outside it', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-victim-'));
    try {
      const reference = `FROM ${registry.host}/single:1.0\n`;
      const victim = path.join(outside, 'Dockerfile');
      fs.writeFileSync(victim, reference);
      fs.writeFileSync(path.join(outside, 'Containerfile'), reference);
      fs.writeFileSync(path.join(repo, 'svc', 'Dockerfile'), reference);
      fs.symlinkSync(victim, path.join(repo, 'Dockerfile'));
      fs.symlinkSync(outside, path.join(repo, 'linked-dir'));
      const run = runBundledCli(['fix', '--write', '.'], { cwd: repo, env: { DOCKER_CONFIG: tempDir('docker-config') } });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('Dockerfile: skipped: a symbolic link to');
      // The fix really ran: the file inside the tree is pinned.
      expect(fs.readFileSync(path.join(repo, 'svc', 'Dockerfile'), 'utf8')).toMatch(/@sha256:[0-9a-f]{64}/);
      expect(fs.readFileSync(victim, 'utf8')).toBe(reference);
      expect(fs.readFileSync(path.join(outside, 'Containerfile'), 'utf8')).toBe(reference);
      expect(fs.lstatSync(path.join(repo, 'Dockerfile')).isSymbolicLink()).toBe(true);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
