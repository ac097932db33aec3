import { spawnSync } from 'node:child_process';
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
