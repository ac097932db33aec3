import type { PackageOperation, PackageSpec, ShellCommand, ShellWord } from '../types.js';
import { knownName } from '../commands.js';
import { hasOption, splitArgs } from './argv.js';
import { isLocalPath, isUrl, LINE_BREAK, spec, specTexts, upTo } from './specs.js';

const PIP_OPTIONS = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url',
  '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--src', '--platform', '--python-version',
  '--implementation', '--abi', '--trusted-host', '--progress-bar', '--cache-dir', '--upgrade-strategy', '-C',
  '--config-settings', '--global-option', '--install-option', '--build', '-b', '--log', '--proxy', '--retries',
  '--timeout', '--exists-action', '--cert', '--client-cert', '--root-user-action', '--report', '--python',
  '--only-binary', '--no-binary', '--use-feature', '--use-deprecated', '--index', '--default-index', '-p',
  '--pip-args', '--python-preference', '--resolution', '--prerelease', '--suffix',
  // pip 25.1 and uv: a dependency group of pyproject.toml (`--group test`), not a package
  '--group',
  // uv pip / uv tool; pipx run's `--spec`
  '--spec', '--constraints', '--overrides', '--env-file', '--exclude-newer', '--override', '--build-constraint', '--build-constraints', '--index-strategy', '--keyring-provider',
  '--link-mode', '--torch-backend', '--config-file', '--directory', '--project', '--color', '-P', '--upgrade-package',
  '--with', '-w', '--with-requirements', '--with-editable', '--from', '--python-platform', '--fork-strategy',
  '--reinstall-package', '--refresh-package', '--config-settings-package', '--no-build-isolation-package',
  '--exclude-newer-package', '--no-build-package', '--no-binary-package', '--only-binary-package', '--allow-insecure-host',
  // pipx
  '--backend',
]);

/** A full commit id in a VCS URL (`git+https://...@<sha>`): tags and branches move. */
const COMMIT = /^[0-9a-f]{40}$/;

/** Which argv runs pip, and where its own arguments start. */
function pipArguments(argv: ShellWord[], name: string): { tool: string; rest: ShellWord[] } | undefined {
  const values = argv.map((word) => word.value);
  switch (knownName(name)) {
    case 'pip':
      return { tool: 'pip', rest: argv.slice(1) };
    case 'pipx':
      return { tool: 'pipx', rest: argv.slice(1) };
    case 'python': {
      const m = values.indexOf('-m');
      return m > 0 && values[m + 1] === 'pip' ? { tool: 'pip', rest: argv.slice(m + 2) } : undefined;
    }
    case 'uv':
      return values[1] === 'pip' || values[1] === 'tool' ? { tool: 'uv', rest: argv.slice(2) } : undefined;
  }
  return undefined;
}

export function pythonPackageOperation(command: ShellCommand, name: string): PackageOperation | undefined {
  const invocation = pipArguments(command.argv, name);
  if (!invocation) return undefined;
  if (invocation.rest[0]?.value === 'run' && (invocation.tool === 'pipx' || command.argv[1]?.value === 'tool')) {
    return pythonRunOperation(command, invocation.tool === 'uv' ? 'uv' : 'pip', command.argv.indexOf(invocation.rest[0]) + 1);
  }
  const split = splitArgs(invocation.rest, PIP_OPTIONS);
  const [subcommand, ...specs] = split.positionals;
  const verb = subcommand?.value;
  // `uv pip sync requirements.txt`: the positionals are requirement files.
  const sync = invocation.tool === 'uv' && verb === 'sync' && command.argv[1]?.value === 'pip';
  // `pipx upgrade x`, `pipx upgrade-all`, `uv tool upgrade x|--all`
  const upgrade = (invocation.tool === 'pipx' || command.argv[1]?.value === 'tool') && (verb === 'upgrade' || verb === 'upgrade-all');
  if (verb !== 'install' && !sync && !upgrade) return undefined;
  const editable = [...(split.values.get('-e') ?? []), ...(split.values.get('--editable') ?? [])];
  const upgraded = [...(split.values.get('-P') ?? []), ...(split.values.get('--upgrade-package') ?? [])];
  // `uv tool install --from 'ruff==0.4.4' ruff`: the positional names the command, `--from` the package.
  const from = split.values.get('--from') ?? [];
  const named = sync ? [] : from.length > 0 ? from : specs;
  // uv's tool commands also take `ruff@0.6.9`.
  const parse = command.argv[1]?.value === 'tool' ? parseToolRequirement : parsePythonRequirement;
  const packages = [...named, ...(split.values.get('--with') ?? []), ...(split.values.get('-w') ?? []), ...editable, ...upgraded].flatMap((word) =>
    specTexts(word).flatMap((text) => {
      const parsed = parse(text, word);
      return parsed ? [parsed] : [];
    }),
  );
  return {
    manager: invocation.tool === 'uv' ? 'uv' : 'pip',
    action: upgrade || upgraded.length > 0 || hasOption(split, '-U', '--upgrade') ? 'upgrade' : 'install',
    packages,
    requirementFiles: inOrder([...(sync ? specs : []), ...(split.values.get('-r') ?? []), ...(split.values.get('--requirement') ?? [])]),
    constraintFiles: inOrder([...(split.values.get('-c') ?? []), ...(split.values.get('--constraint') ?? [])]),
    global: invocation.tool === 'pipx' || command.argv[1]?.value === 'tool',
    options: split.options,
    subcommand,
    command,
  };
}

