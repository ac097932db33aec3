import path from 'node:path';
import { locateContextFile, shellDirectoryBefore } from '../src/build-context/index.js';
import type { Instruction } from '../src/model/types.js';
import { comesFromBaseImage } from '../src/shell/packages/specs.js';
import { parsePythonRequirement } from '../src/shell/packages/index.js';
import { normalizePythonName, parseRequirementsFile } from '../src/shell/packages/requirements.js';
import type { PackageOperation, PackageSpec, ShellWord } from '../src/shell/types.js';
import { nixOncePerInstall } from '../src/rules/helpers/install-nix.js';
import { packageOperationsOf } from '../src/rules/helpers/packages.js';
import { code } from '../src/rules/helpers/regions.js';
import type { BuildContextReader } from '../src/build-context/index.js';
import { defineRule, type RuleContext } from '../src/rules/rule.js';

const PYTHON = new Set(['pip', 'uv'] as const);
/** Nested `-r`/`-c` deeper than this is a loop or a mistake; pip itself would give up. */
const MAX_DEPTH = 10;

interface FileRequirement {
  spec: PackageSpec;
  /** The requirement as the file writes it. */
  text: string;
  /** Context path of the file (or its description) and the line of the requirement. */
  file: string;
  line: number;
}

interface Unreadable {
  word: ShellWord;
  kind: 'requirements' | 'constraints';
  /** As written in the command or the file that references it. */
  written: string;
  reason: string;
}

interface Requirements {
  fromFiles: FileRequirement[];
  /** Exact pins of the constraints files that could be read, by normalised name. */
  constrained: Map<string, boolean>;
  unreadable: Unreadable[];
}

/** How a command-line requirement reads (one word may hold several after field splitting). */
function shown(spec: PackageSpec): string {
  const value = spec.word.value ?? spec.word.raw;
  return /\s/.test(value.trim()) ? requirementText(spec) : value;
}

