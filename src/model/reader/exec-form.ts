import type { Span } from '../../findings/index.js';
import { BACKSLASH, COMMA, CR, DOUBLE_QUOTE, LEFT_BRACKET, LF, RIGHT_BRACKET, SPACE, TAB, type Source } from './source.js';
import type { ReadWord } from './types.js';

/**
 * The exec form of an instruction (`CMD ["a", "b"]`), read from its words as dockerfile-ast's
 * JSONInstruction does: the spans of its JSON strings when both brackets are found, otherwise
 * undefined (shell form). The strings' values are decoded from the text by the model.
 */
export function readExecForm(source: Source, words: readonly ReadWord[]): Span[] | undefined {
  if (words.length === 0) return undefined;
  if (words.length === 1 && words[0]!.raw === '[]') return [];
  if (words.length === 2 && words[0]!.raw === '[' && words[1]!.raw === ']') return [];
  const from = words[0]!.span.start;
  const content = source.text.substring(from, words.at(-1)!.span.end);
  const code = (i: number) => (i < content.length ? content.charCodeAt(i) : -1);
  const strings: Span[] = [];
  let opened = false;
  let start = -1;
  /** What was read last: `[`, `"` or `,` (0 before the opening bracket). */
  let last = 0;
  let quoted = false;
  argsCheck: for (let i = 0; i < content.length; i++) {
    const char = content.charCodeAt(i);
    switch (char) {
      case LEFT_BRACKET:
        if (last === 0) {
          opened = true;
          last = LEFT_BRACKET;
        } else if (!quoted) break argsCheck;
        break;
      case DOUBLE_QUOTE:
        if (last === LEFT_BRACKET || last === COMMA) {
          start = i;
          quoted = true;
          last = DOUBLE_QUOTE;
          continue;
        } else if (last === DOUBLE_QUOTE && quoted) {
          quoted = false;
          strings.push(source.span(from + start, from + i + 1));
        } else break argsCheck;
        break;
      case COMMA:
        if (!quoted) {
          if (last === DOUBLE_QUOTE) last = COMMA;
          else break argsCheck;
        }
        break;
      case RIGHT_BRACKET:
        if (!quoted && last !== 0) return opened ? strings : undefined;
        break;
      case SPACE:
      case TAB:
        break;
      case BACKSLASH:
        if (quoted) {
          const next = code(i + 1);
          if (next === DOUBLE_QUOTE || next === BACKSLASH) {
            i++;
            continue;
          }
          if (next === SPACE || next === TAB) {
            // An escaped line break inside a string, blanks before it allowed; other blanks end the reading.
            const lineBreak = escapedLineBreak(content, i + 2);
            if (lineBreak === -1) break argsCheck;
            i = lineBreak;
            continue argsCheck;
          }
          i += next === CR ? 2 : 1;
          continue;
        }
        {
          const lineBreak = escapedLineBreak(content, i + 1);
          if (lineBreak === -1) break argsCheck;
          i = lineBreak;
          continue argsCheck;
        }
      default:
        if (!quoted) break argsCheck;
    }
  }
  return undefined;
}

/** The line break (its last character) that only blanks separate from `from`, or -1 when other text comes first. */
function escapedLineBreak(content: string, from: number): number {
  for (let j = from; j < content.length; j++) {
    const after = content.charCodeAt(j);
    if (after === CR || after === LF) return after === CR ? j + 1 : j;
    if (after !== SPACE && after !== TAB) return -1;
  }
  return -1;
}
