import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { CORPUS_DIR } from '../support/shared-data.js';

let workspace: string;

function cli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = workspace) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env, stdoutIsTTY: false };
  return run(args, io).then((code) => ({ code, stdout, stderr }));
}

beforeAll(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-cli-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    fs.writeFileSync(path.join(workspace, file), text);
  };
  write('app/Dockerfile', 'FROM node:20-alpine\nRUN apk add --no-cache curl\n');
  write('app/worker.Dockerfile', 'FROM node:20-alpine@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446\n');
  write('clean/Dockerfile', 'FROM scratch\nCOPY app /app\n');
  write('node_modules/pkg/Dockerfile', 'FROM ubuntu\n');
  write('docs/README.md', '# not a Dockerfile\n');
  write(
    'my-rules/no-maintainer.mjs',
    `export default { id: 'ACME1', name: 'no-maintainer', summary: 'MAINTAINER is deprecated', severity: 'note', tags: ['style'], precision: 'high',
      docs: { why: 'x', failing: 'FROM a\\nMAINTAINER me\\n', passing: 'FROM a\\n', fix: 'Use LABEL.' },
      check({ model, report }) { for (const i of model.instructions) if (i.keyword === 'MAINTAINER') report({ message: 'MAINTAINER is deprecated', region: i.region, instruction: i }); } };\n`,
  );
  write('custom/Dockerfile', 'FROM scratch\nMAINTAINER someone\n');
});
afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));

