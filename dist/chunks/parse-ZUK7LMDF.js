import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  ExpansionBudget,
  expandVariables,
  isWindowsImage,
  joinContinuations,
  parseImageName
} from "./chunk-HUMZK7UK.js";
import {
  loadShellParser
} from "./chunk-T74X72SU.js";
import {
  isPosixShellArgv,
  isPowerShellArgv,
  windowsProgramName
} from "./chunk-SQ42UHQ5.js";
import "./chunk-O33AYLXZ.js";
import {
  createPositionMapper
} from "./chunk-DK4JW3AF.js";
import "./chunk-36S4BROV.js";

// src/model/image-references.ts
function imageReference(model, expand, raw, span, usage, lookup) {
  const expansion = expand(raw, lookup, span, { quotes: true });
  const resolved = expansion.value;
  const viaArgs = expansion.used.map((name) => model.globalArgs.findLast((arg) => arg.name === name)).filter((arg) => arg !== void 0);
  const reference = {
    raw,
    span,
    region: model.positions.regionOf(span),
    resolved,
    unresolved: expansion.unresolved,
    kind: "image",
    viaArgs,
    usage
  };
  if (resolved === void 0) return reference;
  if (usage !== "syntax" && resolved.toLowerCase() === "scratch") reference.kind = "scratch";
  else if (usage !== "syntax" && model.stages.some((s) => s.name === resolved.toLowerCase())) {
    reference.kind = "stage";
    reference.stage = model.stages.find((s) => s.name === resolved.toLowerCase());
  } else reference.name = parseImageName(resolved);
  return reference;
}
function referenceImagesInFlags(model, expand, instruction) {
  const lookup = (name) => instruction.variables.get(name);
  const add = (raw, span, usage) => {
    const reference = imageReference(model, expand, raw, span, usage, lookup);
    if (reference.kind === "image" && reference.resolved !== void 0 && /^\d+$/.test(reference.resolved)) {
      const byIndex = model.stages[Number(reference.resolved)];
      reference.kind = "stage";
      reference.stage = byIndex;
      reference.name = void 0;
    }
    reference.instruction = instruction;
    model.imageReferences.push(reference);
  };
  for (const flag of instruction.flags) {
    if (flag.name === "from" && instruction.keyword === "COPY" && flag.value && flag.valueSpan) {
      add(flag.value, flag.valueSpan, "copy-from");
    } else if (flag.name === "mount") {
      const from = flag.options.find((option) => option.key === "from");
      if (from?.value && from.valueSpan) add(from.value, from.valueSpan, "mount-from");
    }
  }
}

// src/model/reader/source.ts
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var DOUBLE_QUOTE = 34;
var HASH = 35;
var DOLLAR = 36;
var SINGLE_QUOTE = 39;
var COMMA = 44;
var DASH = 45;
var LESS_THAN = 60;
var EQUALS = 61;
var LEFT_BRACKET = 91;
var BACKSLASH = 92;
var RIGHT_BRACKET = 93;
var LEFT_BRACE = 123;
var RIGHT_BRACE = 125;
var isBlank = (code) => code === SPACE || code === TAB;
var isNewline = (code) => code === LF || code === CR;
var isWhitespace = (code) => code === SPACE || code === TAB || code === LF || code === CR;
var Source = class {
  constructor(text, escapeChar) {
    this.text = text;
    this.escapeChar = escapeChar;
    this.length = text.length;
    this.escape = escapeChar.charCodeAt(0);
  }
  text;
  escapeChar;
  length;
  /** Character code of the escape character (`\` or `` ` ``). */
  escape;
  /** The character code at `offset`, or -1 outside `[0, end)`. */
  code(offset, end = this.length) {
    return offset >= 0 && offset < end ? this.text.charCodeAt(offset) : -1;
  }
  /**
   * An offset as dockerfile-ast reports it: its TextDocument never places a position between the
   * CR and LF of a line break, so an offset there moves back before the CR.
   */
  at(offset) {
    if (offset <= 0) return 0;
    if (offset >= this.length) return this.length;
    return this.text.charCodeAt(offset) === LF && this.text.charCodeAt(offset - 1) === CR ? offset - 1 : offset;
  }
  span(start, end) {
    return { start: this.at(start), end: this.at(end) };
  }
  /** The text of a span; as dockerfile-ast's `getText`, an end before the start swaps them. */
  slice(span) {
    return this.text.substring(span.start, span.end);
  }
  /** Whether no line break separates two offsets (dockerfile-ast compares their lines). */
  sameLine(from, to) {
    for (let i = from; i < to; i++) if (isNewline(this.text.charCodeAt(i))) return false;
    return true;
  }
};

