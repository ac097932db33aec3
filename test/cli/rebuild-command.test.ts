import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { ensureBusyboxImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { makeContext } from '../harness/helpers.js';

/** `repro-audit rebuild` and `compare` share lint's option parser, help layout, usage errors and exit codes. */
async function cli(args: string[], cwd = '/tmp') {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdoutIsTTY: false };
  return { code: await run(args, io), stdout, stderr };
}

describe('repro-audit rebuild and compare: one command surface', () => {
  it('list --format, --output, --fail-on and --build-arg with the same help lines as lint', async () => {
    const helps = Object.fromEntries(await Promise.all(['lint', 'rebuild', 'compare'].map(async (command) => [command, (await cli([command, '--help'])).stdout] as const)));
    const line = (help: string, option: string) => help.split('\n').find((text) => text.includes(option))!;
    for (const option of ['--format <fmt>', '--output <file>', '--build-arg <k=v>']) {
      expect(line(helps.rebuild!, option)).toBe(line(helps.lint!, option));
    }
    for (const option of ['--format <fmt>', '--output <file>']) expect(line(helps.compare!, option)).toBe(line(helps.lint!, option));
    // Only the default differs: lint fails on errors and reads the config's fail-on; a rebuild fails on any difference.
    expect(line(helps.rebuild!, '--fail-on')).toBe(line(helps.lint!, '--fail-on').replace("(default: error, or the config's fail-on)", '(default: warning)'));
    for (const help of Object.values(helps)) expect(help).toMatch(/^Usage: repro-audit [\s\S]*\nOptions:\n[\s\S]*\nExit codes: /);
  });

  it.each([
    [['rebuild'], 'no Dockerfile given'],
    [['rebuild', 'Dockerfile', '--vary', 'moon,cpu'], 'unknown variation axis moon in --vary (known axes: cpu, time, parallelism, timezone, locale, build-path)'],
    [['rebuild', 'Dockerfile', '--format', 'xml'], 'unknown --format xml (use text, json, sarif, github, markdown)'],
    [['rebuild', 'Dockerfile', '--fail-on', 'sometimes'], 'unknown --fail-on sometimes (use error, warning, note or none)'],
    [['rebuild', 'Dockerfile', '--builder', 'docker', '--vary', 'cpu'], '--builder docker cannot vary cpu (the cpu axis needs buildah)'],
    [['rebuild', 'Dockerfile', '--network', 'host'], 'unknown --network host (use none or default)'],
    [['rebuild', 'Dockerfile', '--timeout', '0'], '--timeout 0: expected a positive number of seconds'],
    [['rebuild', 'Dockerfile', '--build-arg', '1X=2'], '--build-arg 1X=2: expected NAME=value'],
    [['rebuild', 'Dockerfile', '--bogus'], "Unknown option '--bogus'"],
    [['rebuild', 'Dockerfile', '--leg-host', 'c=tcp://127.0.0.1:2376'], '--leg-host c=tcp://127.0.0.1:2376: expected a=<url> or b=<url> with a unix://, tcp:// or ssh:// URL'],
    [['rebuild', 'Dockerfile', '--leg-host', 'b=tcp://x:1', '--leg-host', 'b=tcp://y:1'], '--leg-host names leg b twice'],
    [['rebuild', 'Dockerfile', '--leg-host', 'b=tcp://x:1', '--vary', 'cpu'], '--leg-host runs legs on Docker Engines; the cpu axis and --builder buildah build on this machine'],
    [['rebuild', 'Dockerfile', '--record-only'], '--record-only needs --record <file> to write the record to'],
    [['rebuild', 'Dockerfile', '--record-only', '--record', 'r.json', '--vary', 'time'], '--record-only builds once, so nothing varies: drop --vary'],
    [['compare', 'a.json'], 'compare takes two or more build records'],
    [['compare', 'a.json', 'b.json', '--format', 'xml'], 'unknown --format xml (use text, json, sarif, github, markdown)'],
  ])('%j is a usage error: exit 2, the message, the hint', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(`repro-audit: ${message}`);
    expect(stderr).toMatch(new RegExp(`Run \`repro-audit ${args[0]} --help\` for usage\\.\\n$`));
  });

  it('reports a Dockerfile the builders would reject with its file and line, before touching an engine', async () => {
    const context = makeContext({ Dockerfile: 'ARG BASE\nFROM $BASE\nRUN true\n' });
    const { code, stderr } = await cli(['rebuild', 'Dockerfile', '--vary', 'time'], context);
    expect(code).toBe(2);
    expect(stderr).toBe('Dockerfile:2: FROM $BASE: the image name uses a variable without a default; pass it with --build-arg\n');
    // Read by the audit's reader, named as given, like every command's unreadable Dockerfile.
    expect(await cli(['rebuild', '/nonexistent/Dockerfile', '--vary', 'time'])).toEqual({ code: 2, stdout: '', stderr: '/nonexistent/Dockerfile: no such file\n' });
  });
});

const availability = await ensureDocker();
describe.skipIf(availability.missing)('repro-audit rebuild: a real run (dockerd)', () => {
  it('writes the report to --output, plain progress lines in CI, one note, a summary; exits 1 on a failing step', async () => {
    const base = await ensureBusyboxImage(availability.docker!);
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN test "$(nproc)" -eq 1\n` });
    const { code, stdout, stderr } = await cli(['rebuild', 'Dockerfile', '--vary', 'parallelism', '--format', 'json', '-o', 'out/report.json'], context);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const report = JSON.parse(fs.readFileSync(path.join(context, 'out/report.json'), 'utf8'));
    expect(report.findings.map((finding: { ruleId: string; region: { startLine: number } }) => [finding.ruleId, finding.region.startLine])).toEqual([['RA910', 2]]);
    expect(stderr).toMatch(/^\[rebuild +\d+\.\ds\] leg a \(cpus 0\): building/m);
    expect(stderr).toContain('repro-audit: 1 finding; report written to out/report.json\n');
    expect(stderr.match(/^repro-audit: note: builder timestamps: /gm)).toHaveLength(1);
    expect(stderr).toContain('repro-audit: not compared: see the findings above');
  });
});
