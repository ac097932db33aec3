import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBusyboxImage } from '../support/base-images.js';
import { buildBundle, removeBundle, runCli } from '../support/bundle.js';
import { ensureDocker } from '../support/docker.js';
import { CORPUS_DIR } from '../support/shared-data.js';
import { jsonFindings, makeContext, requireCpuBuilder } from '../harness/helpers.js';

/**
 * Users lint while a rebuild runs (an editor integration, a second terminal, two CI jobs on one
 * runner). Both keep state under the same cache root: the lint's result cache, the CPU builder's
 * compiled helpers (QEMU wrappers, patched buildah) that every leg executes or bind-mounts, and the
 * base images the legs build on. A lint tidying its cache must never take them from under a
 * running rebuild.
 */
const docker = await ensureDocker();
const missing = await requireCpuBuilder(docker);

describe.skipIf(missing)('repro-audit lint over the corpus while a rebuild\'s CPU legs run (bundle, real engines)', () => {
  let cli = '';
  let cacheHome = '';
  afterEach(() => {
    if (cacheHome) fs.rmSync(cacheHome, { recursive: true, force: true });
    if (cli) removeBundle(cli);
  });

  it('leaves the rebuild\'s helpers and base images alone, and the rebuild succeeds', async () => {
    cli = buildBundle();
    const base = await ensureBusyboxImage(docker.docker!);
    cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-test-xdg-'));
    // Default cache root for both: $XDG_CACHE_HOME/repro-audit, the result cache on.
    const env = { CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: cacheHome, REPRO_AUDIT_CACHE_DIR: undefined };
    const root = path.join(cacheHome, 'repro-audit');
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\nRUN echo two > /two\nRUN cat /one /two > /both\n` });

    let rebuildPid = 0;
    let progress = '';
    let inLegA!: () => void;
    const legARunning = new Promise<void>((resolve) => (inLegA = resolve));
    const rebuild = runCli(cli, ['rebuild', 'Dockerfile', '--vary', 'cpu', '--format', 'json'], {
      cwd: context,
      env,
      pid: (pid) => (rebuildPid = pid),
      onStderr: (text) => {
        progress += text;
        // buildah is executing leg a's steps under QEMU.
        if (/\] leg a \(CPU Westmere[^\n]*\n(?:[^\n]*\n)*[^\n]*STEP 2\//.test(progress)) inLegA();
      },
    });
    await Promise.race([legARunning, rebuild.then((result) => Promise.reject(new Error(`the rebuild ended before its first leg ran:\n${result.stderr}`)))]);
    // Hold the rebuild's own process (buildah keeps building leg a) until the lint has finished, so
    // the lint certainly runs between the legs' use of the helpers instead of maybe.
    process.kill(rebuildPid, 'SIGSTOP');
    let lint;
    try {
      lint = await runCli(cli, ['lint', CORPUS_DIR, '--format', 'json', '--output', path.join(cacheHome, 'lint.json')], { cwd: cacheHome, env });
    } finally {
      process.kill(rebuildPid, 'SIGCONT');
    }
    const result = await rebuild;
    // The corpus holds one templated Dockerfile, reported as an error: exit 2, thousands of findings.
    expect(lint.code).toBe(2);
    expect(JSON.parse(fs.readFileSync(path.join(cacheHome, 'lint.json'), 'utf8')).findings.length).toBeGreaterThan(3000);
    expect(fs.readdirSync(path.join(root, 'results')), 'the lint kept its results under the same root').toHaveLength(1);
    // One tagged root: the lint's results beside the harness's helpers and base images.
    expect(fs.readdirSync(root).sort(), `the rebuild said:\n${result.stderr}`).toEqual(['CACHEDIR.TAG', 'cpu-helpers', 'harness-images', 'results']);
    expect(fs.readdirSync(path.join(root, 'harness-images')).filter((name) => !name.endsWith('.lock')), 'the stored base image').toHaveLength(1);
    expect(result.stderr).not.toContain('internal error');
    expect(jsonFindings(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
  }, 600_000);
});
