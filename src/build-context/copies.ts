import path from 'node:path';
import picomatch from 'picomatch';
import { onbuildOf, stageChain, type DockerfileModel, type Instruction } from '../model/index.js';
import type { Heredoc } from '../shell/index.js';

const posix = path.posix;

/** One way files reach a stage's filesystem: a COPY/ADD, or a bind mount of the RUN itself. */
export interface FileTransfer {
  instruction: Instruction;
  /** Sources as written (context-relative unless `origin` says otherwise), without a leading `./`. */
  sources: string[];
  /** Absolute destination in the container; ends with `/` when it is a directory. */
  destination: string;
  /** Where the sources are read from. */
  origin: 'context' | 'other-stage-or-image' | 'url' | 'heredoc';
  /** The heredocs of `COPY <<EOF /path`. */
  heredocs?: readonly Heredoc[];
}

/**
 * The instructions that ran before `instruction` in its build, base stages first: the stage's own
 * earlier instructions and those of the stages it is built `FROM`. For an ONBUILD trigger, the
 * triggers registered before it run in the child build right before it, so they count too.
 */
export function instructionsBefore(model: DockerfileModel, instruction: Instruction): Instruction[] {
  const owner = onbuildOf(model, instruction);
  const anchor = owner ?? instruction;
  const stage = anchor.stage;
  if (!stage) return [];
  const before: Instruction[] = stageChain(stage).slice(0, -1).flatMap((base) => base.instructions);
  for (const candidate of stage.instructions) {
    if (candidate === anchor) break;
    before.push(candidate);
  }
  if (owner) {
    for (const candidate of stage.instructions) {
      if (candidate.trigger) before.push(candidate.trigger);
      if (candidate === owner) break;
    }
    before.pop(); // the trigger itself
  }
  return before;
}

/**
 * A path in the container as the other paths here are kept: POSIX. A Windows container's
 * `C:\app\x.ps1` and `C:/app/x.ps1` are `/app/x.ps1` (a build writes to drive C: only). Windows
 * compares names without case and these comparisons do not: a Dockerfile writes one path the same
 * way each time.
 */
export function containerPathOf(written: string, windows: boolean): string {
  if (!windows) return written;
  return written.replaceAll('\\', '/').replace(/^[a-zA-Z]:(?=\/|$)/, '') || '/';
}

/** Whether the instruction runs in a stage built on a Windows image (an ONBUILD trigger: its owner's). */
export function runsOnWindows(model: DockerfileModel, instruction: Instruction): boolean {
  return (onbuildOf(model, instruction) ?? instruction).stage?.windows ?? false;
}

/** The working directory an instruction runs in (`WORKDIR`s before it; `/` by default). */
export function workdirAt(model: DockerfileModel, instruction: Instruction): string {
  return workdirAfter(instructionsBefore(model, instruction), runsOnWindows(model, instruction));
}

function workdirAfter(instructions: Instruction[], windows: boolean): string {
  let workdir = '/';
  for (const instruction of instructions) {
    const keyword = instruction.trigger?.keyword ?? instruction.keyword;
    if (keyword !== 'WORKDIR') continue;
    const arg = instruction.args[0];
    if (!arg) continue;
    workdir = posix.resolve(workdir, containerPathOf(arg.value ?? arg.raw, windows));
  }
  return workdir;
}

/** Every COPY/ADD before `instruction` (base stages included), plus the instruction's own bind mounts, in order. */
export function transfersBefore(model: DockerfileModel, instruction: Instruction): FileTransfer[] {
  const before = instructionsBefore(model, instruction);
  const windows = runsOnWindows(model, instruction);
  const transfers: FileTransfer[] = [];
  before.forEach((candidate, index) => {
    if (candidate.keyword !== 'COPY' && candidate.keyword !== 'ADD') return;
    const transfer = transferOf(candidate, workdirAfter(before.slice(0, index), windows), windows);
    if (transfer) transfers.push(transfer);
  });
  transfers.push(...bindMountsOf(instruction, workdirAfter(before, windows), windows));
  return transfers;
}

