import type { Span } from '../../findings/index.js';
import { CR, DASH, DOUBLE_QUOTE, HASH, LESS_THAN, LF, SINGLE_QUOTE, SPACE, TAB, type Source } from './source.js';
import type { ReadHeredoc, ReadWord } from './types.js';

/** A heredoc's name in a `<<NAME` word (dockerfile-ast's `parseHeredocName`); null when it is none. */
export function heredocName(word: string): string | null {
  let value = word.substring(2);
  if (value.charAt(0) === '-') value = value.substring(1);
  for (const quote of ['"', "'"]) {
    if (value.charAt(0) !== quote) continue;
    if (value.charAt(value.length - 1) !== quote) return null;
    value = value.substring(1, value.length - 1);
  }
  return value.charAt(0) === '<' ? null : value;
}

/**
 * Where the heredoc bodies that start on an instruction's first line end: at the line break after
 * the last one's delimiter line (dockerfile-ast's `processHeredocs`), or `from` when there are none.
 */
export function heredocsEnd(source: Source, words: readonly ReadWord[], from: number): number {
  const names: string[] = [];
  let tabbed = false;
  for (const { raw } of words) {
    if (!raw.startsWith('<<') || raw.length <= 2) continue;
    if (raw.startsWith('<<-')) tabbed = true;
    const name = heredocName(raw);
    if (name !== null) names.push(name);
  }
  let offset = from;
  for (const name of names) offset = delimiterLineEnd(source, name, offset, tabbed);
  return offset;
}

function delimiterLineEnd(source: Source, name: string, from: number, tabbed: boolean): number {
  const { text } = source;
  let startWord = -1;
  let lineStart = true;
  for (let i = from; i < source.length; i++) {
    const char = text.charCodeAt(i);
    if (char === SPACE || (char === TAB && !tabbed)) lineStart = false;
    else if (char === CR || char === LF) {
      if (startWord !== -1 && i - startWord === name.length && text.startsWith(name, startWord)) return i;
      startWord = -1;
      lineStart = true;
    } else if (char !== TAB && lineStart) {
      startWord = i;
      lineStart = false;
    }
  }
  return source.length;
}

/** What dockerfile-ast knows of one heredoc; `heredocOf` turns it into the model's shape. */
export interface HeredocParts {
  /** Where the `<<` word starts. */
  start: number;
  /** Where its name ends. */
  nameEnd: number;
  name: string;
  body: Span | null;
  closed: boolean;
}

