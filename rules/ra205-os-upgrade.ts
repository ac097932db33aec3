import { code, defineRule, installsFromSnapshot, managersOf, packageOperationsOf, regionOfWords, writtenName } from '../src/rules/kit.js';

const OS_MANAGERS = managersOf('os');

export default defineRule({
  id: 'RA205',
  shell: true,
  name: 'os-upgrade',
  summary: 'Whole-system upgrade (apt-get upgrade, apk upgrade, dnf upgrade, zypper update, pacman -Syu)',
  severity: 'warning',
  tags: ['os-packages', 'upgrade'],
  precision: 'very-high',
  docs: {
    why: [
      '`apt-get upgrade`, `apk upgrade`, `dnf upgrade`, `zypper update` and `pacman -Syu` replace whatever packages have newer',
      'builds on the mirror at build time. The result depends on the day of the build, not on the Dockerfile:',
      'two builds of the same commit a day apart can differ in hundreds of files.',
    ].join(' '),
    failing: 'FROM debian:bookworm\nRUN apt-get update && apt-get -y dist-upgrade\n',
    passing: 'FROM debian:bookworm@sha256:b8084b1a576c5504a031936e1132574f4ce1d6cc7130bf8d6d5e8e5b0a6f5c7a\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311\n',
    fix: 'Take security updates by moving to a newer base image digest (rebuilt by its publisher), not by upgrading inside the build. Install the few packages you need at exact versions. In a workflow step, run the job in a container image pinned by digest and move that digest.',
    nix: 'Updating means moving the nixpkgs revision in `flake.lock` (`nix flake update`): an explicit, reviewable change that rebuilds exactly the affected packages.',
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, OS_MANAGERS)) {
      // `pacman -Syu curl` installs curl (RA206's) after upgrading everything (this rule's).
      if ((operation.action !== 'upgrade' && !operation.upgradesAll) || installsFromSnapshot(model, unit, operation)) continue;
      const name = operation.command.argv[0]!;
      const subcommand = operation.subcommand ?? name;
      const targets = operation.packages.length > 0 && !operation.upgradesAll ? ` ${operation.packages.map((p) => code(writtenName(p))).join(', ')}` : ' every installed package';
      report({
        region: regionOfWords(unit, subcommand),
        instruction,
        unit,
        // A workflow step upgrades the runner (or the job's container), which has no base image to move.
        message: unit.instruction
          ? `${code(`${name.value} ${subcommand.value}`)} upgrades${targets} to whatever the mirror serves at build time; move to a newer pinned base image instead.`
          : `${code(`${name.value} ${subcommand.value}`)} upgrades${targets} to whatever the mirror serves when the job runs; run the job in a container image pinned by digest, and move to a newer one instead.`,
        nix: {
          summary: 'With Nix, an upgrade is a reviewed change of the nixpkgs revision in `flake.lock` (`nix flake update`), which rebuilds exactly what changed; the build itself never reaches for "newest".',
        },
      });
    }
  },
});
