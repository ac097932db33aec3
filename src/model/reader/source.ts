import type { Span } from '../../findings/index.js';

/**
 * The text being read, and what every step of reading needs: character codes, the escape
 * character, and offsets as dockerfile-ast reports them.
 *
 * The reader follows dockerfile-ast's reading rules (MIT, Remy Suen) step for step, quirks
 * included, so the model is the same whichever reads the file; it works on offsets where
 * dockerfile-ast converts to lines and columns and back, re-tokenises on every call and builds
 * objects per token, which made it two thirds of our parse time.
 */

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const DOUBLE_QUOTE = 34;
export const HASH = 35;
export const DOLLAR = 36;
export const SINGLE_QUOTE = 39;
export const COMMA = 44;
export const DASH = 45;
export const LESS_THAN = 60;
export const EQUALS = 61;
export const LEFT_BRACKET = 91;
export const BACKSLASH = 92;
export const RIGHT_BRACKET = 93;
export const LEFT_BRACE = 123;
export const RIGHT_BRACE = 125;

export const isBlank = (code: number): boolean => code === SPACE || code === TAB;
export const isNewline = (code: number): boolean => code === LF || code === CR;
export const isWhitespace = (code: number): boolean => code === SPACE || code === TAB || code === LF || code === CR;

export class Source {
  readonly length: number;
  /** Character code of the escape character (`\` or `` ` ``). */
  readonly escape: number;

  constructor(
    readonly text: string,
    readonly escapeChar: '\\' | '`',
  ) {
    this.length = text.length;
    this.escape = escapeChar.charCodeAt(0);
  }

  /** The character code at `offset`, or -1 outside `[0, end)`. */
  code(offset: number, end = this.length): number {
    return offset >= 0 && offset < end ? this.text.charCodeAt(offset) : -1;
  }

  /**
   * An offset as dockerfile-ast reports it: its TextDocument never places a position between the
   * CR and LF of a line break, so an offset there moves back before the CR.
   */
  at(offset: number): number {
    if (offset <= 0) return 0;
    if (offset >= this.length) return this.length;
    return this.text.charCodeAt(offset) === LF && this.text.charCodeAt(offset - 1) === CR ? offset - 1 : offset;
  }

  span(start: number, end: number): Span {
    return { start: this.at(start), end: this.at(end) };
  }

  /** The text of a span; as dockerfile-ast's `getText`, an end before the start swaps them. */
  slice(span: Span): string {
    return this.text.substring(span.start, span.end);
  }

  /** Whether no line break separates two offsets (dockerfile-ast compares their lines). */
  sameLine(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (isNewline(this.text.charCodeAt(i))) return false;
    return true;
  }
}
