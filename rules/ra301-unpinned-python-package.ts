import { variablesOf, code, commandsBefore, comesFromBaseImage, defineRule, instructionLocation, managersOf, nixOncePerInstall, normalizePythonName, packageOperationOf, packageOperationsOf, poetryReleaseInstalledBy, readPipRequirements, regionOfWords, unknownValueNote, writtenName, type PackageOperation, type PackageSpec, type PipRequirements, type ShellCommand } from '../src/rules/kit.js';

const PYTHON = managersOf('python');

/** How a command-line requirement reads (one word may hold several after field splitting). */
function shown(spec: PackageSpec): string {
  const value = spec.word.value ?? spec.word.raw;
  return /\s/.test(value.trim()) ? requirementText(spec) : value;
}

function requirementText(spec: PackageSpec): string {
  return spec.version === undefined ? spec.name : /^[=<>!~(]/.test(spec.version) ? `${spec.name}${spec.version}` : `${spec.name} @ ${spec.version}`;
}

/** How a message names a requirement: by its package name, or its URL when it is nothing but a URL. */
function named(spec: PackageSpec, text: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim()) ? text.trim() : writtenName(spec);
}

/** Why a requirement (written as `text`) is not one exact version, and how to pin it; `dynamic` says which part is unknown. */
function problem(spec: PackageSpec, text: string, dynamic: string): string {
  const version = spec.version;
  if (version !== undefined && /:\/\//.test(version) && !/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return `is a download URL without a hash: the file behind it can change. Append \`#sha256=<hash>\` so pip verifies it${dynamic}.`;
  }
  if (/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return version === undefined
      ? `installs the default branch of a repository, which moves with every push. Pin a full commit: \`...@<40-hex commit>#egg=${writtenName(spec)}\`${dynamic}.`
      : `points at ${code(version)}, a tag or branch that can be moved. Pin the full commit it names: \`...@<40-hex commit>\`${dynamic}.`;
  }
  if (version === undefined) return `has no version: every build installs the newest release${dynamic}. Pin it: ${code(`${writtenName(spec)}==<version>`)}.`;
  return `has ${code(version)}, which is not one exact version${dynamic}. Pin it: ${code(`${writtenName(spec)}==<version>`)}.`;
}

/** `poetry update`, `pipenv update`, `uv lock --upgrade`, `uv sync --upgrade`: the project's locked dependencies move. */
function upgradesProject(operation: PackageOperation): boolean {
  if (operation.action !== 'upgrade' || operation.global) return false;
  return operation.manager === 'poetry' || operation.manager === 'pipenv' || (operation.manager === 'uv' && ['sync', 'lock'].includes(operation.subcommand?.value ?? ''));
}

/** `uvx ruff` runs the `ruff` an earlier `uv tool install` put there (pinned or flagged there) instead of fetching one. */
function installedAsTool(earlier: readonly ShellCommand[], spec: PackageSpec): boolean {
  const name = normalizePythonName(spec.name);
  return earlier.some((command) => {
    const operation = packageOperationOf(command);
    return operation?.manager === 'uv' && operation.action !== 'run' && operation.global && operation.packages.some((installed) => normalizePythonName(installed.name) === name);
  });
}

/**
 * pip merges every requirement of one invocation: `flask` on the command line and `flask==3.0.3`
 * in a requirements file (or a constraints file) install exactly 3.0.3.
 */
function isPinned(spec: PackageSpec, requirements: PipRequirements, exactlyNamed: ReadonlySet<string>): boolean {
  const name = normalizePythonName(spec.name);
  return spec.exact || requirements.constrained.get(name) === true || exactlyNamed.has(name);
}

