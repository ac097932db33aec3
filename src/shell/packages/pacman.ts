import type { PackageOperation, PackageSpec, ShellCommand, ShellWord } from '../types.js';
import { splitArgs } from './argv.js';
import { hasWildcard, isLocalPath, isUrl, spec, specTexts } from './specs.js';

/** pacman (and yay, paru) options whose value is the next word. */
const PACMAN_OPTIONS = new Set([
  '-b', '--dbpath', '-r', '--root', '--arch', '--cachedir', '--config', '--gpgdir', '--hookdir', '--logfile', '--sysroot',
  '--ignore', '--ignoregroup', '--assume-installed', '--overwrite', '--print-format', '--color',
]);

/**
 * `pacman -S curl`, `pacman -Syu`, `pacman -Syu --needed git`: the operation is a short-option
 * cluster (`-S` with `y` refresh and `u` upgrade) or `--sync` with `--refresh`/`--sysupgrade`.
 * `-S` with a query (`-Ss`, `-Si`, `-Sl`, `-Sg`), cleaning (`-Sc`) or download only (`-Sw`,
 * `-Sp`) installs nothing. `-U` installs package files or URLs named exactly, and `-` reads the
 * targets from stdin: neither names a package here.
 */
export function pacmanPackageOperation(command: ShellCommand): PackageOperation | undefined {
  const split = splitArgs(command.argv.slice(1), PACMAN_OPTIONS);
  const flags = new Set<string>();
  for (const option of split.options) {
    if (option.startsWith('--')) flags.add(LONG_FLAGS[option] ?? option);
    else for (const letter of option.slice(1)) flags.add(letter);
  }
  if (!flags.has('S') || ['s', 'i', 'l', 'g', 'c', 'w', 'p'].some((letter) => flags.has(letter))) return undefined;
  const packages = split.positionals.flatMap((word) => specTexts(word).flatMap((text) => parsePacmanSpec(text, word) ?? []));
  const upgradesAll = flags.has('u');
  // The word that asks for the upgrade (`-Syu`, `--sysupgrade`) when there is one, else the sync operation.
  const upgradeWord = upgradesAll ? command.argv.slice(1).find((word) => /^-[A-Za-z]*u|^--sysupgrade$/.test(word.value ?? '')) : undefined;
  const subcommand = upgradeWord ?? command.argv.slice(1).find((word) => /^-[A-Za-z]*S|^--sync$/.test(word.value ?? ''));
  const base = { manager: 'pacman' as const, requirementFiles: [], global: true, options: split.options, subcommand, command };
  if (packages.length === 0) return upgradesAll ? { ...base, action: 'upgrade', packages } : undefined;
  return { ...base, action: 'install', packages, upgradesAll };
}

/** The letters long options stand for: `--sync --refresh --sysupgrade` is `-Syu`. */
const LONG_FLAGS: Record<string, string> = {
  '--sync': 'S', '--refresh': 'y', '--sysupgrade': 'u', '--search': 's', '--info': 'i', '--list': 'l', '--groups': 'g',
  '--clean': 'c', '--downloadonly': 'w', '--print': 'p',
};

/** `curl`, `core/curl`, `curl=8.5.0-1`, `'curl>=8'`: exact only with `=` and a version. */
function parsePacmanSpec(text: string, word: ShellWord): PackageSpec | undefined {
  if (text === '-' || isLocalPath(text) || isUrl(text) || /\.pkg\.tar(\.\w+)?$/.test(text)) return undefined;
  const target = text.slice(text.indexOf('/') + 1);
  const at = target.search(/[=<>]/);
  if (at <= 0) return spec(word, target, undefined, false);
  const operator = /^(>=|<=|=|>|<)/.exec(target.slice(at))![0];
  const version = target.slice(at + operator.length);
  return spec(word, target.slice(0, at), `${operator === '=' ? '' : operator}${version}`, operator === '=' && version !== '' && !hasWildcard(version));
}

