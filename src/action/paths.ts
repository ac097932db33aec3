import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { isDockerfileName } from '../engine/index.js';

/** Folders a glob never descends into, as the directory search skips them. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

export interface ExpandedPaths {
  /** What to audit: plain entries as given, then what each glob matched. */
  paths: string[];
  /** Globs that matched nothing. */
  unmatched: string[];
}

/**
 * The `paths` input. A plain entry is passed on as it is. A glob (`services/*\/Dockerfile`,
 * `**\/Containerfile`, `docker/{api,web}`) becomes the folders it matches, which are then searched
 * as any folder is, and the files it matches that have a Dockerfile name (so `services/**` means
 * what `services` means; name another file without a glob to audit it). Globs are matched against
 * paths relative to the workspace (`.` files included), never through a symbolic link, and skip
 * .git and node_modules as the search does.
 */
export function expandPaths(entries: readonly string[], workspace: string): ExpandedPaths {
  const paths: string[] = [];
  const unmatched: string[] = [];
  for (const entry of entries) {
    const pattern = entry.replace(/^\.\//, '');
    const { isGlob, base } = picomatch.scan(pattern);
    if (!isGlob) {
      paths.push(entry);
      continue;
    }
    const matches = globMatches(pattern, base, workspace);
    if (matches.length === 0) unmatched.push(entry);
    paths.push(...matches);
  }
  return { paths: [...new Set(paths)], unmatched };
}

function globMatches(pattern: string, base: string, workspace: string): string[] {
  const absolute = path.isAbsolute(pattern);
  const isMatch = picomatch(pattern, { dot: true });
  const matches: string[] = [];
  const walk = (directory: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(directory, entry.name);
      const candidate = absolute ? full : path.relative(workspace, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
        // A matched folder is searched whole; what a glob could match inside it adds nothing.
        if (isMatch(candidate)) matches.push(candidate);
        else walk(full);
      } else if (entry.isFile() && isDockerfileName(entry.name) && isMatch(candidate)) matches.push(candidate);
    }
  };
  walk(path.resolve(workspace, base || '.'));
  return matches;
}
