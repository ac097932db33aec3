import type { PackageManager, PackageOperation, PackageSpec, ShellCommand, ShellWord } from '../types.js';
import { splitArgs } from './argv.js';
import { hasWildcard, isLocalPath, isOpaque, isUrl, LINE_BREAK, spec, specText } from './specs.js';

const set = (...values: string[]) => new Set(values);

interface OsManager {
  manager: PackageManager;
  /** Options (before or after the subcommand) whose value is the next word. */
  optionsWithValue: ReadonlySet<string>;
  install: ReadonlySet<string>;
  upgrade: ReadonlySet<string>;
  parseSpec(word: ShellWord): PackageSpec | undefined;
}

const APT: OsManager = {
  manager: 'apt',
  optionsWithValue: set('-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file', '-a', '--host-architecture', '-S', '--snapshot'),
  install: set('install', 'reinstall'),
  upgrade: set('upgrade', 'dist-upgrade', 'full-upgrade'),
  parseSpec(word) {
    const text = specText(word);
    if (isLocalPath(text) || text.endsWith('.deb')) return undefined;
    const equals = text.indexOf('=');
    if (equals > 0) {
      const version = text.slice(equals + 1);
      return spec(word, text.slice(0, equals), version, version !== '' && !hasWildcard(version));
    }
    // `pkg/bookworm-backports` picks a release, not a version.
    const slash = text.indexOf('/');
    return spec(word, slash > 0 ? text.slice(0, slash) : text, slash > 0 ? text.slice(slash) : undefined, false);
  },
};

const APK: OsManager = {
  manager: 'apk',
  optionsWithValue: set('-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--keys-dir', '--repositories-file', '--cache-dir', '--progress-fd', '--wait'),
  install: set('add'),
  upgrade: set('upgrade'),
  parseSpec(word) {
    const text = specText(word);
    if (isLocalPath(text) || text.endsWith('.apk')) return undefined;
    // Flag `s` and a check for line breaks instead of `(.*)$` retried from every shorter name (quadratic).
    const match = /^([^=<>~]+)(=~|~=|[=<>~]=?|><)?(.*)$/s.exec(text);
    if (!match || LINE_BREAK.test(match[3]!)) return spec(word, text, undefined, false);
    const [, name, operator, version] = match;
    return spec(word, name!, operator ? `${operator}${version}` : undefined, operator === '=' && version !== '' && !hasWildcard(version!));
  },
};

/** RPM `name-version[-release]`: the version is the first `-`-separated part that starts with a digit and holds a `.` or `:`. */
function parseRpmSpec(word: ShellWord): PackageSpec | undefined {
  const text = specText(word);
  if (isLocalPath(text) || text.endsWith('.rpm') || isUrl(text)) return undefined;
  if (text.startsWith('@')) return undefined; // `@group` and `@module:stream` are handled as groups
  const parts = text.split('-');
  for (let i = 1; i < parts.length; i++) {
    if (/^\d/.test(parts[i]!) && /[.:]/.test(parts[i]!)) {
      const version = parts.slice(i).join('-');
      return spec(word, parts.slice(0, i).join('-'), version, !hasWildcard(version));
    }
  }
  const comparison = rpmComparison(text);
  if (comparison) return spec(word, comparison.name, `${comparison.operator}${comparison.version}`, comparison.operator === '=' && !hasWildcard(comparison.version));
  return spec(word, text, undefined, false);
}

/**
 * `name >= 1.2` (one quoted word): the first comparison operator splits name and version. Found by
 * a scan rather than `/^([^<>=]+)\s*(=|>=|...)\s*(.+)$/`, which backtracks through every blank of a
 * long run of them (quadratic in the word's length).
 */
function rpmComparison(text: string): { name: string; operator: string; version: string } | undefined {
  const at = text.search(/[<>=]/);
  if (at <= 0) return undefined;
  const operator = text[at] !== '=' && text[at + 1] === '=' ? `${text[at]}=` : text[at]!;
  const version = text.slice(at + operator.length).trimStart();
  // The version is the rest of one line, as `.+$` read it.
  if (version === '' || /[\n\r\u2028\u2029]/.test(version)) return undefined;
  return { name: text.slice(0, at), operator, version };
}

const RPM_OPTIONS = set('-x', '--exclude', '--installroot', '--releasever', '-c', '--config', '--repo', '--repoid', '--enablerepo', '--disablerepo', '--setopt', '-d', '--debuglevel', '-e', '--errorlevel', '--forcearch', '--downloaddir', '--destdir');

