/**
 * The one finding model. Every producer (static rules, the rebuild harness) emits `Finding`s and
 * every reporter (text, JSON, SARIF, GitHub annotations, Markdown) consumes them, without knowing
 * which producer made them.
 *
 * Coordinates follow SARIF so no reporter converts: lines and columns are 1-based, columns count
 * UTF-16 code units (what a JS string index counts), and `endColumn` is exclusive (the column just
 * past the last character of the region).
 */

export type Severity = 'error' | 'warning' | 'note';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  /** Exclusive. */
  endColumn: number;
}

/** A span of the original file text, as offsets into the decoded text (BOM included). */
export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Offset ↔ line/column conversion for one text (each model builds one for its file). */
export interface PositionMapper {
  regionOf(span: Span): Region;
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number;
  lineCount: number;
}

/** One replacement of an exact span of the original file. */
export interface TextEdit {
  span: Span;
  region: Region;
  /** The text that replaces the span. */
  text: string;
}

/** A machine-applicable fix: applying every edit (none overlap) makes the finding go away. */
export interface Fix {
  description: string;
  edits: TextEdit[];
}

/** How the problem is solved the Nix way. `attrs` are nixpkgs attribute paths known to exist. */
export interface NixSuggestion {
  /** One or two sentences for a human. */
  summary: string;
  /** A Nix expression or flake fragment, formatted as a person would write it. */
  snippet?: string;
  /** nixpkgs attributes the suggestion relies on (each present in the attribute index). */
  attrs?: string[];
  /** Names the bridge could not map; said honestly instead of inventing an attribute. */
  unmapped?: string[];
  /**
   * Set when the answer is given with an earlier finding of the same rule and instruction (the
   * first package of one install), and `summary` only points there: reports that list each
   * answer once list this finding with that one.
   */
  pointer?: true;
}

/** The Dockerfile instruction a finding belongs to. */
export interface InstructionRef {
  /** Upper-case keyword, e.g. `RUN`, `FROM`; `ONBUILD RUN` for triggers. */
  keyword: string;
  /** Lines of the whole instruction, continuations and heredoc bodies included. */
  startLine: number;
  endLine: number;
  /** Stage name, or its index as a string when unnamed. */
  stage?: string;
}

/**
 * Another place a finding involves, shown beside it (SARIF `relatedLocations`): the Dockerfile line
 * that runs a script a finding is in, the COPY that brought a file into the image.
 */
export interface RelatedLocation {
  /** Path as `Finding.file` gives paths. */
  file: string;
  region: Region;
  /** What the place is, for a human (`the RUN that runs this script`); no line numbers. */
  message: string;
}

export interface Suppression {
  kind: 'inline' | 'config';
  /** Where it came from, e.g. `# hadolint ignore=DL3008` or `.repro-audit.yml`. */
  justification: string;
}

export interface Finding {
  /** Rule id, e.g. `RA101`. Every id has `RuleMeta` in the catalog handed to reporters. */
  ruleId: string;
  severity: Severity;
  /** One sentence, specific to this occurrence ("`node:20-alpine` is a mutable tag ..."). */
  message: string;
  /**
   * Path of the audited file: absolute, or relative to the audit's working directory (reporters
   * show it relative to their root). Messages never contain line numbers: SARIF fingerprints must
   * survive edits above the finding.
   */
  file: string;
  /** The exact offending token where possible, else the instruction. */
  region: Region;
  /**
   * The Dockerfile instruction the finding belongs to; for a finding in a script of the build
   * context, the instruction that runs the script (also given in `related`).
   */
  instruction?: InstructionRef;
  fix?: Fix;
  nix?: NixSuggestion;
  /** Longer evidence: a unified diff, the tail of a failed step's output, ... (plain text). */
  details?: string;
  /** Extra machine-readable facts (e.g. the harness's difference class); reporters may show them. */
  properties?: Record<string, string | number | boolean | string[]>;
  /** Set when the user suppressed it; reporters keep it (SARIF `suppressions`) or hide it. */
  suppressed?: Suppression;
  /** Other places the finding involves, e.g. the Dockerfile instruction that runs the script it is in. */
  related?: RelatedLocation[];
}

/** A file that could not be audited (unreadable, binary, unparsable). Never fatal to the run. */
export interface FileError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

const severityRank: Record<Severity | 'none', number> = { error: 3, warning: 2, note: 1, none: 4 };

/** True when `severity` is at or above `threshold` (`none` never fails). */
export function meetsThreshold(severity: Severity, threshold: Severity | 'none'): boolean {
  return severityRank[severity] >= severityRank[threshold] && threshold !== 'none';
}

/**
 * Orders strings by UTF-16 code units. Reports must come out the same on every machine;
 * `localeCompare` follows the user's locale (and loading its collator costs a cold run ~5 ms).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order for every reporter: file, then position, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.region.startLine - b.region.startLine ||
    a.region.startColumn - b.region.startColumn ||
    compareText(a.ruleId, b.ruleId)
  );
}
