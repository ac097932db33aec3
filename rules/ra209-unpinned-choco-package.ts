import { code, defineRule, managersOf, nixForPackages, nixOncePerInstall, packageOperationsOf, regionOfWords, unknownValueNote, writtenName } from '../src/rules/kit.js';

const CHOCO = managersOf('windows');

export default defineRule({
  id: 'RA209',
  shell: true,
  name: 'unpinned-choco-package',
  summary: 'choco install (cinst) or choco upgrade (cup) without --version: the newest package on the Chocolatey feed',
  severity: 'warning',
  tags: ['os-packages', 'choco', 'windows'],
  precision: 'high',
  hadolint: [],
  docs: {
    why: [
      '`choco install git -y` installs the newest `git` package the Chocolatey feed holds on the day of the build, and',
      'community packages often download their installer from the vendor at install time, so the feed moving is not',
      'the only thing that changes. `choco upgrade all` (`cup all`) and `choco upgrade NAME` without `--version` move',
      'whatever is installed to the newest release. Chocolatey has one `--version` per command and it applies to every',
      'package the command names: `choco install git cmake --version 2.45.1` asks for that version of both.',
    ].join(' '),
    failing:
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\nRUN choco install -y git.install cmake\n',
    passing:
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\nRUN choco install -y git.install --version=2.45.1 ; `\n    choco install -y cmake --version 3.29.3\n',
    fix: [
      'Install one package per `choco install` with `--version=<version>` (`choco install -y cmake --version=3.29.3`),',
      'or list the packages with their versions in a `packages.config` copied into the image (`choco install',
      'packages.config -y`). For packages whose installer is downloaded at install time, an internal feed',
      '(`--source`) holding the package with its embedded installer keeps builds from depending on the vendor\'s site.',
    ].join(' '),
    nix: 'nixpkgs builds for Linux and macOS, not Windows: it has no equivalent of Chocolatey packages. Pin each with `--version`; where the image could be a Linux one, nixpkgs has most of the same tools (`pkgs.git`, `pkgs.cmake`) fixed by `flake.lock`.',
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, CHOCO)) {
      if (operation.action === 'upgrade' && operation.packages.length === 0) {
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]!),
          instruction,
          unit,
          message: '`choco upgrade all` moves every installed package to the newest release on the feed at build time. Install the versions you need instead (`choco install NAME --version=<version>`).',
          nix: nixForPackages('choco', []),
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact);
      const nix = nixOncePerInstall('choco', loose);
      const verb = operation.action === 'upgrade' ? 'upgraded' : 'installed';
      for (const spec of loose) {
        const name = writtenName(spec);
        const why = spec.version === undefined ? 'has no `--version`' : `has ${code(`--version ${spec.version}`)}, which is not one release`;
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `Chocolatey package ${code(name)} is ${verb} but ${why}${unknownValueNote(model, instruction, spec.word)}: each build takes the newest release on the feed that day. Pin it (${code(`choco install ${name} --version=<version>`)}).`,
          nix: nix.of(spec),
        });
      }
    }
  },
});
