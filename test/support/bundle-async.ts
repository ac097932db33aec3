import { spawn, type ChildProcess } from 'node:child_process';
import { BUNDLED_CLI, type BundleRun } from './bundle.js';

/**
 * `node dist/cli.js ...` without blocking the test process: for tests whose servers (a fake
 * registry, a token service) run in the test process itself, which `spawnSync` would freeze.
 * The watchdog kills a hang (the run then ends with its signal); it is not a measurement.
 */
export function runBundledCliAsync(
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; onStart?: (child: ChildProcess) => void },
): Promise<BundleRun> {
  const child = spawn(process.execPath, [BUNDLED_CLI, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env },
  });
  options.onStart?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const watchdog = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(watchdog);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
