import { commandName, knownName } from '../commands.js';
import { downloadUrls, urlText } from '../downloads.js';
import type { PackageManager, PackageOperation, PackageSpec, ShellCommand, ShellWord, VariableScope } from '../types.js';
import { environmentValue } from '../wrappers.js';
import { hasOption, splitArgs, type SplitArgs } from './argv.js';
import { normalizePythonName, parsePythonRequirement, pythonPackageOperation } from './python.js';
import { isLocalPath, spec, specTexts, upTo } from './specs.js';

const set = (...values: string[]) => new Set(values);

/** Options of poetry, pipenv and uv's project commands (global ones included) whose value is the next word. */
const PROJECT_OPTIONS = set(
  // poetry
  '-C', '--directory', '-P', '--project', '--only', '--with', '--without', '-E', '--extras', '-G', '--group', '--python',
  '--platform', '--source', '--markers',
  // pipenv
  '-r', '--requirements', '-i', '--index', '--extra-index-url', '--categories', '-e', '--editable',
  // uv
  '--cache-dir', '-p', '--color', '--config-file', '--upgrade-package', '--extra', '--no-extra', '--package', '--optional',
  '--rev', '--tag', '--branch', '--script', '--bounds', '--index-url', '--default-index', '--index-strategy',
  '--keyring-provider', '--resolution', '--prerelease', '--exclude-newer', '--link-mode', '--no-group', '--only-group',
  '--refresh-package', '--reinstall-package', '--no-install-package', '--python-platform', '--marker',
);

/** A commit id (`--rev`, `#<sha>`, `@<sha>`): branches and tags move. */
const COMMIT = /^[0-9a-f]{40}$/;
/** A poetry constraint naming one release: `1.2.3`, `==1.2.3`, `=1.2.3`; `^1.2`, `~1.2`, `>=1`, `1.*`, `latest` are not. */
const POETRY_EXACT = /^={0,2}\s*\d[0-9A-Za-z.+!-]*$/;

/**
 * `poetry install|sync|add|update|lock`, `poetry self add|update`, `pipenv install|sync|update`,
 * `uv sync|add|lock`: a project's locked dependencies (`install-lockfile`), packages added to it
 * (`install`) or moved to their newest allowed versions (`upgrade`).
 */
export function pythonProjectOperation(command: ShellCommand, manager: PackageManager): PackageOperation | undefined {
  const split = splitArgs(command.argv.slice(1), PROJECT_OPTIONS);
  let [subcommand, ...rest] = split.positionals;
  let self = false;
  if (manager === 'poetry' && subcommand?.value === 'self') {
    self = true;
    [subcommand, ...rest] = rest;
  }
  const verb = subcommand?.value;
  if (!subcommand || verb === undefined) return undefined;
  const requirementFiles = [...(split.values.get('-r') ?? []), ...(split.values.get('--requirements') ?? [])];
  const base = { manager, global: self, options: split.options, subcommand, command, requirementFiles: [] as ShellWord[] };
  const named = (parse: (text: string, word: ShellWord) => PackageSpec | undefined) => rest.flatMap((word) => specTexts(word).flatMap((text) => parse(text, word) ?? []));
  switch (manager) {
    case 'poetry':
      if (self && verb === 'update') return { ...base, action: 'upgrade', packages: [spec(command.argv[0]!, 'poetry', rest[0]?.value, rest[0]?.value !== undefined && POETRY_EXACT.test(rest[0].value))] };
      if (verb === 'add') return { ...base, action: 'install', packages: named(parsePoetrySpec) };
      if (self) return undefined;
      if (verb === 'update') return { ...base, action: 'upgrade', packages: named(parsePoetrySpec) };
      if (verb === 'install' || verb === 'sync') return { ...base, action: 'install-lockfile', packages: [] };
      // `poetry lock --regenerate` (Poetry 2) re-resolves; a bare `poetry lock` does so in Poetry 1.x
      // only, where `--no-update` keeps the locked versions (and `--check` only checks).
      if (verb === 'lock' && split.options.includes('--regenerate')) return { ...base, action: 'upgrade', packages: [] };
      if (verb === 'lock' && !split.options.includes('--no-update') && !split.options.includes('--check')) return { ...base, action: 'upgrade', packages: [], upgradesBeforeMajor: 2 };
      return undefined;
    case 'pipenv': {
      const editable = [...(split.values.get('-e') ?? []), ...(split.values.get('--editable') ?? [])];
      const packages = [...named(parsePythonRequirement), ...editable.flatMap((word) => parsePythonRequirement(word.value ?? word.raw, word) ?? [])];
      if (verb === 'update' || verb === 'upgrade') return { ...base, action: 'upgrade', packages };
      if (verb === 'sync') return { ...base, action: 'install-lockfile', packages: [] };
      if (verb !== 'install') return undefined;
      if (packages.length > 0 || requirementFiles.length > 0) return { ...base, action: 'install', packages, requirementFiles };
      return { ...base, action: 'install-lockfile', packages: [] };
    }
    case 'uv': {
      const upgraded = [...(split.values.get('-P') ?? []), ...(split.values.get('--upgrade-package') ?? [])].flatMap((word) => parsePythonRequirement(word.value ?? word.raw, word) ?? []);
      const upgrade = hasOption(split, '-U', '--upgrade') || upgraded.length > 0;
      if ((verb === 'sync' || verb === 'lock') && upgrade) return { ...base, action: 'upgrade', packages: upgraded };
      if (verb === 'sync') return { ...base, action: 'install-lockfile', packages: [] };
      if (verb === 'add') return { ...base, action: 'install', packages: named((text, word) => uvAddSpec(text, word, split)), requirementFiles };
      return undefined;
    }
  }
  return undefined;
}

