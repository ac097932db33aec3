import fs from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Region } from '../findings/finding.js';
import { RegistryClient, type DigestResolver } from '../registry/client.js';
import { RegistryError } from '../registry/errors.js';
import { parsePlatform } from '../registry/manifest.js';
import { planFixes, type FilePlan, type PlanOptions } from './plan.js';
import { writeFileAtomically } from './write.js';

export interface FixArgs extends Partial<Omit<PlanOptions, 'resolver'>> {
  /** Dockerfile paths (the CLI expands directories before calling). */
  paths: string[];
  /** Apply in place; otherwise print a unified diff. */
  write?: boolean;
  /** Registries reached over plain HTTP besides loopback. */
  insecureRegistries?: string[];
  /** Defaults to a `RegistryClient` with the docker CLI's credentials. */
  resolver?: DigestResolver;
}

export interface FixIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface FixRun {
  /** 0: done (maybe with things that need a human); 1: some file failed; 2: bad arguments. */
  exitCode: number;
  plans: FilePlan[];
}

/** Dockerfiles are small; anything this large is not one, and reading it whole would hurt. */
const maxFileBytes = 8 * 1024 * 1024;

/**
 * `repro-audit fix <paths...>` and `lint --fix`: pins image references to digests, adds ADD
 * checksums (with `network`), applies findings' fixes. Prints a unified diff, or with `write`
 * replaces each file atomically. One file's failure never stops the others.
 */
export async function runFix(args: FixArgs, io: FixIO): Promise<number> {
  return (await runFixDetailed(args, io)).exitCode;
}

export async function runFixDetailed(args: FixArgs, io: FixIO): Promise<FixRun> {
  if (args.platform !== undefined) {
    try {
      parsePlatform(args.platform);
    } catch (error) {
      io.stderr(`repro-audit fix: ${(error as RegistryError).message}\n`);
      return { exitCode: 2, plans: [] };
    }
  }
  if (args.paths.length === 0) {
    io.stderr('repro-audit fix: no Dockerfile given\n');
    return { exitCode: 2, plans: [] };
  }
  const resolver = args.resolver ?? new RegistryClient({ insecureRegistries: args.insecureRegistries });
  const plans: FilePlan[] = [];
  let failed = false;

  for (const file of args.paths) {
    const read = await readDockerfile(file);
    if ('error' in read) {
      io.stderr(`${file}: error: ${read.error}\n`);
      failed = true;
      continue;
    }
    const plan = await planFixes(read.text, file, { ...args, resolver });
    plans.push(plan);
    for (const note of plan.notes) {
      if (note.kind !== 'skipped') io.stderr(`${location(file, note.region)}: ${note.message}\n`);
    }
    if (plan.errors.length > 0) {
      failed = true;
      for (const error of plan.errors) io.stderr(`${location(file, error.region)}: error: ${error.message}\n`);
      io.stderr(`${file}: left unchanged\n`);
      continue;
    }
    if (plan.fixed === plan.original) continue;

    if (!args.write) {
      const [before, after] = patchLabels(file);
      io.stdout(createTwoFilesPatch(before, after, plan.original, plan.fixed, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY }));
      continue;
    }
    try {
      await writeFileAtomically(file, Buffer.from(plan.fixed, 'utf8'), read.bytes);
      io.stderr(`${file}: applied ${plan.applied.length} fix${plan.applied.length === 1 ? '' : 'es'}\n`);
    } catch (error) {
      failed = true;
      io.stderr(`${file}: error: cannot write: ${(error as Error).message}\n`);
    }
  }
  return { exitCode: failed ? 1 : 0, plans };
}

async function readDockerfile(file: string): Promise<{ text: string; bytes: Buffer } | { error: string }> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { error: 'is a directory; pass Dockerfile paths' };
    if (stat.size > maxFileBytes) return { error: `is ${stat.size} bytes; not a Dockerfile (limit ${maxFileBytes})` };
    bytes = await fs.readFile(file);
  } catch (error) {
    return { error: `cannot read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { error: `binary file (NUL byte at offset ${nul}); not a Dockerfile` };
  try {
    // The BOM stays in the text (as the model expects) so writing it back is byte-exact.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), bytes };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

/** `a/path` and `b/path` for files under the working directory (so `git apply` / `patch -p1` work). */
function patchLabels(file: string): [string, string] {
  const relative = path.relative(process.cwd(), path.resolve(file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return [file, file];
  const posix = relative.split(path.sep).join('/');
  return [`a/${posix}`, `b/${posix}`];
}

function location(file: string, region: Region | undefined): string {
  return region ? `${file}:${region.startLine}:${region.startColumn}` : file;
}
