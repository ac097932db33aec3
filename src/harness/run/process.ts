import { spawn, type ChildProcess } from 'node:child_process';

export interface CommandOptions {
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Keep at most this many characters of each stream in the result (default 1 MiB). */
  maxCaptured?: number;
  /** Leave stdout alone (binary, read by the caller) instead of decoding and capturing it. */
  rawStdout?: boolean;
}

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningCommand {
  child: ChildProcess;
  done: Promise<CommandResult>;
}

/**
 * Starts a command in its own process group, so an abort (timeout, Ctrl-C) kills it together with
 * everything it started.
 */
export function startCommand(command: string, args: readonly string[], options: CommandOptions = {}): RunningCommand {
  const max = options.maxCaptured ?? 1 << 20;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  if (!options.rawStdout) {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < max) stdout += chunk.slice(0, max - stdout.length);
      options.onStdout?.(chunk);
    });
  }
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < max) stderr += chunk.slice(0, max - stderr.length);
    options.onStderr?.(chunk);
  });
  const kill = () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  options.signal?.addEventListener('abort', kill, { once: true });
  const done = new Promise<CommandResult>((resolve, reject) => {
    child.on('error', (error) => {
      options.signal?.removeEventListener('abort', kill);
      reject(error);
    });
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', kill);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, done };
}

export async function runCommand(command: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
  const running = startCommand(command, args, options);
  running.child.stdin!.end();
  return running.done;
}

/** Runs a command and throws with its stderr when it fails. */
export async function runChecked(command: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
  const result = await runCommand(command, args, options);
  if (options.signal?.aborted) throw options.signal.reason;
  if (result.code !== 0) {
    const detail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
    throw new Error(`${command} ${args.slice(0, 2).join(' ')} failed (${result.code ?? result.signal}): ${detail}`);
  }
  return result;
}
