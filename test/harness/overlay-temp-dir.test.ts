import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusyboxImage } from '../support/base-images.js';
import { buildBundle, removeBundle, runCli } from '../support/bundle.js';
import { ensureDocker } from '../support/docker.js';
import { jsonFindings, makeContext, requireCpuBuilder } from './helpers.js';

/**
 * CI jobs often run in a container whose /tmp is itself on overlayfs, where buildah's overlay
 * storage cannot stack. With the temp dir on an overlayfs mount of the test's own: the run falls
 * back to vfs, with the cached base image (it cannot build on it there) and with --no-cache, says so
 * once, stays correct, and leaves nothing in the temp dir, buildah's own temporaries included.
 */
const availability = await ensureDocker();
const missing = await requireCpuBuilder(availability);

describe.skipIf(missing)('the run\'s temp dir on overlayfs (bundle, real engines)', () => {
  let cli = '';
  let base = '';
  let work = '';
  let merged = '';
  beforeAll(async () => {
    base = await ensureBusyboxImage(availability.docker!);
    cli = buildBundle();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-test-overlay-'));
    for (const dir of ['lower', 'upper', 'work', 'merged']) fs.mkdirSync(path.join(work, dir));
    merged = path.join(work, 'merged');
    execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${work}/lower,upperdir=${work}/upper,workdir=${work}/work`, merged]);
  });
  afterAll(() => {
    if (merged) execFileSync('umount', [merged]);
    if (work) fs.rmSync(work, { recursive: true, force: true });
    removeBundle(cli);
  });

  it('uses vfs storage, with and without the base image cache, and leaves the temp dir empty', async () => {
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\n` });
    const env = { CI: 'true', NO_COLOR: '1', TMPDIR: merged, XDG_CACHE_HOME: path.join(work, 'cache'), REPRO_AUDIT_CACHE_DIR: undefined };
    const rebuild = (extra: string[]) => runCli(cli, ['rebuild', 'Dockerfile', '--vary', 'cpu', '--format', 'json', ...extra], { cwd: context, env });
    for (const [extra, note] of [
      [[], 'note: buildah cannot build on the cached base images here (failed to shutdown storage: "\'overlay\' is not supported over overlayfs'],
      [['--no-cache'], `note: buildah cannot use overlay storage in ${merged}/repro-audit-rebuild-`],
    ] as const) {
      const run = await rebuild([...extra]);
      expect([run.code, jsonFindings(run.stdout)], run.stderr).toEqual([0, []]);
      expect(run.stderr).toContain(note);
      expect(run.stderr).toContain('building with buildah (chroot isolation, vfs storage');
      expect(fs.readdirSync(merged), 'left in the temp dir').toEqual([]);
    }
    // The cache itself (not on overlayfs) holds the image for runs elsewhere.
    expect(fs.readdirSync(path.join(work, 'cache', 'repro-audit', 'harness-images')).filter((name) => !name.endsWith('.lock'))).toHaveLength(1);
  }, 600_000);
});
