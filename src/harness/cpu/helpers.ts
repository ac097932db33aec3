import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CpuModel } from '../variation/legs.js';
import { NOT_BEFORE_MOUNT_PATH, QEMU_MOUNT_PATH } from '../dockerfile/instrument.js';
import { runChecked } from '../run/process.js';
import { PROBE_SOURCE, QEMU_WRAPPER_SOURCE } from './helper-sources.js';

/** The native helpers of the CPU builder, ready to use. */
export interface CpuHelpers {
  /** Hash of everything the helpers are made from (the buildah and QEMU binaries, the sources). */
  version: string;
  /** QEMU user-mode, OSABI-patched so binfmt_misc does not match it. */
  qemu: string;
  /** buildah, OSABI-patched likewise (it runs natively and re-executes itself). */
  buildah: string;
  /** Static probe, NOT patched: it must run under the leg's QEMU like any build step. */
  probe: string;
  /** Interpreter wrappers per CPU model, OSABI-patched. */
  wrappers: Record<CpuModel, string>;
}

/** EI_OSABI value no binfmt_misc rule of ours matches; Linux ignores the byte when loading. */
export const UNMATCHED_OSABI = 0xff;

export interface HelperSources {
  qemuBinary: string;
  buildahBinary: string;
  /** The helpers go to `<cacheRoot>/cpu-helpers/<hash of their inputs>`. */
  cacheRoot: string;
}

/**
 * Compiles and patches the helpers once per machine (cached by the hash of their inputs), so a run
 * only pays for it the first time. The cache entry is written to a temp dir and renamed into place,
 * so concurrent runs never see half a cache.
 */
export async function prepareCpuHelpers(sources: HelperSources): Promise<CpuHelpers> {
  const { cacheRoot } = sources;
  const version = await inputsVersion(sources);
  const dir = path.join(cacheRoot, 'cpu-helpers', version);
  const helpers: CpuHelpers = {
    version,
    qemu: path.join(dir, 'qemu-x86_64'),
    buildah: path.join(dir, 'buildah'),
    probe: path.join(dir, 'probe'),
    wrappers: { Westmere: path.join(dir, 'qemu-wrapper-Westmere'), max: path.join(dir, 'qemu-wrapper-max') },
  };
  if (await exists(path.join(dir, 'complete'))) return helpers;

  await fs.mkdir(path.dirname(dir), { recursive: true });
  const staging = await fs.mkdtemp(`${dir}.tmp-`);
  try {
    const staged = (file: string) => path.join(staging, path.basename(file));
    await fs.copyFile(sources.qemuBinary, staged(helpers.qemu));
    await patchOsAbi(staged(helpers.qemu));
    await fs.copyFile(sources.buildahBinary, staged(helpers.buildah));
    await patchOsAbi(staged(helpers.buildah));
    await compileStatic(PROBE_SOURCE, staged(helpers.probe), [`-DNOT_BEFORE_PATH="${NOT_BEFORE_MOUNT_PATH}"`]);
    for (const model of Object.keys(helpers.wrappers) as CpuModel[]) {
      const output = staged(helpers.wrappers[model]);
      await compileStatic(QEMU_WRAPPER_SOURCE, output, [
        `-DCPU_MODEL="${model}"`,
        `-DIN_BUILD_QEMU="${QEMU_MOUNT_PATH}"`,
        `-DHOST_QEMU="${helpers.qemu}"`,
      ]);
      await patchOsAbi(output);
    }
    for (const file of [helpers.qemu, helpers.buildah, helpers.probe, ...Object.values(helpers.wrappers)]) {
      await fs.chmod(staged(file), 0o755);
    }
    await fs.writeFile(path.join(staging, 'complete'), '');
    try {
      await fs.rename(staging, dir);
    } catch (error) {
      // Another run finished first; its copy is equivalent.
      if (!(await exists(path.join(dir, 'complete')))) throw error;
    }
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  return helpers;
}

/**
 * The hash of the helpers' inputs: their sources and the buildah and QEMU binaries. Hashing the
 * binaries (30 MB) costs a loaded machine half a second per run, so the hash is remembered under
 * the binaries' identity (device, inode, size, modification and change times: any replacement or
 * edit changes the change time) in `cpu-helpers/inputs/`; what does not read back is hashed again.
 */
async function inputsVersion(sources: HelperSources): Promise<string> {
  const identity = createHash('sha256').update(QEMU_WRAPPER_SOURCE).update(PROBE_SOURCE);
  for (const binary of [sources.qemuBinary, sources.buildahBinary]) {
    const stat = await fs.stat(binary, { bigint: true });
    identity.update(JSON.stringify([binary, stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].map(String)));
  }
  const memo = path.join(sources.cacheRoot, 'cpu-helpers', 'inputs', identity.digest('hex').slice(0, 32));
  const remembered = await fs.readFile(memo, 'utf8').catch(() => '');
  if (/^[0-9a-f]{16}$/.test(remembered)) return remembered;
  const hash = createHash('sha256');
  hash.update(QEMU_WRAPPER_SOURCE).update(PROBE_SOURCE);
  for (const binary of [sources.qemuBinary, sources.buildahBinary]) {
    hash.update(binary).update(await fs.readFile(binary));
  }
  const version = hash.digest('hex').slice(0, 16);
  await fs.mkdir(path.dirname(memo), { recursive: true });
  const temporary = `${memo}.${process.pid}.tmp`;
  await fs.writeFile(temporary, version);
  await fs.rename(temporary, memo);
  return version;
}

async function compileStatic(source: string, output: string, defines: string[]): Promise<void> {
  const sourceFile = `${output}.c`;
  await fs.writeFile(sourceFile, source);
  try {
    await runChecked('gcc', ['-static', '-O2', '-o', output, ...defines, sourceFile]);
  } finally {
    await fs.rm(sourceFile, { force: true });
  }
}

/** Sets EI_OSABI (byte 7 of the ELF header) so the binfmt_misc rule skips this binary. */
export async function patchOsAbi(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    const header = Buffer.alloc(8);
    await handle.read(header, 0, 8, 0);
    if (header.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${file} is not an ELF binary`);
    await handle.write(Buffer.from([UNMATCHED_OSABI]), 0, 1, 7);
  } finally {
    await handle.close();
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
