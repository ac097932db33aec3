import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped entry points: tests of what users run go through these, not through src/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');
export const BUNDLED_ACTION = path.join(PROJECT_ROOT, 'dist', 'action.js');

export interface BundleRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js ...` as a user would. The timeout is a safety net against a hang (a test
 * of "does not hang" fails by it), never a performance assertion.
 */
export function runBundledCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): BundleRun {
  const result = spawnSync(process.execPath, [BUNDLED_CLI, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A private copy of what ships. `buildBundle` runs the project's own build (scripts/build.mjs) into a
 * private directory, so test files never race on dist/; `packBundle` packs that bundle with
 * package.json's `files` and `bin` (`npm pack`), and `installTarball` installs the tarball into an
 * empty project as `npm install repro-audit` would, with no registry to reach.
 */
export function buildBundle(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-test-bundle-'));
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.mjs'), '--outdir', path.join(dir, 'dist')], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  return path.join(dir, 'dist', 'cli.js');
}

/**
 * npm with its registry made unreachable (nothing listens on port 9 of loopback) and a private
 * cache: whatever an install needs beyond the tarball fails instead of being fetched.
 */
export function offlineNpmEnv(work: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_cache: path.join(work, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
}

/** `npm pack` of the package as it ships, with the bundle as its dist/: returns the tarball's path. */
export function packBundle(bundle: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-test-package-'));
  const stage = path.join(work, 'stage');
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { files: string[] };
  fs.mkdirSync(stage);
  fs.copyFileSync(path.join(PROJECT_ROOT, 'package.json'), path.join(stage, 'package.json'));
  for (const entry of manifest.files) {
    const from = entry.replace(/\/$/, '') === 'dist' ? path.dirname(bundle) : path.join(PROJECT_ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(stage, entry), { recursive: true });
  }
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: stage, encoding: 'utf8', env: offlineNpmEnv(work) }).trim().split('\n').at(-1)!;
  return path.join(work, tarball);
}

/** Installs the tarball into a new empty project next to it, offline; returns the project's folder. */
export function installTarball(tarball: string): string {
  const project = fs.mkdtempSync(path.join(path.dirname(tarball), 'project-'));
  fs.writeFileSync(path.join(project, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', tarball], { cwd: project, stdio: 'pipe', env: offlineNpmEnv(path.dirname(tarball)) });
  return project;
}

/** Packs the bundle, installs it offline, and returns the installed `repro-audit` executable (node_modules/.bin). */
export function installPackedTarball(bundle: string): string {
  return path.join(installTarball(packBundle(bundle)), 'node_modules', '.bin', 'repro-audit');
}

/** Removes what `buildBundle` or `installPackedTarball` created, given the path either returned. */
export function removeBundle(file: string): void {
  const tmp = fs.realpathSync(os.tmpdir());
  let dir = path.dirname(file);
  while (path.dirname(dir) !== tmp && dir !== path.dirname(dir)) dir = path.dirname(dir);
  if (/^repro-audit-test-(bundle|package)-/.test(path.basename(dir))) fs.rmSync(dir, { recursive: true, force: true });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI (a bundle's cli.js or an installed executable) like a user's shell would. */
export function runCli(
  cli: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; onStderr?: (text: string) => void; pid?: (pid: number) => void },
): Promise<CliRun> {
  const [command, argv] = cli.endsWith('.js') ? [process.execPath, [cli, ...args]] : [cli, [...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) options.pid?.(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
      options.onStderr?.(text);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
