import path from 'node:path';
import { code, type PositionMapper, type Region } from '../findings/index.js';
import { createPositionMapper } from '../model/index.js';
import type { DockerfileModel, Instruction, ShellUnit } from '../model/index.js';
import { normalizePythonName, parsePythonRequirement, type PackageOperation, type PackageSpec, type ShellWord } from '../shell/index.js';
import { locateContextFile, shellDirectoryBefore, type ContextText } from './locate.js';
import type { BuildContextReader } from './reader.js';

/** Nested `-r`/`-c` deeper than this is a loop or a mistake; pip itself would give up. */
const MAX_DEPTH = 10;

/** One meaningful line of a pip requirements file. */
export interface RequirementsEntry {
  /** 1-based line where the (possibly continued) line starts. */
  line: number;
  kind: 'requirement' | 'editable' | 'requirements-file' | 'constraints-file';
  /** The requirement text (per-requirement options such as `--hash` removed), or the referenced file. */
  text: string;
}

/** A requirement read from a requirements file of the build context. */
export interface FileRequirement {
  spec: PackageSpec;
  /** The requirement as the file writes it. */
  text: string;
  /** The file's context path (or `a heredoc of COPY`), and the requirement's line in it. */
  file: string;
  /** How messages name the file (Markdown). */
  shown: string;
  line: number;
  /** Where the requirement is: the file (as `Finding.file` names files) and the requirement's region in it. */
  location: { file: string; region: Region };
}

/** A requirements or constraints file that could not be read, with why. */
export interface UnreadableRequirements {
  /** The word of the command that (directly or through a file it names) refers to the file. */
  word: ShellWord;
  kind: 'requirements' | 'constraints';
  /** As written in the command or the file that references it. */
  written: string;
  /** Why, without line numbers: `via` is the COPY or ADD it speaks of. */
  reason: string;
  via?: Instruction;
}

/** What the `-r`/`-c` files of one pip (or uv) invocation hold. */
export interface PipRequirements {
  fromFiles: FileRequirement[];
  /** Exact pins of the constraints files that could be read, by normalised name. */
  constrained: Map<string, boolean>;
  unreadable: UnreadableRequirements[];
}

const REFERENCES: Record<string, RequirementsEntry['kind']> = {
  '-r': 'requirements-file',
  '--requirement': 'requirements-file',
  '-c': 'constraints-file',
  '--constraint': 'constraints-file',
  '-e': 'editable',
  '--editable': 'editable',
};

/**
 * Reads the `-r`/`-c` files of a pip operation from the build context, following nested references.
 * Requirements files are located through the stage's COPYs (see `locateContextFile`); nested ones
 * relative to the file that names them, as pip does. `at` is the shell unit the operation is in (or
 * the RUN, for a command of its own script).
 */
export function readPipRequirements(model: DockerfileModel, at: Instruction | ShellUnit, operation: PackageOperation, context: BuildContextReader): PipRequirements {
  const result: PipRequirements = { fromFiles: [], constrained: new Map(), unreadable: [] };
  const instruction = 'keyword' in at ? at : at.instruction;
  const script = at.script;
  const cwd = script ? shellDirectoryBefore(script, operation.command) : undefined;
  const visited = new Set<string>();

  const visit = (word: ShellWord, kind: UnreadableRequirements['kind'], file: ContextText, depth: number) => {
    if (visited.has(`${kind}:${file.source}`) || depth > MAX_DEPTH) return;
    visited.add(`${kind}:${file.source}`);
    const lines = file.offset === 0 ? file.positions : createPositionMapper(file.text);
    for (const entry of parseRequirementsFile(file.text)) {
      if (entry.kind === 'requirements-file' || entry.kind === 'constraints-file') {
        const nestedKind = entry.kind === 'requirements-file' ? 'requirements' : 'constraints';
        const nested = readNested(context, file.source, entry.text);
        if (nested) visit(word, nestedKind, nested, depth + 1);
        else result.unreadable.push({ word, kind: nestedKind, written: entry.text, reason: `it is named in ${code(file.source)} and is not in the build context` });
        continue;
      }
      const spec = parsePythonRequirement(entry.text, word);
      if (!spec) continue;
      if (kind === 'constraints') {
        const name = normalizePythonName(spec.name);
        result.constrained.set(name, spec.exact || result.constrained.get(name) === true);
      } else {
        result.fromFiles.push({ spec, text: entry.text, file: file.source, shown: file.shown, line: entry.line, location: { file: file.file, region: lineRegion(file, lines, entry.line, entry.text) } });
      }
    }
  };

  const files: [ShellWord, UnreadableRequirements['kind']][] = [
    ...operation.requirementFiles.map((word) => [word, 'requirements'] as [ShellWord, UnreadableRequirements['kind']]),
    ...(operation.constraintFiles ?? []).map((word) => [word, 'constraints'] as [ShellWord, UnreadableRequirements['kind']]),
  ];
  for (const [word, kind] of files) {
    const written = word.value;
    if (written === undefined) {
      result.unreadable.push({ word, kind, written: word.raw, reason: 'its path comes from a variable or command whose value is not known' });
      continue;
    }
    const located = locateContextFile(model, instruction, written, context, cwd);
    if (located.found) visit(word, kind, located, 0);
    else result.unreadable.push({ word, kind, written, reason: located.reason, ...(located.via ? { via: located.via } : {}) });
  }
  return result;
}

