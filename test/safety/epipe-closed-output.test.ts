import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CLI, runBundledCli } from '../support/bundle.js';
import { CORPUS_DIR } from '../support/shared-data.js';

/**
 * `repro-audit … | head -1`: the reader stops after one line and closes the pipe; the report is far
 * larger than the pipe's buffer, so the next write fails with EPIPE. That ends our output quietly
 * (no stack trace) with the exit code the audit has anyway. A real shell pipeline, through the bundle.
 */
function pipeToHead(args: string[], cwd: string): { firstLine: string; stderr: string; status: number } {
  const script = `node "$0" "$@" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
  const run = spawnSync('bash', ['-c', script, BUNDLED_CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' }, timeout: 120_000 });
  const status = /status=(\d+)\n$/.exec(run.stderr);
  expect(status, run.stderr).not.toBeNull();
  return { firstLine: run.stdout, stderr: run.stderr.slice(0, status!.index), status: Number(status![1]) };
}

let tree: string;
beforeAll(() => {
  // 400 Dockerfiles with a warning each: a report of ~100 KB, exit 1 with --fail-on warning.
  tree = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-epipe-'));
  for (let index = 0; index < 400; index++) {
    fs.mkdirSync(path.join(tree, `svc${index}`));
    fs.writeFileSync(path.join(tree, `svc${index}`, 'Dockerfile'), `FROM alpine:3.19\nRUN apk add --no-cache curl${index}\n`);
  }
});
afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

describe('a reader that closes the pipe early', () => {
  it('the corpus piped into `head -1`: one line, no stack trace, the exit code of the whole audit', () => {
    const whole = runBundledCli([CORPUS_DIR, '--no-cache'], { cwd: tree, timeoutMs: 120_000 });
    for (const format of ['text', 'json']) {
      const piped = pipeToHead([CORPUS_DIR, '--no-cache', '--format', format], tree);
      expect(piped.firstLine.split('\n').filter(Boolean)).toHaveLength(1);
      expect(piped.stderr).not.toMatch(/EPIPE|Unhandled|node:events|at .*\(node:/);
      expect(piped.status).toBe(whole.code);
    }
  });

  it('findings still exit 1 when the reader stopped early', () => {
    const piped = pipeToHead(['.', '--no-cache', '--fail-on', 'warning', '--format', 'json'], tree);
    expect(piped.firstLine).toBe('{\n');
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(1);
  });

  it('an output that fails otherwise (a full disk) is an error, said on stderr: exit 2', () => {
    const run = spawnSync('bash', ['-c', 'node "$0" . --no-cache --format json > /dev/full', BUNDLED_CLI], { cwd: tree, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('repro-audit: cannot write to standard output: ENOSPC\n');
    expect(run.status).toBe(2);
  });
});
