import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageStore, type StoredImage, type StoreRequest } from '../../src/harness/builders/image-store.js';
import { indexImage, type ImageIndex } from '../../src/harness/image/index.js';
import { FileLock } from '../../src/harness/run/file-lock.js';
import { writeDockerArchive } from './support/archives.js';

/**
 * The base image store's own rules: one import per image however many runs ask at once, a damaged
 * or foreign entry is a miss, pruning keeps what a run holds and removes only what the store wrote.
 * The importer here writes the parts of a containers-storage root the store reads back (the image
 * and layer lists, a folder per layer); buildah itself fills the store in the rebuild tests
 * (cpu-legs.test.ts, image-store-engines.test.ts).
 */
let dir: string;
let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-image-store-'));
  dir = path.join(work, 'harness-images');
  fs.mkdirSync(dir);
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const MiB = 1024 ** 2;

async function baseIndex(label: string): Promise<ImageIndex> {
  const archive = path.join(work, `${label}.tar`);
  await writeDockerArchive(archive, { layers: [{ entries: [{ name: 'etc/os-release', content: `ID=${label}\n` }, { name: 'bin/sh', content: 'shell' }] }] });
  return (await indexImage(archive, { chainAfter: Number.POSITIVE_INFINITY })).image;
}

/** A request whose import writes a minimal storage of `bytes` and counts its calls. */
function request(image: ImageIndex, overrides: Partial<StoreRequest> & { bytesWritten?: number } = {}) {
  const calls = { imports: 0 };
  const imageId = overrides.imageId ?? image.configDigest ?? 'sha256:unknown';
  const full: StoreRequest = {
    reference: 'example/base:1',
    imageId,
    bytes: 1 * MiB,
    signal: new AbortController().signal,
    async importInto(storage) {
      calls.imports++;
      const layers = image.config.diffIds.map((diffId, index) => ({ id: `${String(index).padStart(2, '0')}${'0'.repeat(62)}`, 'diff-digest': diffId }));
      fs.mkdirSync(path.join(storage, 'overlay-images'), { recursive: true });
      fs.mkdirSync(path.join(storage, 'overlay-layers'), { recursive: true });
      fs.writeFileSync(path.join(storage, 'overlay-images', 'images.json'), JSON.stringify([{ id: imageId.slice('sha256:'.length) }]));
      fs.writeFileSync(path.join(storage, 'overlay-layers', 'layers.json'), JSON.stringify(layers));
      for (const layer of layers) fs.mkdirSync(path.join(storage, 'overlay', layer.id, 'diff'), { recursive: true });
      fs.writeFileSync(path.join(storage, 'overlay', layers[0]!.id, 'diff', 'data'), Buffer.alloc(overrides.bytesWritten ?? 1000));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return image;
    },
    ...overrides,
  };
  return { request: full, calls };
}

const listing = () => fs.readdirSync(dir).sort();

