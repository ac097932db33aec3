import { variablesOf, code, comesFromBaseImage, defineRule, nixForPackages, nixOncePerInstall, packageOperationsOf, regionOfWords, unknownValueNote, writtenName, type PackageSpec } from '../src/rules/kit.js';

const GO = new Set(['go'] as const);

function problem(spec: PackageSpec, verb: string, dynamic: string): string {
  const version = spec.version;
  if (version === undefined) {
    return verb === 'get'
      ? `has no version: \`go get\` upgrades it to the latest release at build time${dynamic}.`
      : `has no version: it builds whatever the surrounding \`go.mod\` requires, or fails outside a module (older Go fetches the default branch)${dynamic}.`;
  }
  if (version === 'latest' || version === 'upgrade' || version === 'patch') return `asks for ${code(`@${version}`)}, which resolves to a new release whenever one is published${dynamic}.`;
  if (/^v?\d+(\.\d+)?$/.test(version) || /^[<>]/.test(version)) return `asks for ${code(`@${version}`)}, a version query that resolves to the newest matching release${dynamic}.`;
  if (/^[0-9a-f]{7,39}$/.test(version)) return `uses the abbreviated commit ${code(version)}; write the full commit or the pseudo-version Go resolves it to${dynamic}.`;
  return `asks for ${code(`@${version}`)}, a branch or tag name that can move${dynamic}.`;
}

export default defineRule({
  id: 'RA305',
  shell: true,
  name: 'unpinned-go-module',
  summary: 'go install/get/run of a module without an exact version, or go get -u',
  severity: 'warning',
  tags: ['language-packages', 'go', 'supply-chain'],
  precision: 'high',
  hadolint: ['DL3062'],
  docs: {
    why: [
      '`go install golang.org/x/tools/gopls@latest` builds whatever release is newest on the day of the build; `@main`',
      'follows a branch, `@v1` or `@v1.2` are queries for the newest matching release, and `go get -u` upgrades',
      'every dependency past what `go.mod` records. Only a full semantic version (`@v0.16.1`), a pseudo-version or a',
      'full commit names one module version, which the checksum database then guarantees byte for byte.',
    ].join(' '),
    failing: 'FROM golang:1.22-bookworm\nRUN go install golang.org/x/tools/gopls@latest\n',
    passing: 'FROM golang:1.22-bookworm\nRUN go install golang.org/x/tools/gopls@v0.16.1\n',
    fix: [
      'Write the exact version: `go install golang.org/x/tools/gopls@v0.16.1`. Build your own module from its',
      'committed `go.mod`/`go.sum` (`go build ./...`, `go mod download`) instead of `go get -u`; record tool',
      'dependencies with `go get -tool name@vX.Y.Z` in the repository, not in the Dockerfile.',
    ].join(' '),
    nix: 'Take Go tools from nixpkgs (`pkgs.gopls`), or build with `buildGoModule`, whose `vendorHash` fixes every module by content.',
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, GO)) {
      const verb = operation.subcommand?.value ?? 'install';
      if (operation.action === 'upgrade') {
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]!),
          instruction,
          unit,
          message: `\`go get -u\` upgrades ${operation.packages.length > 0 ? operation.packages.map((spec) => code(writtenName(spec))).join(', ') + ' and their' : 'the'} dependencies to the newest releases at build time, past what \`go.mod\` records. Commit the upgraded \`go.mod\`/\`go.sum\` instead.`,
          nix: nixForPackages('go', operation.packages.map((spec) => spec.name)),
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall('go', loose);
      for (const spec of loose) {
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `\`go ${verb}\` of ${code(writtenName(spec))} ${problem(spec, verb, unknownValueNote(model, instruction, spec.word))} Pin it: ${code(`${writtenName(spec)}@vX.Y.Z`)}.`,
          nix: nix.of(spec),
        });
      }
    }
  },
});
