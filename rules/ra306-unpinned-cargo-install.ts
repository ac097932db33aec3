import { variablesOf, code, comesFromBaseImage, defineRule, nixForPackages, packageOperationsOf, regionOfWords, unknownValueNote, writtenName } from '../src/rules/kit.js';

const CARGO = new Set(['cargo'] as const);

export default defineRule({
  id: 'RA306',
  shell: true,
  name: 'unpinned-cargo-install',
  summary: 'cargo install without an exact --version (or git --rev), or without --locked',
  severity: 'warning',
  tags: ['language-packages', 'rust', 'cargo', 'supply-chain'],
  precision: 'high',
  docs: {
    why: [
      '`cargo install ripgrep` installs the newest release on crates.io at build time, and `--version 14` is a',
      'requirement (`^14`). Even at an exact version, `cargo install` ignores the crate\'s `Cargo.lock` unless',
      'given `--locked`, so every dependency floats to the newest semver-compatible release. `--git` follows the',
      'default branch, or a `--branch`/`--tag` that can move, unless `--rev` names a full commit.',
    ].join(' '),
    failing: 'FROM rust:1.79-bookworm\nRUN cargo install ripgrep\n',
    passing: 'FROM rust:1.79-bookworm\nRUN cargo install --locked ripgrep@14.1.0\n',
    fix: [
      'Install an exact version with the published lockfile: `cargo install --locked ripgrep@14.1.0` (or',
      '`--version =14.1.0`). For git sources use `--git URL --rev <40-hex commit> --locked`; for local sources',
      '`cargo install --locked --path .`.',
    ].join(' '),
    nix: 'Take the tool from nixpkgs (`pkgs.ripgrep`), or build the crate with `rustPlatform.buildRustPackage` and its `cargoHash`/`cargoLock`, which fixes every dependency by content.',
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, CARGO)) {
      const git = operation.options.includes('--git');
      const path = operation.packages.length === 0;
      for (const spec of operation.packages.filter((candidate) => !candidate.exact && !comesFromBaseImage(candidate.word, variablesOf(unit)))) {
        const dynamic = unknownValueNote(model, instruction, spec.word);
        const name = writtenName(spec);
        const message = git
          ? spec.version === undefined
            ? `\`cargo install --git\` of ${code(name)} builds the default branch (or a \`--branch\`/\`--tag\` that can move)${dynamic}. Pin the commit: \`--rev <40-hex commit>\`.`
            : `\`cargo install --git\` of ${code(name)} uses \`--rev ${spec.version}\`, not a full commit${dynamic}. Write the full 40-hex commit.`
          : spec.version === undefined
            ? `\`cargo install\` of ${code(name)} has no version: every build installs the newest release on crates.io${dynamic}. Pin it: ${code(`${name}@<x.y.z>`)}.`
            : `\`cargo install\` of ${code(name)} asks for ${code(spec.version)}, a requirement that allows newer releases${dynamic}. Write one version: ${code(`${name}@<x.y.z>`)}.`;
        report({ region: spec.word.region, instruction, unit, message, nix: nixForPackages('cargo', git ? [] : [spec.name]) });
      }
      if (!operation.options.includes('--locked') && !operation.options.includes('--frozen')) {
        const what = path ? 'local sources' : operation.packages.map((spec) => code(writtenName(spec))).join(', ');
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]!),
          instruction,
          unit,
          message: `\`cargo install\` of ${what} without \`--locked\` ignores \`Cargo.lock\` and resolves every dependency to the newest compatible release at build time. Add \`--locked\`.`,
          nix: nixForPackages('cargo', path || git ? [] : operation.packages.map((spec) => spec.name)),
        });
      }
    }
  },
});
