import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRecords } from '../../src/harness/attribution/index.js';
import { indexImageArchive, writeManifest, type BuildMachine } from '../../src/harness/image/index.js';
import { separatingText } from '../../src/harness/attribution/fleet.js';
import { writeDockerArchive, type ImageSpec } from './support/archives.js';

/** N-way compare of build records: groups, sides, separating CPU features, and work linear in N. */
let dir: string;
const image = (binary: string): ImageSpec => ({
  layers: [
    { createdBy: '/bin/sh -c #(nop) ADD file:abc in / ', entries: [{ name: 'etc/os-release', content: 'ID=debian\n' }] },
    { createdBy: 'RUN /bin/sh -c gcc -O3 -march=native -o /usr/local/bin/sum /src/sum.c', entries: [{ name: 'usr/local/bin/sum', content: binary }] },
  ],
});
const machine = (name: string, flags: string[]): BuildMachine => ({
  host: `tcp://${name}:2376`,
  hostName: name,
  kernel: '6.8.0',
  builder: { name: 'docker', version: '20.10.24' },
  cpu: { model: `${name} CPU`, flags: ['fpu', 'sse4_2', ...flags], source: 'proc-cpuinfo' },
  sourceDateEpoch: '1700000000',
  axesHeld: ['cpu', 'time'],
  axesVaried: [],
});

async function record(name: string, binary: string, flags: string[]): Promise<string> {
  const archive = path.join(dir, `${name}.tar`);
  await writeDockerArchive(archive, image(binary));
  const file = path.join(dir, `${name}.json`);
  await writeManifest(await indexImageArchive(archive, { environment: { label: name, machine: machine(name, flags) } }), file);
  return file;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-fleet-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('compareRecords', () => {
  it('splits machines with avx512f from those without, and names the feature', async () => {
    const files = [
      await record('epyc-1', 'avx512 code', ['avx', 'avx2', 'avx512f']),
      await record('haswell', 'avx2 code', ['avx', 'avx2']),
      await record('epyc-2', 'avx512 code', ['avx', 'avx2', 'avx512f', 'vmx']),
    ];
    const { groups, findings } = await compareRecords(files);
    expect(groups.map((group) => group.members.map((member) => member.machine))).toEqual([
      ['epyc-1.json (epyc-1, epyc-1 CPU)', 'epyc-2.json (epyc-2, epyc-2 CPU)'],
      ['haswell.json (haswell, haswell CPU)'],
    ]);
    expect(findings).toHaveLength(1);
    // vmx is no code-generation feature: it separates nothing.
    expect(findings[0]!.properties).toMatchObject({ featuresOnlyFirst: ['avx512f'], featuresOnlySecond: [], paths: ['/usr/local/bin/sum'] });
    expect(findings[0]!.message).toContain('Across machines: differs between machines with and without avx512f.');
  });

  it('words every way two groups can be separated', () => {
    expect(separatingText(['avx512f'], [])).toBe('differs between machines with and without avx512f');
    expect(separatingText([], ['avx2'])).toBe('differs between machines with and without avx2');
    expect(separatingText(['avx512f'], ['sse4a'])).toBe('differs between machines with avx512f and machines with sse4a');
    expect(separatingText([], [])).toBe('no code-generation CPU feature separates the machines');
    expect(separatingText(undefined, [])).toBe('the CPU of some machines is unknown');
  });

  it('does work linear in N: one image diff per record joining a group, one per further group', async () => {
    const diffs: number[] = [];
    for (const n of [2, 4, 8, 16]) {
      const files = await Promise.all(Array.from({ length: n }, (_, at) => record(`n${n}-${at}`, at === n - 1 ? 'other' : 'same', ['avx'])));
      const { groups, imageDiffs } = await compareRecords(files);
      expect(groups.map((group) => group.members.length)).toEqual([n - 1, 1]);
      diffs.push(imageDiffs);
    }
    // N-1 diffs to group, 1 to attribute: exactly N, never N².
    expect(diffs).toEqual([2, 4, 8, 16]);
  });
});
