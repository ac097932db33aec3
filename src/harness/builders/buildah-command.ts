import fs from 'node:fs/promises';
import path from 'node:path';
import type { CpuHelpers } from '../cpu/helpers.js';
import { runInBuildNamespace, type NamespaceOptions } from '../cpu/user-namespace.js';
import { EnvironmentError } from '../errors.js';
import type { CommandResult } from '../run/process.js';

/**
 * Storage drivers in order of preference. overlay (native, inside the build's user namespace,
 * Linux >= 5.11) makes a layer per instruction cheap; vfs copies the whole root file system for
 * every layer, several times slower on a distribution base image, but works on any file system.
 */
export type StorageDriver = 'overlay' | 'vfs';

/** A containers-storage root, the driver it is written with, and the read-only stores it builds on. */
export interface Storage {
  root: string;
  runroot: string;
  driver: StorageDriver;
  /** Additional image stores (stored base images), same driver. */
  imageStores: string[];
}

/** buildah cannot use the storage driver in that folder. */
export class StorageDriverError extends Error {}

export async function makeStorage(storageDir: string, driver: StorageDriver): Promise<Storage> {
  const storage = { root: path.join(storageDir, 'root'), runroot: path.join(storageDir, 'runroot'), driver, imageStores: [] };
  await fs.mkdir(storage.root, { recursive: true });
  await fs.mkdir(storage.runroot, { recursive: true });
  return storage;
}

/** Runs the OSABI-patched buildah on a storage, in a namespace of its own (overlay mounts need one). */
export class Buildah {
  constructor(private readonly helpers: CpuHelpers) {}

  async run(storage: Storage, args: readonly string[], options: Partial<NamespaceOptions> = {}): Promise<CommandResult> {
    await this.helpersStillThere();
    const storageArgs = [
      ...['--root', storage.root, '--runroot', storage.runroot, '--storage-driver', storage.driver],
      ...storage.imageStores.flatMap((store) => ['--storage-opt', `${storage.driver}.imagestore=${store}`]),
    ];
    // What buildah and containers/image put in TMPDIR goes with the storage's own folders.
    const temporary = path.join(storage.runroot, 'tmp');
    await fs.mkdir(temporary, { recursive: true });
    const env = { ...(options.env ?? process.env), TMPDIR: temporary };
    return runInBuildNamespace(this.helpers.buildah, [...storageArgs, ...args], { isolateNetwork: false, ...options, env });
  }

  /** `run`, throwing what buildah said when it fails. */
  async checked(storage: Storage, args: readonly string[], signal?: AbortSignal): Promise<CommandResult> {
    const result = await this.run(storage, args, signal ? { signal } : {});
    if (signal?.aborted) throw signal.reason;
    if (result.code !== 0) throw failed(args, result);
    return result;
  }

  /** The helpers live in a shared cache; say so plainly if something removed them mid-run. */
  private async helpersStillThere(): Promise<void> {
    for (const file of [this.helpers.buildah, this.helpers.qemu]) {
      const present = await fs.access(file).then(() => true, () => false);
      if (!present) throw new EnvironmentError(`${file}, a helper of the CPU builder, was removed while the rebuild ran (by another program cleaning ${path.dirname(path.dirname(path.dirname(file)))}?); run the rebuild again`);
    }
  }
}

export function failed(args: readonly string[], result: CommandResult): Error {
  return new Error(`buildah ${args[0]} failed (${result.code ?? result.signal}): ${lastLines(result.stderr || result.stdout, 5)}`);
}

/** What buildah said about its storage driver: the last line naming it, out of its log format. */
export function storageProblem(stderr: string): string {
  const line = stderr.trim().split('\n').filter((candidate) => /overlay/i.test(candidate)).at(-1) ?? lastLines(stderr, 1);
  const logged = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line);
  return logged ? logged[1]!.replace(/\\(.)/g, '$1') : line;
}

export function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join(' ');
}
