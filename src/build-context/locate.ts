import path from 'node:path';
import { code, type PositionMapper } from '../findings/index.js';
import { createPositionMapper, type DockerfileModel, type Instruction } from '../model/index.js';
import type { ShellCommand, ShellScript } from '../shell/index.js';
import type { BuildContextReader } from './reader.js';
import { containerPathOf, isGlob, matchesGlob, runsOnWindows, transferReaching, transfersBefore, workdirAt } from './copies.js';

const posix = path.posix;

/** A text file a RUN reads or runs, found in the build context or in a heredoc of the Dockerfile. */
export interface ContextText {
  /** Its context-relative path, or `a heredoc of COPY`. */
  source: string;
  /** How messages name it (Markdown): its path as code, or `a heredoc of COPY`. */
  shown: string;
  text: string;
  /** Where it is, as `Finding.file` names files: the context file's path, or the Dockerfile for a heredoc. */
  file: string;
  /** Offset in `file` where `text` begins (a heredoc's body), else 0: positions in `text` plus this index `file`. */
  offset: number;
  /** Offset ↔ line/column conversion of `file`. */
  positions: PositionMapper;
  /** The COPY, ADD or bind mount that puts the file where the RUN reads it, when one does. */
  via?: Instruction;
}

/** A build-context file a RUN reads, found with its text, or why it was not. */
export type LocatedFile =
  | ({ found: true } & ContextText)
  | {
      found: false;
      /** Why, for a message (no line numbers: `via` is where). */
      reason: string;
      via?: Instruction;
      /** With `copiedOnly`: nothing puts a file at that path, so it is not in the image at all. */
      absent?: boolean;
    };

/**
 * Finds the build-context file a RUN reads as `written` (e.g. `-r requirements.txt`), following
 * how it got into the container: the COPY/ADD or bind mount that put it at that path (WORKDIR and
 * `cd` taken into account), else the same path in the context, else a file of the same name at the
 * context root. `cwd` is the directory the command runs in when the script `cd`s first. With
 * `copiedOnly`, only a COPY, ADD or bind mount counts: for files a program looks for by itself
 * (`rust-toolchain.toml`), which are there only when the Dockerfile puts them there.
 */
