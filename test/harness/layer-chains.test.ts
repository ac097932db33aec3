import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AbsentLayerError,
  contentLeftOut,
  ImageArchiveError,
  indexImage,
  indexImageArchive,
  indexImagePair,
  probeFiles,
  wholeChain,
  type ImageIndex,
  type LayerChain,
} from '../../src/harness/image/index.js';
import { writeDockerArchive, writeOciArchive, type ImageSpec, type LayerSpec } from './support/archives.js';

/**
 * A layer's index depends on the layers below it (a hard link takes its target's digest, an entry
 * below a symbolic link is warned about), so the harness reuses only whole chains from the bottom:
 * a base image's layers, indexed once when imported, and the layers both legs begin with. Reusing
 * one must give exactly the index a full read gives.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'repro-layer-chains-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const base: LayerSpec[] = [
  {
    entries: [
      { name: 'etc/', type: 'directory' },
      { name: 'etc/os-release', content: 'ID=test\n' },
      { name: 'bin/', type: 'directory' },
      { name: 'bin/tool', content: 'tool v1', mode: 0o755 },
      { name: 'lib', type: 'symlink', linkname: 'usr/lib' },
      { name: 'var/cache/a', content: 'a' },
      { name: 'doomed/inner', content: 'gone soon' },
    ],
  },
  {
    gzip: true,
    entries: [
      { name: 'doomed/.wh..wh..opq', content: '' },
      { name: 'bin/tool-link', type: 'link', linkname: 'bin/tool' },
      { name: 'lib/below-a-link', content: 'warned about' },
    ],
  },
];
const top = (label: string): LayerSpec[] => [
  { entries: [{ name: 'src/hello.c', content: 'int main(void) { return 0; }\n' }] },
  { entries: [{ name: 'bin/tool-again', type: 'link', linkname: 'bin/tool' }, { name: '.wh.doomed', content: '' }, { name: 'out', content: label }] },
];

async function archive(name: string, layers: LayerSpec[], format: 'docker' | 'oci' = 'docker'): Promise<string> {
  const file = path.join(dir, `${name}.tar`);
  const spec: ImageSpec = { layers };
  await (format === 'docker' ? writeDockerArchive(file, spec) : writeOciArchive(file, spec));
  return file;
}

/** Everything an index says about the image, but where its layers were read from. */
function described(image: ImageIndex) {
  return {
    files: [...image.files.values()].sort((a, b) => (a.path < b.path ? -1 : 1)),
    layers: image.layers.map(({ diffId, compression, entryCount }) => ({ diffId, compression, entryCount })),
    warnings: image.warnings,
    config: image.config,
    history: image.history,
  };
}

