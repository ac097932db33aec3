import fs from 'node:fs';
import path from 'node:path';
import type { NixDetail, Severity } from '../findings/index.js';
import type { RuleSetting } from '../rules/index.js';

export const CONFIG_FILE_NAMES = ['.repro-audit.yml', '.repro-audit.yaml'];

/** `.repro-audit.yml`, validated. Rule keys are still ids or names; the audit resolves them. */
export interface Config {
  /** The file it came from, undefined for defaults. */
  file?: string;
  /** Directory `ignore-paths` are relative to. */
  root: string;
  failOn?: Severity | 'none';
  /** How much Nix text reports show; undefined leaves it to the command (`brief`). */
  nix?: NixDetail;
  trustedRegistries: string[];
  ignorePaths: string[];
  buildArgs: Record<string, string>;
  rules: Map<string, RuleSetting & { line?: number }>;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

export function defaultConfig(root: string): Config {
  return { root, trustedRegistries: [], ignorePaths: [], buildArgs: {}, rules: new Map() };
}

/**
 * The nearest `.repro-audit.yml` from `start` upwards, stopping at a repository root. A config found
 * this way comes with the checkout (in CI, from the pull request): one that is a symbolic link
 * leading out of the repository is refused, not read (`--config` names such a file on purpose).
 */
export function discoverConfig(start: string): string | undefined {
  let directory = path.resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (fs.existsSync(candidate) || isSymbolicLink(candidate)) {
        refuseLinkOutOfRepository(candidate, directory);
        return candidate;
      }
    }
    if (fs.existsSync(path.join(directory, '.git'))) return undefined;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function refuseLinkOutOfRepository(candidate: string, directory: string): void {
  if (!isSymbolicLink(candidate)) return;
  let repository = directory;
  while (!fs.existsSync(path.join(repository, '.git')) && path.dirname(repository) !== repository) repository = path.dirname(repository);
  if (!fs.existsSync(path.join(repository, '.git'))) repository = directory;
  let target: string;
  try {
    target = fs.realpathSync(candidate);
  } catch {
    throw new ConfigError(candidate, undefined, 'is a symbolic link that leads nowhere');
  }
  const root = fs.realpathSync(repository);
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new ConfigError(candidate, undefined, `is a symbolic link to ${target}, outside ${repository}; not read (name a config outside the tree with --config)`);
  }
}

function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
