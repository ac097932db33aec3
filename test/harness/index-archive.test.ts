import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageArchiveError, indexImageArchive, type ImageIndex } from '../../src/harness/image/index.js';
import { tarOf, writeDockerArchive, writeOciArchive, type ImageSpec } from './support/archives.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'repro-image-index-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Three layers exercising whiteouts, opaque directories, hard links and symlinks. */
const layered: ImageSpec = {
  layers: [
    {
      createdBy: '/bin/sh -c #(nop) ADD file:abc in / ',
      entries: [
        { name: 'etc/', type: 'directory' },
        { name: 'etc/os-release', content: 'ID=test\n' },
        { name: 'bin/', type: 'directory' },
        { name: 'bin/tool', content: 'tool v1', mode: 0o755 },
        { name: 'var/cache/', type: 'directory' },
        { name: 'var/cache/a', content: 'a' },
        { name: 'var/cache/sub/b', content: 'b' },
        { name: 'doomed/', type: 'directory' },
        { name: 'doomed/inner', content: 'gone soon' },
      ],
    },
    {
      gzip: true,
      createdBy: 'RUN /bin/sh -c rm -rf /doomed /var/cache/* && echo new > /var/cache/fresh # buildkit',
      entries: [
        { name: './doomed/.wh..wh..opq', content: '' },
        { name: 'var/cache/', type: 'directory' },
        { name: 'var/cache/.wh..wh..opq', content: '' },
        { name: 'var/cache/fresh', content: 'new\n', uid: 1000, gid: 1000 },
        { name: '/bin/tool-link', type: 'link', linkname: 'bin/tool' },
        { name: 'bin/sh', type: 'symlink', linkname: '/bin/busybox' },
      ],
    },
    {
      createdBy: 'RUN /bin/sh -c rm -r /doomed # buildkit',
      entries: [{ name: '.wh.doomed', content: '' }],
    },
  ],
};

function summary(image: ImageIndex) {
  return [...image.files.values()]
    .map((entry) => `${entry.path} ${entry.type} ${entry.mode.toString(8)} ${entry.uid}:${entry.gid} ${entry.size} ${entry.sha256?.slice(0, 8) ?? '-'} ${entry.linkTarget ?? '-'} L${entry.layer}`)
    .sort();
}

