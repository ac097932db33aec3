import type { Span } from '../../findings/index.js';
import { readExecForm } from './exec-form.js';
import { heredocsEnd, readHeredocs } from './heredocs.js';
import { readProperties } from './properties.js';
import { CR, HASH, isBlank, LF, SPACE, Source, TAB } from './source.js';
import type { ReadDirective, ReadDockerfile, ReadInstruction, ReadWord } from './types.js';
import { readWords, splitFlags, type FlagsEnd } from './words.js';

/**
 * Reads a Dockerfile into instructions, as dockerfile-ast's parser would (see source.ts): the
 * model's fast path. Never throws on malformed input.
 */
export function readDockerfile(text: string): ReadDockerfile {
  const directives = readDirectives(text);
  const escapeDirective = directives.find((directive) => directive.name.toLowerCase() === 'escape' && (directive.value === '\\' || directive.value === '`'));
  const source = new Source(text, escapeDirective ? (escapeDirective.value as '\\' | '`') : '\\');
  const instructions: ReadInstruction[] = [];
  const start = directives.length > 0 ? lineStartOf(text, directives.length) : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < source.length; i++) {
    const char = text.charCodeAt(i);
    if (char === SPACE || char === TAB || char === CR || char === LF) continue;
    if (char === HASH) i = lineEnd(text, i);
    else i = readInstructionAt(source, i, instructions);
  }
  return { escapeChar: source.escapeChar, directives, instructions };
}

/** Where a line break or the text ends, from `from` on. */
function lineEnd(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === CR || char === LF) return i;
  }
  return text.length;
}

/** Where 0-based line `line` starts (the end of the text when there are fewer lines). */
function lineStartOf(text: string, line: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char !== CR && char !== LF) continue;
    if (char === CR && text.charCodeAt(i + 1) === LF) i++;
    if (++seen === line) return i + 1;
  }
  return text.length;
}

/**
 * The parser directives at the top of the file (dockerfile-ast's `getParserDirectives`): `# name=value`
 * lines, up to the first line that is none. Whitespace after a value ends them too, as there.
 */
function readDirectives(text: string): ReadDirective[] {
  const directives: ReadDirective[] = [];
  const length = text.length;
  directiveCheck: for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < length; i++) {
    const char = text.charCodeAt(i);
    if (isBlank(char)) continue;
    if (char !== HASH) break;
    let nameStart = -1;
    let nameEnd = -1;
    for (let j = i + 1; j < length; j++) {
      const inner = text.charCodeAt(j);
      if (isBlank(inner)) {
        if (nameStart !== -1 && nameEnd === -1) nameEnd = j;
      } else if (inner === CR || inner === LF) {
        break directiveCheck;
      } else if (inner === 61) {
        if (nameEnd === -1) nameEnd = j;
        let valueStart = -1;
        let valueEnd = -1;
        let end = length;
        for (let k = j + 1; k < length; k++) {
          const valueChar = text.charCodeAt(k);
          if (valueChar === CR || valueChar === LF) {
            if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
            end = k;
            break;
          }
          if (isBlank(valueChar)) {
            if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
          } else if (valueStart === -1) valueStart = k;
        }
        // `#=x` is a comment, not a directive.
        if (nameStart === -1) break directiveCheck;
        if (valueStart === -1) {
          valueStart = j + 1;
          valueEnd = end;
        } else if (valueEnd === -1) valueEnd = length;
        const source = new Source(text, '\\');
        directives.push({
          name: text.slice(source.at(nameStart), source.at(nameEnd)),
          value: text.slice(source.at(valueStart), source.at(valueEnd)),
          span: source.span(i, end),
          valueSpan: source.span(valueStart, valueEnd),
        });
        i = text.charCodeAt(valueEnd) === CR ? valueEnd + 1 : valueEnd;
        continue directiveCheck;
      } else if (nameStart === -1) {
        nameStart = j;
      }
    }
    break;
  }
  return directives;
}

/**
 * Reads the instruction whose keyword starts at `start` (dockerfile-ast's `processInstruction`),
 * adds it to `instructions` and returns where it ends.
 */
function readInstructionAt(source: Source, start: number, instructions: ReadInstruction[]): number {
  const { text, escape } = source;
  let keyword = text[start]!;
  let keywordEnd = -1;
  let escapedKeyword = false;
  const add = (keywordTo: number, end: number) => instructions.push(readInstruction(source, keyword, { start, end: source.at(keywordTo) }, source.at(end)));
  instructionCheck: for (let i = start + 1; i < source.length; i++) {
    const char = text.charCodeAt(i);
    switch (char) {
      case escape: {
        escapedKeyword = true;
        const next = source.code(i + 1);
        if (next === CR || next === LF) {
          if (keywordEnd === -1) keywordEnd = i;
          i++;
        } else if (next === SPACE || next === TAB) {
          for (let j = i + 2; j < source.length; j++) {
            const after = text.charCodeAt(j);
            if (after === SPACE || after === TAB) continue;
            if (after === CR || after === LF) {
              i = j;
              continue instructionCheck;
            }
            // An escaped blank before more text: the keyword ends with the escape.
            keywordEnd = i + 1;
            keyword += source.escapeChar;
            i = j - 2;
            continue instructionCheck;
          }
          keywordEnd = i + 1;
          keyword += source.escapeChar;
          break instructionCheck;
        } else {
          keywordEnd = i + 1;
          keyword += source.escapeChar;
          escapedKeyword = false;
        }
        break;
      }
      case SPACE:
      case TAB: {
        if (escapedKeyword) {
          // After an escaped line break, blanks up to another line break change nothing.
          let j = i + 1;
          while (j < source.length && isBlank(text.charCodeAt(j))) j++;
          if (j < source.length && (text.charCodeAt(j) === CR || text.charCodeAt(j) === LF)) {
            i = j;
            continue instructionCheck;
          }
          escapedKeyword = false;
        }
        if (keywordEnd === -1) keywordEnd = i;
        const end = argumentsEnd(source, keyword, start, keywordEnd, i);
        add(keywordEnd, end);
        return end;
      }
      case CR:
      case LF:
        if (escapedKeyword) continue;
        add(i, i);
        return i;
      default:
        if (char === HASH && escapedKeyword) continue;
        keywordEnd = i + 1;
        keyword += text[i];
        escapedKeyword = false;
    }
  }
  add(keywordEnd === -1 ? source.length : keywordEnd, source.length);
  return source.length;
}

