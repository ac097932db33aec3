import { beforeAll, describe, expect, it } from 'vitest';
import { checkCpuBuilderRequirements } from '../../src/harness/cpu/requirements.js';
import { ensureDebianGccImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { makeContext, runRebuild, skipReason, substantiveDifferences } from './helpers.js';

const availability = await ensureDocker();
const { problems } = await checkCpuBuilderRequirements();
const cpuMissing = problems.length > 0 ? `CPU builder unavailable: ${problems.join('; ')}` : undefined;
if (cpuMissing && process.env.CI === 'true') throw new Error(cpuMissing);
const missing = skipReason(availability.missing ?? cpuMissing);

const SUM_OF_SQUARES = `#include <stdio.h>
int main(void) {
  double values[256], sum = 0;
  for (int i = 0; i < 256; i++) values[i] = i * 1.5;
  for (int i = 0; i < 256; i++) sum += values[i] * values[i];
  printf("%f\\n", sum);
  return 0;
}
`;

const AVX2_ONLY = `#include <stdio.h>
int main(int argc, char **argv) {
  int out[8];
  (void)argv;
  /* vpbroadcastd + vpaddd on ymm registers: AVX2 only, and out of the optimiser's reach. */
  __asm__ volatile("vmovd %1, %%xmm0\\n\\tvpbroadcastd %%xmm0, %%ymm0\\n\\tvpaddd %%ymm0, %%ymm0, %%ymm0\\n\\tvmovdqu %%ymm0, %0\\n\\tvzeroupper"
                   : "=m"(out) : "r"(argc * 21) : "xmm0", "memory");
  printf("%d\\n", out[0]);
  return 0;
}
`;

describe.skipIf(missing)('rebuild across CPU models with buildah + QEMU (real engines)', () => {
  let base = '';
  beforeAll(async () => {
    base = await ensureDebianGccImage(availability.docker!);
  });

  it('proves each leg had its CPU features and sees -march=native output differ', async () => {
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY app.c /src/app.c\nRUN gcc -O3 -march=native -o /usr/local/bin/app /src/app.c\nRUN gcc -O2 -o /usr/local/bin/portable /src/app.c\n`,
      'app.c': SUM_OF_SQUARES,
    });
    const outcome = await runRebuild(context, ['cpu']);
    expect(outcome.probes.map((probe) => probe.problems)).toEqual([[], []]);
    expect(outcome.probes.map((probe) => probe.cpuFeatures)).toEqual([['sse4_2'], ['sse4_2', 'avx', 'avx2']]);
    expect(substantiveDifferences(outcome)).toEqual(['usr/local/bin/app']);
    const cpuFindings = outcome.findings.filter((finding) => finding.properties?.class === 'cpu');
    expect(cpuFindings.map((finding) => [finding.region.startLine, finding.properties?.paths])).toEqual([[3, ['/usr/local/bin/app']]]);
    expect(outcome.findings.filter((finding) => finding.ruleId >= 'RA910')).toEqual([]);
  }, 600_000);

  it('reports an AVX2 binary dying with SIGILL (exit 132) in the no-AVX leg only, on its line (RA910)', async () => {
    const context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY avx2.c /src/avx2.c\nRUN gcc -O2 -o /usr/local/bin/avx2 /src/avx2.c\nRUN /usr/local/bin/avx2 > /answer\n`,
      'avx2.c': AVX2_ONLY,
    });
    const outcome = await runRebuild(context, ['cpu']);
    expect(outcome.findings).toHaveLength(1);
    const [finding] = outcome.findings;
    expect(finding).toMatchObject({
      ruleId: 'RA910',
      severity: 'error',
      region: { startLine: 4 },
      instruction: { keyword: 'RUN', startLine: 4 },
      properties: { leg: 'a', exitCode: 132, cpuModel: 'Westmere', differenceClass: 'cpu' },
    });
    expect(finding!.message).toContain('SIGILL');
    expect(outcome.legs[1]!.failure).toBeUndefined();
  }, 600_000);
});
