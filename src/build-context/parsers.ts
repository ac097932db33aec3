import type * as Yaml from 'yaml';
import type * as Toml from 'smol-toml';

/** The parsers of structured build-context files: YAML (conda's environment.yml), TOML (rust-toolchain.toml). */
export interface ContextParsers {
  yaml: typeof Yaml;
  toml: typeof Toml;
}

let loaded: ContextParsers | undefined;

/**
 * Thrown by a reader that meets a structured file before the parsers are loaded. Loading YAML takes
 * longer than auditing a small Dockerfile, so the parsers load only for the files that need them:
 * the engine catches this, awaits `loadContextParsers()` and audits the file again (rules are pure
 * functions of the file and its context, so the second audit is the whole answer).
 */
export class ContextParsersNeeded extends Error {
  constructor() {
    super('the build-context file parsers are not loaded (await loadContextParsers() and audit again)');
  }
}

/** The parsers; throws `ContextParsersNeeded` until `loadContextParsers()` has finished. */
export function contextParsers(): ContextParsers {
  if (!loaded) throw new ContextParsersNeeded();
  return loaded;
}

export async function loadContextParsers(): Promise<void> {
  if (loaded) return;
  const [yaml, toml] = await Promise.all([import('yaml'), import('smol-toml')]);
  loaded = { yaml, toml };
}