/** A heredoc as the model keeps it: its marker, name, quoting, body and whether it is closed. */
export function heredocOf(text: string, parts: HeredocParts): ReadHeredoc {
  const quote = text[parts.nameEnd];
  const markerEnd = quote === '"' || quote === "'" ? parts.nameEnd + 1 : parts.nameEnd;
  const opener = text.slice(parts.start, markerEnd);
  const bodySpan = parts.body ?? { start: markerEnd, end: markerEnd };
  return {
    name: parts.name,
    quoted: /["']/.test(opener),
    stripTabs: opener.startsWith('<<-'),
    body: text.slice(bodySpan.start, bodySpan.end),
    bodySpan,
    markerSpan: { start: parts.start, end: markerEnd },
    closed: parts.closed,
  };
}

/**
 * The heredocs of an instruction whose words are `words` and which spans `span` (dockerfile-ast's
 * `getHeredocs`): names from the `<<` words of its first line, bodies up to the lines that close them.
 */
export function readHeredocs(source: Source, words: readonly ReadWord[], span: Span): ReadHeredoc[] {
  if (words.length === 0) return [];
  if (source.sameLine(span.start, span.end)) return unclosedHeredocs(source, words);
  const heredocs: ReadHeredoc[] = [];
  const definitions: ReadWord[] = [];
  let processed = false;
  let escaping = false;
  let contentStart = -1;
  let contentEnd = -1;
  let lineStart = -1;
  let current = 0;
  const startOffset = words[0]!.span.start;
  const content = source.text.substring(startOffset, span.end);
  contentLoop: for (let i = 0; i < content.length; i++) {
    switch (content.charCodeAt(i)) {
      case source.escape:
        escaping = true;
        for (let j = i + 1; j < content.length; j++) {
          const next = content.charCodeAt(j);
          if (next === SPACE || next === TAB) continue;
          i = next === CR ? j + 1 : j;
          continue contentLoop;
        }
        break;
      case CR:
        break;
      case LF:
        if (escaping) break;
        if (processed) {
          if (contentStart === -1) contentStart = i;
          contentEnd = i;
          const definition = definitions[current];
          // Past the last heredoc (or none opened): dockerfile-ast throws here; the reader reads no more.
          if (definition === undefined) break contentLoop;
          if (isDelimiter(source, definition, startOffset + lineStart, startOffset + i)) {
            heredocs.push(heredocAt(source, definition, source.span(startOffset + contentStart, startOffset + lineStart - 1), true));
            contentStart = -1;
            current++;
          }
          lineStart = -1;
        } else {
          // The first line break not escaped: heredocs start on the line before it.
          const limit = startOffset + i;
          for (const word of words) {
            if (word.span.start >= limit) break;
            if (word.raw.startsWith('<<')) definitions.push(word);
          }
          processed = true;
          lineStart = -1;
          continue contentLoop;
        }
        break;
      default: {
        const char = content.charCodeAt(i);
        // Blanks and comment lines inside a continuation.
        if (escaping && (char === SPACE || char === TAB)) break;
        if (escaping && char === HASH) {
          const newline = content.indexOf('\n', i + 1);
          if (newline !== -1) {
            i = newline;
            continue contentLoop;
          }
        }
        escaping = false;
        if (processed) {
          if (contentStart === -1) contentStart = i;
          if (lineStart === -1) lineStart = i;
        }
      }
    }
  }
  if (!processed) return unclosedHeredocs(source, words);
  const definition = definitions[current];
  if (definition === undefined) return heredocs;
  // The instruction's last line may close its last heredoc.
  const closed = isDelimiter(source, definition, startOffset + lineStart, span.end);
  const body = !closed ? { start: source.at(startOffset + contentStart), end: span.end } : contentEnd !== -1 ? source.span(startOffset + contentStart, startOffset + contentEnd) : null;
  heredocs.push(heredocAt(source, definition, body, closed));
  for (const unclosed of definitions.slice(current + 1)) heredocs.push(heredocAt(source, unclosed, null, false));
  return heredocs;
}

/** On one line, heredocs never close (dockerfile-ast's `createSingleLineHeredocs`). */
function unclosedHeredocs(source: Source, words: readonly ReadWord[]): ReadHeredoc[] {
  return words.filter((word) => word.raw.startsWith('<<') && heredocName(word.raw) !== null).map((word) => heredocAt(source, word, null, false));
}

/** The heredoc a `<<` word opens, with its body. */
function heredocAt(source: Source, word: ReadWord, body: Span | null, closed: boolean): ReadHeredoc {
  const nameSpan = heredocNameSpan(source, word.span);
  return heredocOf(source.text, { start: word.span.start, nameEnd: nameSpan.end, name: heredocNameText(source, nameSpan), body, closed });
}

/** Whether the text from `from` to `to` is the delimiter line of the heredoc `<<` `word` opens (tabs first allowed for `<<-`). */
function isDelimiter(source: Source, word: ReadWord, from: number, to: number): boolean {
  const name = heredocNameText(source, heredocNameSpan(source, word.span));
  // substring, as dockerfile-ast's getText: an end before the start swaps them.
  let line = source.text.substring(source.at(from), source.at(to));
  if (word.raw.startsWith('<<-')) {
    let index = 0;
    while (line.charCodeAt(index) === TAB) index++;
    line = line.substring(index);
  }
  return line === name;
}

/** The span of a heredoc's name in its `<<` word (dockerfile-ast's `getNameRange`). */
function heredocNameSpan(source: Source, word: Span): Span {
  const content = source.text.substring(word.start, word.end);
  let endFound = false;
  let searchHyphen = false;
  let start = -1;
  let end = -1;
  let escaping = false;
  let quote = -1;
  contentLoop: for (let i = 0; i < content.length; i++) {
    const char = content.charCodeAt(i);
    switch (char) {
      case DOUBLE_QUOTE:
      case SINGLE_QUOTE:
        if (quote === char) break contentLoop;
        quote = char;
        continue;
      case source.escape:
        if (content.indexOf('\n', i + 1) !== -1) {
          escaping = true;
          continue contentLoop;
        }
        break;
      case SPACE:
      case TAB:
      case CR:
      case LF:
        break;
      case LESS_THAN:
        if (endFound) searchHyphen = true;
        else endFound = true;
        break;
      default:
        if (char === DASH && searchHyphen) {
          searchHyphen = false;
          break;
        }
        // After an escaped line break, a comment line (and, as in dockerfile-ast, a line starting with `-`).
        if (escaping && (char === DASH || char === HASH)) {
          const newline = content.indexOf('\n', i + 1);
          if (newline !== -1) {
            i = newline;
            continue contentLoop;
          }
        }
        if (start === -1) start = i;
        if (quote !== -1) {
          end = i + 1;
          break;
        }
        break contentLoop;
    }
  }
  if (start === -1) return { start: word.end, end: word.end };
  return { start: source.at(word.start + start), end: quote !== -1 ? source.at(word.start + end) : word.end };
}

/** A heredoc's name from the span of it (dockerfile-ast's `getName`): escapes and escaped line breaks taken out. */
function heredocNameText(source: Source, span: Span): string {
  const content = source.text.substring(span.start, span.end);
  let escaping = false;
  let name = '';
  nameLoop: for (let i = 0; i < content.length; i++) {
    const char = content.charCodeAt(i);
    switch (char) {
      case source.escape:
        escaping = true;
        for (let j = i + 1; j < content.length; j++) {
          const next = content.charCodeAt(j);
          if (next === SPACE || next === TAB) continue;
          if (next === CR) i = j + 1;
          else if (next === LF) i = j;
          else {
            name += content[j];
            i = j;
          }
          continue nameLoop;
        }
        break;
      default:
        if (escaping && char === HASH) {
          const newline = content.indexOf('\n', i + 1);
          if (newline !== -1) {
            i = newline;
            continue nameLoop;
          }
        }
        // Blanks, line breaks and comments count only outside a continuation.
        if (escaping && (char === HASH || char === SPACE || char === TAB || char === CR || char === LF)) break;
        name += content[i];
    }
  }
  return name;
}