describe('layer chains', () => {
  it('an image indexed on top of a known chain is indexed exactly as when read whole, whatever the chain\'s length', async () => {
    const file = await archive('whole', [...base, ...top('a')]);
    const whole = await indexImageArchive(file);
    expect(whole.warnings.map((warning) => warning.entry)).toEqual(['lib/below-a-link']);
    expect(whole.files.get('bin/tool-again')).toMatchObject({ type: 'hardlink', sha256: whole.files.get('bin/tool')!.sha256, layer: 3 });
    for (let length = 0; length <= 4; length++) {
      const { chain } = await indexImage(file, { chainAfter: length });
      expect(chain!.diffIds).toEqual(whole.config.diffIds.slice(0, length));
      const reused = await indexImageArchive(file, { knownChains: [chain!] });
      expect(described(reused), `a chain of ${length} layers`).toEqual(described(whole));
    }
  });

  it('a chain is reused only by an image whose layers begin with the same digests', async () => {
    const baseImage = await indexImageArchive(await archive('base', base));
    const otherBase = await indexImageArchive(await archive('other-base', [{ entries: [{ name: 'etc/os-release', content: 'ID=other\n' }] }]));
    const file = await archive('on-base', [...base, ...top('a')]);
    const whole = await indexImageArchive(file);
    // The other base's chain is one layer long but does not fit; the base's fits.
    const image = await indexImageArchive(file, { knownChains: [wholeChain(otherBase), wholeChain(baseImage)] });
    expect(described(image)).toEqual(described(whole));
    // A chain with a changed digest (the same layer count) is not taken for this image's.
    const forged: LayerChain = { ...wholeChain(otherBase), diffIds: [baseImage.config.diffIds[0]!.replace(/.$/, (c) => (c === '0' ? '1' : '0'))] };
    expect(described(await indexImageArchive(file, { knownChains: [forged] }))).toEqual(described(whole));
  });

  it('checks the layers of a chain against their digests as it reads them', async () => {
    const file = await archive('lying', base);
    const dirOf = path.join(dir, 'lying-extracted');
    fs.mkdirSync(dirOf);
    execFileSync('tar', ['-xf', file, '-C', dirOf]);
    // Rewrite the config's first diff_id, keeping the archive otherwise intact.
    const manifest = JSON.parse(fs.readFileSync(path.join(dirOf, 'manifest.json'), 'utf8'));
    const configFile = path.join(dirOf, manifest[0].Config);
    const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));
    config.rootfs.diff_ids[0] = `sha256:${'0'.repeat(64)}`;
    fs.writeFileSync(configFile, JSON.stringify(config));
    const lying = path.join(dir, 'lying-repacked.tar');
    execFileSync('tar', ['-cf', lying, '-C', dirOf, '.']);
    await expect(indexImageArchive(lying)).resolves.toBeDefined();
    const error = await indexImage(lying, { chainAfter: Number.POSITIVE_INFINITY }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImageArchiveError);
    expect((error as Error).message).toContain(`does not match its digest sha256:${'0'.repeat(64)}`);
  });

  it('reads an OCI layout directory whose base layers were left out, from the base\'s known index', async () => {
    const baseImage = await indexImageArchive(await archive('base-for-layout', base));
    const file = await archive('layout', [...base, ...top('a')], 'oci');
    const whole = await indexImageArchive(file);
    const layout = path.join(dir, 'layout');
    fs.mkdirSync(layout);
    execFileSync('tar', ['-xf', file, '-C', layout]);
    // What the harness's export does: the base layers' blobs are empty files.
    const absentBlobs = new Set(baseImage.config.diffIds.map((diffId) => whole.layers.find((layer) => layer.diffId === diffId)!.digest!));
    for (const digest of absentBlobs) fs.writeFileSync(path.join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length)), '');

    const image = await indexImageArchive(layout, { knownChains: [wholeChain(baseImage)], absentBlobs });
    expect(described(image)).toEqual(described(whole));
    expect(image.layers.map((layer) => layer.member === undefined)).toEqual([true, true, false, false]);
    // A file of a left-out layer has no content to look at again; one of a written layer has.
    expect(contentLeftOut(image, ['etc/os-release'])).toBe(true);
    expect(contentLeftOut(image, ['out', 'src/hello.c'])).toBe(false);
    const probes = await probeFiles(image, ['etc/os-release', 'out']);
    expect([...probes.keys()]).toEqual(['out']);
    expect(probes.get('out')!.text).toBe('a');
    // Without the base's index, a left-out layer is an error of its own, never an empty layer.
    await expect(indexImageArchive(layout, { absentBlobs })).rejects.toBeInstanceOf(AbsentLayerError);
  });

  it('indexes two images once for the layers they begin with, and each as when read alone', async () => {
    const pairs: [string, LayerSpec[], LayerSpec[]][] = [
      ['identical', [...base, ...top('a')], [...base, ...top('a')]],
      ['different tops', [...base, ...top('a')], [...base, ...top('b')]],
      ['different bases', [...base, ...top('a')], [base[0]!, ...top('a')]],
    ];
    for (const [label, layersA, layersB] of pairs) {
      const files = [await archive(`${label}-a`, layersA), await archive(`${label}-b`, layersB, 'oci')] as const;
      const alone = await Promise.all(files.map((file) => indexImageArchive(file)));
      // The second image as a layout whose shared layers hold nothing: read, they would index as empty.
      const layout = path.join(dir, `${label}-b`);
      fs.mkdirSync(layout);
      execFileSync('tar', ['-xf', files[1], '-C', layout]);
      const [a, b] = alone;
      for (const [index, layer] of b!.layers.entries()) {
        if (a!.config.diffIds.slice(0, index + 1).join() === b!.config.diffIds.slice(0, index + 1).join()) fs.truncateSync(path.join(layout, layer.member!), 0);
      }
      const paired = await indexImagePair([files[0], layout], [{}, {}]);
      // The truncated blobs are uncompressed now: the rest is as read alone.
      const content = (image: ImageIndex) => ({ ...described(image), layers: image.layers.map(({ diffId, entryCount }) => ({ diffId, entryCount })) });
      expect(paired.map(content), label).toEqual(alone.map(content));
      expect(paired[1].source.path, label).toBe(layout);
    }
  });
});
