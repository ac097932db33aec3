import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareImageArchives, compareManifests } from '../../src/harness/attribution/index.js';
import { ImageArchiveError, indexImageArchive, MANIFEST_SCHEMA, readManifest, toManifest, writeManifest } from '../../src/harness/image/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { writeDockerArchive, type ImageSpec } from './support/archives.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'repro-manifest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const dockerfile = parseDockerfile('FROM debian:12.7-slim\nRUN date > /built-at && touch /marker\nRUN useradd app\n', 'Dockerfile');

const image = (date: string, uid: number, mtime: number): ImageSpec => ({
  layers: [
    { createdBy: '/bin/sh -c #(nop) ADD file:abc in / ', entries: [{ name: 'etc/os-release', content: 'ID=debian\n' }] },
    { createdBy: 'RUN /bin/sh -c date > /built-at && touch /marker # buildkit', gzip: true, entries: [
      { name: 'built-at', content: date },
      { name: 'marker', content: '', mtime },
      { name: 'bin/link', type: 'symlink', linkname: '../usr/bin/true' },
    ] },
    { createdBy: 'RUN /bin/sh -c useradd app # buildkit', entries: [{ name: 'home/app/', type: 'directory', uid, gid: uid }] },
  ],
});

describe('image manifests (--record)', () => {
  it('round-trips an index and compares like the archives it was recorded from', async () => {
    const archiveA = path.join(dir, 'a.tar');
    const archiveB = path.join(dir, 'b.tar');
    await writeDockerArchive(archiveA, image('Mon Nov 24 18:48:12 UTC 2025\n', 1000, 1_700_000_000));
    await writeDockerArchive(archiveB, image('Tue Nov 25 09:01:55 UTC 2025\n', 1001, 1_700_000_100), 'docker25');
    const environmentA = { label: 'runner-a', cpu: { model: 'EPYC 7763', features: ['avx', 'avx2'] }, settings: { SOURCE_DATE_EPOCH: '1700000000', jobs: 4 } };
    const indexA = await indexImageArchive(archiveA, { environment: environmentA });
    const manifestA = path.join(dir, 'a.json');
    await writeManifest(indexA, manifestA);
    const written = JSON.parse(await readFile(manifestA, 'utf8'));
    expect(written.schema).toBe(MANIFEST_SCHEMA);
    expect(written.files.map((entry: { path: string }) => entry.path)).toEqual(['bin/link', 'built-at', 'etc/os-release', 'home/app', 'marker']);

    const readBack = await readManifest(manifestA);
    expect(readBack.source).toEqual({ kind: 'manifest', path: manifestA });
    expect(readBack.files).toEqual(indexA.files);
    expect(readBack.config).toEqual(indexA.config);
    expect(readBack.history).toEqual(indexA.history);
    expect(readBack.layers).toEqual(indexA.layers);
    expect(readBack.environment).toEqual(environmentA);

    const manifestB = path.join(dir, 'b.json');
    await writeManifest(await indexImageArchive(archiveB, { environment: { label: 'runner-b' } }), manifestB);
    const fromManifests = await compareManifests(manifestA, manifestB, { model: dockerfile });
    const fromArchives = await compareImageArchives(archiveA, archiveB, { model: dockerfile });
    const summary = (findings: typeof fromArchives.findings) => findings.map((finding) => `${finding.ruleId} ${finding.region.startLine} ${(finding.properties?.paths as string[]).join(',')}`).sort();
    // Without the images, contents cannot be looked at again: the dated file is a content difference.
    expect(summary(fromArchives.findings)).toEqual(['RA901 2 /built-at,/marker', 'RA904 3 /home/app']);
    expect(summary(fromManifests.findings)).toEqual(['RA901 2 /marker', 'RA903 2 /built-at', 'RA904 3 /home/app']);
    expect(fromManifests.findings.find((finding) => finding.ruleId === 'RA904')!.details).toContain('Builds compared: runner-a (cpu EPYC 7763; features avx,avx2; SOURCE_DATE_EPOCH=1700000000; jobs=4) vs runner-b');
  });

  describe('malformed or foreign files are clear errors', () => {
    const cases: [string, string, RegExp][] = [
      ['not-json.json', '{"schema": ', /not a JSON file/],
      ['foreign.json', '{"version": 2, "files": []}', /not a repro-audit image manifest \(no "schema" field; expected repro-audit\/image-manifest@1 or repro-audit\/image-manifest@2\)/],
      ['future.json', '{"schema": "repro-audit/image-manifest@3"}', /schema repro-audit\/image-manifest@3/],
      ['sarif.json', '[]', /no "schema" field/],
      ['missing-files.json', JSON.stringify({ schema: MANIFEST_SCHEMA, source: { kind: 'docker-archive', path: 'x' }, config: {}, history: [], layers: [], warnings: [] }), /malformed image manifest: must have required property 'files'/],
    ];
    for (const [name, text, pattern] of cases) {
      it(name, async () => {
        const file = path.join(dir, name);
        await writeFile(file, text);
        const error = await readManifest(file).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ImageArchiveError);
        expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
        expect((error as Error).message).toMatch(pattern);
      });
    }

    it('a file entry with a path that climbs out, or a layer that does not exist', async () => {
      const archive = path.join(dir, 'valid.tar');
      await writeDockerArchive(archive, image('x', 1, 1));
      const valid = JSON.parse(JSON.stringify(toManifest(await indexImageArchive(archive))));
      const escaping = path.join(dir, 'escaping.json');
      valid.files[0].path = '../etc/passwd';
      await writeFile(escaping, JSON.stringify(valid));
      await expect(readManifest(escaping)).rejects.toThrow(/malformed image manifest at \/files\/0\/path: must match pattern/);
      valid.files[0].path = 'bin/link';
      valid.files[0].layer = 7;
      const badLayer = path.join(dir, 'bad-layer.json');
      await writeFile(badLayer, JSON.stringify(valid));
      await expect(readManifest(badLayer)).rejects.toThrow(/bin\/link names layer 7 of 3/);
    });

    it('a FIFO or device is refused before a byte is read, never waited on', async () => {
      const fifo = path.join(dir, 'record.fifo');
      execFileSync('mkfifo', [fifo]);
      await expect(readManifest(fifo)).rejects.toThrow(/cannot read: not a regular file \(a FIFO/);
      await expect(readManifest('/dev/zero')).rejects.toThrow(/cannot read: not a regular file/);
    });

    it('version 1 records (no machine) still read; a version 2 machine section is validated', async () => {
      const archive = path.join(dir, 'machine.tar');
      await writeDockerArchive(archive, image('x', 1, 1));
      const machine = { host: 'tcp://127.0.0.1:2376', builder: { name: 'docker', version: '20.10.24' }, cpu: { model: 'EPYC', flags: ['sse4_2', 'avx512f'], source: 'proc-cpuinfo' }, sourceDateEpoch: '1700000000', axesHeld: ['time'], axesVaried: ['cpu'], buildWindow: { startedAt: '2026-12-07T03:00:00.000Z', finishedAt: '2026-12-07T03:01:02.500Z' } };
      const record = JSON.parse(JSON.stringify(toManifest(await indexImageArchive(archive, { environment: { label: 'a', machine } as never }))));
      expect(record.schema).toBe('repro-audit/image-manifest@2');
      const v2 = path.join(dir, 'v2.json');
      await writeFile(v2, JSON.stringify(record));
      expect((await readManifest(v2)).environment?.machine).toEqual(machine);
      const v1 = path.join(dir, 'v1.json');
      await writeFile(v1, JSON.stringify({ ...record, schema: 'repro-audit/image-manifest@1', environment: { label: 'old' } }));
      expect((await readManifest(v1)).environment).toEqual({ label: 'old' });
      record.environment.machine.cpu.flags = ['avx\u001b[31m'];
      await writeFile(v2, JSON.stringify(record));
      await expect(readManifest(v2)).rejects.toThrow(/malformed image manifest at \/environment\/machine\/cpu\/flags\/0: must match pattern/);
    });
  });
});