function requirementText(spec: PackageSpec): string {
  return spec.version === undefined ? spec.name : /^[=<>!~(]/.test(spec.version) ? `${spec.name}${spec.version}` : `${spec.name} @ ${spec.version}`;
}

/** Why a requirement (written as `text`) is not one exact version, and how to pin it. */
function problem(spec: PackageSpec, text: string, fromCommandLine: boolean): string {
  const version = spec.version;
  const dynamic = fromCommandLine && spec.word.value === undefined ? ' (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)' : '';
  if (version !== undefined && /:\/\//.test(version) && !/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return `is a download URL without a hash: the file behind it can change. Append \`#sha256=<hash>\` so pip verifies it${dynamic}.`;
  }
  if (/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return version === undefined
      ? `installs the default branch of a repository, which moves with every push. Pin a full commit: \`...@<40-hex commit>#egg=${spec.name}\`${dynamic}.`
      : `points at ${code(version)}, a tag or branch that can be moved. Pin the full commit it names: \`...@<40-hex commit>\`${dynamic}.`;
  }
  if (version === undefined) return `has no version: every build installs the newest release. Pin it: \`${spec.name}==<version>\`${dynamic}.`;
  return `has ${code(version)}, which is not one exact version. Pin it: \`${spec.name}==<version>\`${dynamic}.`;
}

/**
 * pip merges every requirement of one invocation: `flask` on the command line and `flask==3.0.3`
 * in a requirements file (or a constraints file) install exactly 3.0.3.
 */
function isPinned(spec: PackageSpec, requirements: Requirements, exactlyNamed: ReadonlySet<string>): boolean {
  const name = normalizePythonName(spec.name);
  return spec.exact || requirements.constrained.get(name) === true || exactlyNamed.has(name);
}

/**
 * Reads the `-r`/`-c` files of an operation from the build context, following nested references.
 * Requirements files are located through the stage's COPYs (see `locateContextFile`); nested ones
 * relative to the file that names them, as pip does.
 */
function readRequirements(rule: RuleContext, instruction: Instruction, operation: PackageOperation): Requirements {
  const result: Requirements = { fromFiles: [], constrained: new Map(), unreadable: [] };
  const script = instruction.script;
  const cwd = script ? shellDirectoryBefore(script, operation.command) : undefined;
  const visited = new Set<string>();

  const visit = (word: ShellWord, kind: Unreadable['kind'], text: string, source: string, depth: number) => {
    if (visited.has(`${kind}:${source}`) || depth > MAX_DEPTH) return;
    visited.add(`${kind}:${source}`);
    for (const entry of parseRequirementsFile(text)) {
      if (entry.kind === 'requirements-file' || entry.kind === 'constraints-file') {
        const nestedKind = entry.kind === 'requirements-file' ? 'requirements' : 'constraints';
        const nested = readNested(rule.context, source, entry.text);
        if (nested) visit(word, nestedKind, nested.text, nested.source, depth + 1);
        else result.unreadable.push({ word, kind: nestedKind, written: entry.text, reason: `it is named on line ${entry.line} of ${code(source)} and is not in the build context` });
        continue;
      }
      const spec = parsePythonRequirement(entry.text, word);
      if (!spec) continue;
      if (kind === 'constraints') {
        const name = normalizePythonName(spec.name);
        result.constrained.set(name, spec.exact || result.constrained.get(name) === true);
      } else {
        result.fromFiles.push({ spec, text: entry.text, file: source, line: entry.line });
      }
    }
  };

  const files: [ShellWord, Unreadable['kind']][] = [
    ...operation.requirementFiles.map((word) => [word, 'requirements'] as [ShellWord, Unreadable['kind']]),
    ...(operation.constraintFiles ?? []).map((word) => [word, 'constraints'] as [ShellWord, Unreadable['kind']]),
  ];
  for (const [word, kind] of files) {
    const written = word.value;
    if (written === undefined) {
      result.unreadable.push({ word, kind, written: word.raw, reason: 'its path comes from a variable or command whose value is not known' });
      continue;
    }
    const located = locateContextFile(rule.model, instruction, written, rule.context, cwd);
    if (located.found) visit(word, kind, located.text, located.source, 0);
    else result.unreadable.push({ word, kind, written, reason: located.reason });
  }
  return result;
}

function readNested(context: BuildContextReader, parent: string, written: string): { source: string; text: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return undefined;
  const base = /^the heredoc/.test(parent) ? '.' : path.posix.dirname(parent);
  for (const candidate of new Set([path.posix.join(base, written), written.replace(/^\/+/, ''), path.posix.basename(written)])) {
    const text = context.readText(candidate);
    if (text !== undefined) return { source: candidate, text };
  }
  return undefined;
}

export default defineRule({
  id: 'RA301',
  name: 'unpinned-python-package',
  summary: 'pip/uv/pipx package installed without an exact version (command line or requirements file)',
  severity: 'warning',
  tags: ['language-packages', 'python', 'pip', 'uv', 'supply-chain'],
  precision: 'high',
  hadolint: ['DL3013'],
  docs: {
    why: [
      '`pip install flask` installs the newest Flask on PyPI at the time of the build, and `flask>=2`,',
      '`flask~=2.3` or `flask==2.*` still let any future release in. A VCS requirement at a tag or branch',
      '(`git+https://...@v1.0`) follows whatever the tag points to today. `--upgrade` asks for the newest',
      'release on purpose. The same applies to every line of the requirements and constraints files the',
      'command reads, which repro-audit opens from the build context (following the COPY that put them in the image).',
    ].join(' '),
    failing: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask "requests>=2.31"\n',
    passing: 'FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir flask==3.0.3 requests==2.32.3\n',
    fix: [
      'Pin every requirement with `==` (`flask==3.0.3`), on the command line and in requirements files. Keep the',
      'full, transitive set in a lock: `pip-compile --generate-hashes` or `uv pip compile --generate-hashes`',
      'writes a requirements file with `==` pins and hashes for every dependency, and `pip install',
      '--require-hashes -r requirements.txt` installs exactly that. Pin VCS requirements to a full commit.',
      'Packages named on the command line may instead be pinned in a constraints file (`-c constraints.txt`).',
      'Drop `--upgrade` and pin the tool instead (`pip install pip==24.0`).',
    ].join(' '),
    nix: [
      'Take Python packages from nixpkgs (`python3.withPackages (ps: [ ps.flask ])`), or build the locked',
      'project with uv2nix/poetry2nix: every dependency is then a store path fixed by hash, and `flake.lock`',
      'pins the nixpkgs revision.',
    ].join(' '),
  },
  check(rule) {
    const { model, report } = rule;
    for (const { instruction, operation } of packageOperationsOf(model, PYTHON)) {
      if (operation.action === 'install-lockfile') continue;
      // `--no-index` resolves only from local `--find-links` directories: nothing comes from an index.
      if (operation.options.includes('--no-index')) continue;
      const requirements = readRequirements(rule, instruction, operation);
      const upgrade = operation.action === 'upgrade';
      const tool = code(operation.command.argv.slice(0, operation.command.argv.indexOf(operation.subcommand!) + 1).map((word) => word.value ?? word.raw).join(' '));
      const exactlyNamed = new Set([...operation.packages, ...requirements.fromFiles.map(({ spec }) => spec)].filter((spec) => spec.exact).map((spec) => normalizePythonName(spec.name)));
      const unpinned = operation.packages.filter((spec) => !isPinned(spec, requirements, exactlyNamed) && !comesFromBaseImage(spec.word, instruction.variables));
      const fromFiles = requirements.fromFiles.filter(({ spec }) => !isPinned(spec, requirements, exactlyNamed));
      const constraintsUnreadable = requirements.unreadable.filter((item) => item.kind === 'constraints');
      const nix = nixOncePerInstall(operation.manager, [...unpinned, ...fromFiles.map(({ spec }) => spec)]);

      if (upgrade && operation.packages.length === 0 && operation.requirementFiles.length === 0 && operation.subcommand) {
        report({
          region: operation.subcommand.region,
          instruction,
          message: `${tool} upgrades every installed tool to its newest release at build time. Install each at an exact version instead.`,
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
            severity: 'note',
            message: `${unpinned.map((spec) => code(spec.name)).join(', ')} may be pinned by the constraints file ${code(item.written)}, which could not be checked: ${item.reason}.`,
          });
        }
      } else {
        for (const spec of unpinned) {
          const message = upgrade
            ? `${tool} with \`--upgrade\` installs the newest release of ${code(shown(spec))} allowed at build time; pin it instead (\`${spec.name}==<version>\`).`
            : `Python package ${code(shown(spec))} ${problem(spec, shown(spec), true)}`;
          report({ region: spec.word.region, instruction, message, nix: nix.of(spec) });
        }
      }
      for (const { spec, text, file, line } of fromFiles) {
        report({
          region: spec.word.region,
          instruction,
          // The line is in the requirements file, not the Dockerfile: edits above the RUN never change it.
          message: `${code(file)} line ${line}: ${code(text)} ${problem(spec, text, false)}`,
          properties: { requirementsFile: file, requirementsLine: line },
          nix: nix.of(spec),
        });
      }
      for (const item of requirements.unreadable.filter((candidate) => candidate.kind === 'requirements')) {
        report({
          region: item.word.region,
          instruction,
          severity: 'note',
          message: `The requirements file ${code(item.written)} could not be checked for pins: ${item.reason}.`,
        });
      }
    }
  },
});
