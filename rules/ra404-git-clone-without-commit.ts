import { code, commandName, defineRule, instructionsWithTriggers, nixForGitClone, splitArgs, type ShellCommand, type ShellWord } from '../src/rules/kit.js';

const COMMIT = /^[0-9a-f]{40}$/;
const GIT_OPTIONS = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace']);
const CLONE_OPTIONS = new Set(['-b', '--branch', '--depth', '-o', '--origin', '-u', '--upload-pack', '--reference', '--separate-git-dir', '-j', '--jobs', '--filter', '--shallow-since', '--shallow-exclude', '-c', '--config', '--template', '--recurse-submodules']);

/** `git [-C dir] <subcommand> args`: the subcommand and its arguments. */
function gitSubcommand(command: ShellCommand): { verb: string; args: ShellCommand['argv'] } | undefined {
  if (commandName(command) !== 'git') return undefined;
  const split = splitArgs(command.argv.slice(1), GIT_OPTIONS);
  const [verb, ...rest] = split.positionals;
  if (!verb?.value) return undefined;
  const start = command.argv.indexOf(verb);
  return { verb: verb.value, args: command.argv.slice(start + 1).filter((word) => rest.includes(word) || word.value?.startsWith('-')) };
}

/** What a command after the clone checks out: a full commit, a named ref, or a word whose value is not known here. */
type Checkout = { kind: 'commit' | 'ref' | 'unknown'; word: ShellWord };

/** `git checkout <sha>`, `git reset --hard <sha>`, `git switch --detach <sha>`, `git fetch origin <sha>`. */
function checkoutOf(command: ShellCommand): Checkout | undefined {
  const git = gitSubcommand(command);
  if (!git || !['checkout', 'reset', 'switch', 'fetch'].includes(git.verb)) return undefined;
  const refs = git.args.filter((word) => !(word.value ?? '').startsWith('-') && word.value !== 'origin' && word.value !== '--');
  const unknown = refs.find((word) => word.value === undefined);
  if (unknown) return { kind: 'unknown', word: unknown };
  const commit = refs.find((word) => COMMIT.test(word.value!));
  if (commit) return { kind: 'commit', word: commit };
  return refs.length > 0 && git.verb !== 'fetch' ? { kind: 'ref', word: refs[0]! } : undefined;
}

/**
 * Whether a ref looks like a release tag (`v1.2.3`, `1.2`, `curl-8_5_0`, `jdk-21+35`) rather than
 * a branch (`main`, `develop`, `release/1.x`, `stable-2.15`): by its shape, the only thing the
 * Dockerfile tells. Both can be moved; a branch moves with every push, a tag only when re-created.
 */
function looksLikeTag(ref: string): boolean {
  return /\d+[._]\d+/.test(ref) && !/(^|[-_/.])(x|branch|stable|dev|develop|main|master|trunk|head)([-_/.]|$)/i.test(ref);
}

