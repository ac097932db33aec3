/**
 * Which installed packages the final image keeps: a package installed and removed again
 * (`apk add --virtual .build-deps gcc && ... && apk del .build-deps`, `apt-get purge gcc`, the
 * official images' `apt-mark auto '.*'` + `apt-get purge --auto-remove`) is a build's input,
 * not the image's runtime.
 */
import { programName, splitArgs, type PackageOperation, type ShellCommand, type ShellScript } from '../../shell/index.js';

const APK_VALUE_OPTIONS = new Set(['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--keys-dir', '--repositories-file', '--cache-dir']);
const APT_VALUE_OPTIONS = new Set(['-o', '--option', '-t', '--target-release', '-c', '--config-file']);
const APT_REMOVE = new Set(['remove', 'purge', 'autoremove', 'autopurge']);
const DNF_REMOVE = new Set(['remove', 'erase', 'autoremove']);

/** An installed package, by the name its manager knows, with the group an `apk add --virtual` gave it. */
export interface Installed {
  manager: string;
  name: string;
  group?: string;
}

/** What one RUN script removes: package names, `apk` virtual groups, and whether the auto-removal of the apt-mark pattern runs. */
interface Removal {
  names: Set<string>;
  autoRemove: boolean;
  /** `apt-mark auto '.*'` (everything) or named packages marked auto. */
  markedAuto: 'all' | Set<string>;
  markedManual: Set<string>;
}

const words = (command: ShellCommand) => command.argv.map((word) => word.value);

function removalOf(commands: readonly ShellCommand[]): Removal {
  const removal: Removal = { names: new Set(), autoRemove: false, markedAuto: new Set(), markedManual: new Set() };
  for (const command of commands) {
    const name = programName(command.argv[0]);
    const [, sub] = words(command);
    if (name === 'apk' && sub === 'del') {
      for (const word of splitArgs(command.argv.slice(2), APK_VALUE_OPTIONS).positionals) if (word.value) removal.names.add(word.value);
    } else if ((name === 'apt-get' || name === 'apt') && sub && APT_REMOVE.has(sub)) {
      const args = splitArgs(command.argv.slice(2), APT_VALUE_OPTIONS);
      for (const word of args.positionals) if (word.value) removal.names.add(word.value.replace(/[=:].*$/, ''));
      if (sub.startsWith('auto') || args.options.includes('--auto-remove') || args.options.includes('--autoremove')) removal.autoRemove = true;
    } else if (name === 'apt-mark' && (sub === 'auto' || sub === 'manual')) {
      const names = command.argv.slice(2).map((word) => word.value);
      if (sub === 'auto' && names.some((value) => value === '.*' || value === undefined)) removal.markedAuto = 'all';
      for (const value of names) if (value && value !== '.*') (sub === 'auto' ? (removal.markedAuto === 'all' ? undefined : removal.markedAuto.add(value)) : removal.markedManual.add(value));
    } else if ((name === 'dnf' || name === 'yum' || name === 'microdnf') && sub && DNF_REMOVE.has(sub)) {
      for (const word of splitArgs(command.argv.slice(2), new Set()).positionals) if (word.value) removal.names.add(word.value);
    }
  }
  return removal;
}

/** The packages of `operations` as installed entries, with apk's `--virtual` group. */
export function installedBy(operations: readonly PackageOperation[]): Map<PackageOperation, Installed[]> {
  const result = new Map<PackageOperation, Installed[]>();
  for (const operation of operations) {
    // A tool run once (`uvx ruff`) is not installed in the image.
    if (operation.action === 'run') continue;
    const group = operation.manager === 'apk' ? splitArgs(operation.command.argv.slice(2), APK_VALUE_OPTIONS).values.get(operation.options.includes('-t') ? '-t' : '--virtual')?.[0]?.value : undefined;
    result.set(operation, operation.packages.map((spec) => ({ manager: operation.manager, name: spec.name, group })));
  }
  return result;
}

/**
 * Drops from `kept` what `script` removes. `installedHere` are the packages this same script
 * installed: only those go with the apt-mark auto-removal (what was installed before stays manual).
 */
export function applyRemovals(kept: Installed[], script: ShellScript, installedHere: ReadonlySet<Installed>): Installed[] {
  const removal = removalOf(script.commands);
  const autoRemoved = (entry: Installed) =>
    removal.autoRemove && entry.manager === 'apt' && installedHere.has(entry) && !removal.markedManual.has(entry.name) && (removal.markedAuto === 'all' || removal.markedAuto.has(entry.name));
  return kept.filter((entry) => !removal.names.has(entry.name) && !(entry.group && removal.names.has(entry.group)) && !autoRemoved(entry));
}
