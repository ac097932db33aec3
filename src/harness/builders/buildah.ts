import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import type { CpuHelpers } from '../cpu/helpers.js';
import { describeError } from '../image/errors.js';
import { indexImage, wholeChain, type ImageIndex, type LayerChain } from '../image/index.js';
import { runInBuildNamespace, x86_64Registration, type NamespaceOptions } from '../cpu/user-namespace.js';
import { NOT_BEFORE_MOUNT_PATH, PROBE_MOUNT_PATH, QEMU_MOUNT_PATH } from '../dockerfile/instrument.js';
import { EnvironmentError } from '../errors.js';
import { probeReports } from '../probe/verify.js';
import type { Cleanup } from '../run/cleanup.js';
import { waitUntil } from '../run/clock.js';
import type { CommandResult } from '../run/process.js';
import type { Progress } from '../run/progress.js';
import { exitCodeFromMessage, failureOfCurrentStep, StepLogCollector } from './build-output.js';
import { STORE_DRIVER, type ImageStore, type StoredImage } from './image-store.js';
import type { Builder, LegBuildRequest, LegImage, LegResult } from './types.js';

/**
 * Storage drivers in order of preference. overlay (native, inside the build's user namespace,
 * Linux >= 5.11) makes a layer per instruction cheap; vfs copies the whole root file system for
 * every layer, several times slower on a distribution base image, but works on any file system.
 */
type StorageDriver = 'overlay' | 'vfs';

/** A containers-storage root and the driver it is written with. */
interface Storage {
  root: string;
  runroot: string;
  driver: StorageDriver;
}

/** A base image as the Docker Engine has it. */
interface EngineImage {
  reference: string;
  imageId: string;
  bytes: number;
  /** It has ONBUILD triggers, which run at FROM, before any step of the stage. */
  onBuild: boolean;
}

/** A base image ready to build on, and the index of its layers. */
interface BaseImage extends EngineImage {
  chain: LayerChain;
  /** The stored entry holding it (an additional image store), when it is not in the run's storage. */
  imageStore?: string;
}

/** buildah's own error lines, shown in the finding's message rather than in the step output. */
const BUILDAH_ERROR_LINE = /^(Error: |subprocess exited with status)/;

/**
 * Builds legs with buildah (`--isolation chroot`, its own storage in the run's temp dir) inside a
 * private user/mount/PID namespace, one layer per instruction (`--layers`) so every difference has
 * exactly one instruction to blame, with the builder's timestamps clamped to SOURCE_DATE_EPOCH
 * (`--timestamp`: image creation, history and every file time of the built layers). For the cpu
 * axis every program a step executes runs under QEMU user-mode with the leg's CPU model, through a
 * binfmt_misc registration that exists only in that namespace.
 *
 * Base images come from the Docker Engine (`docker save`), never from a registry, and are indexed
 * as they are imported. With an image store (repro-audit's cache) they are imported once and the
 * run's storage builds on the stored copy; without one, into the run's storage. Either way a leg's
 * export leaves the base layers out: their index is already known.
 */
export class BuildahBuilder implements Builder {
  readonly kind = 'buildah' as const;
  readonly stamps = 'clamped' as const;
  private storage: Storage | undefined;
  private readonly bases: BaseImage[] = [];

  constructor(
    private readonly helpers: CpuHelpers,
    private readonly docker: Docker,
    private readonly runId: string,
    private readonly progress: Progress,
    private store?: ImageStore,
  ) {}

  describe(): string {
    return `buildah (chroot isolation, ${this.storage?.driver ?? 'overlay'} storage, private user namespace)`;
  }

  private storageArgs(storage = this.storage): string[] {
    if (!storage) throw new Error('BuildahBuilder.prepare was not called');
    const args = ['--root', storage.root, '--runroot', storage.runroot, '--storage-driver', storage.driver];
    if (storage !== this.storage) return args;
    return [...args, ...this.bases.flatMap((base) => (base.imageStore ? ['--storage-opt', `${storage.driver}.imagestore=${base.imageStore}`] : []))];
  }

  /** Runs the patched buildah in a namespace of its own (overlay mounts need one). */
  private async buildah(args: readonly string[], options: Partial<NamespaceOptions> & { storage?: Storage } = {}): Promise<CommandResult> {
    await this.helpersStillThere();
    return runInBuildNamespace(this.helpers.buildah, [...this.storageArgs(options.storage), ...args], { isolateNetwork: false, ...options });
  }

