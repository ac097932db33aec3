#!/usr/bin/env node
import { run } from './run.js';

/**
 * Output streams that failed. A reader that has seen enough (`repro-audit . | head -1`) closes the
 * pipe and the next write fails with EPIPE: that ends our output, quietly, and the exit code stays
 * the audit's (findings still exit 1). Any other failure (a full disk behind `> report.json`) lost
 * the report: it is said on the other stream, and the run exits 2.
 */
const failed = new Map<NodeJS.WriteStream, NodeJS.ErrnoException>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (failed.has(stream)) return;
    failed.set(stream, error);
    if (error.code === 'EPIPE') return;
    const other = stream === process.stdout ? process.stderr : process.stdout;
    if (!failed.has(other)) other.write(`repro-audit: cannot write to standard ${stream === process.stdout ? 'output' : 'error'}: ${error.code ?? error.message}\n`);
    process.exitCode = 2;
  });
}
const writeTo = (stream: NodeJS.WriteStream) => (text: string) => {
  if (!failed.has(stream)) stream.write(text);
};

try {
  const code = await run(process.argv.slice(2), {
    stdout: writeTo(process.stdout),
    stderr: writeTo(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  });
  // A write error reported before the run finished has set 2 already.
  if (process.exitCode !== 2) process.exitCode = code;
} catch (error) {
  // Only our own bugs get here; say so plainly and keep the stack for the report.
  process.stderr.write(`repro-audit: internal error: ${(error as Error).message}\nPlease report this with the command you ran.\n`);
  if (process.env.REPRO_AUDIT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 2;
}
