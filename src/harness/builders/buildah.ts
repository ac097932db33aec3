import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import type { CpuHelpers } from '../cpu/helpers.js';
import { runInBuildNamespace, x86_64Registration } from '../cpu/user-namespace.js';
import { PROBE_MOUNT_PATH, QEMU_MOUNT_PATH } from '../dockerfile/instrument.js';
import type { Cleanup } from '../run/cleanup.js';
import { runChecked } from '../run/process.js';
import { exitCodeFromMessage, StepLogCollector } from './build-output.js';
import { EnvironmentError, type Builder, type LegBuildRequest, type LegResult } from './types.js';

/**
 * Builds legs with buildah (`--isolation chroot`, vfs storage in the run's own temp dirs) inside a
 * private user/mount/PID namespace. For the cpu axis every program a step executes runs under QEMU
 * user-mode with the leg's CPU model, through a binfmt_misc registration that exists only in that
 * namespace. Base images come from the Docker Engine (`docker save`), never from a registry.
 */
export class BuildahBuilder implements Builder {
  readonly kind = 'buildah' as const;
  private storage: { root: string; runroot: string } | undefined;

  constructor(
    private readonly helpers: CpuHelpers,
    private readonly docker: Docker,
    private readonly runId: string,
  ) {}

  describe(): string {
    return 'buildah (chroot isolation, private user namespace)';
  }

  private storageArgs(): string[] {
    if (!this.storage) throw new Error('BuildahBuilder.prepare was not called');
    return ['--root', this.storage.root, '--runroot', this.storage.runroot, '--storage-driver', 'vfs'];
  }

  async prepare(baseImages: readonly string[], workDir: string, cleanup: Cleanup): Promise<void> {
    const storageDir = path.join(workDir, 'buildah-storage');
    this.storage = { root: path.join(storageDir, 'root'), runroot: path.join(storageDir, 'runroot') };
    await fs.mkdir(this.storage.root, { recursive: true });
    await fs.mkdir(this.storage.runroot, { recursive: true });
    cleanup.add(`buildah storage ${storageDir}`, () => fs.rm(storageDir, { recursive: true, force: true }));
    for (const [index, image] of baseImages.entries()) {
      const archive = path.join(workDir, `base-${index}.tar`);
      try {
        await this.docker.getImage(image).inspect();
      } catch {
        throw new EnvironmentError(`base image ${image} is not present in the Docker Engine; the rebuild never pulls (load it into Docker first)`);
      }
      await pipeline(await this.docker.getImage(image).get(), createWriteStream(archive));
      await runChecked(this.helpers.buildah, [...this.storageArgs(), 'pull', '--quiet', `docker-archive:${archive}`]);
      await fs.rm(archive, { force: true });
    }
  }

  async build(request: LegBuildRequest): Promise<LegResult> {
    const { leg } = request;
    const startedAt = new Date();
    const started = performance.now();
    const dockerfilePath = path.join(request.workDir, `leg-${leg.name}.Dockerfile`);
    await fs.writeFile(dockerfilePath, request.dockerfile.text);
    const tag = `localhost/repro-audit-rebuild-${this.runId}:${leg.name}`;
    const buildArgs = { ...request.buildArgs, ...leg.harnessArgs };
    const collector = new StepLogCollector('buildah', request.dockerfile.steps, request.onLine);
    const args = [
      ...this.storageArgs(),
      'build',
      '--isolation',
      'chroot',
      '--no-cache',
      '--layers=false',
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
    const result = await runInBuildNamespace(this.helpers.buildah, args, {
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
    if (request.signal.aborted) throw request.signal.reason;
    const legResult: LegResult = { leg, steps: collector.steps, buildMs: 0, startedAt };
    if (result.code !== 0) {
      const message = lastMatching(result.stderr, /^Error: /) ?? `buildah exited with ${result.code ?? result.signal}`;
      if (result.code === 125 && !collector.current) {
        throw new EnvironmentError(`the buildah sandbox could not start: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
      }
      legResult.failure = {
        step: collector.current?.step,
        exitCode: exitCodeFromMessage(message),
        message,
        outputTail: (collector.current?.lines ?? []).filter((line) => !/^(Error: |subprocess exited with status)/.test(line)),
      };
    } else {
      const archive = path.join(request.workDir, `leg-${leg.name}.tar`);
      await runChecked(this.helpers.buildah, [...this.storageArgs(), 'push', '--quiet', tag, `docker-archive:${archive}:${tag}`], {
        signal: request.signal,
      });
      legResult.imageArchive = archive;
    }
    legResult.buildMs = performance.now() - started;
    return legResult;
  }
}

function lastMatching(text: string, pattern: RegExp): string | undefined {
  return text
    .split('\n')
    .filter((line) => pattern.test(line))
    .at(-1)
    ?.trim();
}
