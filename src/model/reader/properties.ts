import type { Span } from '../../findings/index.js';
import { CR, DOLLAR, DOUBLE_QUOTE, HASH, isWhitespace, LEFT_BRACE, LF, RIGHT_BRACE, SINGLE_QUOTE, SPACE, TAB, type Source } from './source.js';
import type { ReadProperty, ReadWord } from './types.js';

/**
 * The `NAME=value` pairs of an ARG, ENV or LABEL, read as dockerfile-ast's PropertyInstruction and
 * Property do: `ENV A=1 B="2 3"`, and the legacy `ENV NAME value with spaces`.
 */
export function readProperties(source: Source, keywordSpan: Span, end: number): ReadProperty[] {
  const words = propertyWords(source, keywordSpan, end);
  if (words.length === 0) return [];
  if (words.length === 1) return [property(source, words[0]!)];
  if (!words[0]!.raw.includes('=')) {
    // `ENV NAME value with spaces`: everything after the name is its value.
    const rest = words.length === 2 ? words[1]! : joined(source, words[1]!.span.start, words.at(-1)!.span.end);
    return [property(source, words[0]!, rest)];
  }
  return words.map((word) => property(source, word));
}

function joined(source: Source, start: number, end: number): ReadWord {
  const span = { start, end };
  return { raw: source.slice(span), span };
}

function property(source: Source, word: ReadWord, valueWord?: ReadWord): ReadProperty {
  const nameSpan = propertyNameSpan(source, word);
  const name = propertyValue(source.slice(nameSpan), source.escapeChar);
  if (valueWord) {
    const valueSpan = valueWord.span;
    return { name, value: propertyValue(source.slice(valueSpan), source.escapeChar), span: { start: nameSpan.start, end: valueSpan.end }, valueSpan };
  }
  if (nameSpan.start === word.span.start && nameSpan.end === word.span.end) return { name, value: null, span: word.span, valueSpan: undefined };
  const valueSpan = source.span(word.span.start + word.raw.indexOf('=') + 1, word.span.end);
  return { name, value: propertyValue(source.slice(valueSpan), source.escapeChar), span: word.span, valueSpan };
}

/** The name of `NAME=value`: up to the `=`, unless a quote opens the word without closing before it. */
function propertyNameSpan(source: Source, word: ReadWord): Span {
  const value = word.raw;
  const index = value.indexOf('=');
  if (index !== -1) {
    const initial = value.charAt(0);
    const before = value.charAt(index - 1);
    if ((initial === '"' && before === '"') || (initial === "'" && before === "'") || (initial !== '"' && initial !== "'")) {
      return { start: word.span.start, end: source.at(word.span.start + index) };
    }
  }
  return word.span;
}

/** Where the first character that is neither blank nor an escaped line break is; -1 when none (dockerfile-ast's `findLeadingNonWhitespace`). */
function leadingNonWhitespace(content: string, escape: string): number {
  whitespaceCheck: for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (char === ' ' || char === '\t') continue;
    if (char !== escape) return i;
    for (let j = i + 1; j < content.length; j++) {
      const next = content[j];
      if (next === ' ' || next === '\t') continue;
      if (next === '\r') {
        i = j + 1;
        continue whitespaceCheck;
      }
      if (next === '\n') {
        i = j;
        continue whitespaceCheck;
      }
      break;
    }
    return -1;
  }
  return -1;
}

/** The last character before trailing blanks and escaped line breaks (dockerfile-ast's `findTrailingNonWhitespace`). */
function trailingNonWhitespace(content: string, escape: number): number {
  for (let i = content.length - 1; i >= 0; i--) {
    const char = content.charCodeAt(i);
    if (char === SPACE || char === TAB) continue;
    if (char !== LF && char !== CR) return i;
    if (char === LF && content.charCodeAt(i - 1) === CR) i--;
    for (let j = i - 1; j >= 0; j--) {
      const before = content.charCodeAt(j);
      if (!isWhitespace(before) && before !== escape) return j;
    }
    break;
  }
  return content.length;
}