/**
 * The Poetry release a command installs, when it names one: `pip install poetry==1.8.3` (pipx, `uv
 * tool install`), or the official installer piped into Python (`curl -sSL
 * https://install.python-poetry.org | python3 -`) given `--version 1.8.3` or `POETRY_VERSION`.
 */
export function poetryReleaseInstalledBy(command: ShellCommand, scope: VariableScope): string | undefined {
  const name = commandName(command);
  const install = name === undefined ? undefined : pythonPackageOperation(command, name);
  if (install) {
    const poetry = install.action === 'install' ? install.packages.find((candidate) => candidate.exact && normalizePythonName(candidate.name) === 'poetry') : undefined;
    return poetry?.version?.replace(/^===?\s*/, '');
  }
  const source = command.pipeline[command.pipelineIndex - 1];
  if (knownName(name) !== 'python' || !source || !downloadUrls(source).some((url) => /^https:\/\/install\.python-poetry\.org\/?$/.test(urlText(url)))) return undefined;
  const args = command.argv.map((word) => word.value);
  const option = args.findIndex((arg) => arg === '--version' || arg?.startsWith('--version='));
  if (option >= 0) return args[option] === '--version' ? args[option + 1] : args[option]!.slice('--version='.length);
  return environmentValue(command, 'POETRY_VERSION', scope);
}

/**
 * `name@^1.2`, `name@1.2.3`, `name==1.2.3`, `name[extra]@latest`, `git+https://…/x.git#<ref>`: poetry's
 * spec syntax (a bare version after `@` is exact); anything else is read as PEP 508.
 */
export function parsePoetrySpec(text: string, word: ShellWord): PackageSpec | undefined {
  if (/^(git\+|git@|https?:\/\/)/.test(text)) {
    const hash = text.indexOf('#');
    if (hash < 0) return parsePythonRequirement(text, word);
    const ref = text.slice(hash + 1);
    return spec(word, upTo(text, /#/).split('/').pop()!.replace(/\.git$/, ''), ref, COMMIT.test(ref));
  }
  if (isLocalPath(text)) return undefined;
  const at = text.indexOf('@');
  if (at <= 0) return parsePythonRequirement(text, word);
  const constraint = text.slice(at + 1).trim();
  return spec(word, text.slice(0, at).replace(/\[.*$/, ''), constraint, POETRY_EXACT.test(constraint) && !constraint.includes('*'));
}

/** `uv add git+https://…/x --rev <sha>`: the command's `--rev` pins a git source; `--tag`/`--branch` move. */
function uvAddSpec(text: string, word: ShellWord, split: SplitArgs): PackageSpec | undefined {
  const parsed = parsePythonRequirement(text, word);
  const rev = split.values.get('--rev')?.[0]?.value;
  if (!parsed || !/^git\+/.test(text) || parsed.version !== undefined) return parsed;
  const ref = rev ?? split.values.get('--tag')?.[0]?.value ?? split.values.get('--branch')?.[0]?.value;
  return { ...parsed, version: ref, exact: rev !== undefined && COMMIT.test(rev) };
}