function readNested(context: BuildContextReader, parent: string, written: string): ContextText | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return undefined;
  const base = /^a heredoc/.test(parent) ? '.' : path.posix.dirname(parent);
  for (const candidate of new Set([path.posix.join(base, written), written.replace(/^\/+/, ''), path.posix.basename(written)])) {
    const text = context.readText(candidate);
    if (text !== undefined) return { source: candidate, shown: code(candidate), text, file: path.join(context.root, candidate), offset: 0, positions: createPositionMapper(text) };
  }
  return undefined;
}

/**
 * The region of `written` on a 1-based line of a located file (`lines` maps the file's own text):
 * the text itself where the line holds it verbatim, else the line's content.
 */
export function lineRegion(file: ContextText, lines: PositionMapper, line: number, written: string): Region {
  const start = lines.lineStart(Math.min(line, lines.lineCount));
  let end = start;
  while (end < file.text.length && file.text[end] !== '\n' && file.text[end] !== '\r') end++;
  const lineText = file.text.slice(start, end);
  const at = written === '' ? -1 : lineText.indexOf(written);
  const from = at >= 0 ? at : lineText.length - lineText.trimStart().length;
  const to = at >= 0 ? at + written.length : Math.max(from + 1, lineText.trimEnd().length);
  return file.positions.regionOf({ start: file.offset + start + from, end: file.offset + start + Math.min(to, Math.max(lineText.length, from + 1)) });
}

/**
 * Parses a requirements file the way pip reads it: `\` joins lines, `#` starts a comment at the
 * start of a line or after whitespace, `-r`/`-c` reference other files, `-e` is an editable
 * requirement, other option lines (`--index-url`, `--pre`, ...) are settings, and options after a
 * requirement (`--hash=...`) belong to it.
 */
export function parseRequirementsFile(text: string): RequirementsEntry[] {
  const entries: RequirementsEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    let logical = lines[index]!;
    while (logical.endsWith('\\') && index + 1 < lines.length) logical = logical.slice(0, -1) + lines[++index]!;
    const content = logical.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') continue;
    if (content.startsWith('-')) {
      const option = /^(--?[A-Za-z-]+)(?:\s*=\s*|\s+)?(.*)$/.exec(content);
      const kind = option ? REFERENCES[option[1]!] : undefined;
      if (kind && option![2]) entries.push({ line, kind, text: stripQuotes(beforeOption(option![2].trim(), /--?[A-Za-z]/y).trim()) });
      continue;
    }
    entries.push({ line, kind: 'requirement', text: beforeOption(content, /--?[A-Za-z][A-Za-z-]*(?:[=\s]|$)/y).trim() });
  }
  return entries;
}

/**
 * The text before the first blanks followed by an option (`option` is sticky and tried where each run
 * of blanks ends). As `split(/\s+--?…/)[0]` the blanks were retried from each of their positions,
 * quadratic in a long run of them.
 */
function beforeOption(text: string, option: RegExp): string {
  const blanks = /\s+/g;
  for (let run = blanks.exec(text); run; run = blanks.exec(text)) {
    option.lastIndex = blanks.lastIndex;
    if (option.test(text)) return text.slice(0, run.index);
  }
  return text;
}

function stripQuotes(text: string): string {
  return text.replace(/^(['"])(.*)\1$/, '$2');
}
