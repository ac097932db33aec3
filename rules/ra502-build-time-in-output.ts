import { buildStampOf, commandName, defineRule, type Instruction, type ShellCommand, type ShellUnit, type ShellWord, type Span } from '../src/rules/kit.js';

type Stamp = 'time' | 'host' | 'random';

/** Files Docker manages in a build container: what a RUN writes there does not stay in the image. */
const MANAGED_FILES = new Set(['/etc/hosts', '/etc/hostname', '/etc/resolv.conf']);
const WRITES = new Set(['>', '>>', '>|', '&>', '&>>']);
/** Programs whose arguments become part of what they build (`make VERSION=$(date +%s)`, `mvn -Dbuild.time=...`). */
const BUILDERS = new Set(['go', 'gcc', 'cc', 'g++', 'c++', 'clang', 'clang++', 'make', 'cmake', 'cargo', 'rustc', 'javac', 'mvn', 'gradle', 'dotnet', 'npm', 'yarn', 'pnpm', 'bazel']);
/** Programs that make a file or directory named by their arguments (`mkdir /backup-$(date +%F)`). */
const NAMERS = new Set(['mkdir', 'touch', 'cp', 'mv', 'ln', 'tar', 'tee']);

const SOURCE_DATE_EPOCH = 'SOURCE_DATE_EPOCH';

/** Whether a redirect writes a file the image keeps. */
function writesFile(command: ShellCommand): boolean {
  return command.redirects.some((redirect) => {
    if (!WRITES.has(redirect.operator)) return false;
    const target = redirect.target?.value;
    return target === undefined || !(target.startsWith('/dev/') || target.startsWith('/proc/') || MANAGED_FILES.has(target));
  });
}

/** Whether what `command` prints ends up in a file: its own redirect, or a later member of its pipeline that writes one. */
function outputKept(command: ShellCommand): boolean {
  if (writesFile(command)) return true;
  return command.pipeline.slice(command.pipelineIndex + 1).some((later) => writesFile(later) || (commandName(later) === 'tee' && later.argv.length > 1));
}

/** Whether `word`, an argument of `command`, ends up in the image. */
function argumentKept(command: ShellCommand, word: ShellWord): boolean {
  if (outputKept(command)) return true;
  const name = commandName(command);
  if (name === undefined || !command.argv.includes(word)) return false;
  if (name === 'sed') return command.argv.some((arg) => arg.value?.startsWith('-i') || arg.value === '--in-place');
  if (NAMERS.has(name)) return !(word.value ?? word.raw).startsWith('-');
  return BUILDERS.has(name);
}

