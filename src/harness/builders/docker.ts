import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import { waitUntil } from '../run/clock.js';
import { startCommand } from '../run/process.js';
import { EnvironmentError } from '../errors.js';
import { dockerHostFacts, type HostFacts } from '../machine/facts.js';
import type { Cleanup } from '../run/cleanup.js';
import { exitCodeFromMessage, failureOfCurrentStep, StepLogCollector } from './build-output.js';
import type { Builder, LegBuildRequest, LegResult, StepFailure } from './types.js';

/** Name of the instrumented Dockerfile inside the leg's private context copy. */
const LEG_DOCKERFILE = '.repro-audit.Dockerfile';

interface BuildEvent {
  stream?: string;
  error?: string;
  errorDetail?: { code?: number; message?: string };
  aux?: { ID?: string };
}

/**
 * Builds a leg with the Docker Engine's classic builder through its API: no cache, no pulls, the
 * leg's network mode, CPU set and build args, one layer per instruction. The API streams `Step N/M`
 * headers and the failing step's exit code, which is what a per-step report needs. The classic
 * builder cannot clamp the times it stamps (image creation, history, file times of what a step
 * writes); the comparison masks those instead (see `maskBuilderStamps`).
 */
export class DockerBuilder implements Builder {
  readonly kind = 'docker' as const;
  readonly stamps = 'masked' as const;

  constructor(
    private readonly docker: Docker,
    private readonly endpoint: string,
    private readonly version: string,
    private readonly runId: string,
  ) {}

  describe(): string {
    return `Docker Engine ${this.version} at ${this.endpoint}`;
  }

  async prepare(baseImages: readonly string[]): Promise<void> {
    const missing: string[] = [];
    for (const image of baseImages) {
      try {
        await this.docker.getImage(image).inspect();
      } catch {
        missing.push(image);
      }
    }
    if (missing.length > 0) {
      throw new EnvironmentError(
        `base image${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not present in ${this.describe()}; the rebuild never pulls (pull or load ${missing.length > 1 ? 'them' : 'it'} first)`,
      );
    }
  }

  hostFacts(baseImages: readonly string[], cleanup: Cleanup, signal: AbortSignal): Promise<HostFacts> {
    return dockerHostFacts(this.docker, this.endpoint, baseImages[0], cleanup, signal);
  }

  async build(request: LegBuildRequest): Promise<LegResult> {
    const { leg, cleanup } = request;
    // The classic builder cannot hold steps back: the build starts once the clock has passed.
    const clockWaitMs = await waitUntil(request.notBefore, request.signal);
    await writeLegDockerfile(request.contextDir, request.dockerfile.text);
    const tag = `repro-audit-rebuild/${this.runId}:${leg.name}`;
    const collector = new StepLogCollector('docker', request.dockerfile.steps, request.onLine);
    const stepImages: string[] = [];
    const stepContainers: string[] = [];
    // Intermediate images of failed classic builds stay behind as dangling images: remove them.
    cleanup.add(`intermediate images of leg ${leg.name}`, () => removeImages(this.docker, [...stepImages].reverse()));
    // After an abort the daemon removes the running step's container only later; it would pin its image.
    cleanup.add(`step containers of leg ${leg.name}`, () => removeContainers(this.docker, stepContainers));
    cleanup.add(`image ${tag}`, () => removeImages(this.docker, [tag]));

    // The context goes to the engine as a tar stream, byte for byte (binaries included).
    const tar = startCommand('tar', ['-C', request.contextDir, '-c', '.'], { signal: request.signal, rawStdout: true });
    tar.child.stdin!.end();
    const buildArgs = { ...request.buildArgs, ...leg.harnessArgs };
    const startedAt = new Date();
    const started = performance.now();
    const stream = await this.docker.buildImage(tar.child.stdout!, {
      t: tag,
      dockerfile: LEG_DOCKERFILE,
      nocache: true,
      pull: false,
      rm: true,
      forcerm: true,
      networkmode: leg.network === 'none' ? 'none' : 'default',
      buildargs: buildArgs,
      ...(leg.cpuset ? { cpusetcpus: leg.cpuset } : {}),
      version: '1',
      abortSignal: request.signal,
    } as Docker.ImageBuildOptions);

    let failure: StepFailure | undefined;
    let imageId: string | undefined;
    await new Promise<void>((resolve, reject) => {
      this.docker.modem.followProgress(
        stream,
        (error: Error | null) => {
          // An aborted build ends with a reset connection; report why it was aborted instead.
          if (request.signal.aborted) reject(request.signal.reason);
          else if (error && !failure) reject(error);
          else resolve();
        },
        (event: BuildEvent) => {
          if (event.stream) {
            collector.write(event.stream);
            for (const match of event.stream.matchAll(/^ ---> Running in ([0-9a-f]{12,64})$/gm)) stepContainers.push(match[1]!);
            for (const match of event.stream.matchAll(/^ ---> ([0-9a-f]{12,64})$/gm)) {
              if (collector.current?.step?.keyword !== 'FROM') stepImages.push(match[1]!);
            }
          }
          if (event.aux?.ID) imageId = event.aux.ID;
          if (event.error) {
            collector.end();
            const message = (event.errorDetail?.message ?? event.error).trim();
            failure = failureOfCurrentStep(collector, message, event.errorDetail?.code ?? exitCodeFromMessage(message));
          }
        },
      );
    });
    collector.end();
    const finishedAt = new Date();
    const buildMs = performance.now() - started;
    if (request.signal.aborted) throw request.signal.reason;

    const result: LegResult = { leg, steps: collector.steps, buildMs, clockWaitMs, exportMs: 0, startedAt, finishedAt };
    if (failure) {
      result.failure = failure;
    } else if (request.exportImage) {
      const exportStarted = performance.now();
      const archive = path.join(request.workDir, `leg-${leg.name}.tar`);
      await pipeline(await this.docker.getImage(imageId ?? tag).get(), createWriteStream(archive));
      result.image = { path: archive, knownChains: [], absentBlobs: new Set() };
      result.exportMs = performance.now() - exportStarted;
    }
    return result;
  }
}

/**
 * The classic builder needs the Dockerfile inside the context; it is kept out of `COPY . .` by
 * .dockerignore, which Docker honours for the Dockerfile and .dockerignore themselves.
 */
async function writeLegDockerfile(contextDir: string, text: string): Promise<void> {
  await fs.writeFile(path.join(contextDir, LEG_DOCKERFILE), text);
  const ignoreFile = path.join(contextDir, '.dockerignore');
  const existing = await fs.readFile(ignoreFile, 'utf8').catch(() => undefined);
  const lines = existing === undefined ? [LEG_DOCKERFILE, '.dockerignore'] : [LEG_DOCKERFILE];
  await fs.writeFile(ignoreFile, `${existing ?? ''}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`);
}

async function removeContainers(docker: Docker, containers: readonly string[]): Promise<void> {
  for (const container of containers) {
    try {
      await docker.getContainer(container).remove({ force: true, v: true });
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // 404: already removed by the builder; 409: removal already in progress.
      if (status !== 404 && status !== 409) throw error;
    }
  }
}

async function removeImages(docker: Docker, images: readonly string[]): Promise<void> {
  for (const image of images) {
    try {
      await docker.getImage(image).remove({ noprune: false });
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // 404: already gone (removed with its child); 409: still used by a later image, removed with it.
      if (status !== 404 && status !== 409) throw error;
    }
  }
}
