import type { PackageManager, PackageOperation, PackageSpec, ShellCommand, ShellWord } from '../types.js';
import { commandName } from '../commands.js';
import { hasOption, splitArgs } from './argv.js';
import { isLocalPath, isUrl, spec, specTexts, upTo } from './specs.js';

const OPTIONS_WITH_VALUE = new Set([
  '--prefix', '--registry', '--cache', '-w', '--workspace', '--omit', '--include', '--tag', '--loglevel',
  '--userconfig', '--install-strategy', '--cwd', '--modules-folder', '--network-timeout', '--mutex', '--filter',
  '-C', '--dir', '--store-dir', '--cache-folder', '--global-folder', '--link-folder', '--backend',
  '--before', '--location', '--otp', '--auth-type', '--fetch-retries', '--fetch-timeout', '--reporter', '-F',
  '--network-concurrency', '--save-prefix', '--lockfile-dir', '--virtual-store-dir', '--modules-dir',
]);

const INSTALL = new Set(['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta']);
const UPGRADE = new Set(['update', 'up', 'upgrade', 'udpate']);
const LOCKFILE_INSTALL = new Set(['ci', 'clean-install', 'install-clean', 'isntall-clean', 'ic']);

const EXACT_SEMVER = /^[=v]?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const COMMIT = /^[0-9a-f]{40}$/;

export function javascriptPackageOperation(command: ShellCommand, manager: PackageManager): PackageOperation | undefined {
  const split = splitArgs(command.argv.slice(1), OPTIONS_WITH_VALUE);
  let [subcommand, ...rest] = split.positionals;
  let global = hasOption(split, '-g', '--global', '--location=global');
  // `yarn global add x`
  if (manager === 'yarn' && subcommand?.value === 'global') {
    global = true;
    [subcommand, ...rest] = rest;
  }
  const verb = subcommand?.value;
  // `npm exec x`, `npm x x`, `bun x x`, `pnpm dlx x`, `yarn dlx x` (pnpm's and yarn's `exec` run installed binaries only).
  if (subcommand && (verb === 'dlx' ? manager === 'pnpm' || manager === 'yarn' : (verb === 'exec' && manager === 'npm') || (verb === 'x' && (manager === 'npm' || manager === 'bun')))) {
    return javascriptRunOperation(command, manager, command.argv.indexOf(subcommand) + 1);
  }
  const base = { manager, requirementFiles: [], global, options: split.options, subcommand, command };
  // A bare `yarn` installs the project's dependencies, like `yarn install` (a bare `bun` prints help).
  if (subcommand === undefined && manager === 'yarn' && !hasOption(split, '--version', '-v', '--help', '-h')) {
    return { ...base, action: 'install-lockfile', packages: [] };
  }
  if (verb === undefined) return undefined;
  if (LOCKFILE_INSTALL.has(verb)) return { ...base, action: 'install-lockfile', packages: [] };
  if (UPGRADE.has(verb)) return { ...base, action: 'upgrade', packages: rest.flatMap((word) => parsed(word)) };
  if (!INSTALL.has(verb)) return undefined;
  const packages = rest.flatMap((word) => parsed(word));
  // `npm install` / `yarn install` / `pnpm install` without packages installs the project's dependencies.
  if (rest.length === 0 && verb !== 'add') return { ...base, action: 'install-lockfile', packages: [] };
  return { ...base, action: 'install', packages };
}

/** Options of npx, bunx and the `exec`/`dlx` subcommands whose value is the next word. */
const RUN_OPTIONS = new Set(['-p', '--package', '-c', '--call', '--registry', '--cache', '--userconfig', '--prefix', '-w', '--workspace', '--cwd', '-C', '--dir']);

/**
 * `npx [options] pkg[@version] [args]`, `npx -p pkg cmd`, `pnpm dlx pkg`: the packages fetched and
 * run (`-p`/`--package`, else the first word that is not an option; what follows is the program's).
 * `npx` and `bunx` run a package the project already has when its name (without a version) matches;
 * `dlx` always fetches. `--no`/`--no-install` never fetch: nothing to report.
 */
export function javascriptRunOperation(command: ShellCommand, manager: PackageManager, start = 1): PackageOperation | undefined {
  const words = command.argv.slice(start);
  const options: string[] = [];
  const packageOptions: ShellWord[] = [];
  let first: ShellWord | undefined;
  for (let i = 0; i < words.length && !first; i++) {
    const value = words[i]!.value ?? words[i]!.raw;
    if (value === '--' || !value.startsWith('-')) {
      first = value === '--' ? words[i + 1] : words[i];
      break;
    }
    const equals = value.startsWith('--') ? value.indexOf('=') : -1;
    const option = equals > 0 ? value.slice(0, equals) : value;
    options.push(option);
    if (!RUN_OPTIONS.has(option)) continue;
    const optionValue = equals > 0 ? { ...words[i]!, value: value.slice(equals + 1) } : words[++i];
    if ((option === '-p' || option === '--package') && optionValue) packageOptions.push(optionValue);
  }
  if (options.includes('--no') || options.includes('--no-install')) return undefined;
  // With `-p`, the first word is the command to run; with `-c` alone, a command line of installed binaries.
  const named = packageOptions.length > 0 ? packageOptions : options.includes('-c') || options.includes('--call') || !first ? [] : [first];
  const packages = named.flatMap((word) => parsed(word));
  if (packages.length === 0) return undefined;
  const subcommand = start > 1 ? command.argv[start - 1] : undefined;
  return { manager, action: 'run', packages, requirementFiles: [], global: false, options, subcommand, command, prefersInstalled: subcommand?.value !== 'dlx' && commandName(command) !== 'pnpx' };
}

function parsed(word: ShellWord): PackageSpec[] {
  return specTexts(word).flatMap((text) => {
    const result = parseNpmSpec(text, word);
    return result ? [result] : [];
  });
}

/** `express@4.1.1`, `@scope/pkg@1.0.0`, git URLs with a commit: exact. Ranges, tags, bare names: not. */
export function parseNpmSpec(text: string, word: ShellWord): PackageSpec | undefined {
  if (text === '' || isLocalPath(text) || text.startsWith('file:') || (!isUrl(text) && /\.(tgz|tar|tar\.gz)$/.test(text))) return undefined;
  // `user/repo` (no scope `@`, no dot-relative path) is GitHub shorthand, like `github:user/repo`.
  const shorthand = /^[A-Za-z0-9][\w.-]*\/[\w.-]+(#.*)?$/.test(text);
  if (shorthand || /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(text) || (isUrl(text) && /\.git(#|$)/.test(text))) {
    const ref = text.includes('#') ? text.slice(text.indexOf('#') + 1) : undefined;
    return spec(word, upTo(text, /#/), ref, ref !== undefined && COMMIT.test(ref));
  }
  if (isUrl(text)) return spec(word, text, undefined, false);
  const at = text.indexOf('@', text.startsWith('@') ? 1 : 0);
  if (at < 0) return spec(word, text, undefined, false);
  const version = text.slice(at + 1).replace(/^["']|["']$/g, '');
  if (version.startsWith('npm:')) return parseNpmSpec(version.slice(4), word);
  return spec(word, text.slice(0, at), version, EXACT_SEMVER.test(version));
}