describe('the base image store', () => {
  it('imports a base image once, and gives the same index back to every later run', async () => {
    const image = await baseIndex('debian');
    const first = request(image);
    const store = new ImageStore(dir, 'buildah-1 overlay');
    const stored = (await store.use(first.request)) as StoredImage;
    expect(first.calls.imports).toBe(1);
    expect(stored!.imported).toBe(true);
    expect(stored!.chain.diffIds).toEqual(image.config.diffIds);
    store.release();
    const again = request(image);
    const later = (await new ImageStore(dir, 'buildah-1 overlay').use(again.request)) as StoredImage;
    expect(again.calls.imports).toBe(0);
    expect(later).toMatchObject({ imported: false, storage: stored!.storage });
    const sorted = (files: Iterable<[string, unknown]>) => [...files].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(sorted(later!.chain.files)).toEqual(sorted(image.files));
    const [entry] = listing().filter((name) => !name.endsWith('.lock'));
    expect(listing()).toEqual([entry, `${entry}.lock`]);
  });

  it('imports once when several runs ask for the same image at the same time', async () => {
    const image = await baseIndex('debian');
    const runs = [request(image), request(image), request(image)];
    const stored = (await Promise.all(runs.map((run) => new ImageStore(dir, 'buildah-1 overlay').use(run.request)))) as StoredImage[];
    expect(runs.map((run) => run.calls.imports).reduce((a, b) => a + b)).toBe(1);
    expect(new Set(stored.map((entry) => entry.storage)).size).toBe(1);
  });

  it('keeps a base image changed under its tag, or stored by another buildah, apart', async () => {
    const [old, changed] = [await baseIndex('old'), await baseIndex('changed')];
    const store = new ImageStore(dir, 'buildah-1 overlay');
    const a = (await store.use(request(old).request)) as StoredImage;
    const b = (await store.use(request(changed).request)) as StoredImage;
    const c = (await new ImageStore(dir, 'buildah-2 overlay').use(request(old).request)) as StoredImage;
    expect(new Set([a.storage, b.storage, c.storage]).size).toBe(3);
    expect(b.chain.diffIds).toEqual(changed.config.diffIds);
  });

  it('takes a damaged entry for a miss and imports it again', async () => {
    const image = await baseIndex('debian');
    const store = new ImageStore(dir, 'buildah-1 overlay');
    const stored = (await store.use(request(image).request)) as StoredImage;
    store.release();
    const entry = path.dirname(stored.storage);
    const damages: [string, () => void][] = [
      ['a flipped byte in the index', () => flipByte(path.join(entry, 'index.json'))],
      ['a truncated entry record', () => fs.truncateSync(path.join(entry, 'entry.json'), 10)],
      ['a layer folder gone', () => fs.rmSync(path.join(stored.storage, 'overlay'), { recursive: true })],
      ['the image list emptied', () => fs.writeFileSync(path.join(stored.storage, 'overlay-images', 'images.json'), '[]')],
      ['the index replaced by a symbolic link', () => (fs.renameSync(path.join(entry, 'index.json'), path.join(work, 'moved.json')), fs.symlinkSync(path.join(work, 'moved.json'), path.join(entry, 'index.json')))],
    ];
    for (const [damage, apply] of damages) {
      apply();
      const run = request(image);
      const again = (await store.use(run.request)) as StoredImage;
      store.release();
      expect(run.calls.imports, damage).toBe(1);
      expect(again.chain.diffIds, damage).toEqual(image.config.diffIds);
      expect(fs.readFileSync(path.join(entry, 'index.json'), 'utf8'), damage).toContain('"schema"');
    }
    // Damaged while another run builds on it: this run does not wait for that one to end.
    const holder = new ImageStore(dir, 'buildah-1 overlay');
    await holder.use(request(image).request);
    flipByte(path.join(entry, 'index.json'));
    const run = request(image);
    expect(await store.use(run.request)).toEqual({ skipped: 'its copy in the cache is damaged and other runs are using it' });
    expect(run.calls.imports).toBe(0);
    holder.release();
  });

  it('never stores an image larger than its bound', async () => {
    const image = await baseIndex('huge');
    const run = request(image, { bytes: 2 * MiB });
    expect(await new ImageStore(dir, 'buildah-1 overlay', { maxBytes: MiB, maxAgeMs: 3600_000 }).use(run.request)).toEqual({
      skipped: 'at 2.0 MiB it is larger than the base image cache may hold (1.0 MiB)',
    });
    expect(run.calls.imports).toBe(0);
    expect(listing()).toEqual([]);
  });

  it('prunes the least recently used entries over its bound and entries unused too long, never one a run holds, nor foreign files', async () => {
    const limits = { maxBytes: 2.5 * MiB, maxAgeMs: 24 * 3600_000 };
    const images = await Promise.all(['one', 'two', 'three', 'four'].map(baseIndex));
    const holder = new ImageStore(dir, 'buildah-1 overlay', limits);
    const held = (await holder.use(request(images[0]!, { bytesWritten: MiB }).request)) as StoredImage;
    const others = new ImageStore(dir, 'buildah-1 overlay', limits);
    const stored = [held];
    for (const image of images.slice(1)) stored.push((await others.use(request(image, { bytesWritten: MiB }).request)) as StoredImage);
    others.release();
    const entryOf = (index: number) => path.basename(path.dirname(stored[index]!.storage));
    // Entry two was used long ago; three and four just now.
    const longAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    fs.utimesSync(path.join(dir, `${entryOf(1)}.lock`), longAgo, longAgo);
    fs.writeFileSync(path.join(dir, 'README'), 'mine');
    fs.mkdirSync(path.join(dir, 'mine'));
    fs.mkdirSync(path.join(dir, `${entryOf(2).replace(/.$/, 'f')}.import-0badc0de`));
    await others.prune();
    // One (held, the oldest) stays; two (too old) goes; three, the least recently used of the rest, goes
    // to bring the total under the bound; four stays. The dead import goes; foreign names stay.
    expect(listing()).toEqual([entryOf(0), `${entryOf(0)}.lock`, entryOf(3), `${entryOf(3)}.lock`, 'README', 'mine'].sort());
    // Once its run lets it go, the held entry is pruned like any other (here: unused too long).
    fs.utimesSync(path.join(dir, `${entryOf(0)}.lock`), longAgo, longAgo);
    await others.prune();
    expect(listing()).toContain(entryOf(0));
    holder.release();
    await others.prune();
    expect(listing()).toEqual([entryOf(3), `${entryOf(3)}.lock`, 'README', 'mine'].sort());
  });
});

describe('file locks', () => {
  it('are shared or exclusive across holders, and a waiter whose lock file was removed locks the new one', async () => {
    const file = path.join(work, 'entry.lock');
    const shared = (await FileLock.acquire(file, 'shared', { wait: true }))!;
    const second = await FileLock.acquire(file, 'shared', { wait: false });
    expect(second).toBeDefined();
    expect(await FileLock.acquire(file, 'exclusive', { wait: false })).toBeUndefined();
    shared.release();
    second!.release();
    const exclusive = (await FileLock.acquire(file, 'exclusive', { wait: false }))!;
    expect(exclusive).toBeDefined();
    const waiter = FileLock.acquire(file, 'shared', { wait: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    exclusive.unlink();
    exclusive.release();
    const got = (await waiter)!;
    expect(fs.existsSync(file)).toBe(true);
    // The new file is the one locked: an exclusive lock on it is refused while the waiter holds it.
    expect(await FileLock.acquire(file, 'exclusive', { wait: false })).toBeUndefined();
    got.release();
  });

  it('refuse a lock file that is a symbolic link', async () => {
    const target = path.join(work, 'elsewhere');
    fs.writeFileSync(target, 'not ours');
    fs.symlinkSync(target, path.join(work, 'planted.lock'));
    await expect(FileLock.acquire(path.join(work, 'planted.lock'), 'shared', { wait: true })).rejects.toThrow(/ELOOP/);
    expect(fs.readFileSync(target, 'utf8')).toBe('not ours');
  });
});

function flipByte(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes[Math.floor(bytes.length / 2)] ^= 0x01;
  fs.writeFileSync(file, bytes);
}