function transferOf(instruction: Instruction, workdir: string, windows: boolean): FileTransfer | undefined {
  const bodyStart = instruction.heredocs[0]?.bodySpan.start ?? Infinity;
  const words = instruction.args.filter((arg) => arg.span.start < bodyStart).map((arg) => containerPathOf(arg.value ?? arg.raw, windows));
  if (words.length < 2) return undefined;
  const rawDestination = words[words.length - 1]!;
  const sources = words.slice(0, -1).map((source) => source.replace(/^\.\/(?=.)/, ''));
  const directory = rawDestination.endsWith('/') || rawDestination === '.' || sources.length > 1;
  const resolved = posix.resolve(workdir, rawDestination);
  const destination = directory && resolved !== '/' ? `${resolved}/` : resolved;
  const from = instruction.flags.some((flag) => flag.name === 'from');
  if (instruction.heredocs.length > 0) {
    return { instruction, sources, destination, origin: 'heredoc', heredocs: instruction.heredocs };
  }
  const url = sources.some((source) => /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(source));
  return { instruction, sources, destination, origin: from ? 'other-stage-or-image' : url ? 'url' : 'context' };
}

/** `RUN --mount=type=bind,source=x,target=/y` makes context files visible to that RUN only. */
function bindMountsOf(instruction: Instruction, workdir: string, windows: boolean): FileTransfer[] {
  return instruction.flags.flatMap((flag) => {
    if (flag.name !== 'mount') return [];
    const option = (key: string) => flag.options.find((candidate) => candidate.key === key)?.value;
    if ((option('type') ?? 'bind') !== 'bind') return [];
    const target = option('target') ?? option('dst') ?? option('destination');
    if (!target) return [];
    const source = (option('source') ?? option('src') ?? '.').replace(/^\/+/, '') || '.';
    const destination = posix.resolve(workdir, containerPathOf(target, windows));
    return [{
      instruction,
      // A bind mount of a file puts the file at the target itself; of a directory, beneath it.
      sources: [source],
      destination,
      origin: option('from') ? ('other-stage-or-image' as const) : ('context' as const),
    }];
  });
}

/** Where a file seen in the container at `containerPath` (absolute) may come from, in the build context. */
export interface TransferMatch {
  transfer: FileTransfer;
  /** Context-relative candidates, most likely first. */
  candidates: string[];
  /** For heredoc copies, the heredoc that is the file. */
  heredoc?: Heredoc;
}

/** The last transfer that puts something at `containerPath`, and the context paths it could have come from. */
export function transferReaching(transfers: FileTransfer[], containerPath: string): TransferMatch | undefined {
  for (let i = transfers.length - 1; i >= 0; i--) {
    const transfer = transfers[i]!;
    const match = matchTransfer(transfer, containerPath);
    if (match) return match;
  }
  return undefined;
}

function matchTransfer(transfer: FileTransfer, target: string): TransferMatch | undefined {
  const { destination } = transfer;
  const candidates: string[] = [];
  if (transfer.origin === 'heredoc') {
    for (const heredoc of transfer.heredocs ?? []) {
      if (target === destination || target === posix.join(destination, heredoc.name)) return { transfer, candidates, heredoc };
    }
    return undefined;
  }
  const asDirectory = destination.endsWith('/') ? destination : `${destination}/`;
  for (const source of transfer.sources) {
    const contextSource = source.replace(/^\/+/, '') || '.';
    if (!destination.endsWith('/') && target === destination) candidates.push(contextSource);
    if (!target.startsWith(asDirectory)) continue;
    const relative = target.slice(asDirectory.length);
    // A file (or glob) source lands beneath a directory destination under its own name; a
    // directory source copies its content beneath it.
    if (!relative.includes('/') && (posix.basename(contextSource) === relative || matchesGlob(posix.basename(contextSource), relative))) {
      candidates.push(posix.join(posix.dirname(contextSource), relative));
    } else {
      candidates.push(posix.join(contextSource, relative));
    }
  }
  return candidates.length > 0 ? { transfer, candidates: [...new Set(candidates)] } : undefined;
}

export function isGlob(pattern: string): boolean {
  return /[*?[\]]/.test(pattern);
}

export function matchesGlob(pattern: string, name: string): boolean {
  return isGlob(pattern) && picomatch.isMatch(name, pattern, { dot: true });
}
