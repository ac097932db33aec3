import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('dist/', () => {
  it('is exactly what scripts/build.mjs produces from the current sources (the Action runs from it)', () => {
    const check = spawnSync(process.execPath, ['scripts/build.mjs', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