function rpmManager(manager: PackageManager): OsManager {
  return {
    manager,
    optionsWithValue: RPM_OPTIONS,
    install: set('install', 'reinstall', 'localinstall', 'in'),
    upgrade: set('upgrade', 'update', 'distro-sync', 'upgrade-minimal', 'update-minimal', 'dist-upgrade'),
    parseSpec: parseRpmSpec,
  };
}

const ZYPPER: OsManager = {
  manager: 'zypper',
  optionsWithValue: set('-r', '--repo', '--from', '-t', '--type', '--root', '-R', '--reposd-root', '-D', '--cache-dir'),
  install: set('install', 'in'),
  upgrade: set('update', 'up', 'dist-upgrade', 'dup', 'patch'),
  parseSpec(word) {
    const text = specText(word);
    if (isLocalPath(text) || text.endsWith('.rpm') || isUrl(text)) return undefined;
    const match = /^([^=<>]+)(>=|<=|=|>|<)(.+)$/.exec(text);
    if (!match) return spec(word, text, undefined, false);
    return spec(word, match[1]!, `${match[2] === '=' ? '' : match[2]}${match[3]}`, match[2] === '=' && !hasWildcard(match[3]!));
  },
};

const MANAGERS: Partial<Record<PackageManager, OsManager>> = {
  apt: APT,
  apk: APK,
  dnf: rpmManager('dnf'),
  yum: rpmManager('yum'),
  microdnf: rpmManager('microdnf'),
  zypper: ZYPPER,
};

export function osPackageOperation(command: ShellCommand, packageManager: PackageManager): PackageOperation | undefined {
  const manager = MANAGERS[packageManager];
  if (!manager) return undefined;
  const split = splitArgs(command.argv.slice(1), manager.optionsWithValue);
  let [subcommand, ...rest] = split.positionals;
  // `dnf module install tomcat:9`, `dnf group install "Development Tools"`.
  let kind: 'package' | 'module' | 'group' = 'package';
  if (subcommand && (subcommand.value === 'module' || subcommand.value === 'group' || subcommand.value === 'groups')) {
    kind = subcommand.value === 'module' ? 'module' : 'group';
    [subcommand, ...rest] = rest;
  } else if (subcommand?.value === 'groupinstall') kind = 'group';
  const verb = subcommand?.value;
  if (!subcommand || verb === undefined) return undefined;
  const isInstall = manager.install.has(verb) || verb === 'groupinstall';
  const isUpgrade = manager.upgrade.has(verb);
  if (!isInstall && !isUpgrade) return undefined;
  if (kind === 'group') {
    // Groups have no versions to pin; their contents are decided by the repository metadata.
    return { manager: manager.manager, action: 'install', packages: [], requirementFiles: [], global: false, options: split.options, subcommand, command };
  }
  const packages = rest.flatMap((word) => {
    if (isOpaque(word)) return [];
    if (kind === 'module') {
      const text = specText(word);
      const [moduleName, stream] = text.split(':');
      return [spec(word, moduleName!, stream, false)];
    }
    const parsed = manager.parseSpec(word);
    return parsed ? [parsed] : [];
  });
  const listFiles = [...rest.flatMap((word) => (word.contentOf ? [word.contentOf] : [])), ...xargsFiles(command)];
  return {
    manager: manager.manager,
    action: isUpgrade ? 'upgrade' : 'install',
    packages,
    requirementFiles: [],
    ...(listFiles.length > 0 ? { listFiles } : {}),
    global: false,
    options: split.options,
    subcommand,
    command,
  };
}

/**
 * The package a word names for an OS package manager, as `install` reads it: used for words that are
 * not in a command (a package list file's entries).
 */
export function osPackageSpec(packageManager: PackageManager, word: ShellWord): PackageSpec | undefined {
  return MANAGERS[packageManager]?.parseSpec(word);
}

/**
 * The files `xargs` feeds to the command as more arguments: `xargs -a pkgs.txt apt-get install`, and
 * `cat pkgs.txt | xargs apt-get install`.
 */
function xargsFiles(command: ShellCommand): ShellWord[] {
  const [first, ...args] = command.words;
  if (first?.value?.split('/').pop() !== 'xargs') return [];
  for (let index = 0; index < args.length && args[index]!.value?.startsWith('-'); index++) {
    const value = args[index]!.value!;
    if ((value === '-a' || value === '--arg-file') && args[index + 1]) return [args[index + 1]!];
    if (value.startsWith('--arg-file=')) return [{ ...args[index]!, value: value.slice('--arg-file='.length) }];
  }
  const feeder = command.pipeline[command.pipelineIndex - 1];
  const [cat, file, ...more] = feeder?.argv ?? [];
  return cat?.value === 'cat' && file && more.length === 0 && !file.value?.startsWith('-') ? [file] : [];
}
