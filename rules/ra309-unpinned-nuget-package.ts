import { code, comesFromBaseImage, defineRule, managersOf, nixOncePerInstall, packageOperationsOf, unknownValueNote, variablesOf, writtenName } from '../src/rules/kit.js';

const DOTNET = managersOf('dotnet');

export default defineRule({
  id: 'RA309',
  shell: true,
  name: 'unpinned-nuget-package',
  summary: 'dotnet add package or dotnet tool install/update without an exact --version',
  severity: 'warning',
  tags: ['language-packages', 'dotnet', 'nuget', 'supply-chain'],
  precision: 'high',
  hadolint: [],
  docs: {
    why: [
      '`dotnet add package Serilog` writes the newest Serilog on nuget.org into the project at build time, so the same',
      'Dockerfile builds against a different library whenever a release lands. `dotnet tool install -g dotnet-ef`',
      'installs the newest release of the tool, and `dotnet tool update` moves an installed tool to the newest one.',
      'A floating version (`8.*`) or a range (`[8.0,9.0)`) is not a pin either.',
    ].join(' '),
    failing: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet tool install --global dotnet-ef\nRUN dotnet add package Serilog --version "3.*"\n',
    passing: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet tool install --global dotnet-ef --version 8.0.6\nRUN dotnet add package Serilog --version 3.1.1\n',
    fix: [
      'Name one release: `dotnet tool install -g dotnet-ef --version 8.0.6`, `dotnet add package Serilog --version 3.1.1`.',
      'Better, keep packages in the project file (with `RestorePackagesWithLockFile` and `dotnet restore --locked-mode`)',
      'and tools in a tool manifest (`.config/dotnet-tools.json`, installed with `dotnet tool restore`), both committed,',
      'instead of adding them during the build.',
    ].join(' '),
    nix: 'Build the project with `pkgs.buildDotnetModule`: its `nugetDeps` file pins every NuGet package by hash. Tools nixpkgs packages (`pkgs.dotnet-ef`) come fixed by `flake.lock`; others can be built with `pkgs.buildDotnetGlobalTool` and a `nugetHash`.',
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, DOTNET)) {
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
      const nix = nixOncePerInstall('dotnet', loose);
      const tool = operation.subcommand?.value !== 'package';
      const command = tool ? `dotnet tool ${operation.subcommand?.value ?? 'install'}` : 'dotnet add package';
      for (const spec of loose) {
        const name = writtenName(spec);
        const why = spec.version === undefined ? 'has no `--version`' : `has ${code(spec.version)}, which is not one release`;
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `NuGet ${tool ? 'tool' : 'package'} ${code(name)} of ${code(command)} ${why}${unknownValueNote(model, instruction, spec.word)}: each build takes the newest release on the feed that day. Pin it (${code(`${command} ${name} --version <version>`)}).`,
          nix: nix.of(spec),
        });
      }
    }
  },
});
