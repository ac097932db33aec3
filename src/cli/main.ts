#!/usr/bin/env node
import { inertToRunner, terminalText } from '../report/index.js';
import { EXIT } from './io.js';
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
    process.exitCode = EXIT.usage;
  });
}
const writeTo = (stream: NodeJS.WriteStream) => (text: string) => {
  if (!failed.has(stream)) stream.write(text);
};
// Nothing on stderr is a workflow command: whatever a message quotes stays text in a CI log.
const writeStderr = (text: string) => writeTo(process.stderr)(inertToRunner(text));

try {
  const code = await run(process.argv.slice(2), {
    stdout: writeTo(process.stdout),
    stderr: writeStderr,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  });
  // A write error reported before the run finished has set 2 already.
  if (process.exitCode !== EXIT.usage) process.exitCode = code;
} catch (error) {
  // Only our own bugs get here; say so plainly and keep the stack for the report.
  writeStderr(`repro-audit: internal error: ${terminalText((error as Error).message)}\nPlease report this with the command you ran.\n`);
  if (process.env.REPRO_AUDIT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = EXIT.usage;
}
