import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { claimBase, ensureFolder, IMAGE_STORE_FOLDER, locateCache } from '../../engine/index.js';
import { formatBytes } from '../../safe-fs/index.js';
import { indexFromManifest, toManifest, wholeChain, type ImageIndex, type LayerChain } from '../image/index.js';
import { FileLock } from '../run/file-lock.js';

/**
 * Base images imported into buildah's storage, kept between runs in repro-audit's cache, so that a
 * run builds on them where they are instead of copying each base image out of the Docker Engine
 * and into buildah again, and knows their index instead of reading their layers again:
 *
 *     <cache root>/harness-images/
 *         <key>.lock            held shared by every run using the entry, exclusively to import or
 *                               remove it; its modification time is the entry's last use
 *         <key>/                one base image, complete: renamed into place once imported
 *             entry.json        what it holds (reference, image ID, storage format), size, checksum
 *             index.json        the image's index, as `--record` writes one, checksummed
 *             storage/          a containers-storage root (overlay) holding only that image
 *         <key>.import-<hex>/   an import in progress (under the exclusive lock)
 *
 * The key covers the reference as the Dockerfile names it, the image's ID in the engine (the digest
 * of its config, which names every layer by digest) and the storage format (the buildah build that
 * wrote it, the driver): a base image that changed under its tag is another entry. An entry that
 * does not read back as written (a damaged or foreign file, a missing layer) is a miss, and is
 * replaced. Entries are pruned by age and total size (`prune`), only by name, only when no run
 * holds them.
 */
export const IMAGE_STORE_FORMAT = 'repro-audit-harness-image 1';

export interface ImageStoreLimits {
  /** Total size of the entries kept; an image larger than this is never stored. */
  maxBytes: number;
  /** An entry no run used for this long is removed. */
  maxAgeMs: number;
}

export const DEFAULT_IMAGE_STORE_LIMITS: ImageStoreLimits = {
  maxBytes: 4 * 1024 ** 3,
  maxAgeMs: 14 * 24 * 3600_000,
};

/** The containers-storage driver entries are written with; runs on overlay can stack on them. */
export const STORE_DRIVER = 'overlay';

const ENTRY_NAME = /^[0-9a-f]{32}$/;
const LOCK_NAME = /^([0-9a-f]{32})\.lock$/;
const IMPORT_NAME = /^([0-9a-f]{32})\.import-[0-9a-f]{8}$/;
/** entry.json is a few hundred bytes; the index of a large image a few tens of MiB. */
const MAX_ENTRY_JSON = 64 * 1024;
const MAX_INDEX_BYTES = 512 * 1024 * 1024;

export interface StoreRequest {
  /** The base image as the Dockerfile names it. */
  reference: string;
  /** Its ID in the Docker Engine (`sha256:<config digest>`). */
  imageId: string;
  /** Its size in the engine, to leave out what the store's bound could never hold. */
  bytes: number;
  /**
   * Imports the image into a new containers-storage root at `storage` and returns its index, every
   * layer checked against its digest (`indexImage` with `chainAfter`).
   */
  importInto(storage: string): Promise<ImageIndex>;
  signal: AbortSignal;
}

export interface StoredImage {
  /** The containers-storage root holding the image, for buildah's `overlay.imagestore`. */
  storage: string;
  /** The index of the image's layers. */
  chain: LayerChain;
  /** Imported by this run (a miss), rather than found. */
  imported: boolean;
}

interface EntryRecord {
  format: string;
  reference: string;
  imageId: string;
  storageFormat: string;
  bytes: number;
  indexSha256: string;
}

/**
 * The store in the cache under `root` (made ours and tagged as the result cache does), or a reason
 * why there is none.
 */
export function openImageStore(root: string, storageFormat: string, limits: ImageStoreLimits): ImageStore | { refused: string } {
  const claimed = claimBase(locateCache(root), root);
  if ('refused' in claimed) return claimed;
  const dir = path.join(claimed.dir, IMAGE_STORE_FOLDER);
  // buildah takes image stores as a comma-separated list, and overlay its layers as colon-separated ones.
  if (/[,:]/.test(dir)) return { refused: `its path ${dir} has a comma or colon, which buildah's storage options cannot take` };
  if (!ensureFolder(claimed.dir, IMAGE_STORE_FOLDER)) return { refused: `${dir} is not a folder` };
  return new ImageStore(dir, storageFormat, limits);
}

export class ImageStore {
  private readonly held: FileLock[] = [];