/** The finding for a ref that is not a commit: a branch is a warning, a tag a note, a ref of unknown value a note. */
function refFinding(subject: string, ref: string | undefined, how: string, inStep = false): { severity: 'warning' | 'note'; message: string } {
  if (ref === undefined) return { severity: 'warning', message: `${subject} ${how} whatever its default branch holds at build time; ${how === 'is cloned at' ? 'check out a full commit id' : 'add `#<commit>` to the URL'}.` };
  if (/\$|`/.test(ref)) return { severity: 'note', message: `${subject} ${how} ${code(ref)}, whose value is not known here (${inStep ? "the runner's environment, or an earlier step's `$GITHUB_ENV`" : "a build argument without a default, or the base image's environment"}), so the pin cannot be verified. Use a full commit id.` };
  return looksLikeTag(ref)
    ? { severity: 'note', message: `${subject} ${how} the tag ${code(ref)}, which can be moved or re-created; use the full commit id it names.` }
    : { severity: 'warning', message: `${subject} ${how} ${code(ref)}, a branch (or a ref that is not a release tag) that moves with every push; use a full commit id.` };
}

export default defineRule({
  id: 'RA404',
  shell: true,
  name: 'git-clone-without-commit',
  summary: 'git clone (or ADD of a git URL) without checking out a commit',
  severity: 'warning',
  tags: ['download', 'supply-chain', 'git'],
  precision: 'high',
  docs: {
    why: [
      '`git clone https://github.com/x/y` builds whatever the default branch holds at build time, and',
      '`--branch main` (or `ADD https://github.com/x/y.git#main`) whatever the branch holds: both move with every push',
      '(warnings). A tag is a mutable name too: `--branch v1.2.3` builds what the tag points to today, and tags can be',
      'moved, deleted and re-created (a note: it moves far less often than a branch). Refs that look like a version',
      '(`v1.2.3`, `1.2`, `curl-8_5_0`) are taken for tags, others for branches. A ref taken from a build argument',
      'without a default cannot be verified at all (a note). Only a commit id names fixed content.',
    ].join(' '),
    failing: 'FROM alpine:3.20\nRUN git clone --depth 1 https://github.com/madler/zlib /src/zlib\n',
    passing: 'FROM alpine:3.20\nRUN git clone https://github.com/madler/zlib /src/zlib && git -C /src/zlib checkout 51b7f2abdade71cd9bb0e7a373ef2610ec6f9daf\n',
    fix: 'Check out a full commit id after cloning (`git -C dir checkout <40-hex>`, or `git fetch --depth 1 origin <40-hex>` for a shallow clone), or `ADD https://github.com/x/y.git#<commit> /src` (BuildKit), which fetches exactly that commit. Keep the tag in a comment for readers.',
    nix: '`pkgs.fetchFromGitHub { owner = ...; repo = ...; rev = "<commit>"; hash = "sha256-..."; }` (or `pkgs.fetchgit`): content-addressed, so a moved ref or rewritten history fails the build.',
  },
  check({ model, units, report }) {
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword === 'ADD') {
        for (const source of instruction.args.slice(0, -1)) {
          const url = source.value ?? source.raw;
          if (!/\.git(#|$)|^git@/.test(url)) continue;
          const ref = url.includes('#') ? url.slice(url.indexOf('#') + 1).split(':')[0]! : undefined;
          if ((ref && COMMIT.test(ref)) || instruction.flags.some((flag) => flag.name === 'checksum' && flag.value)) continue;
          const finding = refFinding(code(url), ref, ref === undefined ? 'is added at' : 'names');
          report({ region: model.positions.regionOf(source.span), instruction, ...finding, nix: nixForGitClone(url) });
        }
      }
    }
    for (const unit of units) {
      const commands = unit.script.commands;
      commands.forEach((command, index) => {
        const git = gitSubcommand(command);
        if (git?.verb !== 'clone') return;
        const split = splitArgs(git.args, CLONE_OPTIONS);
        const url = split.positionals[0];
        const branch = split.values.get('-b')?.[0] ?? split.values.get('--branch')?.[0];
        const checkouts = commands.slice(index + 1).flatMap((candidate) => checkoutOf(candidate) ?? []);
        if (checkouts.some((checkout) => checkout.kind === 'commit')) return;
        // The last named checkout decides what is built; else the branch the clone took.
        const checkout = checkouts.at(-1);
        const ref = checkout ? (checkout.word.value ?? checkout.word.raw) : branch ? (branch.value ?? branch.raw) : undefined;
        const subject = code(url?.value ?? url?.raw ?? 'git clone');
        report({ region: url?.region ?? command.region, instruction: unit.instruction, unit, ...refFinding(subject, ref, checkout ? 'is checked out at' : 'is cloned at', !unit.instruction), nix: nixForGitClone(url?.value) });
      });
    }
  },
});
