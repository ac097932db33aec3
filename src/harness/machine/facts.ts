import fs from 'node:fs/promises';
import os from 'node:os';
import type Docker from 'dockerode';
import { parseCpuinfo } from '../cpu/features.js';
import type { BuildMachine } from '../image/types.js';
import type { Cleanup } from '../run/cleanup.js';

/** What a builder knows of its host; the leg adds its emulated CPU, SOURCE_DATE_EPOCH and axes. */
export type HostFacts = Pick<BuildMachine, 'host' | 'hostName' | 'kernel' | 'builder' | 'cpu'>;

/** /proc/cpuinfo holds a few kB per CPU; a host with hundreds of CPUs stays well under this. */
const MAX_CPUINFO_CHARS = 4 * 1024 * 1024;

/** This machine, for a builder that runs here (buildah): its /proc/cpuinfo is what build steps see. */
export async function localHostFacts(builder: HostFacts['builder']): Promise<HostFacts> {
  const text = await fs.readFile('/proc/cpuinfo', 'utf8').catch((error: NodeJS.ErrnoException) => new Error(error.code ?? String(error)));
  return { host: 'local', hostName: os.hostname(), kernel: os.release(), builder, cpu: cpuFromText(text) };
}

/**
 * A Docker Engine's host: name and kernel from the engine, the CPU from /proc/cpuinfo read by a
 * container of `image` (a base image the build uses, so present on that engine and never pulled),
 * with no network and a read-only root. The container is removed before this returns, and by the
 * run's cleanup if the run is interrupted meanwhile.
 */
export async function dockerHostFacts(docker: Docker, endpoint: string, image: string | undefined, cleanup: Cleanup, signal: AbortSignal): Promise<HostFacts> {
  const info = (await docker.info()) as { Name?: string; KernelVersion?: string; ServerVersion?: string };
  const facts = { host: endpoint, hostName: info.Name, kernel: info.KernelVersion, builder: { name: 'docker', version: info.ServerVersion } };
  if (!image) return { ...facts, cpu: unknownCpu('the Dockerfile has no base image to read /proc/cpuinfo in') };
  return { ...facts, cpu: cpuFromText(await readCpuinfoInContainer(docker, image, cleanup, signal)) };
}

async function readCpuinfoInContainer(docker: Docker, image: string, cleanup: Cleanup, signal: AbortSignal): Promise<string | Error> {
  // Ctrl-C can run the cleanup while the engine is still creating the container: removal waits for
  // the creation to settle, so a container created after the interrupt is removed too.
  let creating: Promise<Docker.Container> | undefined;
  const remove = async () => {
    const container = await creating?.catch(() => undefined);
    await container?.remove({ force: true, v: true }).catch((error: { statusCode?: number }) => {
      if (error.statusCode !== 404 && error.statusCode !== 409) throw error;
    });
  };
  const release = cleanup.add(`CPU probe container on ${image}`, remove);
  try {
    creating = docker.createContainer({
      Image: image,
      Entrypoint: ['cat'],
      Cmd: ['/proc/cpuinfo'],
      User: '0',
      Tty: true,
      NetworkDisabled: true,
      Labels: { 'org.repro-audit.purpose': 'cpuinfo' },
      HostConfig: { NetworkMode: 'none', ReadonlyRootfs: true },
    });
    const container = await creating;
    if (signal.aborted) throw signal.reason;
    await container.start();
    const { StatusCode } = (await container.wait()) as { StatusCode: number };
    const output = String(await container.logs({ stdout: true, stderr: true, follow: false }));
    if (StatusCode !== 0) return new Error(`\`cat /proc/cpuinfo\` in ${image} exited with ${StatusCode}: ${output.trim().slice(0, 200)}`);
    return output.slice(0, MAX_CPUINFO_CHARS);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return new Error(`cannot run \`cat /proc/cpuinfo\` in ${image}: ${(error as Error).message}`);
  } finally {
    await release();
  }
}

function cpuFromText(text: string | Error): BuildMachine['cpu'] {
  if (text instanceof Error) return unknownCpu(text.message);
  const { model, flags } = parseCpuinfo(text);
  if (flags.length === 0) return unknownCpu('/proc/cpuinfo lists no flags');
  return { ...(model ? { model } : {}), flags, source: 'proc-cpuinfo' };
}

function unknownCpu(reason: string): BuildMachine['cpu'] {
  return { flags: [], source: 'unknown', unknownBecause: reason };
}
