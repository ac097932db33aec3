import type { PackageManager, PackageOperation, PackageSpec, ShellCommand, ShellWord } from '../types.js';
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
