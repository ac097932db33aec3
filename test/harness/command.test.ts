import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRebuild } from '../../src/harness/command.js';
import { ensureBusyboxImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { makeContext, skipReason } from './helpers.js';

function captureIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (text: string) => void out.push(text), stderr: (text: string) => void err.push(text), cwd, env: { ...process.env, CI: 'true' }, stdoutIsTTY: false },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('repro-audit rebuild: usage', () => {
  it('exits 2 with a clear message for unknown axes and missing files', async () => {
    const unknown = captureIO('/tmp');
    expect(await runRebuild(['Dockerfile', '--vary', 'moon'], unknown.io)).toBe(2);
    expect(unknown.err()).toContain("unknown variation axis 'moon'");
    const missingFile = captureIO('/tmp');
    expect(await runRebuild(['/nonexistent/Dockerfile', '--context', '/tmp', '--vary', 'time'], missingFile.io)).toBe(2);
    expect(missingFile.err()).toContain('cannot read /nonexistent/Dockerfile: no such file');
    expect(missingFile.err()).not.toMatch(/\n\s+at /);
  });
});

const availability = await ensureDocker();
describe.skipIf(skipReason(availability.missing))('repro-audit rebuild: real run (dockerd)', () => {
  it('prints JSON findings, plain progress lines in CI, a summary, and exits 1 on a failing step', async () => {
    const base = await ensureBusyboxImage(availability.docker!);
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN test "$(nproc)" -eq 1\n` });
    const capture = captureIO(context);
    const code = await runRebuild([path.join(context, 'Dockerfile'), '--vary', 'parallelism', '--format', 'json'], capture.io);
    expect(code).toBe(1);
    const report = JSON.parse(capture.out());
    expect(report.findings.map((finding: { ruleId: string; region: { startLine: number } }) => [finding.ruleId, finding.region.startLine])).toEqual([['RA910', 2]]);
    expect(capture.err()).toMatch(/^\[rebuild +\d+\.\ds\] leg a \(cpus 0\): building/m);
    expect(capture.err()).toContain('not compared');
  });
});
