import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureBusyboxImage } from '../support/base-images.js';
import { buildBundle, removeBundle, runCli } from '../support/bundle.js';
import { ensureDocker } from '../support/docker.js';
import { AVX2_ONLY_SOURCE, compileStatic, jsonFindings, makeContext, requireCpuBuilder } from './helpers.js';

/**
 * The buildah builder keeps the base images it imports in repro-audit's cache, and exports a leg's
 * image without them. Through the bundle, with real engines: the second run builds on the stored
 * image, a damaged entry is imported again, --no-cache keeps nothing, two runs at once import once,
 * and a base file changed in one leg only is still compared by content (the leg is exported whole).
 */
const availability = await ensureDocker();
const missing = await requireCpuBuilder(availability);

const IMPORTING = /copying base image [^\n]* into the cache/;

describe.skipIf(missing)('the base image cache of the buildah builder (bundle, real engines)', () => {
  let cli = '';
  let base = '';
  let cacheHome = '';
  beforeAll(async () => {
    base = await ensureBusyboxImage(availability.docker!);
    cli = buildBundle();
  });
  afterAll(() => removeBundle(cli));
  beforeEach(() => {
    cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-test-xdg-'));
    fs.mkdirSync(path.join(cacheHome, 'tmp'));
  });
  afterEach(() => fs.rmSync(cacheHome, { recursive: true, force: true }));

  // Each run's temp dir goes to a folder of this test's own: other files' rebuilds run meanwhile.
  const env = () => ({ CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: cacheHome, TMPDIR: path.join(cacheHome, 'tmp'), REPRO_AUDIT_CACHE_DIR: undefined });
  const store = () => path.join(cacheHome, 'repro-audit', 'harness-images');
  const entries = () => (fs.existsSync(store()) ? fs.readdirSync(store()).filter((name) => !name.endsWith('.lock')) : []);
  const rebuild = (context: string, extra: string[] = []) => runCli(cli, ['rebuild', 'Dockerfile', '--vary', 'cpu', '--format', 'json', ...extra], { cwd: context, env: env() });
  const runTempDirs = () => fs.readdirSync(path.join(cacheHome, 'tmp')).filter((name) => name.startsWith('repro-audit-rebuild-'));

  it('imports a base image once, builds on the stored copy next time, and imports a damaged one again', async () => {
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\nRUN cat /one /etc/passwd > /both\n` });
    const tempDirs = runTempDirs();
    const first = await rebuild(context);
    expect(first.stderr).toMatch(IMPORTING);
    expect([first.code, jsonFindings(first.stdout)]).toEqual([0, []]);
    const [entry] = entries();
    expect(entries()).toEqual([entry]);
    expect(fs.readFileSync(path.join(cacheHome, 'repro-audit', 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55/);

    const second = await rebuild(context);
    expect(second.stderr).not.toMatch(IMPORTING);
    expect([second.code, jsonFindings(second.stdout)]).toEqual([0, []]);

    // A damaged index: a miss, imported again, never a wrong comparison.
    const index = path.join(store(), entry!, 'index.json');
    const bytes = fs.readFileSync(index);
    bytes[Math.floor(bytes.length / 2)] ^= 1;
    fs.writeFileSync(index, bytes);
    const third = await rebuild(context);
    expect(third.stderr).toMatch(IMPORTING);
    expect([third.code, jsonFindings(third.stdout)]).toEqual([0, []]);
    expect(entries()).toEqual([entry]);
    // The runs' own storage and archives went with them.
    expect(runTempDirs()).toEqual(tempDirs);
  }, 600_000);

  it('keeps nothing with --no-cache', async () => {
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\n` });
    const run = await rebuild(context, ['--no-cache']);
    expect([run.code, jsonFindings(run.stdout)]).toEqual([0, []]);
    expect(run.stderr).toContain('copying base image');
    expect(fs.existsSync(store())).toBe(false);
  }, 600_000);

  it('imports once for two runs that start together on an empty cache', async () => {
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\n` });
    const runs = await Promise.all([rebuild(context), rebuild(context)]);
    expect(runs.map((run) => [run.code, jsonFindings(run.stdout)])).toEqual([[0, []], [0, []]]);
    expect(runs.filter((run) => IMPORTING.test(run.stderr))).toHaveLength(1);
    expect(entries()).toHaveLength(1);
  }, 600_000);

  it('compares by content a base file that one leg changes and the other does not', async () => {
    // The AVX2-only tool dies in the no-AVX leg, so only the AVX leg appends to the base's /etc/group.
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY tool /usr/local/bin/tool\nRUN if /usr/local/bin/tool > /dev/null 2>&1; then echo avx:x:99: >> /etc/group; fi\n`,
      tool: { content: compileStatic(AVX2_ONLY_SOURCE), mode: 0o755 },
    });
    const run = await rebuild(context);
    const findings = jsonFindings(run.stdout);
    // Blamed on the step that changed it, not on the base image both legs share; the attributes
    // overlay storage leaves on what one leg copied up (user.overlay.*) are no difference of the image.
    expect(findings.map((finding) => [finding.ruleId, finding.region.startLine, finding.properties?.paths])).toEqual([['RA903', 3, ['/etc/group']]]);
    // Both sides' content was read again: the base's /etc/group from a whole export of the leg.
    expect((findings[0] as { details?: string }).details).toMatch(/^\+avx:x:99:$/m);
    expect(run.code).toBe(1);
  }, 600_000);
});
