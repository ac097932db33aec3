import { variablesOf, code, comesFromBaseImage, defineRule, managersOf, nixForPackages, nixOncePerInstall, packageOperationsOf, regionOfWords, unknownValueNote, writtenName } from '../src/rules/kit.js';

const RUBY = managersOf('ruby');

export default defineRule({
  id: 'RA304',
  shell: true,
  name: 'unpinned-ruby-gem',
  summary: 'gem install or bundle add without an exact version, or gem update, bundle update',
  severity: 'warning',
  tags: ['language-packages', 'ruby', 'gem', 'bundler', 'supply-chain'],
  precision: 'high',
  hadolint: ['DL3028'],
  docs: {
    why: [
      '`gem install bundler` installs the newest release on rubygems.org at the time of the build; `-v "~> 2.5"`',
      'and `-v ">= 2"` are ranges that let every future release in. `gem update` (and `gem update --system`',
      'without a version) upgrades installed gems, or RubyGems itself, to whatever is newest that day.',
      '`bundle update` (and `bundle lock --update`) moves the gems of `Gemfile.lock` to the newest versions the',
      '`Gemfile` allows, and `bundle add` without `--version` adds the newest release.',
    ].join(' '),
    failing: 'FROM ruby:3.3-slim\nRUN gem install bundler rails -v "~> 7.1"\n',
    passing: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.11 && gem install rails -v 7.1.3.4\n',
    fix: [
      'Give each gem one exact version: `gem install bundler:2.5.11` or `gem install bundler -v 2.5.11`. Update',
      'RubyGems to a named version (`gem update --system 3.5.11`). Application gems belong in a `Gemfile.lock`',
      'installed with `bundle install` under `BUNDLE_FROZEN=true` (or `--deployment`); update that lockfile in the',
      'repository (`bundle update`, reviewed and committed), not during the build.',
    ].join(' '),
    nix: 'Take gems from nixpkgs (`pkgs.rubyPackages.*`) or build the bundle with `bundlerEnv`/`bundix`, which fixes every gem of `Gemfile.lock` by hash.',
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, RUBY)) {
      const bundler = operation.manager === 'bundler';
      if (operation.action === 'upgrade' && bundler) {
        const command = `bundle ${operation.subcommand?.value ?? ''}${operation.subcommand?.value === 'lock' ? ' --update' : ''}`;
        const subject = operation.packages.length > 0 ? operation.packages.map((spec) => code(writtenName(spec))).join(', ') : 'every gem of `Gemfile.lock`';
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]!),
          instruction,
          unit,
          message: `${code(command)} moves ${subject} to the newest version the \`Gemfile\` allows at build time, and rewrites \`Gemfile.lock\`. Update the lockfile in the repository instead and install it frozen.`,
          nix: nixForPackages('bundler', operation.packages.map((spec) => spec.name)),
        });
        continue;
      }
      if (operation.action === 'upgrade') {
        const system = operation.options.includes('--system');
        if (system && operation.packages.length > 0 && operation.packages.every((spec) => spec.exact)) continue;
        const subject = system ? 'RubyGems itself' : operation.packages.length > 0 ? operation.packages.map((spec) => code(writtenName(spec))).join(', ') : 'every installed gem';
        const remedy = system ? 'Name the version: `gem update --system <version>`.' : 'Install exact versions instead (`gem install name:<version>`).';
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]!),
          instruction,
          unit,
          message: `\`gem update${system ? ' --system' : ''}\` upgrades ${subject} to the newest release at build time. ${remedy}`,
          nix: nixForPackages('gem', operation.packages.filter(() => !system).map((spec) => spec.name)),
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall('gem', loose);
      for (const spec of loose) {
        const dynamic = unknownValueNote(model, instruction, spec.word);
        const name = writtenName(spec);
        const why = spec.version === undefined || spec.version === ''
          ? `has no version: every build installs the newest release on the gem server${dynamic}.`
          : `has ${code(spec.version)}, a requirement that allows more than one version${dynamic}.`;
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `Gem ${code(name)} ${why} Pin it: ${bundler ? code(`bundle add ${name} --version <version>`) : `${code(`gem install ${name}:<version>`)} or ${code(`-v <version>`)}`}.`,
          nix: nix.of(spec),
        });
      }
    }
  },
});