describe('repro-audit CLI', () => {
  it('searches directories for Dockerfiles, skipping node_modules, and exits 1 on findings at --fail-on', async () => {
    const { code, stdout } = await cli(['.', '--fail-on', 'warning']);
    expect(code).toBe(1);
    // By default only errors fail, as in the Action; warnings are still reported.
    expect((await cli(['.'])).code).toBe(0);
    expect(stdout).toContain('app/Dockerfile:1:6: warning RA101');
    expect(stdout).toContain('app/Dockerfile:2:24: warning RA202');
    expect(stdout).not.toContain('node_modules');
    expect(stdout).toMatch(/4 files audited, 0 errors, 2 warnings/);
  });

  it('exits 0 when nothing reaches --fail-on, and 2 on usage errors', async () => {
    expect((await cli(['clean'])).code).toBe(0);
    expect((await cli(['app', '--fail-on', 'error'])).code).toBe(0);
    const bad = await cli(['app', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown --format xml/);
    expect((await cli(['app', '--bogus'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });

  it('writes machine-readable output to --output', async () => {
    const { code, stderr } = await cli(['app', '--format', 'json', '--output', 'out/report.json', '--fail-on', 'warning']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/2 findings; report written to out\/report.json/);
    const report = JSON.parse(fs.readFileSync(path.join(workspace, 'out/report.json'), 'utf8'));
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['RA101', 'RA202']);
  });

  it('reads .repro-audit.yml: rules off or re-levelled, and a clear error with its line for mistakes', async () => {
    fs.writeFileSync(path.join(workspace, '.repro-audit.yml'), 'rules:\n  RA202: off\n  unpinned-image: note\n');
    try {
      const { code, stdout } = await cli(['app']);
      expect(code).toBe(0);
      expect(stdout).toContain('note RA101');
      expect(stdout).not.toContain('RA202');
      fs.writeFileSync(path.join(workspace, '.repro-audit.yml'), 'rules:\n  RA101: warning\n  RA999: off\n');
      const bad = await cli(['app']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/\.repro-audit\.yml:3: unknown rule `RA999`/);
      fs.writeFileSync(path.join(workspace, '.repro-audit.yml'), 'fail-on: sometimes\n');
      expect((await cli(['app'])).stderr).toMatch(/\.repro-audit\.yml:1: expected one of error, warning, note, none/);
    } finally {
      fs.rmSync(path.join(workspace, '.repro-audit.yml'));
    }
  });

  it('loads rules from a local module with --rules, and lists them', async () => {
    const { code, stdout } = await cli(['custom', '--rules', './my-rules', '--fail-on', 'note']);
    expect(code).toBe(1);
    expect(stdout).toContain('custom/Dockerfile:2:1: note ACME1 MAINTAINER is deprecated');
    const listed = await cli(['rules', '--rules', './my-rules']);
    expect(listed.stdout).toMatch(/^ACME1\s+no-maintainer/m);
    const missing = await cli(['custom', '--rules', './nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--rules \.\/nowhere: no such file or directory/);
  });

  it('documents every rule: `rules` lists them all, `rules ID` prints the full page', async () => {
    const listed = await cli(['rules', '--format', 'json']);
    const rules = JSON.parse(listed.stdout) as { id: string; docs: { why: string } }[];
    expect(rules.map((r) => r.id)).toContain('RA101');
    expect(rules.every((r) => r.docs.why.length > 0)).toBe(true);
    const page = await cli(['rules', 'RA401']);
    expect(page.stdout).toMatch(/## RA401 pipe-to-shell[\s\S]*### Why it matters[\s\S]*### Failing example[\s\S]*### The Nix way/);
  });
});

describe('one command layer', () => {
  it('says a broken config or --rules module as one line in every command, never as an internal error', async () => {
    fs.writeFileSync(path.join(workspace, 'unknown-rule.yml'), 'rules:\n  RA999: off\n');
    for (const args of [['lint', 'clean', '-c', 'unknown-rule.yml'], ['fix', 'clean', '-c', 'unknown-rule.yml']]) {
      const { code, stderr } = await cli(args);
      expect({ args, code, stderr }).toEqual({ args, code: 2, stderr: `repro-audit: ${path.join(workspace, 'unknown-rule.yml')}:2: unknown rule \`RA999\` (see \`repro-audit rules\`)\n` });
    }
    const rules = await cli(['rules', '--rules', './nowhere']);
    expect(rules).toEqual({ code: 2, stdout: '', stderr: 'repro-audit: --rules ./nowhere: no such file or directory\n' });
  });

  it('`--build-arg NAME` takes the value from the command\'s environment in every command (fix too)', async () => {
    // The ARG default names an unreachable registry; the value from the environment is what fix must see.
    fs.writeFileSync(path.join(workspace, 'arg.Dockerfile'), 'ARG BASE=127.0.0.1:9/base:1\nFROM ${BASE}\n');
    const { code, stderr } = await cli(['fix', 'arg.Dockerfile', '--build-arg', 'BASE'], { BASE: '127.0.0.1:9/other:2' });
    expect(stderr).toContain('the value of ARG BASE does not come from its default in this file; pin it by hand');
    expect(code).toBe(0);
  });

  it('shares the help lines of shared options across commands', async () => {
    const help = async (command: string) => (await cli([command, '--help'])).stdout;
    const line = (text: string, option: string) => text.split('\n').find((candidate) => candidate.includes(option));
    const helps = Object.fromEntries(await Promise.all(['lint', 'fix', 'rebuild', 'compare', 'nixify'].map(async (command) => [command, await help(command)] as const)));
    for (const command of ['fix', 'rebuild', 'compare', 'nixify']) expect(line(helps[command]!, '--build-arg <k=v>')).toBe(line(helps.lint!, '--build-arg <k=v>'));
    for (const option of ['-c, --config <file>', '--no-config', '--max-file-size <n>', '--insecure-registry <host>']) expect(line(helps.fix!, option)).toBe(line(helps.lint!, option));
    for (const text of Object.values(helps)) expect(text).toMatch(/^Usage: repro-audit [\s\S]*\nOptions:\n[\s\S]*\nExit codes: /);
  });
});

describe('the bundled CLI (dist/cli.js), as users run it', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: process.cwd() });
  }, 120_000);

  const bin = () => path.join(process.cwd(), 'dist', 'cli.js');

  it('audits, colours only when asked (NO_COLOR, FORCE_COLOR), and reports its version', () => {
    const plain = spawnSync(process.execPath, [bin(), 'app', '--fail-on', 'warning'], { cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
    expect(plain.status).toBe(1);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const coloured = spawnSync(process.execPath, [bin(), 'app'], { cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[33mwarning/);
    const version = spawnSync(process.execPath, [bin(), '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
  });
});

describe('the bundled CLI on every core', () => {
  it('gives exactly the sequential results when it splits the corpus across worker threads', () => {
    const corpus = CORPUS_DIR;
    const runWith = (threads: string) =>
      spawnSync(process.execPath, [path.join(process.cwd(), 'dist', 'cli.js'), '.', '--format', 'json'], {
        cwd: corpus,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, REPRO_AUDIT_THREADS: threads },
      });
    const sequential = runWith('1');
    const parallel = runWith('2');
    expect(sequential.status).toBe(2); // the corpus holds a templated Dockerfile, reported as an error
    expect(parallel.status).toBe(sequential.status);
    const [a, b] = [JSON.parse(sequential.stdout), JSON.parse(parallel.stdout)];
    expect(b.findings.length).toBeGreaterThan(3000);
    expect(b.findings).toEqual(a.findings);
    expect(b.errors).toEqual(a.errors);
  }, 120_000);
});

describe('the bundled CLI result cache', () => {
  it('reuses results of unchanged files by default, identically, and --no-cache bypasses it', () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-cli-cache-'));
    const runWith = (...extra: string[]) =>
      spawnSync(process.execPath, [path.join(process.cwd(), 'dist', 'cli.js'), 'app', '--format', 'json', '--fail-on', 'warning', ...extra], {
        cwd: workspace,
        encoding: 'utf8',
        env: { ...process.env, REPRO_AUDIT_CACHE_DIR: cacheDir },
      });
    try {
      const bypassed = runWith('--no-cache');
      expect(fs.readdirSync(cacheDir)).toEqual([]);
      const first = runWith();
      expect(fs.readdirSync(path.join(cacheDir, 'results')).length).toBe(1); // one build id
      const second = runWith();
      expect(second.stdout).toBe(first.stdout);
      expect(first.stdout).toBe(bypassed.stdout);
      expect(second.status).toBe(1);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