/**
 * Where the arguments of an instruction end (dockerfile-ast's `processArguments`): at the first line
 * break not escaped, comment lines inside a continuation passed over, then past its heredoc bodies.
 */
function argumentsEnd(source: Source, keyword: string, start: number, keywordEnd: number, from: number): number {
  const { text, escape } = source;
  let escaped = false;
  argumentsCheck: for (let i = from + 1; i < source.length; i++) {
    const char = text.charCodeAt(i);
    switch (char) {
      case CR:
      case LF: {
        if (escaped) continue;
        // No `<` on the line, no `<<` word: most instructions end here.
        const lessThan = text.indexOf('<', from);
        if (lessThan === -1 || lessThan > i) return i;
        const words = heredocWords(source, keyword, { start, end: source.at(keywordEnd) }, source.at(i));
        return words ? heredocsEnd(source, words, i) : i;
      }
      case escape: {
        const next = source.code(i + 1);
        if (next === LF || next === CR) {
          escaped = true;
          i++;
        } else if (next === SPACE || next === TAB) {
          for (let j = i + 2; j < source.length; j++) {
            const after = text.charCodeAt(j);
            if (after === SPACE || after === TAB) continue;
            if (after === CR || after === LF) escaped = true;
            i = j;
            continue argumentsCheck;
          }
          return source.length;
        }
        continue;
      }
      case HASH:
        if (escaped) {
          i = lineEnd(text, i);
          continue argumentsCheck;
        }
        break;
      case SPACE:
      case TAB:
        break;
      default:
        escaped = false;
    }
  }
  return source.length;
}

/**
 * The words of an instruction's first line whose `<<` open heredocs (dockerfile-ast's
 * `processHeredocs`): those after the flags of ADD, COPY and RUN, or of the instruction ONBUILD triggers.
 */
function heredocWords(source: Source, writtenKeyword: string, keywordSpan: Span, end: number): ReadWord[] | undefined {
  let keyword = writtenKeyword.toUpperCase();
  let words = readWords(source, keywordSpan.end, end);
  if (keyword === 'ONBUILD') {
    if (words.length === 0) return undefined;
    keyword = source.slice(words[0]!.span).toUpperCase();
    words = readWords(source, words[0]!.span.end, end);
  }
  if (keyword !== 'ADD' && keyword !== 'COPY' && keyword !== 'RUN') return undefined;
  return splitFlags(source, words, FLAGS_END[keyword]!).words;
}

/** How each instruction reads its flags: FROM, ADD, COPY and RUN up to the first word without `--`; HEALTHCHECK up to CMD or NONE. */
const FLAGS_END: Record<string, FlagsEnd> = {
  ADD: (word) => !word.includes('--'),
  COPY: (word) => !word.includes('--'),
  RUN: (word) => !word.includes('--'),
  FROM: (word) => !word.includes('--'),
  HEALTHCHECK: (word) => {
    const upper = word.toUpperCase();
    return upper === 'CMD' || upper === 'NONE';
  },
  CMD: () => true,
  ENTRYPOINT: () => true,
  SHELL: () => true,
  VOLUME: () => true,
};
const EXEC_FORM = new Set(['ADD', 'CMD', 'COPY', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);
const PROPERTIES = new Set(['ARG', 'ENV', 'LABEL']);

/** One instruction from its keyword as written and its spans (dockerfile-ast's `createInstruction` and the class it makes). */
function readInstruction(source: Source, writtenKeyword: string, keywordSpan: Span, end: number): ReadInstruction {
  const keyword = writtenKeyword.toUpperCase();
  const span = { start: keywordSpan.start, end };
  const allWords = readWords(source, keywordSpan.end, end);
  const flagsEnd = FLAGS_END[keyword];
  const { flags, words } = flagsEnd ? splitFlags(source, allWords, flagsEnd) : { flags: [], words: allWords };
  const instruction: ReadInstruction = {
    keyword,
    span,
    keywordSpan,
    argsSpan: words.length > 0 ? { start: words[0]!.span.start, end: words.at(-1)!.span.end } : undefined,
    flags,
    words,
    execStrings: EXEC_FORM.has(keyword) ? readExecForm(source, words) : undefined,
    heredocs: readHeredocs(source, words, span),
  };
  if (PROPERTIES.has(keyword)) instruction.properties = readProperties(source, keywordSpan, end);
  if (keyword === 'FROM' && words.length > 2 && words[1]!.raw.toUpperCase() === 'AS') instruction.stageName = source.slice(words[2]!.span);
  if (keyword === 'ONBUILD' && allWords.length > 0) {
    const triggerSpan = allWords[0]!.span;
    instruction.trigger = readInstruction(source, source.slice(triggerSpan), triggerSpan, end);
  }
  return instruction;
}
