import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBusyboxImage, ensureDebianGccImage } from '../support/base-images.js';
import { buildBundle, removeBundle, runCli } from '../support/bundle.js';
import { ensureDocker } from '../support/docker.js';
import { AVX2_ONLY_SOURCE, cliEnv, compileStatic, jsonFindings, makeContext, requireCpuBuilder } from './helpers.js';

/**
 * An AVX2-only program dies with SIGILL in the no-AVX leg. Shells exec the last command of `sh -c`
 * (busybox sh and dash alike), so the program replaces the shell and buildah reports
 * `subprocess exited on illegal instruction` ... `exit status 1`; with `&& echo done` the shell forks
 * it and exits 132. Either way the finding must name SIGILL on the RUN's line.
 */
const availability = await ensureDocker();
const missing = await requireCpuBuilder(availability);

const CASES = [
  ['busybox', 'RUN /usr/local/bin/tool > /out'],
  ['busybox', 'RUN /usr/local/bin/tool > /out && echo done'],
  ['debian', 'RUN /usr/local/bin/tool > /out'],
  ['debian', 'RUN /usr/local/bin/tool > /out && echo done'],
] as const;

describe.skipIf(missing)('an AVX2-only binary under --vary cpu (buildah + QEMU, real engines)', () => {
  const bases: Record<string, string> = {};
  let tool: Buffer;
  let cli = '';
  beforeAll(async () => {
    bases.busybox = await ensureBusyboxImage(availability.docker!);
    bases.debian = await ensureDebianGccImage(availability.docker!);
    tool = compileStatic(AVX2_ONLY_SOURCE);
    cli = buildBundle();
  });
  afterAll(() => removeBundle(cli));

  it.each(CASES)('%s base, `%s`: SIGILL (Illegal instruction) on the RUN line, with the features the leg lacked', async (base, run) => {
    const context = makeContext({ Dockerfile: `FROM ${bases[base]}\nCOPY tool /usr/local/bin/tool\n${run}\n`, tool: { content: tool, mode: 0o755 } });
    const { code, stdout } = await runCli(cli, ['rebuild', 'Dockerfile', '--vary', 'cpu', '--format', 'json'], { cwd: context, env: cliEnv() });
    const findings = jsonFindings(stdout);
    expect(findings.map((finding) => [finding.ruleId, finding.region.startLine])).toEqual([['RA910', 3]]);
    const [finding] = findings;
    expect(finding!.message).toBe(
      `\`${run}\` (line 3) dies with SIGILL (Illegal instruction) in leg a (CPU Westmere, no AVX) but succeeds in leg b (CPU max, AVX/AVX2): ` +
        "a program it runs uses CPU instructions that leg a's CPU lacks (it has no AVX, AVX2)",
    );
    expect(finding!.properties).toMatchObject({ leg: 'a', signal: 'SIGILL', cpuModel: 'Westmere', missingCpuFeatures: ['avx', 'avx2'], differenceClass: 'cpu' });
    expect(code).toBe(1);
  }, 600_000);
});
