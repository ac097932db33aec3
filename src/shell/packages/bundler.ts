import type { PackageOperation, ShellCommand } from '../types.js';
import { hasOption, splitArgs } from './argv.js';
import { EXACT_GEM_VERSION } from './toolchains.js';
import { spec, specText, specTexts } from './specs.js';

/** Bundler options whose value is the next word. */
const BUNDLE_OPTIONS = new Set([
  '-j', '--jobs', '--retry', '--path', '--without', '--with', '--gemfile', '--trust-policy', '--target-rbconfig',
  '--shebang', '--version', '-v', '--group', '-g', '--source', '-s', '--git', '--branch', '--ref', '--glob', '--require', '-r',
]);

/**
 * `bundle install` (and a bare `bundle`): the Gemfile's gems, locked by Gemfile.lock when there is
 * one (`install-lockfile`); `bundle update [gems]`, `bundle update --bundler` and `bundle lock
 * --update` move them to the newest allowed versions; `bundle add gem [--version v]` adds a gem.
 */
export function bundlerPackageOperation(command: ShellCommand): PackageOperation | undefined {
  const split = splitArgs(command.argv.slice(1), BUNDLE_OPTIONS);
  const [subcommand, ...rest] = split.positionals;
  const verb = subcommand?.value;
  const base = { manager: 'bundler' as const, requirementFiles: [], global: false, options: split.options, subcommand, command };
  if (subcommand === undefined) {
    // A bare `bundle` installs, like `bundle install`.
    return hasOption(split, '--version', '-v', '--help', '-h') ? undefined : { ...base, action: 'install-lockfile', packages: [] };
  }
  const named = rest.flatMap((word) => specTexts(word).map((text) => spec(word, text, undefined, false)));
  switch (verb) {
    case 'install':
    case 'i':
      return { ...base, action: 'install-lockfile', packages: [] };
    case 'update':
      if (hasOption(split, '--bundler') && named.length === 0) return { ...base, action: 'upgrade', packages: [spec(subcommand, 'bundler', undefined, false)] };
      return { ...base, action: 'upgrade', packages: named };
    case 'lock':
      return hasOption(split, '--update') ? { ...base, action: 'upgrade', packages: named } : undefined;
    case 'add': {
      const version = split.values.get('--version')?.[0] ?? split.values.get('-v')?.[0];
      const text = version ? specText(version) : undefined;
      return { ...base, action: 'install', packages: named.map((gem) => ({ ...gem, version: text, exact: text !== undefined && EXACT_GEM_VERSION.test(text.trim()) })) };
    }
  }
  return undefined;
}
