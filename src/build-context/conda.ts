import type { DockerfileModel, ShellUnit } from '../model/index.js';
import { parseCondaSpec, parsePythonRequirement, type PackageOperation, type PackageSpec, type ShellWord } from '../shell/index.js';
import { locateContextFile, shellDirectoryBefore } from './locate.js';
import { contextParsers } from './parsers.js';
import type { BuildContextReader } from './reader.js';
import type { UnreadableRequirements } from './requirements.js';

/** A package named in a conda file of the build context: a match spec, or a pip requirement of an environment file. */
export interface CondaFileSpec {
  spec: PackageSpec;
  /** As the file writes it. */
  text: string;
  /** Context path of the file (or its description) and the line. */
  file: string;
  line: number;
  installer: 'conda' | 'pip';
}

/** What the `--file`s of one conda, mamba or micromamba command hold. */
export interface CondaFiles {
  specs: CondaFileSpec[];
  /** Lock files: an explicit list (`@EXPLICIT`, from `conda list --explicit` or conda-lock) or a conda-lock YAML file. */
  locked: { word: ShellWord; file: string }[];
  unreadable: Omit<UnreadableRequirements, 'kind'>[];
}

/**
 * conda-lock's outputs: the unified lock file (`conda-lock.yml`, `*.conda-lock.yml`), which micromamba
 * installs as is, and its explicit per-platform lists (`conda-linux-64.lock`), read by name when the
 * file itself cannot be opened.
 */
const CONDA_LOCK = /(^|[-.])lock\.ya?ml$|^conda-[a-z0-9_-]+\.lock$/;

/**
 * Reads the files of a conda operation of `unit` from the build context, located through the
 * stage's COPYs like pip's requirements files (in the checkout for a workflow step): an explicit
 * lock file pins every package by URL (and hash); a conda-lock file pins them too; an environment
 * file (`.yml`) is read as YAML (its `dependencies`, with the requirements of its `pip:` list); any
 * other file is a list of match specs, one a line.
 */
export function readCondaFiles(model: DockerfileModel, unit: ShellUnit, operation: PackageOperation, context: BuildContextReader): CondaFiles {
  const result: CondaFiles = { specs: [], locked: [], unreadable: [] };
  const cwd = shellDirectoryBefore(unit.script, operation.command);
  for (const word of operation.requirementFiles) {
    const written = word.value;
    if (written === undefined) {
      result.unreadable.push({ word, written: word.raw, reason: 'its path comes from a variable or command whose value is not known' });
      continue;
    }
    if (CONDA_LOCK.test(written.split('/').pop()!)) {
      result.locked.push({ word, file: written });
      continue;
    }
    const located = locateContextFile(model, unit.instruction, written, context, cwd);
    if (!located.found) {
      result.unreadable.push({ word, written, reason: located.reason });
      continue;
    }
    const lines = located.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    if (lines.some((line) => line.trim() === '@EXPLICIT')) result.locked.push({ word, file: located.source });
    else if (/\.ya?ml$/i.test(written)) readEnvironmentFile(located.text, located.source, word, result);
    else {
      lines.forEach((line, index) => {
        const text = line.replace(/(^|\s)#.*$/, '').trim();
        const spec = text === '' ? undefined : parseCondaSpec(text, word);
        if (spec) result.specs.push({ spec, text, file: located.source, line: index + 1, installer: 'conda' });
      });
    }
  }
  return result;
}

/** `dependencies:` of an environment file: match specs, and a `pip:` list of requirements (options such as `-r` skipped). */
function readEnvironmentFile(text: string, file: string, word: ShellWord, result: CondaFiles): void {
  const { yaml } = contextParsers();
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0) {
    result.unreadable.push({ word, written: file, reason: `it is not valid YAML (${document.errors[0]!.message.split('\n')[0]})` });
    return;
  }
  const add = (node: unknown, installer: CondaFileSpec['installer']) => {
    if (!yaml.isScalar(node) || typeof node.value !== 'string' || /^\s*-/.test(node.value)) return;
    const spec = installer === 'conda' ? parseCondaSpec(node.value, word) : parsePythonRequirement(node.value, word);
    if (spec) result.specs.push({ spec, text: node.value, file, line: lineCounter.linePos(node.range?.[0] ?? 0).line, installer });
  };
  const dependencies = document.get('dependencies');
  if (!yaml.isSeq(dependencies)) return;
  for (const item of dependencies.items) {
    if (yaml.isMap(item)) {
      const pip = item.get('pip');
      if (yaml.isSeq(pip)) for (const requirement of pip.items) add(requirement, 'pip');
    } else add(item, 'conda');
  }
}
