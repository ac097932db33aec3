import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledCli } from '../support/bundle.js';

/**
 * One install of many packages: each package is a finding, and the install's Nix answer names them
 * all. Stated in every finding it made reports quadratic in the install (2,000 packages: 125 MB of
 * JSON; 10,000: longer than a string can be, so no report at all). Sizes are compared, not times.
 */
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-report-size-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function auditInstall(packages: number, format: string) {
  const names = Array.from({ length: packages }, (_, index) => `pkg${index}`);
  fs.writeFileSync(path.join(dir, 'Dockerfile'), `FROM alpine:3.19\nRUN apk add --no-cache ${names.join(' ')}\n`);
  const run = runBundledCli(['Dockerfile', '--format', format, '--no-cache'], { cwd: dir, timeoutMs: 120_000 });
  expect(run.signal).toBeNull();
  expect(run.stderr).not.toContain('Invalid string length');
  return run;
}

describe('report size grows linearly with the packages of one install', () => {
  it('JSON: 2,000 packages make less than 2.2 times the report of 1,000; the Nix answer is stated once', () => {
    const [small, large] = [auditInstall(1_000, 'json'), auditInstall(2_000, 'json')];
    expect(large.stdout.length / small.stdout.length).toBeLessThan(2.2);
    const report = JSON.parse(large.stdout) as { findings: { ruleId: string; nix?: { summary: string; unmapped?: string[] } }[] };
    const findings = report.findings.filter((finding) => finding.ruleId === 'RA202');
    expect(findings).toHaveLength(2_000);
    // The first package carries the whole answer; every other finding points to it in one short sentence.
    expect(findings[0]!.nix!.unmapped).toHaveLength(2_000);
    expect(new Set(findings.slice(1).map((finding) => finding.nix!.summary))).toEqual(
      new Set(['One Nix answer covers the 2000 packages of this install: it is given with `pkg0`.']),
    );
  });

  it('every format stays linear, and 10,000 packages still give a whole report', () => {
    for (const format of ['text', 'sarif', 'github', 'markdown']) {
      const [small, large] = [auditInstall(1_000, format), auditInstall(2_000, format)];
      expect(small.code, format).toBe(0);
      expect(large.stdout.length / small.stdout.length, format).toBeLessThan(2.2);
    }
    const text = auditInstall(2_000, 'text').stdout;
    // The text report says the answer once and the pointer once (it skips a repeat of the line before).
    expect(text.match(/^ {4}nix: .*`pkg0`, `pkg1`/gm)).toHaveLength(1);
    expect(text.match(/^ {4}nix: One Nix answer covers/gm)).toHaveLength(1);

    const huge = auditInstall(10_000, 'json');
    expect(huge.code).toBe(0);
    expect((JSON.parse(huge.stdout) as { findings: unknown[] }).findings).toHaveLength(10_001);
  });
});
