import path from 'node:path';
import type { DockerfileModel, Instruction } from '../model/index.js';
import type { ShellCommand, ShellScript } from '../shell/index.js';
import type { BuildContextReader } from './reader.js';
import { isGlob, matchesGlob, transferReaching, transfersBefore, workdirAt } from './copies.js';

const posix = path.posix;

/** A build-context file a RUN reads, found with its text, or why it was not. */
export type LocatedFile =
  | { found: true; /** Context-relative path, or a description (`heredoc of COPY at line 3`). */ source: string; text: string }
  | { found: false; /** Why, for a message: what was tried or where the file really comes from. */ reason: string };

/**
 * Finds the build-context file a RUN reads as `written` (e.g. `-r requirements.txt`), following
 * how it got into the container: the COPY/ADD or bind mount that put it at that path (WORKDIR and
 * `cd` taken into account), else the same path in the context, else a file of the same name at the
 * context root. `cwd` is the directory the command runs in when the script `cd`s first.
 */
export function locateContextFile(model: DockerfileModel, instruction: Instruction | undefined, written: string, context: BuildContextReader, cwd?: string): LocatedFile {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return { found: false, reason: `it is fetched from a URL at build time` };
  // Without an instruction (a workflow step) the script runs in the repository's checkout: the context's root.
  const workdir = instruction ? workdirAt(model, instruction) : '/';
  const directory = cwd ? posix.resolve(workdir, cwd) : workdir;
  const containerPath = posix.resolve(directory, written);
  const match = instruction ? transferReaching(transfersBefore(model, instruction), containerPath) : undefined;
  if (match?.text !== undefined) return { found: true, source: `the heredoc of the ${match.transfer.instruction.keyword} at line ${match.transfer.instruction.region.startLine}`, text: match.text };
  if (match && match.transfer.origin !== 'context') {
    const where = match.transfer.origin === 'url' ? 'a URL' : 'another stage or image';
    return { found: false, reason: `\`${containerPath}\` is copied from ${where} (${match.transfer.instruction.keyword} at line ${match.transfer.instruction.region.startLine}), not from the build context` };
  }
  const candidates = [...(match?.candidates ?? []), written.replace(/^\/+/, '').replace(/^\.\//, ''), posix.relative('/', containerPath), posix.basename(written)];
  let unreadable: string | undefined;
  for (const candidate of new Set(candidates)) {
    if (candidate === '' || isGlob(candidate)) continue;
    const text = context.readText(candidate);
    if (text !== undefined) return { found: true, source: candidate, text };
    if (context.exists(candidate)) unreadable ??= candidate;
  }
  if (unreadable) return { found: false, reason: `\`${unreadable}\` is in the build context but could not be read (a directory, or over the 1 MiB limit for context files)` };
  return { found: false, reason: `it is not in the build context (looked for ${[...new Set(candidates)].filter(Boolean).map((candidate) => `\`${candidate}\``).join(', ')})` };
}

/** Whether a lockfile reaches the stage before `instruction`, as far as the Dockerfile and the audited context tell. */
export type Presence = { state: 'copied'; name: string } | { state: 'absent' } | { state: 'unknown'; reason: string };

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
  let unverifiable: string | undefined;
  for (const transfer of transfersBefore(model, instruction)) {
    const where = `${transfer.instruction.keyword} at line ${transfer.instruction.region.startLine}`;
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
        if (glob || !posix.extname(base)) unverifiable ??= `${where} copies from ${transfer.origin === 'url' ? 'a URL' : 'another stage or image'}`;
        continue;
      }
      if (base === manifest) {
        if (context.exists(source)) manifestSeen = true;
        else unverifiable ??= `\`${source}\` (${where}) is not in the audited build context`;
        continue;
      }
      // A plain file of another name (`COPY app.py .`) cannot be the lockfile or the manifest.
      if (!glob && posix.extname(base) !== '' && base !== '.') continue;
      const directory = glob ? posix.dirname(source) : source;
      const holds = (name: string) => (!glob || matchesGlob(base, name)) && context.exists(posix.join(directory, name));
      const lock = lockfiles.find(holds);
      if (lock) return { state: 'copied', name: lock };
      if (holds(manifest)) manifestSeen = true;
      else if (!context.exists(directory === '' ? '.' : directory)) unverifiable ??= `\`${source}\` (${where}) is not in the audited build context`;
      else if (directory === '.' || directory === '') {
        unverifiable ??= `the whole context is copied (${where}) but the audited context has no \`${manifest}\`, so it is probably not the one the build uses`;
      }
    }
  }
  if (manifestSeen) return { state: 'absent' };
  return unverifiable ? { state: 'unknown', reason: unverifiable } : { state: 'absent' };
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