/**
 * `uvx [options] pkg[@version] [args]`, `uv tool run ...`, `pipx run [options] app [args]`: a tool
 * fetched into a throwaway environment and run. The package is `--from` (uv) or `--spec` (pipx) when
 * given, else the first word that is not an option (what follows is the tool's); `--with` adds more.
 * Only options before that word are the runner's. A script run from a path or URL is no package.
 * uvx runs a tool `uv tool install` put there when no version is asked for (`prefersInstalled`).
 */
export function pythonRunOperation(command: ShellCommand, manager: 'uv' | 'pip', start: number): PackageOperation | undefined {
  const words = command.argv.slice(start);
  const first = words.findIndex((word, index) => !(word.value ?? word.raw).startsWith('-') && !PIP_OPTIONS.has(words[index - 1]?.value ?? ''));
  const split = splitArgs(first < 0 ? words : words.slice(0, first + 1), PIP_OPTIONS);
  const tool = split.positionals[0];
  const source = [...(split.values.get('--from') ?? []), ...(split.values.get('--spec') ?? [])];
  const named = source.length > 0 ? source : tool && !/\.py$/.test(tool.value ?? '') && !isUrl(tool.value ?? '') ? [tool] : [];
  const packages = [...named, ...(split.values.get('--with') ?? []), ...(split.values.get('-w') ?? [])].flatMap((word) =>
    specTexts(word).flatMap((text) => {
      const parsed = parseToolRequirement(text, word);
      return parsed ? [parsed] : [];
    }),
  );
  const requirementFiles = split.values.get('--with-requirements') ?? [];
  if (packages.length === 0 && requirementFiles.length === 0) return undefined;
  return {
    manager,
    action: 'run',
    prefersInstalled: manager === 'uv' && !split.options.includes('--isolated'),
    packages,
    requirementFiles,
    constraintFiles: inOrder([...(split.values.get('-c') ?? []), ...(split.values.get('--constraints') ?? [])]),
    global: true,
    options: split.options,
    subcommand: start > 1 ? command.argv[start - 1] : undefined,
    command,
  };
}

/** A tool's requirement as uvx takes it: `ruff@0.6.9` is `ruff==0.6.9`; `ruff@latest` asks for the newest. */
function parseToolRequirement(text: string, word: ShellWord): PackageSpec | undefined {
  const at = /^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)@([^\s@/:]+)$/.exec(text.trim());
  if (!at) return parsePythonRequirement(text, word);
  return at[2] === 'latest' ? spec(word, at[1]!.replace(/\[.*$/, ''), '@latest', false) : parsePythonRequirement(`${at[1]}==${at[2]}`, word);
}

/** Words in the order the command gives them. */
function inOrder(words: ShellWord[]): ShellWord[] {
  return [...words].sort((a, b) => a.span.start - b.span.start);
}

/**
 * One requirement (PEP 508 or a pip URL): exact when it has a single `==`/`===` specifier without
 * a wildcard, or is a VCS URL at a full commit, or a URL with a `#sha256=` hash. Local paths and
 * archives in the build context are not packages from an index (undefined).
 */
export function parsePythonRequirement(text: string, word: ShellWord): PackageSpec | undefined {
  const requirement = text.split(';')[0]!.trim();
  if (requirement === '' || requirement.startsWith('#')) return undefined;
  const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*@\s*(\S+)$/.exec(requirement);
  if (/^file:/i.test(requirement) || (direct && /^file:/i.test(direct[2]!))) return undefined;
  if (direct) return isLocalPath(direct[2]!) ? undefined : urlSpec(direct[2]!, word, direct[1]!);
  if (isUrl(requirement)) return urlSpec(requirement, word);
  if (isLocalPath(requirement) || /\.(whl|tar\.gz|zip|tgz|tar\.bz2)$/.test(requirement) || /^[^=<>!~\s]+\//.test(requirement)) return undefined;
  // `(.*)$` as one match to the end (flag `s`), then its line breaks checked: with `.` stopping at a
  // line break the two blank runs around the extras were retried in every split, cubic in the word.
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\]\s*)?(.*)$/s.exec(requirement);
  if (!match || LINE_BREAK.test(match[2]!)) return spec(word, requirement, undefined, false);
  const [, name, constraint] = match;
  const specifiers = constraint!.replace(/^\(|\)$/g, '').split(',').map((s) => s.trim()).filter(Boolean);
  const exact = specifiers.length === 1 && /^===?\s*[^*\s]+$/.test(specifiers[0]!) && !specifiers[0]!.includes('*');
  return spec(word, name!, constraint || undefined, exact);
}

function urlSpec(url: string, word: ShellWord, name?: string): PackageSpec {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url)?.[1];
  const packageName = name ?? egg ?? upTo(url, /[#?]/).split('/').pop()!.replace(/\.git$/, '');
  if (/^(git|hg|svn|bzr)\+/.test(url)) {
    const ref = /@([^@#/]+)(?:#.*)?$/.exec(url.replace(/^[^:]+:\/\/[^/]*@/, ''))?.[1];
    return spec(word, packageName, ref, ref !== undefined && COMMIT.test(ref));
  }
  return spec(word, packageName, url, /#sha256=[0-9a-f]{64}/.test(url));
}

/**
 * The PEP 503 normalised project name of a requirement or name: `Foo_Bar.baz`, `foo-bar-baz` and
 * `Foo_Bar.baz[extra]>=1` are the same project, `foo-bar-baz`.
 */
export function normalizePythonName(requirement: string): string {
  // No `\s*` before the operator (the name is trimmed anyway): retried at every blank of a long run it was quadratic.
  return upTo(requirement, /[[<>=!~;@]/)
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}
