import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import type { CpuHelpers } from '../cpu/helpers.js';
import { runInBuildNamespace, x86_64Registration, type NamespaceOptions } from '../cpu/user-namespace.js';
import { PROBE_MOUNT_PATH, QEMU_MOUNT_PATH } from '../dockerfile/instrument.js';
import { EnvironmentError } from '../errors.js';
import type { Cleanup } from '../run/cleanup.js';
import type { CommandResult } from '../run/process.js';
import type { Progress } from '../run/progress.js';
import { exitCodeFromMessage, failureOfCurrentStep, StepLogCollector } from './build-output.js';
import type { Builder, LegBuildRequest, LegResult } from './types.js';

/**
 * Storage drivers in order of preference. overlay (native, inside the build's user namespace,
 * Linux >= 5.11) makes a layer per instruction cheap; vfs copies the whole root file system for
 * every layer, several times slower on a distribution base image, but works on any file system.
 */
type StorageDriver = 'overlay' | 'vfs';

/** buildah's own error lines, shown in the finding's message rather than in the step output. */
const BUILDAH_ERROR_LINE = /^(Error: |subprocess exited with status)/;

/**
 * Builds legs with buildah (`--isolation chroot`, its own storage in the run's temp dir) inside a
 * private user/mount/PID namespace, one layer per instruction (`--layers`) so every difference has
 * exactly one instruction to blame, with the builder's timestamps clamped to SOURCE_DATE_EPOCH
 * (`--timestamp`: image creation, history and every file time of the built layers). For the cpu
 * axis every program a step executes runs under QEMU user-mode with the leg's CPU model, through a
 * binfmt_misc registration that exists only in that namespace. Base images come from the Docker
 * Engine (`docker save`), never from a registry.
 */
export class BuildahBuilder implements Builder {
  readonly kind = 'buildah' as const;
  readonly stamps = 'clamped' as const;
  private storage: { root: string; runroot: string; driver: StorageDriver } | undefined;

  constructor(
    private readonly helpers: CpuHelpers,
    private readonly docker: Docker,
    private readonly runId: string,
    private readonly progress: Progress,
  ) {}

  describe(): string {
    return `buildah (chroot isolation, ${this.storage?.driver ?? 'overlay'} storage, private user namespace)`;
  }

  private storageArgs(): string[] {
    if (!this.storage) throw new Error('BuildahBuilder.prepare was not called');
    return ['--root', this.storage.root, '--runroot', this.storage.runroot, '--storage-driver', this.storage.driver];
  }

  /** Runs the patched buildah in a namespace of its own (overlay mounts need one). */
  private async buildah(args: readonly string[], options: Partial<NamespaceOptions> = {}): Promise<CommandResult> {
    await this.helpersStillThere();
    return runInBuildNamespace(this.helpers.buildah, [...this.storageArgs(), ...args], { isolateNetwork: false, ...options });
  }

  /** The helpers live in a shared cache; say so plainly if something removed them mid-run. */
  private async helpersStillThere(): Promise<void> {
    for (const file of [this.helpers.buildah, this.helpers.qemu]) {
      const present = await fs.access(file).then(() => true, () => false);
      if (!present) throw new EnvironmentError(`${file}, a helper of the CPU builder, was removed while the rebuild ran (by another program cleaning ${path.dirname(path.dirname(path.dirname(file)))}?); run the rebuild again`);
    }
  }

  private async buildahChecked(args: readonly string[], signal?: AbortSignal): Promise<void> {
    const result = await this.buildah(args, signal ? { signal } : {});
    if (signal?.aborted) throw signal.reason;
    if (result.code !== 0) throw failed(args, result);
  }

  async prepare(baseImages: readonly string[], workDir: string, cleanup: Cleanup): Promise<void> {
    const storageDir = path.join(workDir, 'buildah-storage');
    cleanup.add(`buildah storage ${storageDir}`, () => fs.rm(storageDir, { recursive: true, force: true }));
    await this.useStorage(storageDir, 'overlay');
    for (const [index, image] of baseImages.entries()) {
      const archive = path.join(workDir, `base-${index}.tar`);
      try {
        await this.docker.getImage(image).inspect();
      } catch {
        throw new EnvironmentError(`base image ${image} is not present in the Docker Engine; the rebuild never pulls (load it into Docker first)`);
      }
      await pipeline(await this.docker.getImage(image).get(), createWriteStream(archive));
      const pull = ['pull', '--quiet', `docker-archive:${archive}`];
      const result = await this.buildah(pull);
      if (result.code !== 0 && this.storage!.driver === 'overlay' && /overlay/i.test(result.stderr)) {
        // A file system overlay cannot stack on (overlay itself, some network file systems): fall back.
        this.progress.note(`note: buildah cannot use overlay storage in ${storageDir} (${lastLines(result.stderr, 1)}); using vfs, which copies the file system for every layer`);
        await fs.rm(storageDir, { recursive: true, force: true });
        await this.useStorage(storageDir, 'vfs');
        await this.buildahChecked(pull);
      } else if (result.code !== 0) {
        throw failed(pull, result);
      }
      await fs.rm(archive, { force: true });
    }
  }

  private async useStorage(storageDir: string, driver: StorageDriver): Promise<void> {
    this.storage = { root: path.join(storageDir, 'root'), runroot: path.join(storageDir, 'runroot'), driver };
    await fs.mkdir(this.storage.root, { recursive: true });
    await fs.mkdir(this.storage.runroot, { recursive: true });
  }

  async build(request: LegBuildRequest): Promise<LegResult> {
    const { leg } = request;
    const dockerfilePath = path.join(request.workDir, `leg-${leg.name}.Dockerfile`);
    await fs.writeFile(dockerfilePath, request.dockerfile.text);
    const tag = `localhost/repro-audit-rebuild-${this.runId}:${leg.name}`;
    const buildArgs = { ...request.buildArgs, ...leg.harnessArgs };
    const collector = new StepLogCollector('buildah', request.dockerfile.steps, request.onLine);
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
      onStderr: (chunk) => collector.write(chunk, 'stderr'),
      env: { ...process.env, BUILDAH_ISOLATION: 'chroot' },
    });
    collector.end();
    const finishedAt = new Date();
    const buildMs = performance.now() - started;
    if (request.signal.aborted) throw request.signal.reason;
    const legResult: LegResult = { leg, steps: collector.steps, buildMs, exportMs: 0, startedAt, finishedAt };
    if (result.code !== 0) {
      const message = lastMatching(result.stderr, /^Error: /) ?? `buildah exited with ${result.code ?? result.signal}`;
      if (result.code === 125 && !collector.current) {
        throw new EnvironmentError(`the buildah sandbox could not start: ${lastLines(result.stderr, 3)}`);
      }
      legResult.failure = failureOfCurrentStep(collector, message, exitCodeFromMessage(message), BUILDAH_ERROR_LINE);
    } else if (request.exportImage) {
      const exportStarted = performance.now();
      const archive = path.join(request.workDir, `leg-${leg.name}.tar`);
      await this.buildahChecked(['push', '--quiet', tag, `docker-archive:${archive}:${tag}`], request.signal);
      legResult.imageArchive = archive;
      legResult.exportMs = performance.now() - exportStarted;
    }
    return legResult;
  }
}

function failed(args: readonly string[], result: CommandResult): Error {
  return new Error(`buildah ${args[0]} failed (${result.code ?? result.signal}): ${lastLines(result.stderr || result.stdout, 5)}`);
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
