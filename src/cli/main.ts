#!/usr/bin/env node
import { inertToRunner } from '../report/escape/workflow-commands.js';
import { terminalText } from '../report/escape/terminal.js';
import { run } from './run.js';

// Nothing on stderr is a workflow command: whatever a message quotes stays text in a CI log.
const writeStderr = (text: string) => process.stderr.write(inertToRunner(text));

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: writeStderr,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  });
} catch (error) {
  // Only our own bugs get here; say so plainly and keep the stack for the report.
  writeStderr(`repro-audit: internal error: ${terminalText((error as Error).message)}\nPlease report this with the command you ran.\n`);
  if (process.env.REPRO_AUDIT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 2;
}