export default defineRule({
  id: 'RA301',
  shell: true,
  name: 'unpinned-python-package',
  summary: 'pip/uv/pipx/poetry/pipenv package installed without an exact version (command line or requirements file), or upgraded',
  severity: 'warning',
  tags: ['language-packages', 'python', 'pip', 'uv', 'poetry', 'pipenv', 'supply-chain'],
  precision: 'high',
  hadolint: ['DL3013'],
  docs: {
    why: [
      '`pip install flask` installs the newest Flask on PyPI at the time of the build, and `flask>=2`,',
      '`flask~=2.3` or `flask==2.*` still let any future release in. A VCS requirement at a tag or branch',
      '(`git+https://...@v1.0`) follows whatever the tag points to today. `--upgrade` asks for the newest',
      'release on purpose. The same applies to every line of the requirements and constraints files the',
      'command reads, which repro-audit opens from the build context (following the COPY that put them in the image).',
      'Project tools are no different: `poetry add flask`, `uv add flask` and `pipenv install flask` resolve the',
      'newest release at build time (and write it into the lockfile), and `poetry update`, `pipenv update` and',
      '`uv lock --upgrade` move every locked dependency to the newest version its constraints allow. So does',
      '`poetry lock --regenerate`, and a bare `poetry lock` in Poetry 1.x (unless `--no-update`; Poetry 2 keeps the',
      'locked versions): a bare `poetry lock` is reported only when the Dockerfile installs a 1.x release by name',
      '(`pip install poetry==1.8.3`, the official installer with `--version 1.8.3` or `POETRY_VERSION`), never when',
      'the release is unknown. Tools',
      'fetched and run once are packages too: `uvx ruff` (`uv tool run`), `uvx ruff@latest` and `pipx run black`',
      'run the newest release on the day of the build.',
    ].join(' '),
    failing: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask "requests>=2.31"\n',
    passing: 'FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir flask==3.0.3 requests==2.32.3\n',
    fix: [
      'Pin every requirement with `==` (`flask==3.0.3`), on the command line and in requirements files. Keep the',
      'full, transitive set in a lock: `pip-compile --generate-hashes` or `uv pip compile --generate-hashes`',
      'writes a requirements file with `==` pins and hashes for every dependency, and `pip install',
      '--require-hashes -r requirements.txt` installs exactly that. Pin VCS requirements to a full commit.',
      'Packages named on the command line may instead be pinned in a constraints file (`-c constraints.txt`).',
      'Run tools at an exact version (`uvx ruff==0.6.9`, `uvx --from ruff==0.6.9 ruff`, `pipx run --spec',
      'black==24.8.0 black`). Drop `--upgrade` and pin the tool instead (`pip install pip==24.0`). Add project dependencies in the',
      'repository, not in the Dockerfile (`poetry add flask==3.0.3` commits a pin to the lockfile), and let the',
      'build install the committed lockfile (RA303); update it by a reviewed change, not during the build (drop',
      '`poetry lock` from the Dockerfile, or in Poetry 1.x give it `--no-update`).',
    ].join(' '),
    nix: [
      'Take Python packages from nixpkgs (`python3.withPackages (ps: [ ps.flask ])`), or build the locked',
      'project with uv2nix/poetry2nix: every dependency is then a store path fixed by hash, and `flake.lock`',
      'pins the nixpkgs revision.',
    ].join(' '),
  },
  check({ model, units, context, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, PYTHON)) {
      if (operation.action === 'install-lockfile') continue;
      // `--no-index` resolves only from local `--find-links` directories: nothing comes from an index.
      if (operation.options.includes('--no-index')) continue;
      let earlier: ShellCommand[] | undefined;
      // A bare `poetry lock` re-resolves only in Poetry 1.x: said when the build installs a 1.x release by name.
      let release: string | undefined;
      if (operation.upgradesBeforeMajor !== undefined) {
        release = (earlier ??= commandsBefore(model, unit, operation.command)).map((command) => poetryReleaseInstalledBy(command, variablesOf(unit))).findLast((found) => found !== undefined);
        if (release === undefined || !(Number.parseInt(release, 10) < operation.upgradesBeforeMajor)) continue;
      }
      const requirements = readPipRequirements(model, unit, operation, context);
      const upgrade = operation.action === 'upgrade';
      const argv = operation.command.argv;
      const tool = code(argv.slice(0, operation.subcommand ? argv.indexOf(operation.subcommand) + 1 : 1).map((word) => word.value ?? word.raw).join(' '));
      const exactlyNamed = new Set([...operation.packages, ...requirements.fromFiles.map(({ spec }) => spec)].filter((spec) => spec.exact).map((spec) => normalizePythonName(spec.name)));
      const runsInstalled = (spec: PackageSpec) => operation.prefersInstalled === true && spec.version === undefined && installedAsTool((earlier ??= commandsBefore(model, unit, operation.command)), spec);
      const unpinned = operation.packages.filter((spec) => !isPinned(spec, requirements, exactlyNamed) && !comesFromBaseImage(spec.word, variablesOf(unit)) && !runsInstalled(spec));
      const fromFiles = requirements.fromFiles.filter(({ spec }) => !isPinned(spec, requirements, exactlyNamed));
      const constraintsUnreadable = requirements.unreadable.filter((item) => item.kind === 'constraints');
      const nix = nixOncePerInstall(operation.manager, [...unpinned, ...fromFiles.map(({ spec }) => spec)]);

      const project = upgradesProject(operation);
      const upgradeOption = ['-U', '--upgrade', '-P', '--upgrade-package', '--regenerate'].find((option) => operation.options.includes(option));
      const upgrading = release ? `${tool} of Poetry ${release} (1.x re-resolves unless given \`--no-update\`)` : `${tool}${upgradeOption ? ` with ${code(upgradeOption)}` : ''}`;
      if (upgrade && operation.packages.length === 0 && operation.requirementFiles.length === 0 && operation.subcommand) {
        report({
          region: operation.subcommand.region,
          instruction,
          unit,
          message: project
            ? `${upgrading} moves every dependency of the project to the newest version its constraints allow at build time, and rewrites the lockfile. Update the lockfile in the repository instead and install it as locked.`
            : `${upgrading} upgrades every installed tool to its newest release at build time. Install each at an exact version instead.`,
          nix: nix.whole,
        });
      }
      if (constraintsUnreadable.length > 0 && unpinned.length > 0) {
        // pip applies the constraints to these packages; a pin there is as good as one here, so
        // they are not flagged, but the user learns that nothing was checked.
        for (const item of constraintsUnreadable) {
          report({
            region: item.word.region,
            instruction,
            unit,
            severity: 'note',
            message: `${unpinned.map((spec) => code(writtenName(spec))).join(', ')} may be pinned by the constraints file ${code(item.written)}, which could not be checked: ${item.reason}.`,
            ...(item.via ? { related: [instructionLocation(model, item.via, `the ${item.via.keyword} it speaks of`)] } : {}),
          });
        }
      } else {
        for (const spec of unpinned) {
          const message = !upgrade
            ? `Python package ${code(named(spec, shown(spec)))} ${problem(spec, shown(spec), unknownValueNote(model, instruction, spec.word))}`
            : project
              ? `${upgrading} moves ${code(writtenName(spec))} to the newest version its constraints allow at build time, and rewrites the lockfile. Update the lockfile in the repository instead.`
              : `${upgrading} installs the newest release of ${code(writtenName(spec))} allowed at build time; pin it instead (${code(`${writtenName(spec)}==<version>`)}).`;
          report({ region: spec.word.region, instruction, unit, message, nix: nix.of(spec) });
        }
      }
      for (const { spec, text, file, shown: fileShown, line, location } of fromFiles) {
        report({
          region: location.region,
          file: location.file,
          instruction,
          unit,
          message: `Python package ${code(named(spec, text))} in ${fileShown} ${problem(spec, text, '')}`,
          related: [{ file: unit.file, region: regionOfWords(unit, spec.word), message: `read by ${tool}` }],
          properties: { requirementsFile: file, requirementsLine: line },
          nix: nix.of(spec),
        });
      }
      for (const item of requirements.unreadable.filter((candidate) => candidate.kind === 'requirements')) {
        report({
          region: item.word.region,
          instruction,
          unit,
          severity: 'note',
          message: `The requirements file ${code(item.written)} could not be checked for pins: ${item.reason}.`,
          ...(item.via ? { related: [instructionLocation(model, item.via, `the ${item.via.keyword} it speaks of`)] } : {}),
        });
      }
    }
  },
});
