import type { Span } from '../../findings/index.js';
import type { Heredoc } from '../../shell/index.js';
import type { InstructionFlag } from '../types.js';

/**
 * A Dockerfile as read, before the model makes sense of it: directives, instructions, their
 * words, flags, exec-form strings, heredocs and `NAME=value` pairs, each with its exact span.
 * Two readers produce this shape: the fast one the model uses (reader/read.ts) and dockerfile-ast,
 * through its adapter (dockerfile-ast.ts), which a differential test holds it to.
 */
export interface ReadDockerfile {
  escapeChar: '\\' | '`';
  directives: ReadDirective[];
  instructions: ReadInstruction[];
}

/** A parser directive line (`# syntax=...`), name as written. */
export interface ReadDirective {
  name: string;
  value: string;
  /** From the `#` to the end of the line. */
  span: Span;
  valueSpan: Span;
}

/** A word of an instruction as written, with its span. */
export interface ReadWord {
  /** The word with escapes taken out (dockerfile-ast's `Argument.getValue()`), quotes kept. */
  raw: string;
  span: Span;
}

export interface ReadInstruction {
  /** Upper-case keyword. */
  keyword: string;
  /** The whole instruction, continuations and heredoc bodies included. */
  span: Span;
  keywordSpan: Span;
  /** From the first argument after the flags to the last one. */
  argsSpan?: Span;
  flags: InstructionFlag[];
  /** The arguments after the flags; for the exec form, see `execStrings`. */
  words: ReadWord[];
  /** Exec form (`["a", "b"]`): the spans of its JSON strings, quotes included. */
  execStrings?: Span[];
  heredocs: ReadHeredoc[];
  /** ARG, ENV and LABEL: their `NAME=value` pairs (or the legacy `ENV NAME value`). */
  properties?: ReadProperty[];
  /** FROM: the stage name after `AS`, as written. */
  stageName?: string;
  /** ONBUILD: the instruction it triggers. */
  trigger?: ReadInstruction;
}

export interface ReadHeredoc extends Heredoc {
  /** Some line after the instruction holds just the heredoc's name. */
  closed: boolean;
}

export interface ReadProperty {
  /** With escapes and quotes taken out. */
  name: string;
  /** With escapes and surrounding quotes taken out; null for `ARG NAME` without a value. */
  value: string | null;
  span: Span;
  valueSpan?: Span;
}