  /**
   * `dir` is the store's folder (a real folder, ours); `storageFormat` names what wrote the
   * storage (the buildah build), so another build never reads it.
   */
  constructor(
    readonly dir: string,
    private readonly storageFormat: string,
    private readonly limits: ImageStoreLimits = DEFAULT_IMAGE_STORE_LIMITS,
  ) {}

  /**
   * The stored image, imported first when it is missing or damaged, held (shared) until `release`
   * so that no other run removes it meanwhile. Skipped when the image is larger than the store's
   * bound, or damaged while other runs use it (they may for a whole build: this run copies the
   * image into its own storage instead of waiting). Throws what the import threw.
   */
  async use(request: StoreRequest): Promise<StoredImage | { skipped: string }> {
    if (request.bytes > this.limits.maxBytes) {
      return { skipped: `at ${formatBytes(request.bytes)} it is larger than the base image cache may hold (${formatBytes(this.limits.maxBytes)})` };
    }
    const identity = { reference: request.reference, imageId: request.imageId, storageFormat: this.storageFormat };
    const key = createHash('sha256').update(JSON.stringify([IMAGE_STORE_FORMAT, identity])).digest('hex').slice(0, 32);
    const lockFile = path.join(this.dir, `${key}.lock`);
    let imported = false;
    // An entry is used only under the shared lock, which waits while a run imports it under the
    // exclusive one. A run that finds it missing tries for the exclusive lock without waiting:
    // another run holding the key is importing it, or about to, and the shared lock waits for that.
    for (let attempt = 0; attempt < 20; attempt++) {
      const shared = (await FileLock.acquire(lockFile, 'shared', { wait: true, signal: request.signal }))!;
      const found = await readEntry(this.dir, key, identity);
      if (found) {
        shared.touch();
        this.held.push(shared);
        return { ...found, imported };
      }
      shared.release();
      const exclusive = await FileLock.acquire(lockFile, 'exclusive', { wait: false });
      if (!exclusive) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      try {
        if (!(await readEntry(this.dir, key, identity))) {
          await this.removeEntry(key);
          await this.importEntry(key, identity, request);
          exclusive.touch();
          imported = true;
        }
      } finally {
        exclusive.release();
      }
    }
    return { skipped: 'its copy in the cache is damaged and other runs are using it' };
  }

  /** Lets other runs remove the entries this run used. */
  release(): void {
    for (const lock of this.held.splice(0)) lock.release();
  }

  /**
   * Removes entries no run used for `maxAgeMs`, then the least recently used ones until the rest fit
   * in `maxBytes`; and what interrupted imports left. Entries in use (this run's among them) stay.
   */
  async prune(now = Date.now()): Promise<void> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const entries: { key: string; lastUsed: number; bytes: number }[] = [];
    for (const name of names.filter((candidate) => ENTRY_NAME.test(candidate))) {
      const entryDir = await fs.lstat(path.join(this.dir, name)).catch(() => undefined);
      if (!entryDir?.isDirectory()) continue;
      const lock = await fs.lstat(path.join(this.dir, `${name}.lock`)).catch(() => undefined);
      const record = await readRecord(path.join(this.dir, name));
      // An entry whose record does not read counts as too old: it is of no use.
      entries.push({ key: name, lastUsed: record ? (lock?.mtimeMs ?? entryDir.mtimeMs) : 0, bytes: record?.bytes ?? 0 });
    }
    entries.sort((a, b) => a.lastUsed - b.lastUsed);
    let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    for (const entry of entries) {
      if (now - entry.lastUsed <= this.limits.maxAgeMs && total <= this.limits.maxBytes) break;
      if (await this.removeUnlessUsed(entry.key)) total -= entry.bytes;
    }
    // Imports that never finished and lock files whose entry is gone, once no run holds their key.
    const leftovers = new Set<string>();
    for (const name of names) {
      const importing = IMPORT_NAME.exec(name)?.[1];
      const locked = LOCK_NAME.exec(name)?.[1];
      if (importing) leftovers.add(importing);
      else if (locked && !names.includes(locked)) leftovers.add(locked);
    }
    for (const key of leftovers) await this.removeUnlessUsed(key);
  }

  /** Removes an entry and its leftovers when no run holds it; false when one does. */
  private async removeUnlessUsed(key: string): Promise<boolean> {
    const lock = await FileLock.acquire(path.join(this.dir, `${key}.lock`), 'exclusive', { wait: false });
    if (!lock) return false;
    try {
      await this.removeEntry(key);
      lock.unlink();
      return true;
    } finally {
      lock.release();
    }
  }

  /** Under the key's exclusive lock: the entry and any import of it that did not finish. */
  private async removeEntry(key: string): Promise<void> {
    for (const name of await fs.readdir(this.dir)) {
      if (name !== key && IMPORT_NAME.exec(name)?.[1] !== key) continue;
      const target = path.join(this.dir, name);
      if ((await fs.lstat(target)).isDirectory()) await fs.rm(target, { recursive: true, force: true });
    }
  }

  /** Under the key's exclusive lock: imports into a temporary folder, renamed into place when complete. */
  private async importEntry(key: string, identity: Omit<EntryRecord, 'format' | 'bytes' | 'indexSha256'>, request: StoreRequest): Promise<void> {
    const staging = path.join(this.dir, `${key}.import-${randomBytes(4).toString('hex')}`);
    await fs.mkdir(staging);
    try {
      const index = `${JSON.stringify(toManifest(await request.importInto(path.join(staging, 'storage'))))}\n`;
      await fs.writeFile(path.join(staging, 'index.json'), index, { flag: 'wx' });
      const record: EntryRecord = {
        format: IMAGE_STORE_FORMAT,
        ...identity,
        bytes: await sizeOf(staging),
        indexSha256: createHash('sha256').update(index).digest('hex'),
      };
      await fs.writeFile(path.join(staging, 'entry.json'), `${JSON.stringify(record, null, 1)}\n`, { flag: 'wx' });
      await fs.rename(staging, path.join(this.dir, key));
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  }
}

