import type { PackageOperation, ShellCommand, ShellWord } from '../types.js';
import { hasOption, splitArgs } from './argv.js';
import { isLocalPath, spec, specText, specTexts } from './specs.js';

const set = (...values: string[]) => new Set(values);

/** `1.2.3`, `= 1.2.3`, `2.0.0.pre1`: one version; `~> 2.0`, `>= 1` are ranges. */
export const EXACT_GEM_VERSION = /^=?\s*\d[\w.]*$/;

/**
 * `gem install x:1 --use-system-libraries true`: gem has no such option (it belongs to the
 * extension build, after `--`), but the `true`/`false` after an unknown option is its value, not a gem.
 */
function isBooleanAfterUnknownOption(word: ShellWord, previousWord: ShellWord | undefined): boolean {
  const previous = previousWord?.value;
  return /^(true|false|yes|no)$/.test(word.value ?? '') && previous !== undefined && previous.startsWith('--') && !previous.includes('=') && !GEM_OPTIONS.has(previous);
}

const GEM_OPTIONS = set('-v', '--version', '-i', '--install-dir', '-n', '--bindir', '--source', '-s', '-P', '--trust-policy', '--platform', '-g', '--file', '--document');

/** `gem install x -v 1.2.3` or `x:1.2.3`: exact when the version has no operator (`~>`, `>=`). */
export function gemPackageOperation(command: ShellCommand): PackageOperation | undefined {
  const words = command.argv.slice(1);
  const end = words.findIndex((word) => word.value === '--');
  const split = splitArgs(end >= 0 ? words.slice(0, end) : words, GEM_OPTIONS);
  // The word before each, found once (an `indexOf` per word is quadratic in a long install).
  const previous = new Map(words.map((word, index) => [word, words[index - 1]]));
  const [subcommand, ...names] = split.positionals.filter((word) => !isBooleanAfterUnknownOption(word, previous.get(word)));
  const verb = subcommand?.value;
  const base = { manager: 'gem' as const, requirementFiles: [], global: true, options: split.options, subcommand, command };
  if (verb === 'update') {
    // `gem update --system 3.5.9` installs that exact RubyGems; `gem update [names]` takes the newest.
    const system = hasOption(split, '--system');
    const packages = names.flatMap((word) => specTexts(word).map((text) => (system ? spec(word, 'rubygems', text, EXACT_GEM_VERSION.test(text)) : spec(word, text, undefined, false))));
    return { ...base, action: 'upgrade', packages };
  }
  if (verb !== 'install' && verb !== 'i') return undefined;
  const versionOption = split.values.get('-v') ?? split.values.get('--version');
  const optionVersion = versionOption?.[0] ? specText(versionOption[0]) : undefined;
  const packages = names.flatMap((word) =>
    specTexts(word).flatMap((text) => {
      if (isLocalPath(text) || text.endsWith('.gem')) return [];
      const colon = text.indexOf(':');
      const name = colon >= 0 ? text.slice(0, colon) : text;
      const version = colon >= 0 ? text.slice(colon + 1) : optionVersion;
      return [spec(word, name, version, version !== undefined && version !== '' && EXACT_GEM_VERSION.test(version.trim()))];
    }),
  );
  return { ...base, action: 'install', packages };
}

const GO_OPTIONS = set('-o', '-C', '-p', '-mod', '-modfile', '-tags', '-ldflags', '-gcflags', '-asmflags', '-buildmode', '-compiler', '-gccgoflags', '-overlay', '-pgo', '-toolexec', '-exec', '-pkgdir', '-covermode', '-coverpkg');
const GO_VERSION = /^(v\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?|[0-9a-f]{40})$/;

/** `go install|get|run pkg@version`: exact for a semver or pseudo-version or a full commit. */
export function goPackageOperation(command: ShellCommand): PackageOperation | undefined {
  const [subcommandWord, ...words] = command.argv.slice(1);
  const verb = subcommandWord?.value;
  if (verb !== 'install' && verb !== 'get' && verb !== 'run') return undefined;
  const split = splitArgs(words, GO_OPTIONS);
  // `go run pkg args...`: only the first positional is a package, the rest are the program's.
  const targets = verb === 'run' ? split.positionals.slice(0, 1) : split.positionals;
  const packages = targets.flatMap((word: ShellWord) => specTexts(word).flatMap((text) => {
    if (isLocalPath(text) || text.endsWith('.go') || text === 'all' || (!text.includes('.') && !text.includes('@') && verb !== 'get' && !hasOption(split, '-tool'))) return [];
    const at = text.lastIndexOf('@');
    const name = at > 0 ? text.slice(0, at) : text;
    const version = at > 0 ? text.slice(at + 1) : undefined;
    return [spec(word, name, version, version !== undefined && GO_VERSION.test(version))];
  }));
  if (packages.length === 0 && !hasOption(split, '-u')) return undefined;
  return {
    manager: 'go',
    action: verb === 'get' && hasOption(split, '-u') ? 'upgrade' : 'install',
    packages,
    requirementFiles: [],
    global: verb === 'install',
    options: split.options,
    subcommand: subcommandWord,
    command,
  };
}

const CARGO_OPTIONS = set('--version', '--vers', '--git', '--branch', '--tag', '--rev', '--path', '--root', '--index', '--registry', '--features', '-F', '--target', '-j', '--jobs', '--profile', '--target-dir', '--bin', '--example', '--config', '-Z', '--color');
const CARGO_EXACT = /^=?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** `cargo install x --version 1.2.3` (or `x@1.2.3`); `--git` needs `--rev <commit>`. */
export function cargoPackageOperation(command: ShellCommand): PackageOperation | undefined {
  const [subcommand, ...words] = command.argv.slice(1);
  if (subcommand?.value !== 'install') return undefined;
  const split = splitArgs(words, CARGO_OPTIONS);
  const optionVersion = split.values.get('--version')?.[0] ?? split.values.get('--vers')?.[0];
  const rev = split.values.get('--rev')?.[0];
  const git = split.values.get('--git')?.[0];
  const base = { manager: 'cargo' as const, action: 'install' as const, requirementFiles: [], global: true, options: split.options, subcommand, command };
  // `--path` (or no crate: the package in the working directory) builds local sources.
  if (split.values.has('--path') || (split.positionals.length === 0 && !git)) return { ...base, packages: [] };
  if (git) {
    const revision = rev ? specText(rev) : undefined;
    const name = split.positionals[0] ? specText(split.positionals[0]) : specText(git);
    return { ...base, packages: [spec(split.positionals[0] ?? git, name, revision, revision !== undefined && /^[0-9a-f]{40}$/.test(revision))] };
  }
  const packages = split.positionals.flatMap((word) => specTexts(word).map((text) => {
    const at = text.indexOf('@');
    const version = at > 0 ? text.slice(at + 1) : optionVersion ? specText(optionVersion) : undefined;
    return spec(word, at > 0 ? text.slice(0, at) : text, version, version !== undefined && CARGO_EXACT.test(version));
  }));
  return { ...base, packages };
}
