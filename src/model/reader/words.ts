import type { InstructionFlag } from '../types.js';
import { COMMA, CR, DOLLAR, EQUALS, HASH, isNewline, isWhitespace, LF, SPACE, TAB, type Source } from './source.js';
import type { ReadWord } from './types.js';

/**
 * The whitespace-separated words of an instruction from `from` to `end` (dockerfile-ast's
 * `getRawArguments`): escapes are taken out of their values, escaped line breaks join lines, and
 * comment lines inside a continuation are skipped.
 */
export function readWords(source: Source, from: number, end: number): ReadWord[] {
  const words: ReadWord[] = [];
  const escape = source.escape;
  const n = end - from;
  const code = (i: number) => source.code(from + i, end);
  let start = false;
  let comment = false;
  let found = -1;
  // A blank that belongs to an escaped line break (`\` then blanks then a newline).
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  let value = '';
  // The value grows by runs of the text, copied when a run ends, rather than a character at a time.
  let runStart = -1;
  let runEnd = -1;
  const append = (i: number) => {
    if (runEnd !== i) {
      flushRun();
      runStart = i;
    }
    runEnd = i + 1;
  };
  const flushRun = () => {
    if (runStart >= 0) value += source.text.slice(from + runStart, from + runEnd);
    runStart = -1;
    runEnd = -1;
  };
  const add = (text: string) => {
    flushRun();
    value += text;
  };
  const push = (wordEnd: number) => {
    flushRun();
    words.push({ raw: value, span: source.span(from + found, from + wordEnd) });
    value = '';
    found = -1;
  };

  for (let i = 0; i < n; i++) {
    const char = code(i);
    if (isWhitespace(char)) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (isNewline(char)) {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
      }
    } else if (char === escape) {
      const next = code(i + 1);
      if (next === SPACE || next === TAB) {
        for (let j = i + 2; j < n; j++) {
          const after = code(j);
          if (after === SPACE || after === TAB) continue;
          if (after === CR || after === LF) {
            // Blanks up to the end of the line: a line continuation.
            comment = false;
            escaping = true;
            start = true;
            if (found !== -1) escapeMarker = i;
            i = after === CR ? j + 1 : j;
          } else {
            escapeMarker = i;
            if (found === -1) i = j - 1;
          }
          break;
        }
      } else if (next === CR || next === LF) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += next === CR ? 2 : 1;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) push(escapeMarker);
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === -1) break;
        if (next === DOLLAR) add(source.text.slice(from + i, from + i + 2));
        else append(i + 1);
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === HASH) {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) push(escapeMarker);
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        append(i);
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) push(escapeMarker === -1 ? n : escapeMarker);
  return words;
}

/** When an instruction's flags stop: at the first word that cannot be one. */
export type FlagsEnd = (word: string) => boolean;

/**
 * The `--name=value` flags at the front of an instruction's words (dockerfile-ast's `getFlags`),
 * and the words after them. As dockerfile-ast does, a word that is no flag but does not end the
 * search is passed over, and as many words as there are flags are dropped from the front.
 */
export function splitFlags(source: Source, words: ReadWord[], flagsEnd: FlagsEnd): { flags: InstructionFlag[]; words: ReadWord[] } {
  const flags: InstructionFlag[] = [];
  for (const word of words) {
    if (flagsEnd(word.raw)) break;
    if (word.raw.startsWith('--')) flags.push(readFlag(source, word));
  }
  return { flags, words: flags.length === 0 ? words : words.slice(flags.length) };
}

function readFlag(source: Source, word: ReadWord): InstructionFlag {
  const { span } = word;
  const value = word.raw;
  const index = source.slice(span).indexOf('=');
  const nameIndex = value.indexOf('=');
  // As in dockerfile-ast, the `=` is looked for in the text as written and in the value alike.
  if (index === -1) return { name: value.substring(2).toLowerCase(), value: undefined, span, valueSpan: undefined, options: [] };
  if (index === value.length - 1) return { name: value.substring(2, index).toLowerCase(), value: '', span, valueSpan: { start: span.end, end: span.end }, options: [] };
  const flagValue = value.substring(nameIndex + 1);
  const valueSpan = source.span(span.start + index + 1, span.end);
  return { name: value.substring(2, nameIndex).toLowerCase(), value: flagValue, span, valueSpan, options: readFlagOptions(source, flagValue, valueSpan.start) };
}

/**
 * `key=value` options of a flag's value (`--mount=type=cache,target=/x`), split on commas. As in
 * dockerfile-ast, positions inside the value count from where the value starts in the text.
 */
function readFlagOptions(source: Source, value: string, offset: number): InstructionFlag['options'] {
  const options: InstructionFlag['options'] = [];
  let nameStart = -1;
  let valueStart = -1;
  let hasOptions = false;
  const option = (end: number) => {
    const span = source.span(offset + nameStart, offset + end);
    // substring, not slice: a comma before any name gives -1, which dockerfile-ast reads as 0.
    if (valueStart === -1) return { key: value.substring(nameStart, end).toLowerCase(), value: undefined, span, valueSpan: undefined };
    return { key: value.substring(nameStart, valueStart - 1).toLowerCase(), value: value.substring(valueStart, end), span, valueSpan: source.span(offset + valueStart, offset + end) };
  };
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i);
    if (char === EQUALS) {
      hasOptions = true;
      if (valueStart === -1) valueStart = i + 1;
    } else if (char === COMMA) {
      options.push(option(i));
      nameStart = -1;
      valueStart = -1;
    } else if (nameStart === -1) {
      nameStart = i;
    }
  }
  if (hasOptions && nameStart !== -1) options.push(option(value.length));
  return options;
}
