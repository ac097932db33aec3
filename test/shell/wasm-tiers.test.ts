// The grammars run as V8's baseline (Liftoff) code only: an optimising recompile of the shell
// grammar's lexer costs seconds of CPU that a process then waits for (2.3 s on Node 24 for one RUN
// of 120 lines). The flags that prevent it differ between V8 versions, so every Node.js release
// users run is checked through the bundle, by V8's own trace of each compiled function (a count,
// not a timing).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CLI } from '../support/bundle.js';
import { nodeRelease } from '../support/node-releases.js';

function longRun(): string {
  const lines = Array.from({ length: 120 }, (_, i) => `    apt-get install -y --no-install-recommends package${i} libthing${i}-dev && echo "step ${i}" > /tmp/log${i}; \\`);
  return ['FROM debian:bookworm', 'RUN set -eux; \\', ...lines, '    true', ''].join('\n');
}

describe.each([20, 22, 24].map(nodeRelease))('the shell grammar under Node.js $major', (release) => {
  it.skipIf('missing' in release)('is never recompiled with TurboFan, however long the RUN', () => {
    if ('missing' in release) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-wasm-tiers-'));
    try {
      fs.writeFileSync(path.join(dir, 'Dockerfile'), longRun());
      const run = spawnSync(release.node, ['--trace-wasm-compilation-times', BUNDLED_CLI, 'Dockerfile', '--no-cache', '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir }, maxBuffer: 64 * 1024 * 1024 });
      const compiled = (tier: string) => run.stdout.split('\n').filter((line) => line.startsWith('Compiled function') && line.includes(`using ${tier}`)).length;
      expect(run.status).toBe(0);
      expect(compiled('Liftoff')).toBeGreaterThan(10);
      expect(compiled('TurboFan')).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
