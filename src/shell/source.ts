import type { PositionMapper, Span } from '../findings/index.js';
import type { Heredoc, VariableScope } from './types.js';

/** A shell-form RUN as the model hands it to the shell parser. */
export interface RunScriptSource {
  /** The whole Dockerfile text; spans below index into it. */
  text: string;
  /** From the first character after RUN's flags to the end of the instruction (heredoc bodies included). */
  span: Span;
  heredocs: readonly Heredoc[];
  escapeChar: '\\' | '`';
  /** ARG and ENV values known at the instruction (undefined = declared, value unknown). */
  variables: VariableScope;
  positions: PositionMapper;
}

/** Where a RUN's own lines end: at its first heredoc body, or with the instruction. */
export function commandLinesEnd(source: RunScriptSource): number {
  const firstBody = source.heredocs.length > 0 ? Math.min(...source.heredocs.map((h) => h.bodySpan.start)) : source.span.end;
  return Math.max(source.span.start, Math.min(firstBody, source.span.end));
}

/**
 * The RUN text as the shell will see it, with the same length as the Dockerfile text it came from
 * so offsets map 1:1: Dockerfile comment lines and blank lines inside continuations (which the
 * builder removes) become spaces, backtick continuations become backslash ones, CRs become spaces,
 * and heredoc markers (handled from the model) are blanked.
 */
export function shellSourceOf(source: RunScriptSource, end: number): string {
  const escape = source.escapeChar;
  const lines = source.text.slice(source.span.start, end).split('\n');
  const out = lines.map((line, index) => {
    // Comment and blank lines inside a continuation are removed by the builder; blank them and their newline.
    if (index > 0 && index < lines.length - 1 && /^\s*(#.*)?$/.test(line)) return ' '.repeat(line.length) + ' ';
    if (index > 0 && index === lines.length - 1 && /^\s*#/.test(line)) return ' '.repeat(line.length);
    let text = line.endsWith('\r') ? `${line.slice(0, -1)} ` : line;
    // The builder accepts blanks between the escape and the end of a line (`\ ` + newline) as a
    // continuation; the shell would not, so move the escape next to the newline.
    const before = endOfContent(text) - 1;
    if (before >= 0 && text[before] === escape && index < lines.length - 1) {
      text = `${text.slice(0, before)}${' '.repeat(text.length - before - 1)}\\`;
    }
    return text + (index < lines.length - 1 ? '\n' : '');
  });
  let result = out.join('');
  for (const heredoc of source.heredocs) {
    const from = heredoc.markerSpan.start - source.span.start;
    const to = heredoc.markerSpan.end - source.span.start;
    if (from >= 0 && to <= result.length) result = result.slice(0, from) + ' '.repeat(to - from) + result.slice(to);
  }
  return result;
}

/**
 * Where a line's trailing blanks start. A scan from the end, not `/[ \t]+$/`: a regular expression
 * retries from every blank of a long run and takes quadratic time on a line of blanks.
 */
function endOfContent(line: string): number {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
}