  /** The helpers live in a shared cache; say so plainly if something removed them mid-run. */
  private async helpersStillThere(): Promise<void> {
    for (const file of [this.helpers.buildah, this.helpers.qemu]) {
      const present = await fs.access(file).then(() => true, () => false);
      if (!present) throw new EnvironmentError(`${file}, a helper of the CPU builder, was removed while the rebuild ran (by another program cleaning ${path.dirname(path.dirname(path.dirname(file)))}?); run the rebuild again`);
    }
  }

  private async buildahChecked(args: readonly string[], options: { signal?: AbortSignal; storage?: Storage } = {}): Promise<CommandResult> {
    const result = await this.buildah(args, options);
    if (options.signal?.aborted) throw options.signal.reason;
    if (result.code !== 0) throw failed(args, result);
    return result;
  }

  async prepare(baseImages: readonly string[], workDir: string, cleanup: Cleanup, signal: AbortSignal): Promise<void> {
    const storageDir = path.join(workDir, 'buildah-storage');
    cleanup.add(`buildah storage ${storageDir}`, () => fs.rm(storageDir, { recursive: true, force: true }));
    this.storage = await makeStorage(storageDir, 'overlay');
    if (this.store) {
      const store = this.store;
      cleanup.add('the base image cache', async () => {
        await store.prune();
        store.release();
      });
    }
    const images: EngineImage[] = [];
    for (const reference of baseImages) images.push(await this.inspectInEngine(reference));
    for (const [index, image] of images.entries()) {
      const stored = await this.fromStore(image, path.join(workDir, `base-${index}`), signal);
      if (stored) this.bases.push({ ...image, chain: stored.chain, imageStore: stored.storage });
    }
    await this.checkStoredImages(storageDir);
    for (let index = 0; index < images.length; index++) {
      const image = images[index]!;
      if (this.bases.some((base) => base.reference === image.reference)) continue;
      this.progress.phase(`copying base image ${image.reference} from the Docker Engine into buildah`);
      try {
        this.bases.push({ ...image, chain: wholeChain(await this.importImage(image.reference, path.join(workDir, `base-${index}`), this.storage)) });
      } catch (error) {
        if (!(error instanceof StorageDriverError) || this.storage.driver !== 'overlay') throw error;
        await this.useVfs(storageDir, error.message);
        index = -1;
      }
    }
  }

  /**
   * Where overlay cannot stack (the temp dir on overlay itself, some network file systems), vfs:
   * every base image is then copied into the run's storage (stored ones are overlay storage).
   */
  private async useVfs(storageDir: string, reason: string): Promise<void> {
    this.progress.note(`note: buildah cannot use overlay storage in ${storageDir} (${reason}); using vfs, which copies the file system for every layer`);
    await fs.rm(storageDir, { recursive: true, force: true });
    this.storage = await makeStorage(storageDir, 'vfs');
    this.bases.splice(0);
  }

  private async inspectInEngine(reference: string): Promise<EngineImage> {
    try {
      const { Id, Size, Config } = await this.docker.getImage(reference).inspect();
      return { reference, imageId: Id, bytes: Size, onBuild: (Config?.OnBuild ?? []).length > 0 };
    } catch {
      throw new EnvironmentError(`base image ${reference} is not present in the Docker Engine; the rebuild never pulls (load it into Docker first)`);
    }
  }

