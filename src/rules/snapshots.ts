import { commandsBefore } from '../build-context/index.js';
import { instructionsWithTriggers, type DockerfileModel, type ShellUnit } from '../model/index.js';
import type { PackageManager, PackageOperation, ShellCommand, ShellScript, ShellWord } from '../shell/index.js';

/**
 * How far a repository holds its packages still: a `snapshot` is frozen at one moment (every install
 * through it gets the same versions: a pin at the repository level); a `release` repository keeps
 * one release of the distribution, whose packages are rebuilt in place; a `moving` one (Alpine's
 * `edge`) follows development, and apk takes the newest version any repository offers.
 */
type PinLevel = 'snapshot' | 'release' | 'moving';

interface RepositoryPattern {
  pattern: RegExp;
  level: PinLevel;
  /** For a `release` repository, the release it keeps (`Alpine 3.20`). */
  release?: (match: RegExpExecArray) => string;
}

/**
 * Repositories pinned (or known to move), per package manager. Matched in one word's value (a
 * sources line, a URL, an `echo` into a mirror list, a `sed` script, `--repository=URL`), never in
 * the RUN's text.
 */
const REPOSITORIES: Partial<Record<PackageManager, readonly RepositoryPattern[]>> = {
  apt: [
    // `snapshot.debian.org/archive/debian/20240101T000000Z`, `snapshot.ubuntu.com/ubuntu/20240301T030400Z`
    { pattern: /\bsnapshot\.(?:debian\.org\/archive\/[\w.-]+|ubuntu\.com\/ubuntu)\/[^\s/]+/, level: 'snapshot' },
    // apt's own snapshot setting (`APT::Snapshot "20240301T030400Z";`, Ubuntu 24.04 and later)
    { pattern: /\bAPT::Snapshot\b/, level: 'snapshot' },
  ],
  // `https://archive.archlinux.org/repos/2024/05/01/...`: one day of the Arch Linux Archive.
  pacman: [{ pattern: /\barchive\.archlinux\.org\/repos\/\d{4}\/\d{2}\/\d{2}\//, level: 'snapshot' }],
  apk: [
    // `https://dl-cdn.alpinelinux.org/alpine/edge/main` follows development (checked first: it undoes a release pin).
    { pattern: /\/alpine\/edge\//, level: 'moving' },
    // `https://dl-cdn.alpinelinux.org/alpine/v3.20/main` (or a mirror's): one Alpine release branch.
    { pattern: /\/alpine\/v(\d+\.\d+)\/[\w-]+/, level: 'release', release: (match) => `Alpine ${match[1]}` },
  ],
};

/** A repository a command names, as Markdown, with how far it pins. */
export interface RepositoryPin {
  level: Exclude<PinLevel, 'moving'>;
  /** The repository (or setting) as the command names it, in Markdown. */
  named: string;
  /** For a `release` repository, the release it keeps (`Alpine 3.20`). */
  release?: string;
}

type NamedRepository = RepositoryPin | { level: 'moving' };

function repositoryIn(patterns: readonly RepositoryPattern[], word: ShellWord): NamedRepository | undefined {
  const text = word.value ?? word.partial ?? word.raw;
  for (const { pattern, level, release } of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    return level === 'moving' ? { level } : { level, named: `\`${withItsUrl(text, match)}\``, ...(release ? { release: release(match) } : {}) };
  }
  return undefined;
}

/** The match with the rest of the URL it is part of, back to the blank or quote before it (found by a scan, not a regex retried at each offset). */
function withItsUrl(text: string, match: RegExpExecArray): string {
  let start = match.index;
  while (start > 0 && !/[\s"']/.test(text[start - 1]!)) start--;
  return text.slice(start, match.index + match[0].length);
}

/** The repository each command names for a manager, found once per command (every install asks about the commands before it). */
const namedByCommand = new WeakMap<ShellCommand, Map<PackageManager, NamedRepository | null>>();

function repositoryNamedBy(command: ShellCommand, manager: PackageManager, patterns: readonly RepositoryPattern[]): NamedRepository | undefined {
  let byManager = namedByCommand.get(command);
  if (!byManager) namedByCommand.set(command, (byManager = new Map()));
  let found = byManager.get(manager);
  if (found === undefined) {
    found = null;
    // A moving repository anywhere in the command outweighs a pinned one named beside it.
    for (const word of [...command.words, ...command.redirects.flatMap((redirect) => (redirect.target ? [redirect.target] : []))]) {
      const repository = repositoryIn(patterns, word);
      if (repository && (found === null || repository.level === 'moving')) found = repository;
      if (found?.level === 'moving') break;
    }
    byManager.set(manager, found);
  }
  return found ?? undefined;
}

/**
 * Whether a script names any repository of the manager: a file (or script) without one answers
 * each install at once, without listing the commands before it.
 */
const namingScripts = new WeakMap<ShellScript, Map<PackageManager, boolean>>();

function namesRepository(script: ShellScript, manager: PackageManager, patterns: readonly RepositoryPattern[]): boolean {
  let byManager = namingScripts.get(script);
  if (!byManager) namingScripts.set(script, (byManager = new Map()));
  let names = byManager.get(manager);
  if (names === undefined) byManager.set(manager, (names = script.commands.some((command) => repositoryNamedBy(command, manager, patterns) !== undefined)));
  return names;
}

const namingModels = new WeakMap<DockerfileModel, Map<PackageManager, boolean>>();

/** Whether any RUN of the file names a repository of the manager, asked once per file and manager. */
function modelNamesRepository(model: DockerfileModel, manager: PackageManager, patterns: readonly RepositoryPattern[]): boolean {
  let byManager = namingModels.get(model);
  if (!byManager) namingModels.set(model, (byManager = new Map()));
  let names = byManager.get(manager);
  if (names === undefined) {
    names = [...instructionsWithTriggers(model)].some((instruction) => instruction.script !== undefined && namesRepository(instruction.script, manager, patterns));
    byManager.set(manager, names);
  }
  return names;
}

/**
 * How an OS package install (or upgrade) is pinned at the repository level, if it is: apt's
 * `--snapshot ID`; a snapshot repository named by a command that ran before it in its build (base
 * stages, earlier ONBUILD triggers and earlier commands of its own script included) or by the
 * command itself (`-o APT::Snapshot=...`); or a release repository named there (`apk add
 * --repository .../alpine/v3.20/main`), unless a moving one (`edge`) is named too.
 */
export function repositoryPinOf(model: DockerfileModel, unit: ShellUnit, operation: PackageOperation): RepositoryPin | undefined {
  if (operation.manager === 'apt' && operation.options.some((option) => option === '--snapshot' || option === '-S')) return { level: 'snapshot', named: '`--snapshot`' };
  const patterns = REPOSITORIES[operation.manager];
  if (!patterns) return undefined;
  if (!modelNamesRepository(model, operation.manager, patterns) && !namesRepository(unit.script, operation.manager, patterns)) return undefined;
  let release: RepositoryPin | undefined;
  for (const command of [...commandsBefore(model, unit, operation.command), operation.command]) {
    const named = repositoryNamedBy(command, operation.manager, patterns);
    if (named?.level === 'moving') return undefined;
    if (named?.level === 'snapshot') return named;
    if (named?.level === 'release') release = named;
  }
  return release;
}

/** Whether an OS install or upgrade goes through a snapshot archive that never changes (Markdown naming it), not merely a release repository. */
export function installsFromSnapshot(model: DockerfileModel, unit: ShellUnit, operation: PackageOperation): string | undefined {
  const pin = repositoryPinOf(model, unit, operation);
  return pin?.level === 'snapshot' ? pin.named : undefined;
}
