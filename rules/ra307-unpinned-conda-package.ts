import {
  code,
  comesFromBaseImage,
  defineRule,
  managersOf,
  nixForPackages,
  nixOncePerInstall,
  packageOperationsOf,
  readCondaFiles,
  regionOfWords,
  variablesOf,
  type PackageSpec,
  type Severity,
  type VariableScope,
} from '../src/rules/kit.js';

const CONDA = managersOf('conda');

/** How a command-line spec reads (one word may hold several after field splitting). */
function shown(spec: PackageSpec): string {
  const value = (spec.word.value ?? spec.word.raw).trim();
  return /\s/.test(value) ? spec.name : value;
}

/** Why a conda spec is not one version and one build, with the severity that deserves; undefined when it is. */
function problem(spec: PackageSpec, installer: 'conda' | 'pip', variables: VariableScope, fromCommandLine: boolean): { severity?: Severity; text: string } | undefined {
  if (spec.exact) return undefined;
  if (fromCommandLine && spec.word.value === undefined) {
    if (comesFromBaseImage(spec.word, variables)) return undefined;
    return { severity: 'note', text: 'takes its version from a variable or command whose value is not known here, so its pin cannot be verified.' };
  }
  if (installer === 'pip') {
    return spec.version === undefined
      ? { text: `has no version: conda runs pip, which installs the newest release. Pin it: \`${spec.name}==<version>\`.` }
      : { text: `has ${code(spec.version)}, which is not one exact version. Pin it: \`${spec.name}==<version>\`.` };
  }
  const pin = `${spec.name}=<version>=<build>`;
  if (spec.exactVersion) {
    return {
      severity: 'note',
      text: `names one version (${code(spec.version ?? '')}) but not the build: a rebuild of that version (against other libraries, or another variant) can take its place. Pin the build too (${code(pin)}) or install from an explicit lock file.`,
    };
  }
  return spec.version === undefined
    ? { text: `has no version: every build installs the newest build the channels serve that day. Pin version and build (${code(pin)}) or install from an explicit lock file.` }
    : { text: `asks for ${code(spec.version)}, which is not one version and one build. Pin both (${code(pin)}) or install from an explicit lock file.` };
}

export default defineRule({
  id: 'RA307',
  shell: true,
  name: 'unpinned-conda-package',
  summary: 'conda/mamba/micromamba package without an exact version and build, or an environment solved at build time',
  severity: 'warning',
  tags: ['language-packages', 'conda', 'mamba', 'micromamba', 'python', 'supply-chain'],
  precision: 'high',
  docs: {
    why: [
      '`conda install numpy` (or `mamba`, `micromamba`) installs whatever the channels serve on the day of the',
      'build, and `python=3.12` is conda\'s prefix match `3.12.*`. Even one version is not one package: conda',
      'publishes several builds of it (other Python versions, BLAS variants, rebuilds against newer libraries),',
      'told apart only by the build string, so `numpy==1.26.4` still lets a new build in (a note). An',
      'environment file (`environment.yml`) and a `--file` list are read from the build context with the same',
      'rules, `pip:` entries included; `conda update` moves packages to their newest build on purpose. Scripts the',
      'Dockerfile copies and runs, and workflow `run:` steps, are read like a RUN.',
    ].join(' '),
    failing: 'FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y -c conda-forge numpy "python=3.12"\n',
    passing: 'FROM condaforge/miniforge3:24.3.0-0\nCOPY conda-linux-64.lock /tmp/\nRUN conda create -y -n app --file /tmp/conda-linux-64.lock\n',
    fix: [
      'Install from an explicit lock file: `conda-lock` (or `conda list --explicit --md5` in a working',
      'environment) writes one URL and hash per package, transitive ones included; `conda create --file',
      'explicit.txt` (its first line is `@EXPLICIT`) or `micromamba create -f conda-lock.yml` installs exactly',
      'those files without solving. Failing that, pin version and build (`numpy=1.26.4=py312h8753938_0`, as',
      '`conda env export` writes them). Replace `conda update` by a new lock committed to the repository.',
    ].join(' '),
    nix: [
      'nixpkgs has no conda channel and Nix has no direct counterpart to a conda environment. Take the same',
      'software from nixpkgs, whose versions the `flake.lock` revision fixes (`python3.withPackages (ps: [ ps.numpy ])`),',
      'or keep conda and install from an explicit lock file, which is as close as conda comes to a Nix store path.',
    ].join(' '),
  },
  check({ model, units, context, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, CONDA)) {
      const argv = operation.command.argv;
      const tool = code(argv.slice(0, argv.indexOf(operation.subcommand!) + 1).map((word) => word.value ?? word.raw).join(' '));
      if (operation.action === 'upgrade') {
        const named = operation.packages.filter((spec) => !spec.exact);
        if (operation.packages.length > 0 && named.length === 0) continue;
        const subject = named.length > 0 ? named.map((spec) => code(spec.name)).join(', ') : 'every package of the environment';
        report({
          region: regionOfWords(unit, operation.subcommand!),
          instruction,
          unit,
          message: `${tool} moves ${subject} to the newest build the channels serve at build time. Install from an explicit lock file instead, and update the lock in the repository.`,
          nix: nixForPackages('conda', named.map((spec) => spec.name)),
        });
        continue;
      }
      const files = readCondaFiles(model, unit, operation, context);
      const loose = operation.packages.flatMap((spec) => {
        const found = problem(spec, 'conda', variablesOf(unit), true);
        return found ? [{ spec, ...found }] : [];
      });
      const fromFiles = files.specs.flatMap((entry) => {
        const found = problem(entry.spec, entry.installer, variablesOf(unit), false);
        return found ? [{ ...entry, ...found }] : [];
      });
      const nix = nixOncePerInstall('conda', [...loose, ...fromFiles].map(({ spec }) => spec));
      for (const { spec, severity, text } of loose) {
        report({ region: spec.word.region, instruction, unit, severity, message: `conda package ${code(shown(spec))} ${text}`, nix: nix.of(spec) });
      }
      for (const { spec, severity, text, file, line, installer } of fromFiles) {
        report({
          region: spec.word.region,
          instruction,
          unit,
          severity,
          message: `${code(file)} line ${line}: ${installer === 'pip' ? 'pip requirement' : 'conda package'} ${code(spec.name)} ${text}`,
          properties: { requirementsFile: file, requirementsLine: line },
          nix: nix.of(spec),
        });
      }
      for (const item of files.unreadable) {
        report({ region: item.word.region, instruction, unit, severity: 'note', message: `The conda file ${code(item.written)} (for ${tool}) could not be checked for pins: ${item.reason}.` });
      }
    }
  },
});