/** The words of a property instruction, quotes and `${...}` kept together (dockerfile-ast's `getPropertyArguments`). */
function propertyWords(source: Source, keywordSpan: Span, end: number): ReadWord[] {
  const words: ReadWord[] = [];
  const { escape } = source;
  const fullArgs = source.text.slice(keywordSpan.end, end);
  const start = leadingNonWhitespace(fullArgs, source.escapeChar);
  if (start === -1) return words;
  const base = keywordSpan.end + start;
  // After an escaped line break (the first word may already be on one).
  let escaped = !source.sameLine(keywordSpan.start, source.at(base));
  let endingEscape = false;
  // Where the escape before a line break was.
  let mark = -1;
  const content = fullArgs.substring(start, trailingNonWhitespace(fullArgs, escape) + 1);
  const code = (i: number) => (i < content.length ? content.charCodeAt(i) : -1);
  let argStart = escaped ? -1 : 0;
  let spaced = false;
  const push = (from: number, to: number) => words.push({ raw: content.substring(from, to), span: source.span(base + from, base + to) });
  const pushSpaced = () => {
    if (argStart !== -1) push(argStart, mark);
  };

  argumentLoop: for (let i = 0; i < content.length; i++) {
    const char = content.charCodeAt(i);
    switch (char) {
      case escape: {
        if (i + 1 === content.length) {
          endingEscape = true;
          break argumentLoop;
        }
        if (!escaped) mark = i;
        const next = code(i + 1);
        switch (next) {
          case SPACE:
          case TAB:
            if (!isWhitespace(code(i + 2))) {
              // An escaped blank.
              i = i + 1;
              continue argumentLoop;
            }
            for (let j = i + 2; j < content.length; j++) {
              const after = content.charCodeAt(j);
              if (after === CR || after === LF) {
                // Blanks up to the end of the line: a line continuation.
                escaped = true;
                i = after === CR ? j + 1 : j;
                continue argumentLoop;
              }
              if (after !== SPACE && after !== TAB) {
                // Blanks before more text: the word ends there.
                words.push({ raw: content.substring(argStart, i), span: source.span(base + argStart, base + i + 2) });
                argStart = j;
                break;
              }
            }
            i = argStart - 1;
            continue argumentLoop;
          case CR:
          case LF:
            // An escaped line break.
            escaped = true;
            i += next === CR ? 2 : 1;
            continue argumentLoop;
          case escape:
            if (argStart === -1) argStart = i;
            i = i + 1;
            continue argumentLoop;
          default:
            if (argStart === -1) argStart = i;
            continue argumentLoop;
        }
      }
      case SINGLE_QUOTE:
      case DOUBLE_QUOTE:
        if (spaced) {
          pushSpaced();
          argStart = i;
          spaced = false;
        }
        if (argStart === -1) argStart = i;
        for (let j = i + 1; j < content.length; j++) {
          const next = content.charCodeAt(j);
          if (next === char) {
            const after = code(j + 1);
            if (after !== SPACE && after !== -1) {
              // More text after the closing quote: still the same word.
              i = j;
              continue argumentLoop;
            }
            push(argStart, j + 1);
            i = j;
            argStart = -1;
            continue argumentLoop;
          }
          if (next === escape) j++;
        }
        break argumentLoop;
      case SPACE:
      case TAB:
        if (escaped) {
          // A blank counts only if the word does not go on over a line break.
          if (argStart !== -1) spaced = true;
        } else if (argStart !== -1) {
          push(argStart, i);
          argStart = -1;
        }
        break;
      case CR:
      case LF:
        if (char === CR) i++;
        spaced = false;
        break;
      case HASH:
        if (escaped) {
          // A comment line inside the continuation.
          for (let j = i + 1; j < content.length; j++) {
            const next = content.charCodeAt(j);
            if (next === CR || next === LF) {
              i = next === CR ? j + 1 : j;
              spaced = false;
              continue argumentLoop;
            }
          }
          if (argStart !== -1) {
            push(argStart, mark);
            argStart = -1;
          }
          break argumentLoop;
        } else if (argStart === -1) {
          argStart = i;
        }
        break;
      default:
        if (spaced) {
          pushSpaced();
          argStart = i;
          spaced = false;
        }
        escaped = false;
        if (argStart === -1) argStart = i;
        if (char === DOLLAR && code(i + 1) === LEFT_BRACE) {
          // `${...}` stays in one word, blanks inside quotes or after escapes included.
          let singleQuotes = false;
          let doubleQuotes = false;
          let escapedInVariable = false;
          for (let j = i + 1; j < content.length; j++) {
            const next = content.charCodeAt(j);
            if (next === escape) escapedInVariable = true;
            else if (next === CR || next === LF) continue;
            else if (next === SINGLE_QUOTE) {
              singleQuotes = !singleQuotes;
              escapedInVariable = false;
            } else if (next === DOUBLE_QUOTE) {
              doubleQuotes = !doubleQuotes;
              escapedInVariable = false;
            } else if (next === SPACE || next === TAB) {
              if (escapedInVariable || singleQuotes || doubleQuotes) continue;
              i = j - 1;
              continue argumentLoop;
            } else if (next === RIGHT_BRACE) {
              i = j;
              continue argumentLoop;
            } else escapedInVariable = false;
          }
          break argumentLoop;
        }
    }
  }
  if (argStart !== -1 && argStart !== content.length) push(argStart, endingEscape ? content.length - 1 : content.length);
  return words;
}

