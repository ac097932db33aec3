import fs from 'node:fs';
import path from 'node:path';
import type { Severity } from '../findings/finding.js';
import type { RuleSetting } from '../rules/engine.js';

export const CONFIG_FILE_NAMES = ['.repro-audit.yml', '.repro-audit.yaml'];

/** `.repro-audit.yml`, validated. Rule keys are still ids or names; the audit resolves them. */
export interface Config {
  /** The file it came from, undefined for defaults. */
  file?: string;
  /** Directory `ignore-paths` are relative to. */
  root: string;
  failOn?: Severity | 'none';
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

/** The nearest `.repro-audit.yml` from `start` upwards, stopping at a repository root. */
export function discoverConfig(start: string): string | undefined {
  let directory = path.resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    if (fs.existsSync(path.join(directory, '.git'))) return undefined;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}
