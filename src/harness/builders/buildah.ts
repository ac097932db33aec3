import fs from 'node:fs/promises';
import path from 'node:path';
import type Docker from 'dockerode';
import type { CpuHelpers } from '../cpu/helpers.js';
import { x86_64Registration } from '../cpu/user-namespace.js';
import { NOT_BEFORE_MOUNT_PATH, PROBE_MOUNT_PATH, QEMU_MOUNT_PATH } from '../dockerfile/instrument.js';
import { EnvironmentError } from '../errors.js';
import { localHostFacts, type HostFacts } from '../machine/facts.js';
import { probeReports } from '../probe/verify.js';
import type { Cleanup } from '../run/cleanup.js';
import { waitUntil } from '../run/clock.js';
import { runCommand } from '../run/process.js';
import type { Progress } from '../run/progress.js';
import { exitCodeFromMessage, failureOfCurrentStep, StepLogCollector } from './build-output.js';
import { prepareBaseImages, type BaseImage } from './buildah-bases.js';
import { Buildah, lastLines, type Storage } from './buildah-command.js';
import type { ImageStore } from './image-store.js';
import type { Builder, LegBuildRequest, LegImage, LegResult } from './types.js';

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
 * Base images are indexed as they are imported, once into the base image cache when there is one
 * (buildah-bases.ts), so a leg's export leaves their layers out: their index is already known.
 */
export class BuildahBuilder implements Builder {
  readonly kind = 'buildah' as const;
  readonly stamps = 'clamped' as const;
  private readonly buildah: Buildah;
  private storage: Storage | undefined;
  private bases: BaseImage[] = [];

  constructor(
    private readonly helpers: CpuHelpers,
    private readonly docker: Docker,
    private readonly runId: string,
    private readonly progress: Progress,
    private readonly store?: ImageStore,
  ) {
    this.buildah = new Buildah(helpers);
  }

  describe(): string {
    return `buildah (chroot isolation, ${this.storage?.driver ?? 'overlay'} storage, private user namespace)`;
  }

  private get prepared(): Storage {
    if (!this.storage) throw new Error('BuildahBuilder.prepare was not called');
    return this.storage;
  }

  async prepare(baseImages: readonly string[], workDir: string, cleanup: Cleanup, signal: AbortSignal): Promise<void> {
    const storageDir = path.join(workDir, 'buildah-storage');
    cleanup.add(`buildah storage ${storageDir}`, () => fs.rm(storageDir, { recursive: true, force: true }));
    const { store } = this;
    if (store) {
      cleanup.add('the base image cache', async () => {
        await store.prune();
        store.release();
      });
    }
    const sources = { buildah: this.buildah, docker: this.docker, progress: this.progress, store };
    ({ storage: this.storage, bases: this.bases } = await prepareBaseImages(sources, baseImages, { workDir, storageDir }, signal));
  }

  /** buildah runs here: this machine's CPU (each QEMU leg's emulated CPU comes from its probe). */
  async hostFacts(): Promise<HostFacts> {
    const answer = await runCommand(this.helpers.buildah, ['--version']).catch(() => undefined);
    const version = /version (\S+)/.exec(answer?.stdout ?? '')?.[1];
    return localHostFacts({ name: 'buildah', ...(version ? { version } : {}) });
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
    const result = await this.buildah.run(this.prepared, args, {
      ...(leg.cpuModel ? { binfmtRegistration: x86_64Registration(this.helpers.wrappers[leg.cpuModel]) } : {}),
      isolateNetwork: leg.network === 'none',
      cpuset: leg.cpuset,
      signal: request.signal,
      // buildah prints step headers on stdout and step output on both; one collector keeps order.
      onStdout: (chunk) => collector.write(chunk),
      onStderr: (chunk) => collector.write(chunk, 'stderr'),
      env: { ...process.env, BUILDAH_ISOLATION: 'chroot' },
    });
    collector.end();
    const finishedAt = new Date();
    if (request.signal.aborted) throw request.signal.reason;
    const waitedInBuild = heldByProbe ? probeReports(collector.steps).reduce((total, report) => total + (Number(report.values.get('clock.waited_ms')) || 0), 0) : 0;
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
    await this.buildah.checked(this.prepared, ['push', '--quiet', tag, `oci:${layout}:${path.basename(legDir)}`], signal);
    return {
      path: layout,
      knownChains: this.bases.map((base) => base.chain),
      absentBlobs,
      exportWhole: async () => {
        const archive = path.join(legDir, 'image-whole.tar');
        await this.buildah.checked(this.prepared, ['push', '--quiet', tag, `docker-archive:${archive}:${tag}`], signal);
        return archive;
      },
    };
  }
}

function lastMatching(text: string, pattern: RegExp): string | undefined {
  return text
    .split('\n')
    .filter((line) => pattern.test(line))
    .at(-1)
    ?.trim();
}
