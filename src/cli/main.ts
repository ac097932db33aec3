#!/usr/bin/env node
import { run } from './run.js';

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  });
} catch (error) {
  // Only our own bugs get here; say so plainly and keep the stack for the report.
  process.stderr.write(`repro-audit: internal error: ${(error as Error).message}\nPlease report this with the command you ran.\n`);
  if (process.env.REPRO_AUDIT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 2;
}
