import type { PackageOperation, PackageSpec, ShellCommand, ShellWord } from '../types.js';
import { hasOption, splitArgs } from './argv.js';
import { isLocalPath, isUrl, spec, specText } from './specs.js';

const PIP_OPTIONS = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url',
  '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--src', '--platform', '--python-version',
  '--implementation', '--abi', '--trusted-host', '--progress-bar', '--cache-dir', '--upgrade-strategy', '-C',
  '--config-settings', '--global-option', '--install-option', '--build', '-b', '--log', '--proxy', '--retries',
  '--timeout', '--exists-action', '--cert', '--client-cert', '--root-user-action', '--report', '--python',
  '--only-binary', '--no-binary', '--use-feature', '--use-deprecated', '--index', '--default-index', '-p',
  '--pip-args', '--python-preference', '--resolution', '--prerelease', '--suffix',
]);

/** A full commit id in a VCS URL (`git+https://...@<sha>`): tags and branches move. */
const COMMIT = /^[0-9a-f]{40}$/;

/** Which argv runs pip, and where its own arguments start. */
function pipArguments(argv: ShellWord[], name: string): { tool: string; rest: ShellWord[] } | undefined {
  const values = argv.map((word) => word.value);
  if (/^pip[0-9.]*$/.test(name)) return { tool: 'pip', rest: argv.slice(1) };
  if (name === 'pipx') return { tool: 'pipx', rest: argv.slice(1) };
  if (/^python[0-9.]*$/.test(name)) {
    const m = values.indexOf('-m');
    if (m > 0 && values[m + 1] === 'pip') return { tool: 'pip', rest: argv.slice(m + 2) };
    return undefined;
  }
  if (name === 'uv' && values[1] === 'pip') return { tool: 'uv', rest: argv.slice(2) };
  if (name === 'uv' && values[1] === 'tool') return { tool: 'uv', rest: argv.slice(2) };
  return undefined;
}

export function pythonPackageOperation(command: ShellCommand, name: string): PackageOperation | undefined {
  const invocation = pipArguments(command.argv, name);
  if (!invocation) return undefined;
  const split = splitArgs(invocation.rest, PIP_OPTIONS);
  const [subcommand, ...specs] = split.positionals;
  if (subcommand?.value !== 'install') return undefined;
  const editable = split.values.get('-e') ?? split.values.get('--editable') ?? [];
  const packages = [...specs, ...editable].flatMap((word) => {
    const parsed = parsePythonRequirement(specText(word), word);
    return parsed ? [parsed] : [];
  });
  return {
    manager: invocation.tool === 'uv' ? 'uv' : 'pip',
    action: hasOption(split, '-U', '--upgrade') ? 'upgrade' : 'install',
    packages,
    requirementFiles: [...(split.values.get('-r') ?? []), ...(split.values.get('--requirement') ?? [])],
    constraintFiles: [...(split.values.get('-c') ?? []), ...(split.values.get('--constraint') ?? [])],
    global: invocation.tool === 'pipx' || command.argv[1]?.value === 'tool',
    options: split.options,
    subcommand,
    command,
  };
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
  if (direct) return urlSpec(direct[2]!, word, direct[1]!);
  if (isUrl(requirement)) return urlSpec(requirement, word);
  if (isLocalPath(requirement) || /\.(whl|tar\.gz|zip|tgz|tar\.bz2)$/.test(requirement) || /^[^=<>!~\s]+\//.test(requirement)) return undefined;
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(requirement);
  if (!match) return spec(word, requirement, undefined, false);
  const [, name, constraint] = match;
  const specifiers = constraint!.replace(/^\(|\)$/g, '').split(',').map((s) => s.trim()).filter(Boolean);
  const exact = specifiers.length === 1 && /^===?\s*[^*\s]+$/.test(specifiers[0]!) && !specifiers[0]!.includes('*');
  return spec(word, name!, constraint || undefined, exact);
}

function urlSpec(url: string, word: ShellWord, name?: string): PackageSpec {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url)?.[1];
  const packageName = name ?? egg ?? url.replace(/[#?].*$/, '').split('/').pop()!.replace(/\.git$/, '');
  if (/^(git|hg|svn|bzr)\+/.test(url)) {
    const ref = /@([^@#/]+)(?:#.*)?$/.exec(url.replace(/^[^:]+:\/\/[^/]*@/, ''))?.[1];
    return spec(word, packageName, ref, ref !== undefined && COMMIT.test(ref));
  }
  return spec(word, packageName, url, /#sha256=[0-9a-f]{64}/.test(url));
}
