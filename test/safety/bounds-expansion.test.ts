import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledCli } from '../support/bundle.js';

/**
 * Variable expansion and scopes, bounded by size and by work. Each test names what it would cost
 * unbounded; none measures time (the watchdogs only stop a hang).
 */
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-expansion-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function audit(dockerfile: string, extraEnv: NodeJS.ProcessEnv = {}) {
  fs.writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
  const run = runBundledCli(['Dockerfile', '--format', 'json', '--no-cache'], { cwd: dir, env: extraEnv, timeoutMs: 120_000 });
  expect(run.signal).toBeNull();
  return { run, report: JSON.parse(run.stdout) as { errors: { line?: number; message: string }[]; findings: { ruleId: string }[] } };
}

/** `ARG A1=$A0$A0`, … : each level twice the one before. */
function doublingChain(levels: number, use: string): string {
  const lines = ['FROM alpine:3.19', 'ARG A0=xx'];
  for (let level = 1; level <= levels; level++) lines.push(`ARG A${level}=\${A${level - 1}}\${A${level - 1}}`);
  lines.push(use);
  return `${lines.join('\n')}\n`;
}

describe('variable expansion has a size budget', () => {
  it('a 25-level doubling ARG chain (64 MiB) is refused where it passes 1 MiB, reported once, not computed', () => {
    const { run, report } = audit(doublingChain(25, 'COPY --chown=${A25} a /a'));
    // Level 20 is the first over 1 MiB (2^21 characters): line 2 + 20.
    expect(report.errors).toEqual([
      // Later levels refer to an unknown value: nothing more to refuse.
      expect.objectContaining({ line: 22, message: expect.stringMatching(/^variable expansion here would produce more than 1\.0 MiB .* treated as unknown$/) }),
    ]);
    expect(run.code).toBe(2);
    // Nothing of the expanded values reaches the report.
    expect(run.stdout.length).toBeLessThan(100_000);
  });

  it('a chain too long for any string (40 levels) and the same doubling inside a RUN finish with a bounded result', () => {
    const { report } = audit(doublingChain(40, 'FROM alpine:${A40}'));
    expect(report.errors.map((error) => error.message)).toEqual([expect.stringContaining('would produce more than 1.0 MiB')]);

    const doubling = Array.from({ length: 40 }, () => 'a=$a$a').join('; ');
    const shell = audit(`FROM alpine:3.19\nRUN a=xx; ${doubling}; apk add "$a" curl\n`);
    expect(shell.report.errors).toEqual([]);
    // The script is still read: curl is reported; the oversized word is unknown, not a package.
    expect(shell.report.findings.filter((finding) => finding.ruleId === 'RA202')).toHaveLength(1);
  });
});

describe('scopes are shared, not copied per instruction', () => {
  /**
   * Map operations the whole run performs, counted in the bundle by a preloaded module: copying
   * the scope at each of N ARGs costs N²/2 of them, sharing it a few per ARG.
   */
  function mapOperations(argCount: number): number {
    const counter = path.join(dir, 'count-map-operations.mjs');
    const countFile = path.join(dir, `count-${argCount}`);
    fs.writeFileSync(
      counter,
      [
        "import fs from 'node:fs';",
        'let operations = 0;',
        "for (const name of ['get', 'set', 'has']) {",
        '  const original = Map.prototype[name];',
        '  Map.prototype[name] = function (...args) { operations++; return original.apply(this, args); };',
        '}',
        "process.on('exit', () => fs.writeFileSync(process.env.COUNT_FILE, String(operations)));",
      ].join('\n'),
    );
    const args = Array.from({ length: argCount }, (_, index) => `ARG V${index}=${index}`);
    const { report } = audit(`FROM alpine:3.19\n${args.join('\n')}\nRUN echo "$V0"\n`, { NODE_OPTIONS: `--import=${counter}`, COUNT_FILE: countFile });
    expect(report.errors).toEqual([]);
    return Number(fs.readFileSync(countFile, 'utf8'));
  }

  it('10,000 plain ARGs cost about twice what 5,000 do', () => {
    const [half, full] = [mapOperations(5_000), mapOperations(10_000)];
    expect(full).toBeGreaterThan(half);
    expect(full / half).toBeLessThan(2.5);
  });
});
