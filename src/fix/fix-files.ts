import fs from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { FileError, Region } from '../findings/index.js';
import { DEFAULT_MAX_FILE_BYTES, discoverFiles, readDockerfile } from '../engine/index.js';
import { RegistryClient, type DigestResolver } from '../registry/index.js';
import { GitHubCommitResolver, type ActionCommitResolver } from './action-commits.js';
import { FIXED_DOCUMENT_KINDS, planDocumentFixes } from './document-fixes.js';
import { planFixes, type FilePlan, type PlanOptions } from './plan.js';
import { inertToRunner, terminalLines } from '../report/index.js';
import { writeFileSafely } from '../safe-fs/index.js';

export interface FixArgs extends Partial<Omit<PlanOptions, 'resolver'>> {
  /** Dockerfiles, and directories searched for them (as `lint` does). */
  paths: string[];
  /** Relative paths are taken from here; defaults to the process's working directory. */
  cwd?: string;
  /** Globs of paths skipped, named or found (the config's `ignore-paths`). */
  ignorePaths?: string[];
  /** The folder `ignorePaths` are relative to (the config file's); default: `cwd`. */
  ignoreRoot?: string;
  maxFileBytes?: number;
  /** Apply in place; otherwise print a unified diff. */
  write?: boolean;
  /** Registries reached over plain HTTP besides loopback. */
  insecureRegistries?: string[];
  /** Defaults to a `RegistryClient` with the docker CLI's credentials. */
  resolver?: DigestResolver;
  /** Resolves actions' tags to commits; defaults to the GitHub API (`GITHUB_API_URL`, `GITHUB_TOKEN`). */
  actions?: ActionCommitResolver;
}

export interface FixIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface FixRun {
  /** Some file could not be fixed (it was left unchanged) or could not be read. */
  failed: boolean;
  plans: FilePlan[];
}

/**
 * `repro-audit fix <paths...>` and `lint --fix`: pins image references to digests, adds ADD
 * checksums (with `network`), applies findings' fixes. Prints a unified diff, or with `write`
 * replaces each file atomically. One file's failure never stops the others.
 */
export async function fixFiles(args: FixArgs, given: FixIO): Promise<FixRun> {
  // Messages quote file names and Dockerfile text: shown, never interpreted by a terminal or a CI
  // runner. The diff keeps its bytes except a line the runner would take for a command.
  const io: FixIO = { stdout: (text) => given.stdout(inertToRunner(text)), stderr: (text) => given.stderr(terminalLines(text)) };
  const resolver = args.resolver ?? new RegistryClient({ insecureRegistries: args.insecureRegistries });
  const plans: FilePlan[] = [];
  let failed = false;

  const cwd = args.cwd ?? process.cwd();
  const actions = args.actions ?? new GitHubCommitResolver();
  const discovery = discoverFiles(args.paths, cwd, args.ignorePaths ?? [], args.ignoreRoot ?? cwd, ['dockerfile', ...FIXED_DOCUMENT_KINDS]);
  for (const error of discovery.errors) io.stderr(`${fileErrorText(error)}\n`);
  for (const notice of discovery.notices) io.stderr(`${notice}\n`);
  failed ||= discovery.errors.length > 0;

  const seen = new Set<string>();
  for (const file of discovery.files) {
    const absolute = path.resolve(cwd, file);
    // A link inside the searched tree is fixed through its target (the link stays a link), once.
    const target = realPathOf(absolute);
    if (seen.has(target)) continue;
    seen.add(target);
    const read = readDockerfile(file, cwd, args.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if ('error' in read) {
      io.stderr(`${fileErrorText(read.error)}\n`);
      failed = true;
      continue;
    }
    const kind = discovery.kinds.get(file) ?? 'dockerfile';
    const plan = kind === 'dockerfile' ? await planFixes(read.text, file, { ...args, resolver }) : await planDocumentFixes(read.text, file, kind, { ...args, resolver, actions });
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
      const [before, after] = patchLabels(absolute, cwd);
      io.stdout(createTwoFilesPatch(before, after, plan.original, plan.fixed, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY }));
      continue;
    }
    try {
      // Valid UTF-8 decodes and re-encodes to the same bytes, so this is what the file held.
      writeFileSafely(target, plan.fixed, { expected: Buffer.from(plan.original, 'utf8'), inside: discovery.searchRoots.get(file), shownAs: file });
      io.stderr(`${file}: applied ${plan.applied.length} fix${plan.applied.length === 1 ? '' : 'es'}\n`);
    } catch (error) {
      failed = true;
      io.stderr(`${file}: error: ${(error as Error).message}\n`);
    }
  }
  return { failed, plans };
}


function realPathOf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** `a/path` and `b/path` for files under the working directory (so `git apply` / `patch -p1` work). */
function patchLabels(absolute: string, cwd: string): [string, string] {
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return [absolute, absolute];
  const posix = relative.split(path.sep).join('/');
  return [`a/${posix}`, `b/${posix}`];
}

function fileErrorText(error: FileError): string {
  return `${error.file}${error.line ? `:${error.line}` : ''}: error: ${error.message}`;
}

function location(file: string, region: Region | undefined): string {
  return region ? `${file}:${region.startLine}:${region.startColumn}` : file;
}
