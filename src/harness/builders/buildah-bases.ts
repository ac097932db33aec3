import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import { EnvironmentError } from '../errors.js';
import { describeError } from '../image/errors.js';
import { indexImage, wholeChain, type ImageIndex, type LayerChain } from '../image/index.js';
import type { Progress } from '../run/progress.js';
import { failed, makeStorage, storageProblem, StorageDriverError, type Buildah, type Storage } from './buildah-command.js';
import { STORE_DRIVER, type ImageStore, type StoredImage } from './image-store.js';

/** A base image as the Docker Engine has it. */
interface EngineImage {
  reference: string;
  imageId: string;
  bytes: number;
  /** It has ONBUILD triggers, which run at FROM, before any step of the stage. */
  onBuild: boolean;
}

/** A base image ready to build on, and the index of its layers. */
export interface BaseImage extends EngineImage {
  chain: LayerChain;
}

export interface BaseImageSources {
  buildah: Buildah;
  docker: Docker;
  progress: Progress;
  /** The base image cache; undefined imports every image into the run's storage. */
  store?: ImageStore;
}

/**
 * Makes the Dockerfile's base images ready for buildah in a run's storage made at `storageDir`
 * (overlay, else vfs), each indexed: from the image store, imported into it on a miss; else
 * copied from the Docker Engine into the run's storage. Base images come from the engine, never
 * from a registry. Temporary archives go to `workDir`.
 */
export async function prepareBaseImages(
  sources: BaseImageSources,
  references: readonly string[],
  dirs: { workDir: string; storageDir: string },
  signal: AbortSignal,
): Promise<{ storage: Storage; bases: BaseImage[] }> {
  const { workDir, storageDir } = dirs;
  let storage = await makeStorage(storageDir, 'overlay');
  const images: EngineImage[] = [];
  for (const reference of references) images.push(await inspectInEngine(sources.docker, reference));
  const bases: BaseImage[] = [];
  let store = sources.store;
  for (const [index, image] of images.entries()) {
    const stored = store && (await fromStore(sources, store, image, path.join(workDir, `base-${index}`), signal));
    if (stored === 'unusable') store = undefined;
    else if (stored) {
      bases.push({ ...image, chain: stored.chain });
      storage.imageStores.push(stored.storage);
    }
  }
  // The run's storage on top of the stored images: buildah must list each of them there.
  if (storage.imageStores.length > 0) {
    const listed = await sources.buildah.run(storage, ['images', '--quiet', '--no-trunc']);
    if (listed.code !== 0 || bases.some((base) => !listed.stdout.includes(base.imageId))) {
      const reason = listed.code === 0 ? 'it does not list them' : storageProblem(listed.stderr);
      sources.progress.note(`note: buildah cannot build on the cached base images here (${reason}); they are copied into this run's storage`);
      await fs.rm(storageDir, { recursive: true, force: true });
      storage = await makeStorage(storageDir, /overlay/i.test(listed.stderr) ? 'vfs' : 'overlay');
      bases.splice(0);
    }
  }
  for (let index = 0; index < images.length; index++) {
    const image = images[index]!;
    if (bases.some((base) => base.reference === image.reference)) continue;
    sources.progress.phase(`copying base image ${image.reference} from the Docker Engine into buildah`);
    try {
      bases.push({ ...image, chain: wholeChain(await importImage(sources, image.reference, path.join(workDir, `base-${index}`), storage)) });
    } catch (error) {
      if (!(error instanceof StorageDriverError) || storage.driver !== 'overlay') throw error;
      // A file system overlay cannot stack on (overlay itself, some network file systems): vfs, and
      // every base image copied into it (stored ones are overlay storage).
      sources.progress.note(`note: buildah cannot use overlay storage in ${storageDir} (${error.message}); using vfs, which copies the file system for every layer`);
      await fs.rm(storageDir, { recursive: true, force: true });
      storage = await makeStorage(storageDir, 'vfs');
      bases.splice(0);
      index = -1;
    }
  }
  return { storage, bases };
}

async function inspectInEngine(docker: Docker, reference: string): Promise<EngineImage> {
  try {
    const { Id, Size, Config } = await docker.getImage(reference).inspect();
    return { reference, imageId: Id, bytes: Size, onBuild: (Config?.OnBuild ?? []).length > 0 };
  } catch {
    throw new EnvironmentError(`base image ${reference} is not present in the Docker Engine; the rebuild never pulls (load it into Docker first)`);
  }
}

/**
 * The base image from the image store, imported into it first on a miss; undefined when the store
 * leaves it out, 'unusable' when the store cannot be used at all (said once).
 */
async function fromStore(sources: BaseImageSources, store: ImageStore, image: EngineImage, importDir: string, signal: AbortSignal): Promise<StoredImage | 'unusable' | undefined> {
  const { progress } = sources;
  progress.phase(`base image ${image.reference}: looking in the cache`);
  try {
    const stored = await store.use({
      reference: image.reference,
      imageId: image.imageId,
      bytes: image.bytes,
      signal,
      importInto: (root) => {
        progress.phase(`copying base image ${image.reference} from the Docker Engine into the cache`);
        return importImage(sources, image.reference, importDir, { root, runroot: path.join(importDir, 'runroot'), driver: STORE_DRIVER, imageStores: [] });
      },
    });
    if (!('skipped' in stored)) return stored;
    progress.note(`note: base image ${image.reference} is not taken from the cache: ${stored.skipped}; it is copied into this run's storage`);
    return undefined;
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof EnvironmentError) throw error;
    progress.note(`note: the base image cache cannot be used (${describeError(error)}); base images are copied into this run's storage`);
    return 'unusable';
  }
}

/**
 * `docker save` to a temporary archive, then at once `buildah pull` from it into `storage` and
 * the archive's index, every layer checked against its digest.
 */
async function importImage(sources: BaseImageSources, reference: string, importDir: string, storage: Storage): Promise<ImageIndex> {
  await fs.mkdir(importDir, { recursive: true });
  const archive = path.join(importDir, 'image.tar');
  try {
    await pipeline(await sources.docker.getImage(reference).get(), createWriteStream(archive));
    const pull = ['pull', '--quiet', `docker-archive:${archive}`];
    const [pulled, indexed] = await Promise.allSettled([sources.buildah.run(storage, pull), indexImage(archive, { chainAfter: Number.POSITIVE_INFINITY })]);
    if (pulled.status === 'rejected') throw pulled.reason;
    if (pulled.value.code !== 0 && storage.driver === 'overlay' && /overlay/i.test(pulled.value.stderr)) throw new StorageDriverError(storageProblem(pulled.value.stderr));
    if (pulled.value.code !== 0) throw failed(pull, pulled.value);
    if (indexed.status === 'rejected') throw indexed.reason;
    return indexed.value.image;
  } finally {
    await fs.rm(importDir, { recursive: true, force: true });
  }
}
