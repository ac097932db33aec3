import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, removeBundle, runCli } from '../support/bundle.js';
import { ensureDebianGccImage } from '../support/base-images.js';
import { ensureDocker } from '../support/docker.js';
import { cliEnv, jsonFindings, makeContext, requireCpuBuilder, SUM_OF_SQUARES } from './helpers.js';

/**
 * Build records from three legs (two native buildah builds here, one the no-AVX QEMU leg of a
 * `--vary cpu` rebuild) of a -march=native Dockerfile on the Debian + gcc base, compared N-way
 * through the bundle: one group split, on the compile line, with the CPU features that separate it.
 */
const availability = await ensureDocker();
const missing = await requireCpuBuilder(availability);


interface Machine {
  host: string;
  kernel?: string;
  builder: { name: string; version?: string };
  cpu: { model?: string; flags: string[]; source: string };
  sourceDateEpoch?: string;
  axesHeld: string[];
  axesVaried: string[];
}
const machineOf = (file: string): Machine => JSON.parse(fs.readFileSync(file, 'utf8')).environment.machine;
const hostFlags = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^flags\s*:\s*(.*)$/m)![1]!.split(/\s+/);

describe.skipIf(missing)('build records say where they were built; compare groups N of them (buildah + QEMU, Debian + gcc)', () => {
  let cli = '';
  let context = '';
  beforeAll(async () => {
    const base = await ensureDebianGccImage(availability.docker!);
    cli = buildBundle();
    context = makeContext({
      Dockerfile: `FROM ${base}\nCOPY sum.c /src/sum.c\nRUN gcc -O3 -march=native -o /usr/local/bin/sum /src/sum.c\nRUN /usr/local/bin/sum > /sum.out\n`,
      'sum.c': SUM_OF_SQUARES,
    });
  }, 600_000);
  afterAll(() => {
    removeBundle(cli);
    fs.rmSync(context, { recursive: true, force: true });
  });
  const run = (args: string[]) => runCli(cli, args, { cwd: context, env: cliEnv() });

  it('records twice natively (--record-only) and once on the no-AVX leg, then compares all three', async () => {
    for (const name of ['native-1', 'native-2']) {
      const recorded = await run(['rebuild', 'Dockerfile', '--builder', 'buildah', '--record-only', '--record', `${name}.json`]);
      expect(recorded.stderr).toMatch(new RegExp(`repro-audit: recorded ${name}\\.json: built with buildah on .* \\(`));
      expect(recorded.code).toBe(0);
    }
    const legs = await run(['rebuild', 'Dockerfile', '--vary', 'cpu', '--format', 'json', '--record', 'no-avx.json']);
    expect(legs.code).toBe(1);

    const native = machineOf(path.join(context, 'native-1.json'));
    expect(native).toMatchObject({ host: 'local', builder: { name: 'buildah' }, sourceDateEpoch: '1700000000', axesVaried: [] });
    expect(native.builder.version).toMatch(/^\d+\.\d+/);
    expect(native.kernel).toBe(fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    expect(native.cpu).toMatchObject({ source: 'proc-cpuinfo', flags: hostFlags });
    expect(native.axesHeld).toContain('cpu');
    const noAvx = machineOf(path.join(context, 'no-avx.json'));
    expect(noAvx.cpu).toMatchObject({ model: 'QEMU Westmere (emulated)', source: 'cpuid-probe' });
    expect(noAvx.cpu.flags).toContain('sse4_2');
    expect(noAvx.cpu.flags).not.toContain('avx');
    expect(noAvx.axesVaried).toEqual(['cpu']);

    const compared = await run(['compare', 'native-1.json', 'no-avx.json', 'native-2.json', '--dockerfile', 'Dockerfile', '--format', 'json']);
    const findings = jsonFindings(compared.stdout);
    expect(findings.map((finding) => [finding.ruleId, finding.region.startLine, finding.properties?.paths])).toEqual([['RA902', 3, ['/usr/local/bin/sum']]]);
    const [finding] = findings;
    expect(finding!.properties).toMatchObject({
      machinesFirst: [expect.stringMatching(/^native-1\.json /), expect.stringMatching(/^native-2\.json /)],
      machinesSecond: [expect.stringMatching(/^no-avx\.json \(.*QEMU Westmere \(emulated\)\)$/)],
      featuresOnlySecond: [],
    });
    const separating = finding!.properties!.featuresOnlyFirst as string[];
    expect(separating).toEqual(expect.arrayContaining(['avx', 'avx2']));
    expect(finding!.message).toContain(`Across machines: differs between machines with and without ${separating.join(', ')}.`);
    expect(compared.stderr).toMatch(/1 difference; the 3 records fall in 2 groups \(group 1: native-1\.json .*, native-2\.json .*; group 2: no-avx\.json /);
    expect(compared.code).toBe(1);

    const identical = await run(['compare', 'native-1.json', 'native-2.json', 'native-1.json', '--dockerfile', 'Dockerfile']);
    expect(identical.stderr).toContain('repro-audit: all 3 images are identical file by file');
    expect(identical.code).toBe(0);
  }, 1_800_000);
});