/** A property's name or value with escapes, surrounding quotes and escaped line breaks taken out (dockerfile-ast's `Property.getValue`). */
export function propertyValue(text: string, escapeChar: string): string {
  let escaped = false;
  const skip = leadingNonWhitespace(text, escapeChar);
  if (skip !== 0 && text.charAt(skip) === '#') escaped = true;
  let value = text.substring(skip);
  const first = value.charAt(0);
  const last = value.charAt(value.length - 1);
  const literal = first === "'" || first === '"';
  const inSingle = first === "'" && last === "'";
  let inDouble = false;
  if (first === '"') {
    for (let i = 1; i < value.length; i++) {
      if (value.charAt(i) === escapeChar) i++;
      else if (value.charAt(i) === '"' && i === value.length - 1) inDouble = true;
    }
  }
  if (inSingle || inDouble) value = value.substring(1, value.length - 1);
  let commentCheck = -1;
  let result = '';
  parseValue: for (let i = 0; i < value.length; i++) {
    let char = value.charAt(i);
    switch (char) {
      case escapeChar:
        if (i + 1 === value.length) {
          result += escapeChar;
          break parseValue;
        }
        char = value.charAt(i + 1);
        if (char === ' ' || char === '\t') {
          whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
            const char2 = value.charAt(j);
            switch (char2) {
              case ' ':
              case '\t':
                break;
              case '\r':
              case '\n':
                escaped = true;
                i = char2 === '\r' ? j + 1 : j;
                continue parseValue;
              default:
                if (!inDouble && !inSingle && !literal) {
                  if (char2 === escapeChar) {
                    result += char;
                    i = i + 1;
                  } else {
                    result += char + char2;
                    i = j;
                  }
                  continue parseValue;
                }
                break whitespaceCheck;
            }
          }
        }
        {
          // An escaped line break continues the value on the next line, quoted or not (`\r\n` is
          // two characters past the escape; the escape character is never a line break).
          const lineBreak = char === '\r' ? 2 : char === '\n' ? 1 : 0;
          if (lineBreak > 0) {
            escaped = true;
            i += lineBreak;
            if (inDouble || inSingle || literal) continue parseValue;
          } else if (inDouble) {
            if (char !== '"') {
              if (char === escapeChar) i++;
              result += escapeChar;
            }
            continue parseValue;
          } else if (inSingle || literal) {
            result += escapeChar;
            continue parseValue;
          } else if (char === escapeChar) {
            result += escapeChar;
            i++;
          } else {
            result += char;
            i++;
          }
        }
        break;
      case ' ':
      case '\t':
        if (escaped && commentCheck === -1) commentCheck = i;
        result += char;
        break;
      case '\r':
      case '\n':
        if (char === '\r') i++;
        if (escaped && commentCheck !== -1) {
          // Blanks before a line that turned out empty are not part of the value.
          result = result.substring(0, result.length - (i - commentCheck - 1));
          commentCheck = -1;
        }
        break;
      default:
        if (char === '#' && escaped) {
          // A comment line inside the continuation.
          if (commentCheck !== -1) {
            result = result.substring(0, result.length - (i - commentCheck));
            commentCheck = -1;
          }
          for (let j = i + 1; j < value.length; j++) {
            const next = value.charAt(j);
            if (next === '\r' || next === '\n') {
              i = next === '\r' ? j + 1 : j;
              break;
            }
          }
          continue parseValue;
        }
        if (escaped) {
          escaped = false;
          commentCheck = -1;
        }
        result += char;
    }
  }
  return result;
}
