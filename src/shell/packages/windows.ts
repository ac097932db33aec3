import type { PackageOperation, PackageSpec, ShellCommand, ShellWord } from '../types.js';
import { splitArgs } from './argv.js';
import { isLocalPath, isUrl, spec, specText, specTexts } from './specs.js';

const set = (...values: string[]) => new Set(values);

/**
 * Chocolatey's options whose value is the next word, as `--name` (choco accepts `-name` and
 * `--name` alike, in any case: words are normalised before the split).
 */
const CHOCO_OPTIONS = set(
  '--version', '-s', '--source', '--params', '--package-parameters', '--packageparameters', '--installargs', '--install-arguments',
  '--installarguments', '--ia', '--override-arguments', '-u', '--user', '-p', '--password', '--cache-location', '--cachelocation',
  '--timeout', '--execution-timeout', '--executiontimeout', '--checksum', '--checksum64', '--checksumtype', '--checksum-type',
  '--checksumtype64', '--checksum-type-x64', '--download-checksum', '--download-checksum-x64', '--download-checksum-type',
  '--download-checksum-type-x64', '--log-file', '--cert', '--certpassword', '--cp', '--proxy', '--proxy-user', '--proxy-password',
  '--proxy-bypass-list', '--except', '--pin-reason', '--reason',
);

/**
 * `choco install git -y`, `cinst git`, `choco upgrade all`, `cup git`: Chocolatey's one `--version`
 * applies to every package the command names, so each package is exact only when it is given. A
 * `packages.config` (which names versions itself), a `.nupkg` or `.nuspec` file and a URL are not
 * packages of the feed.
 */
export function chocoPackageOperation(command: ShellCommand, program: string): PackageOperation | undefined {
  const implied = program === 'cinst' ? 'install' : program === 'cup' ? 'upgrade' : undefined;
  const words = command.argv.slice(1).map(chocoOptionWord);
  const split = splitArgs(words, CHOCO_OPTIONS);
  const subcommand = implied ? undefined : split.positionals[0];
  const names = implied ? split.positionals : split.positionals.slice(1);
  const verb = implied ?? subcommand?.value?.toLowerCase();
  if (verb !== 'install' && verb !== 'upgrade') return undefined;
  const version = split.values.get('--version')?.[0];
  const versionText = version ? specText(version) : undefined;
  const exact = versionText !== undefined && /^\d[\w.+-]*$/.test(versionText);
  const packages: PackageSpec[] = [];
  for (const word of names) {
    for (const text of specTexts(word)) {
      if (verb === 'upgrade' && text.toLowerCase() === 'all') continue;
      if (!isUrl(text) && !isLocalPath(text) && !/\.(config|nupkg|nuspec)$/i.test(text)) packages.push(spec(word, text, versionText, exact));
    }
  }
  // `requirementFiles` are pip's; a packages.config is Chocolatey's own list (with versions), not read here.
  const base = { manager: 'choco' as const, requirementFiles: [], global: true, options: split.options, subcommand: subcommand ?? command.argv[0], command };
  if (verb === 'upgrade') return { ...base, action: 'upgrade', packages };
  return packages.length > 0 ? { ...base, action: 'install', packages } : undefined;
}

/** `-Version`, `--version`, `-version=1.2`: one spelling, `--version`, for the split; single letters (`-y`, `-s`) stay. */
function chocoOptionWord(word: ShellWord): ShellWord {
  const value = word.value;
  if (value === undefined || !/^--?[A-Za-z][\w-]+/.test(value)) return word;
  const equals = value.indexOf('=');
  const name = (equals < 0 ? value : value.slice(0, equals)).toLowerCase().replace(/^-+/, '--');
  return { ...word, value: `${name}${equals < 0 ? '' : value.slice(equals)}` };
}

/** `dotnet add package` and `dotnet tool install` options whose value is the next word (`-v` is the version in the first, the verbosity in the second). */
const DOTNET_ADD_OPTIONS = set('-v', '--version', '-f', '--framework', '-s', '--source', '--package-directory');
const DOTNET_TOOL_OPTIONS = set('--version', '--add-source', '--configfile', '--tool-path', '--framework', '-a', '--arch', '--tool-manifest', '-v', '--verbosity');

/** A NuGet version that names one release (`8.0.1`, `1.0.0-beta.2`, `[8.0.1]`); `8.*` and `[8,9)` are ranges. */
const EXACT_NUGET_VERSION = /^\[?\d+(\.\d+)*(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?\]?$/;

/**
 * `dotnet add [PROJECT] package NAME [--version V]`, `dotnet tool install [-g] NAME [--version V]`
 * (or `NAME@V`, .NET 8), `dotnet tool update NAME`: NuGet packages taken at the newest release
 * unless a version is named. `dotnet tool restore` installs what the tool manifest pins.
 */
export function dotnetPackageOperation(command: ShellCommand): PackageOperation | undefined {
  const words = command.argv.slice(1);
  const verb = words[0]?.value;
  if (verb === 'add') {
    const at = words.findIndex((word, index) => index > 0 && word.value === 'package');
    if (at < 0 || at > 2) return undefined;
    return nugetOperation(command, words[at]!, words.slice(at + 1), DOTNET_ADD_OPTIONS, 'install');
  }
  if (verb === 'tool') {
    const action = words[1]?.value;
    if (action !== 'install' && action !== 'update') return undefined;
    return nugetOperation(command, words[1]!, words.slice(2), DOTNET_TOOL_OPTIONS, action === 'install' ? 'install' : 'upgrade');
  }
  return undefined;
}

function nugetOperation(command: ShellCommand, subcommand: ShellWord, args: ShellWord[], options: ReadonlySet<string>, action: 'install' | 'upgrade'): PackageOperation | undefined {
  const split = splitArgs(args, options);
  const versionWord = (split.values.get('--version') ?? (options === DOTNET_ADD_OPTIONS ? split.values.get('-v') : undefined))?.[0];
  const optionVersion = versionWord ? specText(versionWord) : undefined;
  const packages = split.positionals.flatMap((word) =>
    specTexts(word).map((text) => {
      const at = text.indexOf('@', 1);
      const version = at > 0 ? text.slice(at + 1) : optionVersion;
      return spec(word, at > 0 ? text.slice(0, at) : text, version, version !== undefined && EXACT_NUGET_VERSION.test(version));
    }),
  );
  if (packages.length === 0) return undefined;
  return { manager: 'dotnet', action, packages, requirementFiles: [], global: split.options.includes('-g') || split.options.includes('--global'), options: split.options, subcommand, command };
}
