import type { PackageOperation, PackageSpec, ShellCommand, ShellWord } from '../types.js';
import { hasOption, splitArgs } from './argv.js';
import { isLocalPath, isUrl, LINE_BREAK, spec, specTexts } from './specs.js';

const set = (...values: string[]) => new Set(values);

/** conda, mamba and micromamba options whose value is the next word (`-f` is `--file` for `env create` and micromamba). */
const CONDA_OPTIONS = set(
  '-c', '--channel', '-n', '--name', '-p', '--prefix', '-f', '--file', '--repodata-fn', '--solver', '--experimental-solver',
  '-r', '--root-prefix', '--platform', '--subdir', '--channel-priority', '--category', '--clone', '--rc-file', '--log-level',
  '--revision', '--relocate-prefix', '--cacert-path', '--channel-alias', '--env-file',
);

const INSTALL = set('install', 'create');
const UPGRADE = set('update', 'upgrade');

/**
 * `conda install numpy=1.26.4=py312h…_0`, `mamba create -n x python=3.12`, `micromamba install -f
 * env.yml`, `conda env create -f environment.yml`, `conda update --all`. The `--file`s are
 * requirement files (spec lists, explicit lock files or environment files) read from the build context;
 * `conda env create` without `-f` reads `environment.yml`, which the `create` word stands for.
 */
export function condaPackageOperation(command: ShellCommand): PackageOperation | undefined {
  const split = splitArgs(command.argv.slice(1), CONDA_OPTIONS);
  let [subcommand, ...rest] = split.positionals;
  const environment = subcommand?.value === 'env';
  if (environment) [subcommand, ...rest] = rest;
  const verb = subcommand?.value;
  if (verb === undefined || !subcommand) return undefined;
  const files = [...(split.values.get('-f') ?? []), ...(split.values.get('--file') ?? [])];
  const base = { manager: 'conda' as const, global: false, options: split.options, subcommand, command };
  if (environment) {
    if (verb !== 'create' && verb !== 'update') return undefined;
    const implicit = files.length === 0 && !split.values.has('--clone');
    return { ...base, action: 'install', packages: [], requirementFiles: implicit ? [{ ...subcommand, value: 'environment.yml' }] : files };
  }
  const packages = rest.flatMap((word) => specTexts(word).flatMap((text) => parseCondaSpec(text, word) ?? []));
  if (UPGRADE.has(verb)) return { ...base, action: 'upgrade', packages, requirementFiles: files };
  if (!INSTALL.has(verb) || split.values.has('--clone') || hasOption(split, '--revision')) return undefined;
  return { ...base, action: 'install', packages, requirementFiles: files };
}

/**
 * One conda match spec, as conda reads it on the command line or in a `--file` list:
 * `[channel::]name[ version[ build]]`, `name=version[=build]`, `name==version`, `name>=1,<2`,
 * `name[version='>=1',build=py312*]`. `name=1.26.4` is conda's fuzzy `1.26.4*`, read as one version
 * when it has three or more parts or comes with a build (`python=3.12` lets every 3.12 release in);
 * `name 1.26` and `name==1.26` are exact. Exact means one version and one build string;
 * `exactVersion` says the version alone is one release. URLs and package files are not names from
 * a channel (undefined).
 */
export function parseCondaSpec(text: string, word: ShellWord): PackageSpec | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('#') || isUrl(trimmed) || isLocalPath(trimmed) || /\.(conda|tar\.bz2)$/.test(trimmed)) return undefined;
  const channel = trimmed.lastIndexOf('::');
  const bare = channel >= 0 ? trimmed.slice(channel + 2) : trimmed;
  if (LINE_BREAK.test(bare)) return spec(word, bare, undefined, false);
  const bracket = bare.indexOf('[');
  const head = bracket >= 0 ? bare.slice(0, bracket) : bare;
  const keys = bracket >= 0 ? bracketKeys(bare.slice(bracket)) : new Map<string, string>();
  const at = head.search(/[=<>!~\s]/);
  const name = at < 0 ? head : head.slice(0, at);
  const constraint = at < 0 ? '' : head.slice(at).trim();
  // `==1.2` and the space-separated `1.2 build` name one version; `=1.2` is the prefix `1.2*`.
  let fuzzy = false;
  let version = keys.get('version');
  let build = keys.get('build');
  if (constraint.startsWith('=')) {
    fuzzy = !constraint.startsWith('==');
    const [named, built] = constraint.slice(fuzzy ? 1 : 2).split('=');
    version ??= named;
    build ??= built;
  } else if (/^[<>!~]/.test(constraint)) {
    version ??= constraint;
  } else if (constraint !== '') {
    const [named, built] = constraint.split(/\s+/);
    version ??= named;
    build ??= built;
  }
  const exactBuild = build !== undefined && build !== '' && !/[*?,|]/.test(build);
  const exactVersion = version !== undefined && isOneVersion(version, !fuzzy || exactBuild);
  const written = bare.slice(name.length).trim();
  return { ...spec(word, name, written === '' ? undefined : written, exactVersion && exactBuild), exactVersion };
}

/** One release: no range, glob or alternative, and (for conda's fuzzy `=`) not a prefix such as `1.26`. */
function isOneVersion(version: string, whole: boolean): boolean {
  if (version === '' || /[*?<>!~=,|\s^]/.test(version)) return false;
  return whole || version.split('.').length >= 3;
}

/** `[version='>=1.2', build=py312*]` → version, build (a scan: quoted values may hold commas). */
function bracketKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  const close = text.lastIndexOf(']');
  const body = text.slice(1, close < 0 ? undefined : close);
  let at = 0;
  while (at < body.length) {
    const equals = body.indexOf('=', at);
    if (equals < 0) break;
    const key = body.slice(at, equals).replace(/^[\s,]+/, '').trim();
    let start = equals + 1;
    while (body[start] === ' ') start++;
    const quote = body[start] === "'" || body[start] === '"' ? body[start]! : undefined;
    const end = quote ? body.indexOf(quote, start + 1) : body.indexOf(',', start);
    const stop = end < 0 ? body.length : end;
    keys.set(key, body.slice(quote ? start + 1 : start, stop).trim());
    const next = body.indexOf(',', stop);
    at = next < 0 ? body.length : next + 1;
  }
  return keys;
}