describe('indexImageArchive', () => {
  it('applies layers in order with whiteouts, opaque directories, hard links and symlinks', async () => {
    const file = path.join(dir, 'legacy.tar');
    await writeDockerArchive(file, layered, 'legacy');
    const image = await indexImageArchive(file);
    expect(image.source.kind).toBe('docker-archive');
    expect([...image.files.keys()].sort()).toEqual(['bin', 'bin/sh', 'bin/tool', 'bin/tool-link', 'etc', 'etc/os-release', 'var/cache', 'var/cache/fresh']);
    const tool = image.files.get('bin/tool')!;
    expect(tool).toMatchObject({ type: 'file', mode: 0o755, size: 7, sha256: sha256('tool v1'), layer: 0 });
    expect(image.files.get('bin/tool-link')).toMatchObject({ type: 'hardlink', linkTarget: 'bin/tool', sha256: sha256('tool v1'), size: 7, layer: 1 });
    expect(image.files.get('bin/sh')).toMatchObject({ type: 'symlink', linkTarget: '/bin/busybox' });
    expect(image.files.get('var/cache/fresh')).toMatchObject({ uid: 1000, gid: 1000, sha256: sha256('new\n'), layer: 1 });
    expect(image.files.get('etc/os-release')!.mtime).toBe(1_700_000_000);
    expect(image.layers.map((layer) => layer.compression)).toEqual(['none', 'gzip', 'none']);
    expect(image.layers.map((layer) => layer.entryCount)).toEqual([9, 6, 1]);
    expect(image.history.map((entry) => entry.createdBy)[1]).toContain('rm -rf /doomed');
    expect(image.config.cmd).toEqual(['/bin/sh']);
    expect(image.warnings).toEqual([]);
  });

  it('reads the Docker 25+ layout and OCI archives (behind an image index) to the same index', async () => {
    const legacy = path.join(dir, 'same-legacy.tar');
    const docker25 = path.join(dir, 'same-docker25.tar');
    const oci = path.join(dir, 'same-oci.tar');
    const symlinked = path.join(dir, 'same-symlinked.tar');
    await writeDockerArchive(legacy, layered, 'legacy');
    await writeDockerArchive(docker25, layered, 'docker25');
    await writeDockerArchive(symlinked, layered, 'docker25-via-symlinks');
    await writeOciArchive(oci, layered, { nestedIndex: true });
    const [a, b, c, d] = await Promise.all([indexImageArchive(legacy), indexImageArchive(docker25), indexImageArchive(oci), indexImageArchive(symlinked)]);
    expect(summary(b)).toEqual(summary(a));
    // Layer names that are symlinks to blobs inside the archive are followed (within the archive).
    expect(summary(d)).toEqual(summary(a));
    expect(d.layers[0].member).toMatch(/^blobs\/sha256\/[a-f0-9]{64}$/);
    expect(summary(c)).toEqual(summary(a));
    expect(c.source.kind).toBe('oci-archive');
    expect(c.layers[1].mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
    expect(c.configDigest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(b.layers[0].digest).toBe(c.layers[0].digest);
  });

  it('keeps long names (pax and GNU), fractional pax mtimes and xattrs', async () => {
    const longName = `opt/${'deep/'.repeat(40)}file.txt`;
    const file = path.join(dir, 'pax.tar');
    await writeDockerArchive(file, {
      layers: [{ entries: [
        { name: longName, content: 'x' },
        { name: 'usr/bin/ping', content: 'elf?', mode: 0o4755, pax: { mtime: '1700000000.25', 'SCHILY.xattr.security.capability': 'cap' } },
      ] }],
    });
    const image = await indexImageArchive(file);
    expect(image.files.get(longName)?.sha256).toBe(sha256('x'));
    expect(image.files.get('usr/bin/ping')).toMatchObject({ mode: 0o4755, mtime: 1700000000.25, xattrs: `security.capability=${Buffer.from('cap').toString('base64')}` });
  });

  it('hashes the executable segments of ELF files separately from the rest', async () => {
    const bytes = await readFile('/usr/bin/true');
    const patched = Buffer.from(bytes);
    // Change one byte of the trailing non-code data (the section header string table lives there).
    patched[patched.length - 600] ^= 0xff;
    const file = path.join(dir, 'elf.tar');
    await writeDockerArchive(file, { layers: [{ entries: [
      { name: 'bin/true', content: bytes, mode: 0o755 },
      { name: 'bin/true-patched', content: patched, mode: 0o755 },
      { name: 'bin/script', content: '#!/bin/sh\n' },
    ] }] });
    const image = await indexImageArchive(file);
    const original = image.files.get('bin/true')!;
    const changed = image.files.get('bin/true-patched')!;
    expect(original.codeDigest).toMatch(/^[a-f0-9]{64}$/);
    expect(changed.sha256).not.toBe(original.sha256);
    expect(changed.codeDigest).toBe(original.codeDigest);
    expect(image.files.get('bin/script')!.codeDigest).toBeUndefined();
  });

  describe('trees thousands of levels deep', () => {
    /** A chain of `depth` directories named `d`, with `files` files at its bottom; a second layer may remove it. */
    const deepImage = (depth: number, files: number, removed: boolean): ImageSpec => {
      const bottom = 'd/'.repeat(depth);
      return {
        layers: [
          { entries: [{ name: 'top', content: 'top' }, ...Array.from({ length: files }, (_, index) => ({ name: `${bottom}f${index}`, content: `${index}` }))] },
          ...(removed ? [{ entries: [{ name: '.wh.d', content: '' }] }] : []),
        ],
      };
    };

    /**
     * The work of the string-keyed maps and sets the index keeps, as the characters of the keys they
     * hash: a path looked up by its full name costs its length. Measured for one indexing, not timed.
     */
    async function keyCharacters(file: string): Promise<{ image: ImageIndex; hashed: number }> {
      let hashed = 0;
      const methods = [Map.prototype, Set.prototype].flatMap((prototype) =>
        (['get', 'set', 'has', 'delete', 'add'] as const).filter((name) => name in prototype).map((name) => ({ prototype, name, original: (prototype as never)[name] as (...args: unknown[]) => unknown })),
      );
      for (const { prototype, name, original } of methods) {
        (prototype as unknown as Record<string, unknown>)[name] = function (this: unknown, key: unknown, ...rest: unknown[]) {
          if (typeof key === 'string') hashed += key.length;
          return original.call(this, key, ...rest);
        };
      }
      try {
        return { image: await indexImageArchive(file), hashed };
      } finally {
        for (const { prototype, name, original } of methods) (prototype as unknown as Record<string, unknown>)[name] = original;
      }
    }

    it('indexes a tree 50,000 levels deep and removes it with a whiteout, without overflowing the stack', async () => {
      const depth = 50_000;
      const file = path.join(dir, 'deep-removed.tar');
      await writeDockerArchive(file, deepImage(depth, 2, true));
      const image = await indexImageArchive(file);
      expect([...image.files.keys()]).toEqual(['top']);
      expect(image.layers.map((layer) => layer.entryCount)).toEqual([3, 1]);

      const kept = path.join(dir, 'deep-kept.tar');
      await writeDockerArchive(kept, deepImage(depth, 2, false));
      const files = (await indexImageArchive(kept)).files;
      expect(files.get(`${'d/'.repeat(depth)}f1`)?.sha256).toBe(sha256('1'));
    });

    it('does work linear in the depth: twice as deep, about twice the work, not four or eight times', async () => {
      const work: number[] = [];
      for (const depth of [2_000, 4_000]) {
        const file = path.join(dir, `deep-${depth}.tar`);
        await writeDockerArchive(file, deepImage(depth, 20, true));
        const { image, hashed } = await keyCharacters(file);
        expect([...image.files.keys()]).toEqual(['top']);
        work.push(hashed);
      }
      // Each of the 20 files sits at the bottom: looking up all its ancestors by full path costs depth² each.
      expect(work[1]! / work[0]!).toBeLessThan(2.5);
    });
  });

  describe('bad archives give one clear error naming the file', () => {
    const expectError = async (file: string, pattern: RegExp) => {
      const error = await indexImageArchive(file).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImageArchiveError);
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).toMatch(pattern);
    };

    it('not a tar at all', async () => {
      const file = path.join(dir, 'text.tar');
      await writeFile(file, 'hello, this is not a tar archive\n'.repeat(40));
      await expectError(file, /not a tar archive/);
    });

    it('a gzip-compressed archive', async () => {
      const file = path.join(dir, 'compressed.tar.gz');
      await writeFile(file, gzipSync(await tarOf([{ name: 'manifest.json', content: '[]' }])));
      await expectError(file, /gzip-compressed; decompress it first/);
    });

    it('a tar that is not an image', async () => {
      const file = path.join(dir, 'plain.tar');
      await writeFile(file, await tarOf([{ name: 'README', content: 'hi' }]));
      await expectError(file, /neither manifest\.json .* nor index\.json/);
    });

    it('a missing file', async () => {
      await expectError(path.join(dir, 'nope.tar'), /cannot open: ENOENT/);
    });

    it('a truncated archive', async () => {
      const file = path.join(dir, 'truncated.tar');
      await writeDockerArchive(file, layered);
      const bytes = await readFile(file);
      await writeFile(file, bytes.subarray(0, 3000));
      await expectError(file, /truncated archive/);
    });

    it('a layer whose entry declares more data than it holds', async () => {
      const layer = await tarOf([{ name: 'big', content: Buffer.alloc(4096, 1) }]);
      const cut = layer.subarray(0, 1024);
      const config = JSON.stringify({ rootfs: { diff_ids: [] }, config: {} });
      const file = path.join(dir, 'short-layer.tar');
      await writeFile(file, await tarOf([
        { name: 'layer.tar', content: cut },
        { name: 'config.json', content: config },
        { name: 'manifest.json', content: JSON.stringify([{ Config: 'config.json', Layers: ['layer.tar'] }]) },
      ]));
      await expectError(file, /layer 1: truncated layer/);
    });

    it('manifest.json that is not JSON', async () => {
      const file = path.join(dir, 'bad-json.tar');
      await writeFile(file, await tarOf([{ name: 'manifest.json', content: '[{"Config": ' }]));
      await expectError(file, /manifest\.json: not valid JSON/);
    });
  });
});
