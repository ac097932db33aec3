import { code, commandName, defineRule, instructionsWithTriggers, nixForGitClone, splitArgs, type ShellCommand } from '../src/rules/kit.js';

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

/** `git checkout <sha>`, `git reset --hard <sha>`, `git switch --detach <sha>`, `git fetch origin <sha>`. */
function pinsCommit(command: ShellCommand): 'commit' | 'unknown' | 'ref' | undefined {
  const git = gitSubcommand(command);
  if (!git || !['checkout', 'reset', 'switch', 'fetch'].includes(git.verb)) return undefined;
  const refs = git.args.filter((word) => !(word.value ?? '').startsWith('-') && word.value !== 'origin' && word.value !== '--');
  if (refs.some((word) => word.value === undefined)) return 'unknown';
  if (refs.some((word) => COMMIT.test(word.value!))) return 'commit';
  return refs.length > 0 && git.verb !== 'fetch' ? 'ref' : undefined;
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
      '`--branch v1.2` whatever the tag points to today: tags can be moved and force-pushed. Only a commit',
      'id names fixed content.',
    ].join(' '),
    failing: 'FROM alpine:3.20\nRUN git clone --depth 1 https://github.com/madler/zlib /src/zlib\n',
    passing: 'FROM alpine:3.20\nRUN git clone https://github.com/madler/zlib /src/zlib && git -C /src/zlib checkout 51b7f2abdade71cd9bb0e7a373ef2610ec6f9daf\n',
    fix: 'Check out a full commit id after cloning (`git -C dir checkout <40-hex>`), or `ADD https://github.com/x/y.git#<commit> /src` (BuildKit), which fetches exactly that commit.',
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
          report({
            region: model.positions.regionOf(source.span),
            instruction,
            severity: ref ? 'note' : 'warning',
            message: ref
              ? `${code(url)} names the ref \`${ref}\`, which can move; use the commit id (\`#<40-hex>\`).`
              : `${code(url)} is added at whatever its default branch holds at build time; add \`#<commit>\` to the URL.`,
            nix: nixForGitClone(url),
          });
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
        const pinned = commands.slice(index + 1).map(pinsCommit);
        if (pinned.includes('commit') || pinned.includes('unknown')) return;
        if (branch && branch.value === undefined) return;
        const ref = branch?.value ?? (pinned.includes('ref') ? 'a branch or tag' : undefined);
        report({
          region: url?.region ?? command.region,
          instruction: unit.instruction,
          unit,
          severity: ref ? 'note' : 'warning',
          message: ref
            ? `${code(url?.value ?? url?.raw ?? 'git clone')} is cloned at ${branch?.value ? `\`${branch.value}\`` : ref}, which can be moved; check out the full commit id.`
            : `${code(url?.value ?? url?.raw ?? 'git clone')} is cloned at whatever its default branch holds at build time; check out a full commit id.`,
          nix: nixForGitClone(url?.value),
        });
      });
    }
  },
});