function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** `$NAME` / `${NAME...}` in a word, from its source text (one AST word, never the RUN's text). */
function references(word: ShellWord, names: ReadonlySet<string>): boolean {
  for (const match of word.raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (names.has(match[1]!)) return true;
  return false;
}

/**
 * Where the build's time, host or randomness is written into the image, in one shell unit: a stamp
 * command's output kept (`date > /built`), its substitution in a kept argument (`-X main.built=$(date)`,
 * `echo $(hostname) >> /etc/motd`), or through a variable (`NOW=$(date); echo $NOW > /built`), and
 * `$RANDOM` in a kept argument.
 */
function stampsOf(unit: ShellUnit): { stamp: Stamp; region: ShellCommand['region'] }[] {
  const found: { stamp: Stamp; region: ShellCommand['region'] }[] = [];
  const commands = unit.script.commands;
  const stamped = new Map<string, { stamp: Stamp; command: ShellCommand }>();
  const reported = new Set<ShellCommand>();
  const report = (stamp: Stamp, command: ShellCommand) => {
    if (reported.has(command)) return;
    reported.add(command);
    found.push({ stamp, region: command.region });
  };
  for (const command of commands) {
    const stamp = buildStampOf(command);
    if (!stamp) continue;
    if (!command.inSubstitution) {
      if (outputKept(command)) report(stamp, command);
      continue;
    }
    // The innermost command with a word holding the substitution, or the assignment it is the value of.
    let holder: { command: ShellCommand; word: ShellWord } | undefined;
    for (const candidate of commands) {
      if (candidate === command || !within(command.span, candidate.span)) continue;
      const word = candidate.words.find((each) => within(command.span, each.span));
      if (word && (!holder || within(candidate.span, holder.command.span))) holder = { command: candidate, word };
      if (candidate.redirects.some((redirect) => WRITES.has(redirect.operator) && redirect.target && within(command.span, redirect.target.span))) report(stamp, command);
    }
    if (holder) {
      if (argumentKept(holder.command, holder.word)) report(stamp, command);
      continue;
    }
    const assignment = unit.script.assignments?.findLast((each) => each.valueSpan && within(command.span, each.valueSpan));
    if (assignment) stamped.set(assignment.name, { stamp, command });
  }
  if (stamped.size > 0) {
    for (const command of commands) {
      for (const word of command.words) {
        if (!references(word, new Set(stamped.keys())) || !argumentKept(command, word)) continue;
        for (const [name, origin] of stamped) if (references(word, new Set([name]))) report(origin.stamp, origin.command);
      }
    }
  }
  const randomWords = new Set<number>();
  for (const command of commands) {
    for (const word of command.words) {
      // A word inside another's substitution has its own start: each `$RANDOM` word is reported once.
      if (!references(word, RANDOM) || !argumentKept(command, word) || randomWords.has(word.span.start)) continue;
      randomWords.add(word.span.start);
      found.push({ stamp: 'random', region: word.region });
    }
  }
  return found;
}

const RANDOM = new Set(['RANDOM']);

function messageOf(stamp: Stamp, instruction: Instruction | undefined): string {
  if (stamp === 'host') {
    return 'The build container\'s host name is written into the image: Docker names each build container anew, so every build gives different bytes. Write a fixed name, or look it up when the container starts.';
  }
  if (stamp === 'random') return '`$RANDOM` writes a random number into the image, so no two builds are the same. Use a fixed value, or draw it when the container starts.';
  const declared = instruction?.variables.has(SOURCE_DATE_EPOCH)
    ? `\`${SOURCE_DATE_EPOCH}\` is declared here, but this \`date\` reads the clock instead`
    : 'every build gives different bytes';
  return `The time of the build is written into the image: ${declared}. Use a fixed time: \`ARG ${SOURCE_DATE_EPOCH}\` and \`date -u -d "@$${SOURCE_DATE_EPOCH}"\`, which BuildKit sets from \`--build-arg ${SOURCE_DATE_EPOCH}=...\` (e.g. the last commit's time).`;
}

export default defineRule({
  id: 'RA502',
  name: 'build-time-in-output',
  summary: 'Time, host name or randomness of the build written into the image',
  severity: 'warning',
  tags: ['timestamps', 'source-date-epoch', 'determinism'],
  precision: 'high',
  docs: {
    why: [
      'A RUN that writes `$(date)`, `date > /build-date`, `-ldflags "-X main.buildTime=$(date ...)"`, `hostname` or',
      '`$RANDOM` into a file, a binary or a file name bakes the moment, the build container or chance into the',
      'image: two builds of the same sources never give the same bytes, and nobody can check that an image was',
      'built from what it claims. Printing the date to the build log is fine; only what stays in the image is',
      'flagged (a redirect to a file, `tee`, `sed -i`, a compiler or `go build` argument, a file or directory name).',
    ].join(' '),
    failing: 'FROM golang:1.22\nRUN go build -ldflags "-X main.buildTime=$(date -u +%Y-%m-%dT%H:%M:%SZ)" -o /app .\n',
    passing: 'FROM golang:1.22\nARG SOURCE_DATE_EPOCH\nRUN go build -ldflags "-X main.buildTime=$(date -u -d @$SOURCE_DATE_EPOCH +%Y-%m-%dT%H:%M:%SZ)" -o /app .\n',
    fix: [
      'Use the reproducible-builds convention: declare `ARG SOURCE_DATE_EPOCH` and write `date -u -d "@$SOURCE_DATE_EPOCH"`',
      '(BusyBox: `date -u -d "@$SOURCE_DATE_EPOCH"` too); build with `--build-arg SOURCE_DATE_EPOCH=$(git log -1',
      '--format=%ct)`, which BuildKit also uses to clamp file times in the image. Leave the host name and random',
      'values out of the image, or compute them when the container starts.',
    ].join(' '),
    nix: 'Nix builds run with `SOURCE_DATE_EPOCH` set and no network or host name of their own; `dockerTools` images have a fixed creation time. A version stamp comes from the flake (`self.lastModifiedDate`), which is the commit\'s time, not the build\'s.',
  },
  check({ units, report }) {
    for (const unit of units) {
      for (const { stamp, region } of stampsOf(unit)) {
        report({ region, instruction: unit.instruction, unit, message: messageOf(stamp, unit.instruction) });
      }
    }
  },
});
