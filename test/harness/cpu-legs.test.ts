import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, removeBundle, runCli } from '../support/bundle.js';
import { ensureBusyboxImage, ensureDebianGccImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { cliEnv, jsonFindings, makeContext, requireCpuBuilder, runRebuild, SUM_OF_SQUARES } from './helpers.js';

/**
 * `repro-audit rebuild --vary cpu` on the Debian + gcc base with buildah + QEMU, through the bundle:
 * the legs differ in the CPU model only, so a portable build shows nothing and -march=native shows
 * exactly its own line.
 */
const availability = await ensureDocker();
const missing = await requireCpuBuilder(availability);

const HELLO = '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n';

describe.skipIf(missing)('rebuild across CPU models on a Debian + gcc base (buildah + QEMU, real engines)', () => {
  let base = '';
  let cli = '';
  beforeAll(async () => {
    base = await ensureDebianGccImage(availability.docker!);
    cli = buildBundle();
  });
  afterAll(() => removeBundle(cli));
  const rebuild = (context: string, args: string[]) => runCli(cli, ['rebuild', 'Dockerfile', '--format', 'json', ...args], { cwd: context, env: cliEnv() });

  it('finds nothing in a deterministic Dockerfile with --vary cpu,time, and exits 0', async () => {
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY hello.c /src/hello.c\nRUN gcc -O2 -o /usr/local/bin/hello /src/hello.c\nRUN echo configured > /etc/x\nRUN /usr/local/bin/hello > /hello.out\nCMD ["/usr/local/bin/hello"]\n`,
      'hello.c': HELLO,
    });
    const { code, stdout, stderr } = await rebuild(context, ['--vary', 'cpu,time']);
    expect(jsonFindings(stdout)).toEqual([]);
    expect(code).toBe(0);
    // Both probes confirmed their CPU (else RA911), and one note says how buildah's stamps were held equal.
    expect(stderr.match(/^repro-audit: note: .*$/gm)).toEqual([
      'repro-audit: note: builder timestamps: buildah clamps them to SOURCE_DATE_EPOCH=1700000000 (image creation, history, and the file times of every layer it builds); the images are compared bitwise',
    ]);
    expect(stderr).toContain('repro-audit: reproducible across cpu, time');
  }, 600_000);

  it('blames -march=native output on the compile line alone, not on the RUN that executes it', async () => {
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY sum.c /src/sum.c\nRUN gcc -O3 -march=native -o /usr/local/bin/sum /src/sum.c\nRUN /usr/local/bin/sum > /sum.out\nCMD ["/usr/local/bin/sum"]\n`,
      'sum.c': SUM_OF_SQUARES,
    });
    const { code, stdout } = await rebuild(context, ['--vary', 'cpu']);
    const findings = jsonFindings(stdout);
    expect(findings.map((finding) => [finding.ruleId, finding.region.startLine, finding.properties?.class, finding.properties?.attribution, finding.properties?.paths])).toEqual([
      ['RA902', 3, 'cpu', 'exact', ['/usr/local/bin/sum']],
    ]);
    expect(findings[0]!.message).toContain('`RUN gcc -O3 -march=native -o /usr/local/bin/sum /src/sum.c` (line 3)');
    expect(code).toBe(1);
  }, 600_000);
});

describe.skipIf(missing)('the CPU legs prove their variation (buildah + QEMU, busybox base)', () => {
  it('hold the second leg\'s steps back until its clock has passed (the probe waits; buildah starts meanwhile): a date differs, on its line alone', async () => {
    const base = await ensureBusyboxImage(availability.docker!);
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN date +%s > /built-at\nRUN echo two > /two\n` });
    const outcome = await runRebuild(context, ['cpu', 'time'], { env: cliEnv() });
    expect(outcome.legs.map((leg) => leg.clockHeldByProbe ?? false)).toEqual([false, true]);
    expect(outcome.probes.map((probe) => probe.problems)).toEqual([[], []]);
    const [finding, ...others] = outcome.findings;
    expect([finding?.ruleId, finding?.region.startLine, finding?.properties?.paths, others]).toEqual(['RA901', 2, ['/built-at'], []]);
    // The first step of leg b read the clock 1.1 s or more after leg a's build had ended.
    const [, secondsB] = /^\+(\d+)$/m.exec(finding!.details ?? '') ?? [];
    expect(Number(secondsB)).toBeGreaterThanOrEqual(Math.floor((outcome.legs[0]!.finishedAt.getTime() + 1100) / 1000));
  }, 600_000);

  it('probe CPUID inside every leg, build a layer per instruction on overlay storage, and clamp the builder\'s stamps', async () => {
    const base = await ensureBusyboxImage(availability.docker!);
    const context = makeContext({ Dockerfile: `FROM ${base}\nRUN echo one > /one\nRUN echo two > /two\n` });
    const outcome = await runRebuild(context, ['cpu'], { env: cliEnv() });
    expect(outcome.probes.map((probe) => probe.problems)).toEqual([[], []]);
    expect(outcome.probes.map((probe) => probe.cpuFeatures)).toEqual([['sse4_2'], ['sse4_2', 'avx', 'avx2']]);
    expect(outcome.builder).toContain('overlay storage');
    expect(outcome.stamps.handling).toBe('clamped');
    const [a, b] = outcome.comparison!.images;
    // FROM's layer, then one per RUN (the probe's included): every instruction has a layer of its own.
    expect([a.layers.length, b.layers.length]).toEqual([4, 4]);
    expect(a.config.created).toBe('2023-11-14T22:13:20Z');
    expect(outcome.findings).toEqual([]);
  }, 600_000);
});
