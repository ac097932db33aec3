import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BuildContextReader } from '../build-context/index.js';
import type { FileKind } from '../findings/index.js';
import { readRegularFile } from '../safe-fs/index.js';

const MAX_CONTEXT_FILE_BYTES = 1024 * 1024;

/**
 * Reads files of a build context for rules (requirements.txt, lockfiles). Paths that leave the
 * context, directly or through a symlink, read as missing: the builder could not see them either.
 */
export function createContextReader(root: string): BuildContextReader {
  const absoluteRoot = path.resolve(root);
  let realRoot: string | undefined;
  const cache = new Map<string, string | undefined>();

  const resolveInside = (relativePath: string): string | undefined => {
    const candidate = path.resolve(absoluteRoot, relativePath.replace(/^\/+/, ''));
    if (candidate !== absoluteRoot && !candidate.startsWith(absoluteRoot + path.sep)) return undefined;
    try {
      // Most paths rules look for are not there: one stat says so without building an error for
      // each, and the C library's realpath resolves the rest in one call rather than an lstat per
      // path component.
      if (!fs.statSync(candidate, { throwIfNoEntry: false })) return undefined;
      realRoot ??= fs.realpathSync.native(absoluteRoot);
      const real = fs.realpathSync.native(candidate);
      return real === realRoot || real.startsWith(realRoot + path.sep) ? real : undefined;
    } catch {
      return undefined;
    }
  };

  return {
    root: absoluteRoot,
    exists: (relativePath) => resolveInside(relativePath) !== undefined,
    readText(relativePath) {
      if (cache.has(relativePath)) return cache.get(relativePath);
      let text: string | undefined;
      const file = resolveInside(relativePath);
      if (file) {
        const read = readRegularFile(file, MAX_CONTEXT_FILE_BYTES);
        if ('bytes' in read) text = read.bytes.toString('utf8');
      }
      cache.set(relativePath, text);
      return text;
    },
  };
}

/** The context of a Dockerfile: `--context`, else the Dockerfile's own directory. */
export function contextRootOf(file: string, cwd: string, context?: string): string {
  return context ? path.resolve(cwd, context) : path.dirname(path.resolve(cwd, file));
}

/**
 * The folder a file's rules read other files from: a Dockerfile's build context; the repository
 * of a workflow or action (above `.github`, where `.github/workflows/actions.lock` and local actions
 * are); the folder of a Nix or Compose file (where `flake.lock`, `.env` and build contexts are).
 */
export function contextRootFor(file: string, kind: FileKind, cwd: string, context?: string): string {
  if (kind === 'dockerfile') return contextRootOf(file, cwd, context);
  const absolute = path.resolve(cwd, file);
  if (kind === 'workflow') {
    const parts = absolute.split(path.sep);
    const github = parts.lastIndexOf('.github');
    if (github > 0) return parts.slice(0, github).join(path.sep) || path.sep;
  }
  return path.dirname(absolute);
}

/** One look a rule took at the build context, and what it saw (a digest of the text, or presence). */
export interface ContextDependency {
  path: string;
  kind: 'text' | 'exists';
  /** sha1 of the text, `missing`, or for `exists`: `yes`/`no`. */
  seen: string;
}

/** A context reader that remembers every look, so a cached result can be checked against the context later. */
export function createRecordingContextReader(root: string): { reader: BuildContextReader; dependencies: ContextDependency[] } {
  const inner = createContextReader(root);
  const dependencies: ContextDependency[] = [];
  const reader: BuildContextReader = {
    root: inner.root,
    exists(relativePath) {
      const present = inner.exists(relativePath);
      dependencies.push({ path: relativePath, kind: 'exists', seen: present ? 'yes' : 'no' });
      return present;
    },
    readText(relativePath) {
      const text = inner.readText(relativePath);
      dependencies.push({ path: relativePath, kind: 'text', seen: seenText(text) });
      return text;
    },
  };
  return { reader, dependencies };
}

/** True when the context still looks the way it did when the dependencies were recorded. */
export function contextUnchanged(root: string, dependencies: readonly ContextDependency[]): boolean {
  const reader = createContextReader(root);
  return dependencies.every((dependency) =>
    dependency.kind === 'exists' ? (reader.exists(dependency.path) ? 'yes' : 'no') === dependency.seen : seenText(reader.readText(dependency.path)) === dependency.seen,
  );
}

function seenText(text: string | undefined): string {
  return text === undefined ? 'missing' : createHash('sha1').update(text).digest('hex');
}
