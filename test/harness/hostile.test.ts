import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageArchiveError, indexImageArchive, type ImageIndex } from '../../src/harness/image/index.js';
import { diffImages } from '../../src/harness/diff/index.js';
import { tarOf, writeDockerArchive } from './support/archives.js';

/**
 * A hostile image must not write anywhere: indexing never extracts, and names that climb out of
 * the root are refused. The canary directory is where a naive extractor would have written
 * (it is the working directory while indexing), so its listing must not change.
 */

let dir: string;
let canary: string;
const marker = `repro-hostile-${process.pid}-${Date.now()}`;
const escapes = [`../../${marker}`, `../../../../../../tmp/${marker}`, `/../${marker}-abs`];

async function listTree(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    found.push(`${path.relative(root, full)} ${(await stat(full)).size}`);
  }
  return found.sort();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'repro-hostile-'));
  canary = path.join(dir, 'canary', 'work');
  await mkdir(canary, { recursive: true });
  await writeFile(path.join(canary, 'keep.txt'), 'untouched');
  await mkdir(path.join(canary, 'etc'));
  await writeFile(path.join(canary, 'etc', 'passwd'), 'root:x:0:0::/root:/bin/sh\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function indexInCanary(file: string): Promise<ImageIndex | Error> {
  const before = process.cwd();
  process.chdir(canary);
  try {
    return await indexImageArchive(file).catch((error: Error) => error);
  } finally {
    process.chdir(before);
  }
}

describe('hostile image archives', () => {
  it('refuses escaping names, never follows symlinks, and writes nothing', async () => {
    const file = path.join(dir, 'hostile.tar');
    await writeDockerArchive(file, {
      layers: [
        {
          entries: [
            ...escapes.map((name) => ({ name, content: 'pwned' })),
            { name: '/etc/absolute', content: 'inside the image' },
            { name: 'evil', type: 'symlink', linkname: '/' },
            { name: 'evil/etc/passwd', content: 'root::0:0::/:/bin/sh\n' },
            { name: 'up', type: 'symlink', linkname: '../../../../..' },
            { name: 'up/tmp/x', content: 'through a relative symlink' },
            { name: 'hard', type: 'link', linkname: '../../../etc/shadow' },
            { name: 'a/../../.wh.etc', content: '' },
            { name: 'dev/null', type: 'character-device' },
          ],
        },
        { entries: [{ name: '.wh.evil', content: '' }, { name: 'evil/etc/shadow', content: 'x' }] },
      ],
    });
    const canaryBefore = await listTree(path.join(dir, 'canary'));
    const result = await indexInCanary(file);
    expect(result).not.toBeInstanceOf(Error);
    const image = result as ImageIndex;

    expect(await listTree(path.join(dir, 'canary'))).toEqual(canaryBefore);
    expect(await readFile(path.join(canary, 'etc', 'passwd'), 'utf8')).toBe('root:x:0:0::/root:/bin/sh\n');
    for (const name of escapes) {
      expect(existsSync(path.resolve(canary, name))).toBe(false);
      expect(existsSync(path.resolve('/', name))).toBe(false);
    }
    expect(existsSync(`/tmp/${marker}`)).toBe(false);

    // The image itself is indexed as data: absolute names land inside the root, links stay links.
    expect(image.files.get('etc/absolute')?.type).toBe('file');
    expect(image.files.get('evil')).toBeUndefined();
    expect(image.files.get('evil/etc/shadow')?.type).toBe('file');
    expect(image.files.get('up')).toMatchObject({ type: 'symlink', linkTarget: '../../../../..' });
    expect(image.files.get('up/tmp/x')?.type).toBe('file');
    expect(image.files.has('hard')).toBe(false);
    expect(image.files.get('etc/absolute')).toBeDefined();
    expect([...image.files.keys()].some((key) => key.startsWith('/') || key.split('/').includes('..'))).toBe(false);

    const messages = image.warnings.map((warning) => warning.message);
    for (const name of escapes) expect(messages).toContain(`entry \`${name}\` climbs out of the image root; ignored`);
    expect(messages).toContain('entry `a/../../.wh.etc` climbs out of the image root; ignored');
    expect(messages).toContain('hard link `hard` points outside the image root (`../../../etc/shadow`); ignored');
    expect(messages).toContain('entry `evil/etc/passwd` lies below the symlink /evil; indexed under its own name, not followed');
    expect(messages.some((message) => message.includes('up/tmp/x') && message.includes('/up'))).toBe(true);

    // And the diff of the image against itself is empty: nothing nondeterministic about it.
    expect(diffImages(image, image).paths).toEqual([]);
  });

  it('an entry declaring a huge size is a clear error, not an allocation', async () => {
    const layer = await tarOf([{ name: 'small', content: 'tiny' }]);
    // Declare 64 GiB in the header (octal) and fix the checksum: the data is not there.
    layer.write('00777777777777'.slice(0, 11) + '\0', 124, 'latin1');
    layer.fill(0x20, 148, 156);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += layer[i];
    layer.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const file = path.join(dir, 'huge.tar');
    await writeFile(file, await tarOf([
      { name: 'layer.tar', content: layer },
      { name: 'config.json', content: JSON.stringify({ rootfs: { diff_ids: [] } }) },
      { name: 'manifest.json', content: JSON.stringify([{ Config: 'config.json', Layers: ['layer.tar'] }]) },
    ]));
    const rss = process.memoryUsage().rss;
    const result = await indexInCanary(file);
    expect(result).toBeInstanceOf(ImageArchiveError);
    expect((result as Error).message).toBe(`${file}: layer.tar: layer 1: truncated layer (an entry declares more data than the layer holds)`);
    expect(process.memoryUsage().rss - rss).toBeLessThan(512 * 1024 * 1024);
  });

  it('an outer member declaring more bytes than the file has is a clear error', async () => {
    const outer = await tarOf([{ name: 'manifest.json', content: '[]' }]);
    outer.write('77777777777\0', 124, 'latin1');
    outer.fill(0x20, 148, 156);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += outer[i];
    outer.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const file = path.join(dir, 'huge-member.tar');
    await writeFile(file, outer);
    const result = await indexInCanary(file);
    expect(result).toBeInstanceOf(ImageArchiveError);
    expect((result as Error).message).toMatch(/truncated archive: a member at byte 0 declares 8589934591 bytes past the end of the file/);
  });

  it('manifest and blob names cannot point outside the archive', async () => {
    const file = path.join(dir, 'traversal.tar');
    await writeFile(file, await tarOf([
      { name: 'index.json', content: JSON.stringify({ manifests: [{ digest: 'sha256:../../../../etc/passwd' }] }) },
    ]));
    const result = await indexInCanary(file);
    expect(result).toBeInstanceOf(ImageArchiveError);
    expect((result as Error).message).toMatch(/invalid blob digest/);
    const other = path.join(dir, 'manifest-traversal.tar');
    await writeFile(other, await tarOf([
      { name: 'manifest.json', content: JSON.stringify([{ Config: '../../../etc/passwd', Layers: [] }]) },
    ]));
    const second = await indexInCanary(other);
    expect(second).toBeInstanceOf(ImageArchiveError);
    expect((second as Error).message).toMatch(/etc\/passwd: the archive does not contain it/);
  });
});