export function locateContextFile(model: DockerfileModel, instruction: Instruction | undefined, written: string, context: BuildContextReader, cwd?: string, options: { copiedOnly?: boolean } = {}): LocatedFile {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return { found: false, reason: `it is fetched from a URL at build time` };
  // Without an instruction (a workflow step) the script runs in the repository's checkout: the context's root.
  const workdir = instruction ? workdirAt(model, instruction) : '/';
  const windows = instruction ? runsOnWindows(model, instruction) : false;
  const directory = cwd ? posix.resolve(workdir, containerPathOf(cwd, windows)) : workdir;
  const writtenPath = containerPathOf(written, windows);
  const containerPath = posix.resolve(directory, writtenPath);
  const match = instruction ? transferReaching(transfersBefore(model, instruction), containerPath) : undefined;
  const via = match?.transfer.instruction;
  if (match?.heredoc) {
    const { body, bodySpan } = match.heredoc;
    return { found: true, source: `a heredoc of ${via!.keyword}`, shown: `a heredoc of ${via!.keyword}`, text: body.endsWith('\n') ? body : `${body}\n`, file: model.file, offset: bodySpan.start, positions: model.positions, via };
  }
  if (match && match.transfer.origin !== 'context') {
    const where = match.transfer.origin === 'url' ? 'a URL' : 'another stage or image';
    return { found: false, reason: `\`${containerPath}\` is copied from ${where} by ${via!.keyword}, not from the build context`, via };
  }
  if (options.copiedOnly && !match) return { found: false, absent: true, reason: `no COPY, ADD or bind mount puts \`${containerPath}\` in the image before it` };
  const guesses = options.copiedOnly ? [] : [writtenPath.replace(/^\/+/, '').replace(/^\.\//, ''), posix.relative('/', containerPath), posix.basename(writtenPath)];
  const candidates = [...(match?.candidates ?? []), ...guesses];
  let unreadable: string | undefined;
  for (const candidate of new Set(candidates)) {
    if (candidate === '' || isGlob(candidate)) continue;
    const text = context.readText(candidate);
    if (text !== undefined) return { found: true, source: candidate, shown: code(candidate), text, file: path.join(context.root, candidate), offset: 0, positions: createPositionMapper(text), via };
    if (context.exists(candidate)) unreadable ??= candidate;
  }
  if (unreadable) return { found: false, reason: `\`${unreadable}\` is in the build context but could not be read (a directory, or over the 1 MiB limit for context files)`, via };
  return { found: false, reason: `it is not in the build context (looked for ${[...new Set(candidates)].filter(Boolean).map((candidate) => `\`${candidate}\``).join(', ')})`, via };
}

/** Whether a lockfile reaches the stage before `instruction`, as far as the Dockerfile and the audited context tell. */
export type Presence = { state: 'copied'; name: string } | { state: 'absent' } | { state: 'unknown'; /** No line numbers: `via` is where. */ reason: string; via?: Instruction };

/**
 * Looks at what the stage copied before `instruction` for one of `lockfiles`: an explicit source,
 * a glob or a context directory holding one. The project `manifest` (`package.json`) tells whether
 * the audited context is the one the build uses: when a copy brings the manifest but no lockfile,
 * the lockfile is `absent`; when nothing we can check brings the manifest (copies from other stages,
 * images, URLs, or sources missing from the audited context), the answer is `unknown`.
 */
export function presenceInStage(model: DockerfileModel, instruction: Instruction | undefined, context: BuildContextReader, lockfiles: readonly string[], manifest: string): Presence {
  if (!instruction) return presenceInCheckout(context, lockfiles);
  let manifestSeen = false;
  let unverifiable: { reason: string; via: Instruction } | undefined;
  for (const transfer of transfersBefore(model, instruction)) {
    const where = transfer.instruction.keyword;
    const because = (reason: string) => (unverifiable ??= { reason, via: transfer.instruction });
    if (transfer.origin === 'heredoc') {
      const name = posix.basename(transfer.destination);
      if (lockfiles.includes(name)) return { state: 'copied', name };
      if (name === manifest) manifestSeen = true;
      continue;
    }
    for (const source of transfer.sources) {
      const base = posix.basename(source);
      const glob = isGlob(base);
      const explicitLock = glob ? undefined : lockfiles.find((name) => name === base);
      if (explicitLock) return { state: 'copied', name: explicitLock };
      if (transfer.origin !== 'context') {
        if (glob || !posix.extname(base)) because(`a ${where} copies from ${transfer.origin === 'url' ? 'a URL' : 'another stage or image'}`);
        continue;
      }
      if (base === manifest) {
        if (context.exists(source)) manifestSeen = true;
        else because(`\`${source}\` (copied by ${where}) is not in the audited build context`);
        continue;
      }
      // A plain file of another name (`COPY app.py .`) cannot be the lockfile or the manifest.
      if (!glob && posix.extname(base) !== '' && base !== '.') continue;
      const directory = glob ? posix.dirname(source) : source;
      const holds = (name: string) => (!glob || matchesGlob(base, name)) && context.exists(posix.join(directory, name));
      const lock = lockfiles.find(holds);
      if (lock) return { state: 'copied', name: lock };
      if (holds(manifest)) manifestSeen = true;
      else if (!context.exists(directory === '' ? '.' : directory)) because(`\`${source}\` (copied by ${where}) is not in the audited build context`);
      else if (directory === '.' || directory === '') {
        because(`the whole context is copied (by ${where}) but the audited context has no \`${manifest}\`, so it is probably not the one the build uses`);
      }
    }
  }
  if (manifestSeen) return { state: 'absent' };
  return unverifiable ? { state: 'unknown', ...unverifiable } : { state: 'absent' };
}

/**
 * The directory a command of a RUN runs in, relative to the RUN's WORKDIR, after the `cd`s that
 * come before it in the same script (`cd /app && pip install -r requirements.txt`); undefined when
 * there is none or it cannot be known.
 */
export function shellDirectoryBefore(script: ShellScript, command: ShellCommand): string | undefined {
  // Paths relative to an unknown WORKDIR are resolved against a stand-in and made relative again.
  const workdir = '/\0workdir';
  let directory: string | undefined = workdir;
  for (const candidate of script.commands) {
    if (candidate === command) break;
    if (candidate.argv[0]?.value !== 'cd' || candidate.inSubstitution || candidate.parent !== command.parent) continue;
    const target = candidate.argv[1]?.value;
    directory = target === undefined || target === '-' || target.startsWith('~') ? undefined : target.startsWith('/') ? posix.resolve(target) : directory === undefined ? undefined : posix.resolve(directory, target);
  }
  if (directory === undefined || directory === workdir) return undefined;
  return directory.startsWith(`${workdir}/`) ? directory.slice(workdir.length + 1) : directory;
}

/** A workflow step's checkout: the repository's root holds the lockfile or not (a step may change folder first). */
function presenceInCheckout(context: BuildContextReader, lockfiles: readonly string[]): Presence {
  const name = lockfiles.find((candidate) => context.exists(candidate));
  return name ? { state: 'copied', name } : { state: 'unknown', reason: `the repository's root holds none, and the step may run in another folder` };
}