/** The entry as written, or undefined when it is missing, for another image, or damaged. */
async function readEntry(dir: string, key: string, identity: Omit<EntryRecord, 'format' | 'bytes' | 'indexSha256'>): Promise<Omit<StoredImage, 'imported'> | undefined> {
  const entryDir = path.join(dir, key);
  const record = await readRecord(entryDir);
  if (!record || record.reference !== identity.reference || record.imageId !== identity.imageId || record.storageFormat !== identity.storageFormat) return undefined;
  const indexFile = path.join(entryDir, 'index.json');
  const text = await readSmallFile(indexFile, MAX_INDEX_BYTES);
  if (text === undefined || createHash('sha256').update(text).digest('hex') !== record.indexSha256) return undefined;
  let image: ImageIndex;
  try {
    image = indexFromManifest(text, indexFile, { checked: true });
  } catch {
    return undefined;
  }
  const storage = path.join(entryDir, 'storage');
  if (image.config.diffIds.length === 0 || !(await holdsImage(storage, record.imageId, image.config.diffIds))) return undefined;
  return { storage, chain: wholeChain(image) };
}

async function readRecord(entryDir: string): Promise<EntryRecord | undefined> {
  const stat = await fs.lstat(entryDir).catch(() => undefined);
  if (!stat?.isDirectory()) return undefined;
  const text = await readSmallFile(path.join(entryDir, 'entry.json'), MAX_ENTRY_JSON);
  try {
    const record = JSON.parse(text ?? '') as EntryRecord;
    const strings = [record.reference, record.imageId, record.storageFormat, record.indexSha256].every((value) => typeof value === 'string');
    return record.format === IMAGE_STORE_FORMAT && strings && Number.isSafeInteger(record.bytes) ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the containers-storage root still lists the image and holds each of its layers (as the
 * overlay driver keeps them: `<driver>-images/images.json`, `<driver>-layers/layers.json`, a
 * `diff` folder per layer). What it cannot read is a miss.
 */
async function holdsImage(storage: string, imageId: string, diffIds: readonly string[]): Promise<boolean> {
  try {
    const images = JSON.parse((await readSmallFile(path.join(storage, `${STORE_DRIVER}-images`, 'images.json'), MAX_INDEX_BYTES)) ?? '') as { id?: unknown }[];
    if (!images.some((image) => `sha256:${String(image.id)}` === imageId)) return false;
    const layers = JSON.parse((await readSmallFile(path.join(storage, `${STORE_DRIVER}-layers`, 'layers.json'), MAX_INDEX_BYTES)) ?? '') as { id?: unknown; 'diff-digest'?: unknown }[];
    for (const diffId of diffIds) {
      const layer = layers.find((candidate) => candidate['diff-digest'] === diffId);
      if (typeof layer?.id !== 'string' || !/^[0-9a-f]{64}$/.test(layer.id)) return false;
      if (!(await fs.lstat(path.join(storage, STORE_DRIVER, layer.id, 'diff'))).isDirectory()) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** A regular file's text, or undefined when it is missing, not a regular file or too large. */
async function readSmallFile(file: string, maxBytes: number): Promise<string | undefined> {
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat?.isFile() || stat.size > maxBytes) return undefined;
  return fs.readFile(file, 'utf8').catch(() => undefined);
}

/** Bytes of the regular files below `dir` (links are not followed). */
async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await fs.lstat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}
