import fs from 'node:fs';
import path from 'node:path';
import type { BuildContextReader } from '../rules/rule.js';

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
      realRoot ??= fs.realpathSync(absoluteRoot);
      const real = fs.realpathSync(candidate);
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
        try {
          const stat = fs.statSync(file);
          if (stat.isFile() && stat.size <= MAX_CONTEXT_FILE_BYTES) text = fs.readFileSync(file, 'utf8');
        } catch {
          text = undefined;
        }
      }
      cache.set(relativePath, text);
      return text;
    },
  };
}