  /** The base image from the image store, imported into it first on a miss; undefined without one. */
  private async fromStore(image: EngineImage, importDir: string, signal: AbortSignal): Promise<StoredImage | undefined> {
    if (!this.store) return undefined;
    this.progress.phase(`base image ${image.reference}: looking in the cache`);
    try {
      const stored = await this.store.use({
        reference: image.reference,
        imageId: image.imageId,
        bytes: image.bytes,
        signal,
        importInto: (root) => {
          this.progress.phase(`copying base image ${image.reference} from the Docker Engine into the cache`);
          return this.importImage(image.reference, importDir, { root, runroot: path.join(importDir, 'runroot'), driver: STORE_DRIVER });
        },
      });
      if ('skipped' in stored) {
        this.progress.note(`note: base image ${image.reference} is not taken from the cache: ${stored.skipped}; it is copied into this run's storage`);
        return undefined;
      }
      return stored;
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof EnvironmentError) throw error;
      this.progress.note(`note: the base image cache cannot be used (${describeError(error)}); base images are copied into this run's storage`);
      this.store = undefined;
      return undefined;
    }
  }

  /**
   * The run's storage on top of the stored images: buildah must list each of them there. Where it
   * cannot (overlay cannot stack on the temp dir's file system, an entry it does not read), they
   * are copied into the run's own storage instead.
   */
  private async checkStoredImages(storageDir: string): Promise<void> {
    const stored = this.bases.filter((base) => base.imageStore);
    if (stored.length === 0) return;
    const result = await this.buildah(['images', '--quiet', '--no-trunc']);
    if (result.code !== 0 && /overlay/i.test(result.stderr)) return this.useVfs(storageDir, lastLines(result.stderr, 1));
    const unreadable = stored.filter((base) => result.code !== 0 || !result.stdout.includes(base.imageId));
    if (unreadable.length === 0) return;
    this.progress.note(`note: buildah does not read the cached base image${unreadable.length === 1 ? '' : 's'} ${unreadable.map((base) => base.reference).join(', ')} (${result.code === 0 ? 'not listed' : lastLines(result.stderr, 1)}); copying into this run's storage instead`);
    for (const base of unreadable) this.bases.splice(this.bases.indexOf(base), 1);
  }

  /**
   * `docker save` to a temporary archive, then at once `buildah pull` from it into `storage` and
   * the archive's index, every layer checked against its digest.
   */
  private async importImage(reference: string, importDir: string, storage: Storage): Promise<ImageIndex> {
    await fs.mkdir(importDir, { recursive: true });
    const archive = path.join(importDir, 'image.tar');
    try {
      await pipeline(await this.docker.getImage(reference).get(), createWriteStream(archive));
      const pull = ['pull', '--quiet', `docker-archive:${archive}`];
      const [pulled, indexed] = await Promise.allSettled([this.buildah(pull, { storage }), indexImage(archive, { chainAfter: Number.POSITIVE_INFINITY })]);
      if (pulled.status === 'rejected') throw pulled.reason;
      if (pulled.value.code !== 0 && storage.driver === 'overlay' && /overlay/i.test(pulled.value.stderr)) throw new StorageDriverError(lastLines(pulled.value.stderr, 1));
      if (pulled.value.code !== 0) throw failed(pull, pulled.value);
      if (indexed.status === 'rejected') throw indexed.reason;
      return indexed.value.image;
    } finally {
      await fs.rm(importDir, { recursive: true, force: true });
    }
  }

  async build(request: LegBuildRequest): Promise<LegResult> {
    const { leg } = request;
    const dockerfilePath = path.join(request.workDir, `leg-${leg.name}.Dockerfile`);
    await fs.writeFile(dockerfilePath, request.dockerfile.text);
    const tag = `localhost/repro-audit-rebuild-${this.runId}:${leg.name}`;
    const buildArgs = { ...request.buildArgs, ...leg.harnessArgs };
    const collector = new StepLogCollector('buildah', request.dockerfile.steps, request.onLine);
    // The time axis: the probe, every stage's first step, holds the Dockerfile's steps back until the
    // clock has passed `notBefore`, so buildah starts meanwhile. A base image's ONBUILD triggers run
    // before the probe: with any, the build starts only once the clock has passed. Both legs mount
    // the file (0: no wait), so that neither leg's image differs by its mount point.
    const notBeforeFile = path.join(request.workDir, 'not-before');
    const heldByProbe = request.notBefore !== undefined && this.bases.every((base) => !base.onBuild);
    const waitedBefore = heldByProbe ? 0 : await waitUntil(request.notBefore, request.signal);
    await fs.writeFile(notBeforeFile, heldByProbe ? String(request.notBefore!.getTime()) : '0');
    const args = [
      'build',
      '--isolation',
      'chroot',
      '--no-cache',
      '--layers',
      `--timestamp=${leg.harnessArgs.SOURCE_DATE_EPOCH}`,
      '--pull-never',
      '--force-rm',
      '-f',
      dockerfilePath,
      '-t',
      tag,
      ...Object.entries(buildArgs).flatMap(([name, value]) => ['--build-arg', `${name}=${value}`]),
      '-v',
      `${this.helpers.probe}:${PROBE_MOUNT_PATH}:ro`,
      ...(leg.cpuModel ? ['-v', `${this.helpers.qemu}:${QEMU_MOUNT_PATH}:ro`] : []),
      '-v',
      `${notBeforeFile}:${NOT_BEFORE_MOUNT_PATH}:ro`,
      request.contextDir,
    ];
    const startedAt = new Date();
    const started = performance.now();
    const result = await this.buildah(args, {
      ...(leg.cpuModel ? { binfmtRegistration: x86_64Registration(this.helpers.wrappers[leg.cpuModel]) } : {}),
      isolateNetwork: leg.network === 'none',
      cpuset: leg.cpuset,
      signal: request.signal,
      // buildah prints step headers on stdout and step output on both; one collector keeps order.
      onStdout: (chunk) => collector.write(chunk),
      onStderr: (chunk) => collector.write(chunk),
      env: { ...process.env, BUILDAH_ISOLATION: 'chroot' },
    });
    collector.end();
    const finishedAt = new Date();
    if (request.signal.aborted) throw request.signal.reason;
    const waitedInBuild = heldByProbe ? sum(probeReports(collector.steps).map((report) => Number(report.values.get('clock.waited_ms')) || 0)) : 0;
    const legResult: LegResult = {
      leg,
      steps: collector.steps,
      buildMs: performance.now() - started - waitedInBuild,
      clockWaitMs: waitedBefore + waitedInBuild,
      ...(heldByProbe ? { clockHeldByProbe: true } : {}),
      exportMs: 0,
      startedAt,
      finishedAt,
    };
    if (result.code !== 0) {
      const message = lastMatching(result.stderr, /^Error: /) ?? `buildah exited with ${result.code ?? result.signal}`;
      if (result.code === 125 && !collector.current) {
        throw new EnvironmentError(`the buildah sandbox could not start: ${lastLines(result.stderr, 3)}`);
      }
      legResult.failure = failureOfCurrentStep(collector, message, exitCodeFromMessage(message), BUILDAH_ERROR_LINE);
    } else if (request.exportImage) {
      const exportStarted = performance.now();
      legResult.image = await this.exportImage(tag, request.workDir, request.signal);
      legResult.exportMs = performance.now() - exportStarted;
    }
    return legResult;
  }

  /**
   * Writes the leg's image as an OCI layout without the base images' layers. buildah
   * (containers/image) writes a blob into an OCI layout only when the layout lacks it: an empty
   * file under a base layer's digest keeps it from writing that layer again. Those layers' index
   * is known, so nothing reads them; `exportWhole` writes every layer when one is needed after all.
   */
  private async exportImage(tag: string, legDir: string, signal: AbortSignal): Promise<LegImage> {
    const layout = path.join(legDir, 'image');
    const absentBlobs = new Set(this.bases.flatMap((base) => base.chain.diffIds).filter((digest) => /^sha256:[0-9a-f]{64}$/.test(digest)));
    await fs.mkdir(path.join(layout, 'blobs', 'sha256'), { recursive: true });
    for (const digest of absentBlobs) await fs.writeFile(path.join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length)), '');
    await this.buildahChecked(['push', '--quiet', tag, `oci:${layout}:${path.basename(legDir)}`], { signal });
    return {
      path: layout,
      knownChains: this.bases.map((base) => base.chain),
      absentBlobs,
      exportWhole: async () => {
        const archive = path.join(legDir, 'image-whole.tar');
        await this.buildahChecked(['push', '--quiet', tag, `docker-archive:${archive}:${tag}`], { signal });
        return archive;
      },
    };
  }
}

/** buildah cannot use the storage driver in that folder. */
class StorageDriverError extends Error {}

async function makeStorage(storageDir: string, driver: StorageDriver): Promise<Storage> {
  const storage = { root: path.join(storageDir, 'root'), runroot: path.join(storageDir, 'runroot'), driver };
  await fs.mkdir(storage.root, { recursive: true });
  await fs.mkdir(storage.runroot, { recursive: true });
  return storage;
}


function failed(args: readonly string[], result: CommandResult): Error {
  return new Error(`buildah ${args[0]} failed (${result.code ?? result.signal}): ${lastLines(result.stderr || result.stdout, 5)}`);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join(' ');
}

function lastMatching(text: string, pattern: RegExp): string | undefined {
  return text
    .split('\n')
    .filter((line) => pattern.test(line))
    .at(-1)
    ?.trim();
}