// src/model/reader/exec-form.ts
function readExecForm(source, words) {
  if (words.length === 0) return void 0;
  if (words.length === 1 && words[0].raw === "[]") return [];
  if (words.length === 2 && words[0].raw === "[" && words[1].raw === "]") return [];
  const from = words[0].span.start;
  const content = source.text.substring(from, words.at(-1).span.end);
  const code = (i) => i < content.length ? content.charCodeAt(i) : -1;
  const strings = [];
  let opened = false;
  let start = -1;
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
        if (!quoted && last !== 0) return opened ? strings : void 0;
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
  return void 0;
}
function escapedLineBreak(content, from) {
  for (let j = from; j < content.length; j++) {
    const after = content.charCodeAt(j);
    if (after === CR || after === LF) return after === CR ? j + 1 : j;
    if (after !== SPACE && after !== TAB) return -1;
  }
  return -1;
}

// src/model/reader/heredocs.ts
function heredocName(word) {
  let value = word.substring(2);
  if (value.charAt(0) === "-") value = value.substring(1);
  for (const quote of ['"', "'"]) {
    if (value.charAt(0) !== quote) continue;
    if (value.charAt(value.length - 1) !== quote) return null;
    value = value.substring(1, value.length - 1);
  }
  return value.charAt(0) === "<" ? null : value;
}
function heredocsEnd(source, words, from) {
  const names = [];
  let tabbed = false;
  for (const { raw } of words) {
    if (!raw.startsWith("<<") || raw.length <= 2) continue;
    if (raw.startsWith("<<-")) tabbed = true;
    const name = heredocName(raw);
    if (name !== null) names.push(name);
  }
  let offset = from;
  for (const name of names) offset = delimiterLineEnd(source, name, offset, tabbed);
  return offset;
}
function delimiterLineEnd(source, name, from, tabbed) {
  const { text } = source;
  let startWord = -1;
  let lineStart = true;
  for (let i = from; i < source.length; i++) {
    const char = text.charCodeAt(i);
    if (char === SPACE || char === TAB && !tabbed) lineStart = false;
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
function heredocOf(text, parts) {
  const quote = text[parts.nameEnd];
  const markerEnd = quote === '"' || quote === "'" ? parts.nameEnd + 1 : parts.nameEnd;
  const opener = text.slice(parts.start, markerEnd);
  const bodySpan = parts.body ?? { start: markerEnd, end: markerEnd };
  return {
    name: parts.name,
    quoted: /["']/.test(opener),
    stripTabs: opener.startsWith("<<-"),
    body: text.slice(bodySpan.start, bodySpan.end),
    bodySpan,
    markerSpan: { start: parts.start, end: markerEnd },
    closed: parts.closed
  };
}
function readHeredocs(source, words, span) {
  if (words.length === 0) return [];
  if (source.sameLine(span.start, span.end)) return unclosedHeredocs(source, words);
  const heredocs = [];
  const definitions = [];
  let processed = false;
  let escaping = false;
  let contentStart = -1;
  let contentEnd = -1;
  let lineStart = -1;
  let current = 0;
  const startOffset = words[0].span.start;
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
          const definition2 = definitions[current];
          if (definition2 === void 0) break contentLoop;
          if (isDelimiter(source, definition2, startOffset + lineStart, startOffset + i)) {
            heredocs.push(heredocAt(source, definition2, source.span(startOffset + contentStart, startOffset + lineStart - 1), true));
            contentStart = -1;
            current++;
          }
          lineStart = -1;
        } else {
          const limit = startOffset + i;
          for (const word of words) {
            if (word.span.start >= limit) break;
            if (word.raw.startsWith("<<")) definitions.push(word);
          }
          processed = true;
          lineStart = -1;
          continue contentLoop;
        }
        break;
      default: {
        const char = content.charCodeAt(i);
        if (escaping && (char === SPACE || char === TAB)) break;
        if (escaping && char === HASH) {
          const newline = content.indexOf("\n", i + 1);
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
  if (definition === void 0) return heredocs;
  const closed = isDelimiter(source, definition, startOffset + lineStart, span.end);
  const body = !closed ? { start: source.at(startOffset + contentStart), end: span.end } : contentEnd !== -1 ? source.span(startOffset + contentStart, startOffset + contentEnd) : null;
  heredocs.push(heredocAt(source, definition, body, closed));
  for (const unclosed of definitions.slice(current + 1)) heredocs.push(heredocAt(source, unclosed, null, false));
  return heredocs;
}
function unclosedHeredocs(source, words) {
  return words.filter((word) => word.raw.startsWith("<<") && heredocName(word.raw) !== null).map((word) => heredocAt(source, word, null, false));
}
function heredocAt(source, word, body, closed) {
  const nameSpan = heredocNameSpan(source, word.span);
  return heredocOf(source.text, { start: word.span.start, nameEnd: nameSpan.end, name: heredocNameText(source, nameSpan), body, closed });
}
function isDelimiter(source, word, from, to) {
  const name = heredocNameText(source, heredocNameSpan(source, word.span));
  let line = source.text.substring(source.at(from), source.at(to));
  if (word.raw.startsWith("<<-")) {
    let index = 0;
    while (line.charCodeAt(index) === TAB) index++;
    line = line.substring(index);
  }
  return line === name;
}
function heredocNameSpan(source, word) {
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
        if (content.indexOf("\n", i + 1) !== -1) {
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
        if (escaping && (char === DASH || char === HASH)) {
          const newline = content.indexOf("\n", i + 1);
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
function heredocNameText(source, span) {
  const content = source.text.substring(span.start, span.end);
  let escaping = false;
  let name = "";
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
          const newline = content.indexOf("\n", i + 1);
          if (newline !== -1) {
            i = newline;
            continue nameLoop;
          }
        }
        if (escaping && (char === HASH || char === SPACE || char === TAB || char === CR || char === LF)) break;
        name += content[i];
    }
  }
  return name;
}

// src/model/reader/properties.ts
function readProperties(source, keywordSpan, end) {
  const words = propertyWords(source, keywordSpan, end);
  if (words.length === 0) return [];
  if (words.length === 1) return [property(source, words[0])];
  if (!words[0].raw.includes("=")) {
    const rest = words.length === 2 ? words[1] : joined(source, words[1].span.start, words.at(-1).span.end);
    return [property(source, words[0], rest)];
  }
  return words.map((word) => property(source, word));
}
function joined(source, start, end) {
  const span = { start, end };
  return { raw: source.slice(span), span };
}
function property(source, word, valueWord) {
  const nameSpan = propertyNameSpan(source, word);
  const name = propertyValue(source.slice(nameSpan), source.escapeChar);
  if (valueWord) {
    const valueSpan2 = valueWord.span;
    return { name, value: propertyValue(source.slice(valueSpan2), source.escapeChar), span: { start: nameSpan.start, end: valueSpan2.end }, valueSpan: valueSpan2 };
  }
  if (nameSpan.start === word.span.start && nameSpan.end === word.span.end) return { name, value: null, span: word.span, valueSpan: void 0 };
  const valueSpan = source.span(word.span.start + word.raw.indexOf("=") + 1, word.span.end);
  return { name, value: propertyValue(source.slice(valueSpan), source.escapeChar), span: word.span, valueSpan };
}
function propertyNameSpan(source, word) {
  const value = word.raw;
  const index = value.indexOf("=");
  if (index !== -1) {
    const initial = value.charAt(0);
    const before = value.charAt(index - 1);
    if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
      return { start: word.span.start, end: source.at(word.span.start + index) };
    }
  }
  return word.span;
}
function leadingNonWhitespace(content, escape) {
  whitespaceCheck: for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (char === " " || char === "	") continue;
    if (char !== escape) return i;
    for (let j = i + 1; j < content.length; j++) {
      const next = content[j];
      if (next === " " || next === "	") continue;
      if (next === "\r") {
        i = j + 1;
        continue whitespaceCheck;
      }
      if (next === "\n") {
        i = j;
        continue whitespaceCheck;
      }
      break;
    }
    return -1;
  }
  return -1;
}
function trailingNonWhitespace(content, escape) {
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
function propertyWords(source, keywordSpan, end) {
  const words = [];
  const { escape } = source;
  const fullArgs = source.text.slice(keywordSpan.end, end);
  const start = leadingNonWhitespace(fullArgs, source.escapeChar);
  if (start === -1) return words;
  const base = keywordSpan.end + start;
  let escaped = !source.sameLine(keywordSpan.start, source.at(base));
  let endingEscape = false;
  let mark = -1;
  const content = fullArgs.substring(start, trailingNonWhitespace(fullArgs, escape) + 1);
  const code = (i) => i < content.length ? content.charCodeAt(i) : -1;
  let argStart = escaped ? -1 : 0;
  let spaced = false;
  const push = (from, to) => words.push({ raw: content.substring(from, to), span: source.span(base + from, base + to) });
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
              i = i + 1;
              continue argumentLoop;
            }
            for (let j = i + 2; j < content.length; j++) {
              const after = content.charCodeAt(j);
              if (after === CR || after === LF) {
                escaped = true;
                i = after === CR ? j + 1 : j;
                continue argumentLoop;
              }
              if (after !== SPACE && after !== TAB) {
                words.push({ raw: content.substring(argStart, i), span: source.span(base + argStart, base + i + 2) });
                argStart = j;
                break;
              }
            }
            i = argStart - 1;
            continue argumentLoop;
          case CR:
          case LF:
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
function propertyValue(text, escapeChar) {
  let escaped = false;
  const skip = leadingNonWhitespace(text, escapeChar);
  if (skip !== 0 && text.charAt(skip) === "#") escaped = true;
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
  let result = "";
  parseValue: for (let i = 0; i < value.length; i++) {
    let char = value.charAt(i);
    switch (char) {
      case escapeChar:
        if (i + 1 === value.length) {
          result += escapeChar;
          break parseValue;
        }
        char = value.charAt(i + 1);
        if (char === " " || char === "	") {
          whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
            const char2 = value.charAt(j);
            switch (char2) {
              case " ":
              case "	":
                break;
              case "\r":
              case "\n":
                escaped = true;
                i = char2 === "\r" ? j + 1 : j;
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
          const lineBreak = char === "\r" ? 2 : char === "\n" ? 1 : 0;
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
      case " ":
      case "	":
        if (escaped && commentCheck === -1) commentCheck = i;
        result += char;
        break;
      case "\r":
      case "\n":
        if (char === "\r") i++;
        if (escaped && commentCheck !== -1) {
          result = result.substring(0, result.length - (i - commentCheck - 1));
          commentCheck = -1;
        }
        break;
      default:
        if (char === "#" && escaped) {
          if (commentCheck !== -1) {
            result = result.substring(0, result.length - (i - commentCheck));
            commentCheck = -1;
          }
          for (let j = i + 1; j < value.length; j++) {
            const next = value.charAt(j);
            if (next === "\r" || next === "\n") {
              i = next === "\r" ? j + 1 : j;
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

// src/model/reader/words.ts
function readWords(source, from, end) {
  const words = [];
  const escape = source.escape;
  const n = end - from;
  const code = (i) => source.code(from + i, end);
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  let value = "";
  let runStart = -1;
  let runEnd = -1;
  const append = (i) => {
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
  const add = (text) => {
    flushRun();
    value += text;
  };
  const push = (wordEnd) => {
    flushRun();
    words.push({ raw: value, span: source.span(from + found, from + wordEnd) });
    value = "";
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
function splitFlags(source, words, flagsEnd) {
  const flags = [];
  for (const word of words) {
    if (flagsEnd(word.raw)) break;
    if (word.raw.startsWith("--")) flags.push(readFlag(source, word));
  }
  return { flags, words: flags.length === 0 ? words : words.slice(flags.length) };
}
function readFlag(source, word) {
  const { span } = word;
  const value = word.raw;
  const index = source.slice(span).indexOf("=");
  const nameIndex = value.indexOf("=");
  if (index === -1) return { name: value.substring(2).toLowerCase(), value: void 0, span, valueSpan: void 0, options: [] };
  if (index === value.length - 1) return { name: value.substring(2, index).toLowerCase(), value: "", span, valueSpan: { start: span.end, end: span.end }, options: [] };
  const flagValue = value.substring(nameIndex + 1);
  const valueSpan = source.span(span.start + index + 1, span.end);
  return { name: value.substring(2, nameIndex).toLowerCase(), value: flagValue, span, valueSpan, options: readFlagOptions(source, flagValue, valueSpan.start) };
}
function readFlagOptions(source, value, offset) {
  const options = [];
  let nameStart = -1;
  let valueStart = -1;
  let hasOptions = false;
  const option = (end) => {
    const span = source.span(offset + nameStart, offset + end);
    if (valueStart === -1) return { key: value.substring(nameStart, end).toLowerCase(), value: void 0, span, valueSpan: void 0 };
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

// src/model/reader/read.ts
function readDockerfile(text) {
  const directives = readDirectives(text);
  const escapeDirective = directives.find((directive) => directive.name.toLowerCase() === "escape" && (directive.value === "\\" || directive.value === "`"));
  const source = new Source(text, escapeDirective ? escapeDirective.value : "\\");
  const instructions = [];
  const start = directives.length > 0 ? lineStartOf(text, directives.length) : text.charCodeAt(0) === 65279 ? 1 : 0;
  for (let i = start; i < source.length; i++) {
    const char = text.charCodeAt(i);
    if (char === SPACE || char === TAB || char === CR || char === LF) continue;
    if (char === HASH) i = lineEnd(text, i);
    else i = readInstructionAt(source, i, instructions);
  }
  return { escapeChar: source.escapeChar, directives, instructions };
}
function lineEnd(text, from) {
  for (let i = from + 1; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === CR || char === LF) return i;
  }
  return text.length;
}
function lineStartOf(text, line) {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char !== CR && char !== LF) continue;
    if (char === CR && text.charCodeAt(i + 1) === LF) i++;
    if (++seen === line) return i + 1;
  }
  return text.length;
}
function readDirectives(text) {
  const directives = [];
  const length = text.length;
  directiveCheck: for (let i = text.charCodeAt(0) === 65279 ? 1 : 0; i < length; i++) {
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
        if (nameStart === -1) break directiveCheck;
        if (valueStart === -1) {
          valueStart = j + 1;
          valueEnd = end;
        } else if (valueEnd === -1) valueEnd = length;
        const source = new Source(text, "\\");
        directives.push({
          name: text.slice(source.at(nameStart), source.at(nameEnd)),
          value: text.slice(source.at(valueStart), source.at(valueEnd)),
          span: source.span(i, end),
          valueSpan: source.span(valueStart, valueEnd)
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
function readInstructionAt(source, start, instructions) {
  const { text, escape } = source;
  let keyword = text[start];
  let keywordEnd = -1;
  let escapedKeyword = false;
  const add = (keywordTo, end) => instructions.push(readInstruction(source, keyword, { start, end: source.at(keywordTo) }, source.at(end)));
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
function argumentsEnd(source, keyword, start, keywordEnd, from) {
  const { text, escape } = source;
  let escaped = false;
  argumentsCheck: for (let i = from + 1; i < source.length; i++) {
    const char = text.charCodeAt(i);
    switch (char) {
      case CR:
      case LF: {
        if (escaped) continue;
        const lessThan = text.indexOf("<", from);
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
function heredocWords(source, writtenKeyword, keywordSpan, end) {
  let keyword = writtenKeyword.toUpperCase();
  let words = readWords(source, keywordSpan.end, end);
  if (keyword === "ONBUILD") {
    if (words.length === 0) return void 0;
    keyword = source.slice(words[0].span).toUpperCase();
    words = readWords(source, words[0].span.end, end);
  }
  if (keyword !== "ADD" && keyword !== "COPY" && keyword !== "RUN") return void 0;
  return splitFlags(source, words, FLAGS_END[keyword]).words;
}
var FLAGS_END = {
  ADD: (word) => !word.includes("--"),
  COPY: (word) => !word.includes("--"),
  RUN: (word) => !word.includes("--"),
  FROM: (word) => !word.includes("--"),
  HEALTHCHECK: (word) => {
    const upper = word.toUpperCase();
    return upper === "CMD" || upper === "NONE";
  },
  CMD: () => true,
  ENTRYPOINT: () => true,
  SHELL: () => true,
  VOLUME: () => true
};
var EXEC_FORM = /* @__PURE__ */ new Set(["ADD", "CMD", "COPY", "ENTRYPOINT", "RUN", "SHELL", "VOLUME"]);
var PROPERTIES = /* @__PURE__ */ new Set(["ARG", "ENV", "LABEL"]);
function readInstruction(source, writtenKeyword, keywordSpan, end) {
  const keyword = writtenKeyword.toUpperCase();
  const span = { start: keywordSpan.start, end };
  const allWords = readWords(source, keywordSpan.end, end);
  const flagsEnd = FLAGS_END[keyword];
  const { flags, words } = flagsEnd ? splitFlags(source, allWords, flagsEnd) : { flags: [], words: allWords };
  const instruction = {
    keyword,
    span,
    keywordSpan,
    argsSpan: words.length > 0 ? { start: words[0].span.start, end: words.at(-1).span.end } : void 0,
    flags,
    words,
    execStrings: EXEC_FORM.has(keyword) ? readExecForm(source, words) : void 0,
    heredocs: readHeredocs(source, words, span)
  };
  if (PROPERTIES.has(keyword)) instruction.properties = readProperties(source, keywordSpan, end);
  if (keyword === "FROM" && words.length > 2 && words[1].raw.toUpperCase() === "AS") instruction.stageName = source.slice(words[2].span);
  if (keyword === "ONBUILD" && allWords.length > 0) {
    const triggerSpan = allWords[0].span;
    instruction.trigger = readInstruction(source, source.slice(triggerSpan), triggerSpan, end);
  }
  return instruction;
}

// src/model/scope.ts
var ScopeTimeline = class {
  histories = /* @__PURE__ */ new Map();
  version = 0;
  view;
  constructor(initial = []) {
    for (const [name, value] of initial) this.set(name, value);
  }
  set(name, value) {
    if (this.view) {
      this.version++;
      this.view = void 0;
    }
    const history = this.histories.get(name);
    if (!history) this.histories.set(name, { versions: [this.version], values: [value] });
    else if (history.versions.at(-1) === this.version) history.values[history.values.length - 1] = value;
    else {
      history.versions.push(this.version);
      history.values.push(value);
    }
  }
  /** The variables as they are now. */
  now() {
    if (!this.view) {
      const version = this.version;
      this.view = { get: (name) => this.lookup(name, version)?.value, has: (name) => this.lookup(name, version) !== void 0 };
    }
    return this.view;
  }
  /** Names with their current values, in the order they were first set. */
  *entries() {
    for (const [name, history] of this.histories) yield [name, history.values.at(-1)];
  }
  lookup(name, version) {
    const history = this.histories.get(name);
    if (!history || history.versions[0] > version) return void 0;
    let low = 0;
    let high = history.versions.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (history.versions[middle] <= version) low = middle;
      else high = middle - 1;
    }
    return { value: history.values[low] };
  }
};
var AUTOMATIC_PLATFORM_ARGS = ["BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT"];
var FileScopes = class {
  constructor(buildArgs) {
    this.buildArgs = buildArgs;
    this.global = new ScopeTimeline(AUTOMATIC_PLATFORM_ARGS.map((name) => [name, buildArgs[name]]));
    this.current = this.global;
  }
  buildArgs;
  /** Automatic platform ARGs are unknown (they depend on the builder) unless `--build-arg` sets them. */
  global;
  current;
  env = /* @__PURE__ */ new Map();
  stageEnv = /* @__PURE__ */ new Map();
  inStage = false;
  /** The variables the next instruction sees. */
  now() {
    return this.current.now();
  }
  /** A new stage starts, with the ENV of the stage it is built from, if any. */
  enterStage(stage, parent) {
    this.env = new Map(parent ? this.stageEnv.get(parent) ?? [] : []);
    this.current = new ScopeTimeline(this.env);
    this.stageEnv.set(stage, this.env);
    this.inStage = true;
  }
  /** `ARG NAME[=default]`: `--build-arg` wins; inside a stage, `ARG NAME` re-imports the global value. */
  declareArg(name, defaultValue) {
    this.current.set(name, this.buildArgs[name] ?? defaultValue ?? (this.inStage ? this.global.now().get(name) : void 0));
  }
  setEnv(name, value) {
    this.current.set(name, value);
    this.env.set(name, value);
  }
};

// src/model/parse.ts
var { parseExecArgv, parsePowerShellRun, parseRunScript } = await loadShellParser();
var KNOWN_INSTRUCTIONS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
var EXPANDING_INSTRUCTIONS = /* @__PURE__ */ new Set(["ADD", "COPY", "ENV", "EXPOSE", "FROM", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR", "ONBUILD"]);
var DEFAULT_SHELL = ["/bin/sh", "-c"];
var WINDOWS_SHELL = ["cmd", "/S", "/C"];
function parseDockerfile(text, file, options = {}) {
  const positions = createPositionMapper(text);
  const read = readDockerfile(text);
  const escapeChar = read.escapeChar;
  const problems = [];
  const budget = new ExpansionBudget();
  const expand = (raw, lookup, span, expandOptions = {}) => expandVariables(raw, lookup, escapeChar, { ...expandOptions, budget, at: span });
  const directives = read.directives.map((directive) => ({
    name: directive.name.toLowerCase(),
    value: directive.value,
    region: positions.regionOf(directive.span),
    valueSpan: directive.valueSpan
  }));
  const model = {
    file,
    text,
    eol: dominantLineEnding(text),
    directives,
    escapeChar,
    globalArgs: [],
    stages: [],
    instructions: [],
    imageReferences: [],
    problems,
    positions
  };
  const syntax = directives.find((d) => d.name === "syntax");
  if (syntax && syntax.value) {
    model.syntax = imageReference(model, expand, syntax.value, syntax.valueSpan, "syntax", () => void 0);
    model.imageReferences.push(model.syntax);
  }
  const shellPragma = /^#\s*hadolint\s+shell=(\S+)/m.exec(text)?.[1];
  const defaultShell = shellPragma ? [shellPragma] : DEFAULT_SHELL;
  const scopes = new FileScopes(options.buildArgs ?? {});
  let shell = defaultShell;
  let stage;
  const shellAtEnd = /* @__PURE__ */ new Map();
  const unknown = [];
  for (const node of read.instructions) {
    const keyword = node.keyword;
    const instruction = buildInstruction(node);
    model.instructions.push(instruction);
    if (!KNOWN_INSTRUCTIONS.has(keyword)) unknown.push(instruction);
    if (keyword === "FROM") {
      if (stage) shellAtEnd.set(stage, shell);
      stage = startStage(node, instruction);
      continue;
    }
    if (stage) stage.instructions.push(instruction);
    else if (keyword !== "ARG" && KNOWN_INSTRUCTIONS.has(keyword)) {
      problems.push({ level: "error", message: `\`${keyword}\` before the first FROM`, region: instruction.region });
    }
    if (keyword === "ARG") declareArgs(node.properties ?? [], instruction);
    else if (keyword === "ENV") for (const property2 of instruction.properties ?? []) scopes.setEnv(property2.name, property2.value);
    else if (keyword === "SHELL" && instruction.form === "exec" && instruction.args.length > 0) {
      shell = instruction.args.map((arg) => arg.value ?? arg.raw);
    } else if (stage && (keyword === "COPY" || keyword === "RUN")) referenceImagesInFlags(model, expand, instruction);
    if (instruction.trigger && stage && (instruction.trigger.keyword === "COPY" || instruction.trigger.keyword === "RUN")) {
      referenceImagesInFlags(model, expand, instruction.trigger);
    }
  }
  if (unknown.length > 0) {
    const first = unknown[0];
    const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more unknown instruction${unknown.length > 2 ? "s" : ""}${looksTemplated(text) ? "; this looks like a template, audit its rendered output" : ""})` : "";
    problems.push({ level: "error", message: `unknown instruction \`${text.slice(first.keywordSpan.start, first.keywordSpan.end)}\`${more}`, region: positions.regionOf(first.keywordSpan) });
  }
  if (budget.refused > 0) problems.push(budget.problem(positions));
  if (model.stages.length === 0 && model.problems.every((p) => p.level !== "error")) {
    const region = positions.regionOf({ start: 0, end: Math.min(text.length, 1) });
    problems.push({ level: "error", message: "no FROM instruction: this is not a buildable Dockerfile", region });
  }
  return model;
  function buildInstruction(node) {
    const { keyword, span } = node;
    const expands = EXPANDING_INSTRUCTIONS.has(keyword);
    const variables = scopes.now();
    const exec = node.execStrings !== void 0;
    const args = node.execStrings?.map(execString) ?? node.words.map(({ raw, span: wordSpan }) => ({ raw, value: expands ? expand(raw, (name) => variables.get(name), wordSpan).value : raw, span: wordSpan }));
    const heredocs = node.heredocs.map(heredocOf2);
    const instructionShell = shell;
    let script = null;
    const instruction = {
      keyword,
      span,
      region: positions.regionOf(span),
      keywordSpan: node.keywordSpan,
      stage,
      flags: node.flags,
      args,
      argsSpan: node.argsSpan,
      properties: keyword === "ENV" || keyword === "LABEL" ? propertiesOf(node.properties ?? [], variables) : void 0,
      form: exec ? "exec" : args.length > 0 || heredocs.length > 0 ? "shell" : "none",
      heredocs,
      variables,
      shell: instructionShell,
      get script() {
        if (script === null) script = scriptOf(this);
        return script;
      }
    };
    if (node.trigger) instruction.trigger = buildInstruction(node.trigger);
    return instruction;
  }
  function execString(span) {
    const raw = text.slice(span.start, span.end);
    return { raw, value: jsonString(raw), span };
  }
  function heredocOf2({ closed, ...heredoc }) {
    if (!closed) {
      problems.push({ level: "error", message: `heredoc \`${heredoc.name}\` is never closed: no line holds just \`${heredoc.name}\``, region: positions.regionOf(heredoc.markerSpan) });
    }
    return heredoc;
  }
  function scriptOf(instruction) {
    if (instruction.keyword === "RUN" && instruction.form === "exec") return parseExecArgv({ argv: instruction.args, variables: instruction.variables, positions });
    if (instruction.keyword !== "RUN" || instruction.form !== "shell" || !instruction.argsSpan) return void 0;
    const source = {
      text,
      span: { start: instruction.argsSpan.start, end: instruction.span.end },
      heredocs: instruction.heredocs,
      escapeChar,
      variables: instruction.variables,
      positions
    };
    if (isPosixShellArgv(instruction.shell)) return parseRunScript(source);
    const powershell = isPowerShellArgv(instruction.shell) ? parsePowerShellRun(source) : void 0;
    if (powershell && powershell.errors.length === 0) return powershell;
    if (!powershell && !isCmdArgv(instruction.shell)) return void 0;
    return { ...parseRunScript(source, { literalBackslashes: true }), dialect: "windows" };
  }
  function startStage(node, instruction) {
    const imageArg = instruction.args[0];
    const platform = instruction.flags.find((flag) => flag.name === "platform")?.value;
    const name = node.stageName?.toLowerCase();
    const index = model.stages.length;
    const image = imageArg ? imageReference(model, expand, imageArg.raw, imageArg.span, "from", (name2) => scopes.global.now().get(name2)) : imageReference(model, expand, "", instruction.keywordSpan, "from", () => void 0);
    const base = image.kind === "stage" ? image.stage : void 0;
    const windows = base ? base.windows : isWindowsImage(image.name ?? image.resolved ?? image.raw);
    const next = { index, name, from: instruction, image, platform, instructions: [], windows };
    instruction.stage = next;
    model.stages.push(next);
    if (!imageArg) problems.push({ level: "error", message: "FROM without an image", region: instruction.region });
    image.instruction = instruction;
    model.imageReferences.push(image);
    scopes.enterStage(next, image.kind === "stage" ? image.stage : void 0);
    shell = (base && shellAtEnd.get(base)) ?? (windows ? WINDOWS_SHELL : defaultShell);
    return next;
  }
  function declareArgs(properties, instruction) {
    const before = scopes.now();
    for (const property2 of properties) {
      const { name, value: rawDefault, valueSpan } = property2;
      const defaultValue = rawDefault === null ? void 0 : expand(rawValueOf(property2), (name2) => before.get(name2), valueSpan ?? property2.span, { quotes: true }).value;
      const declaration = {
        name,
        defaultValue: rawDefault === null ? void 0 : stripQuotes(rawDefault),
        defaultSpan: valueSpan ? unquotedSpan(valueSpan) : void 0,
        instruction
      };
      scopes.declareArg(name, defaultValue);
      if (!stage) model.globalArgs.push(declaration);
    }
  }
  function propertiesOf(properties, variables) {
    return properties.map((property2) => {
      const raw = rawValueOf(property2);
      return { name: property2.name, raw, value: expand(raw, (name) => variables.get(name), property2.span, { quotes: true }).value, span: property2.span };
    });
  }
  function rawValueOf(property2) {
    return property2.valueSpan ? joinContinuations(text.slice(property2.valueSpan.start, property2.valueSpan.end), escapeChar) : "";
  }
  function unquotedSpan(span) {
    const value = text.slice(span.start, span.end);
    return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? { start: span.start + 1, end: span.end - 1 } : span;
  }
}
function jsonString(literal) {
  try {
    const value = JSON.parse(literal);
    return typeof value === "string" ? value : literal;
  } catch {
    return stripQuotes(literal);
  }
}
function stripQuotes(value) {
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? value.slice(1, -1) : value;
}
function dominantLineEnding(text) {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}
function looksTemplated(text) {
  return /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/.test(text);
}
function isCmdArgv(argv) {
  return windowsProgramName(argv[0] ?? "") === "cmd";
}
export {
  parseDockerfile
};
