import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  BUILDER_SNIPPET,
  FIXED_CPU_TARGET_SNIPPET,
  argumentsSource,
  argumentsText,
  bind,
  fetchurlSnippet,
  findStage,
  gitSourceSnippet,
  githubRepository,
  imageFlake,
  instructionRef,
  instructionText,
  instructionsWithTriggers,
  isIndexedAttr,
  list,
  mapDownload,
  mapImage,
  mapPackage,
  onbuildOf,
  packageExprs,
  pkgsAttr,
  printBinding,
  pullImageSnippet,
  regionOfWords,
  runUnits,
  shellCommands,
  splitPackageNames,
  stageChain,
  stageLabel
} from "./chunk-VH7FCUMN.js";
import {
  comesFromBaseImage,
  contains,
  downloadUrls,
  hasOption,
  isFullSha256Digest,
  isVerificationInput,
  isWindowsImage,
  normalizePythonName,
  packageOperationOf,
  parseImageName,
  parsePythonRequirement,
  splitArgs,
  urlText
} from "./chunk-EWVXBHGY.js";
import {
  ECOSYSTEM,
  commandName,
  isDownloader,
  isInterpreter,
  isShellName,
  isVerifier,
  managersOf,
  packageManagerOf,
  programName
} from "./chunk-WDRH2CAH.js";
import {
  SEVERITIES,
  code,
  compareText
} from "./chunk-ZA57FG27.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-36S4BROV.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path5, { windows } = {}) => {
      const segs = path5.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens2 = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens2.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens2.push(token);
        }
        state.tokens = tokens2;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens2[idx].isPrefix = true;
              tokens2[idx].value = prefix;
            } else {
              tokens2[idx].value = value2;
            }
            depth(tokens2[idx]);
            state.maxDepth += tokens2[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens2[tokens2.length - 1].value = value;
          depth(tokens2[tokens2.length - 1]);
          state.maxDepth += tokens2[tokens2.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens2 = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens: tokens2
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens2.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens2.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens2[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens2.length; i++) {
            tokens2[i].value = "";
            tokens2[i].output = "";
            delete tokens2[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens2.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens2.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens2.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens2.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/nix/suggest.ts
var inFull = (text) => code(text, Infinity);
var sortedUnique = (values) => [...new Set(values)].sort();
function alternativesIn(note) {
  return [...new Set((note ?? "").match(/\b[A-Za-z_][A-Za-z0-9_-]*\d[A-Za-z0-9_]*\b/g) ?? [])].filter(isIndexedAttr);
}
function describeImage(mapping) {
  const image = inFull(mapping.raw);
  const note = mapping.note ? ` (${mapping.note})` : "";
  switch (mapping.kind) {
    case "runtime": {
      const names = mapping.attrs.map((attr) => inFull(`pkgs.${attr}`)).join(" and ");
      return {
        summary: `${image} corresponds to ${names}${note}. Build the image with ${inFull("pkgs.dockerTools.buildLayeredImage")} from a nixpkgs pinned in ${inFull("flake.lock")}: the runtime is then rebuildable from source, not bytes trusted by digest.`,
        snippet: imageFlake(mapping.attrs.map(pkgsAttr)),
        attrs: ["dockerTools", ...mapping.attrs]
      };
    }
    case "removed": {
      const alternatives = alternativesIn(mapping.note);
      const nearest = alternatives[0];
      return {
        summary: `${image} has no equivalent in the pinned nixpkgs${note}.` + (nearest ? ` The nearest supported runtime is ${inFull(`pkgs.${nearest}`)}.` : ""),
        snippet: nearest ? imageFlake([pkgsAttr(nearest)], [`${mapping.raw} is gone from nixpkgs; nearest supported version`]) : void 0,
        attrs: nearest ? ["dockerTools", nearest] : void 0,
        unmapped: [mapping.raw]
      };
    }
    case "base-os":
      return {
        summary: `A ${inFull("dockerTools")} image needs no base OS like ${image}: it holds exactly the store paths of its contents. Add ${inFull("pkgs.bashInteractive")} or ${inFull("pkgs.busybox")} only if the image needs a shell.`,
        snippet: imageFlake([pkgsAttr("cacert")], ["the packages the image runs; cacert gives TLS roots"]),
        attrs: ["dockerTools", "cacert"]
      };
    case "scratch":
      return {
        summary: `${image} is a ${inFull("dockerTools")} image without ${inFull("fromImage")}: only its contents' store paths are in it.`,
        snippet: imageFlake([], ["the packages the image runs"]),
        attrs: ["dockerTools"]
      };
    case "windows":
      return { summary: `${image} is a Windows image: Nix cannot build Windows images (nixpkgs and dockerTools build Linux only).`, unmapped: [mapping.raw] };
    case "unresolved":
      return {
        summary: `${image} depends on a build argument without a default, so its nixpkgs equivalent cannot be told; give the ARG a default to get a suggestion.`,
        unmapped: [mapping.raw]
      };
    case "unknown":
      return {
        summary: `No nixpkgs equivalent of ${image} is known. Build what it provides from nixpkgs packages with ${inFull("dockerTools")}, or at least fetch it as a fixed-output ${inFull("pkgs.dockerTools.pullImage")} (digest and hash) used as ${inFull("fromImage")}.`,
        snippet: pullImageSnippet(mapping.familiar ?? mapping.raw),
        attrs: ["dockerTools", "lib"],
        unmapped: [mapping.raw]
      };
  }
}
function memoized(key, compute) {
  const cache = /* @__PURE__ */ new Map();
  return (...args) => {
    const k = key(...args);
    let suggestion = cache.get(k);
    if (!suggestion) {
      suggestion = compute(...args);
      cache.set(k, suggestion);
    }
    return suggestion;
  };
}
var nixForImage = memoized(
  (name, raw) => `${raw}\0${name ? `${name.registry}/${name.repository}:${name.tag ?? ""}@${name.digest ?? ""}` : ""}`,
  (name, raw) => describeImage(mapImage(name, raw))
);
var UNMAPPED_ADVICE = {
  os: "package them with stdenv.mkDerivation, or search nixpkgs (`nix search nixpkgs NAME`): the index shipped with repro-audit is incomplete",
  python: "package them with python3Packages.buildPythonPackage (fetchPypi with a hash), or lock the project with uv2nix/poetry2nix",
  javascript: "keep them as project dependencies in package-lock.json and build the project with pkgs.buildNpmPackage (npmDepsHash pins them)",
  go: "build them with pkgs.buildGoModule: src pinned by rev and hash, vendorHash pins the module graph",
  rust: "build them with pkgs.rustPlatform.buildRustPackage: src pinned by rev and hash, cargoHash pins the crates",
  ruby: "list them in a Gemfile and use pkgs.bundlerEnv with a gemset.nix (bundix) so every gem is pinned by hash"
};
var nixForPackages = memoized((manager, names) => `${manager}\0${names.join("\0")}`, packageSuggestion);
function packageSuggestion(manager, names) {
  const family = ECOSYSTEM[manager];
  const mappings = splitPackageNames(names).map((name) => mapPackage(manager, name));
  const mapped = mappings.filter((mapping) => mapping.attrs.length > 0);
  const unmapped = mappings.filter((mapping) => mapping.how === "none").map((mapping) => mapping.name);
  const notNeeded = mappings.filter((mapping) => mapping.how === "not-needed").map((mapping) => mapping.name);
  const exprs = packageExprs(mapped);
  const pinned = `their versions are fixed by the nixpkgs revision pinned in ${inFull("flake.lock")}, so nothing can vanish from a mirror or drift between builds`;
  const parts = [];
  if (mapped.length > 0) {
    const listed = mapped.map((mapping) => `${inFull(mapping.name)} \u2192 ${mapping.attrs.map((attr) => inFull(`pkgs.${attr}`)).join(" ")}`).join(", ");
    parts.push(`In Nix: ${listed}; ${pinned}.`);
    if (family === "python") parts.push(`A different version than the revision's needs an override, not a ${manager} pin.`);
  } else if (names.length === 0) {
    parts.push(`Nix pins ${manager} dependencies by hash: ${UNMAPPED_ADVICE[family]}.`);
  }
  if (unmapped.length > 0) parts.push(`No indexed nixpkgs attribute for ${unmapped.map(inFull).join(", ")}: ${UNMAPPED_ADVICE[family]}.`);
  if (notNeeded.length > 0) parts.push(`${notNeeded.map(inFull).join(", ")}: not needed in a Nix-built image.`);
  const builder = BUILDER_SNIPPET[family];
  const useBuilder = builder !== void 0 && exprs.length === 0;
  const snippet = useBuilder ? builder.text : exprs.length > 0 ? printBinding(bind("contents", list(exprs), unmapped.length > 0 ? [`not mapped: ${unmapped.join(" ")}`] : void 0)) : void 0;
  const usedAttrs = sortedUnique([
    ...mapped.flatMap((mapping) => mapping.attrs),
    ...exprs.some((expr) => expr.kind === "raw" && expr.text.startsWith("(pkgs.python3.withPackages")) ? ["python3"] : [],
    ...useBuilder ? [builder.attr, "lib", ...builder.text.includes("fetchFromGitHub") ? ["fetchFromGitHub"] : []] : []
  ]);
  return {
    summary: parts.join(" "),
    snippet,
    attrs: usedAttrs.length > 0 ? usedAttrs : void 0,
    unmapped: unmapped.length > 0 ? unmapped : void 0
  };
}
function nixOncePerInstall(manager, specs) {
  const names = [...new Set(specs.map((spec) => spec.name))];
  const whole = nixForPackages(manager, names);
  const first = specs.reduce((earliest, spec) => earliest && earliest.word.span.start <= spec.word.span.start ? earliest : spec, void 0);
  if (!first || names.length < 2) return { whole, of: () => whole };
  const pointer = { summary: `One Nix answer covers the ${names.length} packages of this install: it is given with ${code(first.name)}.` };
  return { whole, of: (spec) => spec === first ? whole : pointer };
}
function nixForDownload(url, executedBy) {
  const piped = executedBy !== void 0;
  const known = url ? mapDownload(url) : void 0;
  if (known && known.attrs.length > 0) {
    return {
      summary: `${known.what[0].toUpperCase()}${known.what.slice(1)} is replaced by ${known.attrs.map((attr) => inFull(`pkgs.${attr}`)).join(" and ")} from the pinned nixpkgs: built from source with every input hashed, instead of ${piped ? "a script run unverified at build time" : "bytes downloaded unverified"}.`,
      snippet: printBinding(bind("contents", list(known.attrs.map(pkgsAttr)))),
      attrs: known.attrs
    };
  }
  const unmapped = known ? [known.what] : url ? [url] : void 0;
  const installer = piped || known !== void 0 && /installer|setup script/.test(known.what);
  return {
    summary: installer ? `No indexed nixpkgs package replaces ${known ? known.what : "this installer"}: a script piped into a shell runs whatever the server sends. Fetch what it installs with ${inFull("pkgs.fetchurl")} and a ${inFull("hash")}, and install it in a derivation.` : `In Nix a download is a fixed-output ${inFull("pkgs.fetchurl")} with a ${inFull("hash")}: the build fails if the bytes ever change.`,
    snippet: fetchurlSnippet(url),
    attrs: ["fetchurl", "lib"],
    unmapped
  };
}
function nixForNativeCpu(flag) {
  const rust = /target-cpu/.test(flag);
  return {
    summary: `${inFull(flag)} makes the output depend on the CPU of whichever machine builds it. nixpkgs builds for a fixed platform: its compiler wrapper drops ${inFull("-march=native")} (NIX_ENFORCE_NO_NATIVE), and a deliberate target is set once for the whole package set with ${inFull("hostPlatform.gcc.arch")}${rust ? `, or per package with ${inFull('RUSTFLAGS = "-C target-cpu=x86-64-v3"')}` : ""}.`,
    snippet: FIXED_CPU_TARGET_SNIPPET
  };
}
function nixForGitClone(url) {
  const github = url ? githubRepository(url) : void 0;
  return {
    summary: `A clone gets whatever the branch points at when the build runs. In Nix the source is ${inFull(github ? "pkgs.fetchFromGitHub" : "pkgs.fetchgit")} with a commit ${inFull("rev")} and the ${inFull("hash")} of its contents, so the same bytes come back or the build fails.`,
    snippet: gitSourceSnippet(url, github),
    attrs: [github ? "fetchFromGitHub" : "fetchgit", "lib"]
  };
}
function nixForAddUrl(url) {
  if (/\.git(#.*)?$|^git@/.test(url)) return nixForGitClone(url.replace(/#.*$/, ""));
  const known = mapDownload(url);
  if (known && known.attrs.length > 0) return nixForDownload(url);
  return {
    summary: `${inFull(`ADD ${url}`)} downloads whatever the server returns at build time. In Nix it is a fixed-output ${inFull("pkgs.fetchurl")} with a ${inFull("hash")}: the build fails if the bytes ever change.`,
    snippet: fetchurlSnippet(url),
    attrs: ["fetchurl", "lib"]
  };
}

// src/nix/index.ts
function loadNixify() {
  return import("./translate-M7T5NTH5.js");
}

// src/rules/catalog.ts
import fs from "node:fs";
import path4 from "node:path";
import { pathToFileURL } from "node:url";

// src/rules/kit.ts
var kit_exports = {};
__export(kit_exports, {
  argumentsSource: () => argumentsSource,
  argumentsText: () => argumentsText,
  code: () => code,
  comesFromBaseImage: () => comesFromBaseImage,
  commandName: () => commandName,
  contains: () => contains,
  defineRule: () => defineRule,
  downloadUrls: () => downloadUrls,
  findStage: () => findStage,
  hasOption: () => hasOption,
  instructionText: () => instructionText,
  instructionsWithTriggers: () => instructionsWithTriggers,
  isDownloader: () => isDownloader,
  isFullSha256Digest: () => isFullSha256Digest,
  isInterpreter: () => isInterpreter,
  isShellName: () => isShellName,
  isVerificationInput: () => isVerificationInput,
  isVerifier: () => isVerifier,
  isWindowsImage: () => isWindowsImage,
  locateContextFile: () => locateContextFile,
  managersOf: () => managersOf,
  nixForAddUrl: () => nixForAddUrl,
  nixForDownload: () => nixForDownload,
  nixForGitClone: () => nixForGitClone,
  nixForImage: () => nixForImage,
  nixForNativeCpu: () => nixForNativeCpu,
  nixForPackages: () => nixForPackages,
  nixOncePerInstall: () => nixOncePerInstall,
  normalizePythonName: () => normalizePythonName,
  packageManagerOf: () => packageManagerOf,
  packageOperationsOf: () => packageOperationsOf,
  parseImageName: () => parseImageName,
  presenceInStage: () => presenceInStage,
  programName: () => programName,
  readPipRequirements: () => readPipRequirements,
  regionOfWords: () => regionOfWords,
  shellCommands: () => shellCommands,
  shellDirectoryBefore: () => shellDirectoryBefore,
  splitArgs: () => splitArgs,
  stageChain: () => stageChain,
  stageLabel: () => stageLabel,
  unpinnedOsPackageRule: () => unpinnedOsPackageRule,
  urlText: () => urlText,
  workdirAt: () => workdirAt
});

// src/rules/rule.ts
function defineRule(rule) {
  return rule;
}

// src/rules/packages.ts
function* packageOperationsOf(source, managers) {
  for (const { unit, instruction, command } of shellCommands(source)) {
    const operation = packageOperationOf(command);
    if (operation && managers.has(operation.manager)) yield { unit, instruction, operation };
  }
}

// src/rules/os-package-rule.ts
function unpinnedOsPackageRule(options) {
  const managers = new Set(options.managers);
  return defineRule({
    id: options.id,
    name: options.name,
    summary: options.summary,
    severity: "warning",
    tags: options.tags,
    precision: "high",
    hadolint: options.hadolint,
    docs: options.docs,
    check({ units, report }) {
      for (const { unit, instruction, operation } of packageOperationsOf(units, managers)) {
        if (operation.action !== "install") continue;
        const loose = operation.packages.filter((spec) => !spec.exact);
        if (loose.length === 0) continue;
        const nix = nixOncePerInstall(operation.manager, loose);
        for (const spec of loose) {
          const why = spec.version === void 0 ? "has no version" : `has ${code(spec.version)}, which is not one exact version`;
          report({
            region: spec.word.region,
            instruction,
            unit,
            message: `${options.managers.length > 1 ? `\`${operation.manager}\` package` : "Package"} ${code(spec.name)} ${why}: each build installs whatever the mirror serves that day. Pin it (${code(options.pinExample(spec.name))}).`,
            nix: nix.of(spec)
          });
        }
      }
    }
  });
}

// src/build-context/locate.ts
import path2 from "node:path";

// src/build-context/copies.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import path from "node:path";
var posix = path.posix;
function instructionsBefore(model, instruction) {
  const owner = onbuildOf(model, instruction);
  const anchor = owner ?? instruction;
  const stage = anchor.stage;
  if (!stage) return [];
  const before = stageChain(stage).slice(0, -1).flatMap((base) => base.instructions);
  for (const candidate of stage.instructions) {
    if (candidate === anchor) break;
    before.push(candidate);
  }
  if (owner) {
    for (const candidate of stage.instructions) {
      if (candidate.trigger) before.push(candidate.trigger);
      if (candidate === owner) break;
    }
    before.pop();
  }
  return before;
}
function workdirAt(model, instruction) {
  return workdirAfter(instructionsBefore(model, instruction));
}
function workdirAfter(instructions) {
  let workdir = "/";
  for (const instruction of instructions) {
    const keyword = instruction.trigger?.keyword ?? instruction.keyword;
    if (keyword !== "WORKDIR") continue;
    const arg = instruction.args[0];
    if (!arg) continue;
    workdir = posix.resolve(workdir, arg.value ?? arg.raw);
  }
  return workdir;
}
function transfersBefore(model, instruction) {
  const before = instructionsBefore(model, instruction);
  const transfers = [];
  before.forEach((candidate, index) => {
    if (candidate.keyword !== "COPY" && candidate.keyword !== "ADD") return;
    const transfer = transferOf(candidate, workdirAfter(before.slice(0, index)));
    if (transfer) transfers.push(transfer);
  });
  transfers.push(...bindMountsOf(instruction, workdirAfter(before)));
  return transfers;
}
function transferOf(instruction, workdir) {
  const bodyStart = instruction.heredocs[0]?.bodySpan.start ?? Infinity;
  const words = instruction.args.filter((arg) => arg.span.start < bodyStart).map((arg) => arg.value ?? arg.raw);
  if (words.length < 2) return void 0;
  const rawDestination = words[words.length - 1];
  const sources = words.slice(0, -1).map((source) => source.replace(/^\.\/(?=.)/, ""));
  const directory = rawDestination.endsWith("/") || rawDestination === "." || sources.length > 1;
  const resolved = posix.resolve(workdir, rawDestination);
  const destination = directory && resolved !== "/" ? `${resolved}/` : resolved;
  const from = instruction.flags.some((flag) => flag.name === "from");
  if (instruction.heredocs.length > 0) {
    return { instruction, sources, destination, origin: "heredoc", heredocBodies: new Map(instruction.heredocs.map((heredoc) => [heredoc.name, heredoc.body])) };
  }
  const url = sources.some((source) => /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(source));
  return { instruction, sources, destination, origin: from ? "other-stage-or-image" : url ? "url" : "context" };
}
function bindMountsOf(instruction, workdir) {
  return instruction.flags.flatMap((flag) => {
    if (flag.name !== "mount") return [];
    const option = (key) => flag.options.find((candidate) => candidate.key === key)?.value;
    if ((option("type") ?? "bind") !== "bind") return [];
    const target = option("target") ?? option("dst") ?? option("destination");
    if (!target) return [];
    const source = (option("source") ?? option("src") ?? ".").replace(/^\/+/, "") || ".";
    const destination = posix.resolve(workdir, target);
    return [{
      instruction,
      // A bind mount of a file puts the file at the target itself; of a directory, beneath it.
      sources: [source],
      destination,
      origin: option("from") ? "other-stage-or-image" : "context"
    }];
  });
}
function transferReaching(transfers, containerPath) {
  for (let i = transfers.length - 1; i >= 0; i--) {
    const transfer = transfers[i];
    const match = matchTransfer(transfer, containerPath);
    if (match) return match;
  }
  return void 0;
}
function matchTransfer(transfer, target) {
  const { destination } = transfer;
  const candidates = [];
  if (transfer.origin === "heredoc") {
    for (const [name, body] of transfer.heredocBodies ?? []) {
      if (target === destination || target === posix.join(destination, name)) return { transfer, candidates, text: body.endsWith("\n") ? body : `${body}
` };
    }
    return void 0;
  }
  const asDirectory = destination.endsWith("/") ? destination : `${destination}/`;
  for (const source of transfer.sources) {
    const contextSource = source.replace(/^\/+/, "") || ".";
    if (!destination.endsWith("/") && target === destination) candidates.push(contextSource);
    if (!target.startsWith(asDirectory)) continue;
    const relative = target.slice(asDirectory.length);
    if (!relative.includes("/") && (posix.basename(contextSource) === relative || matchesGlob(posix.basename(contextSource), relative))) {
      candidates.push(posix.join(posix.dirname(contextSource), relative));
    } else {
      candidates.push(posix.join(contextSource, relative));
    }
  }
  return candidates.length > 0 ? { transfer, candidates: [...new Set(candidates)] } : void 0;
}
function isGlob(pattern) {
  return /[*?[\]]/.test(pattern);
}
function matchesGlob(pattern, name) {
  return isGlob(pattern) && import_picomatch.default.isMatch(name, pattern, { dot: true });
}

// src/build-context/locate.ts
var posix2 = path2.posix;
function locateContextFile(model, instruction, written, context, cwd) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return { found: false, reason: `it is fetched from a URL at build time` };
  const workdir = workdirAt(model, instruction);
  const directory = cwd ? posix2.resolve(workdir, cwd) : workdir;
  const containerPath = posix2.resolve(directory, written);
  const match = transferReaching(transfersBefore(model, instruction), containerPath);
  if (match?.text !== void 0) return { found: true, source: `the heredoc of the ${match.transfer.instruction.keyword} at line ${match.transfer.instruction.region.startLine}`, text: match.text };
  if (match && match.transfer.origin !== "context") {
    const where = match.transfer.origin === "url" ? "a URL" : "another stage or image";
    return { found: false, reason: `\`${containerPath}\` is copied from ${where} (${match.transfer.instruction.keyword} at line ${match.transfer.instruction.region.startLine}), not from the build context` };
  }
  const candidates = [...match?.candidates ?? [], written.replace(/^\/+/, "").replace(/^\.\//, ""), posix2.relative("/", containerPath), posix2.basename(written)];
  let unreadable;
  for (const candidate of new Set(candidates)) {
    if (candidate === "" || isGlob(candidate)) continue;
    const text = context.readText(candidate);
    if (text !== void 0) return { found: true, source: candidate, text };
    if (context.exists(candidate)) unreadable ??= candidate;
  }
  if (unreadable) return { found: false, reason: `\`${unreadable}\` is in the build context but could not be read (a directory, or over the 1 MiB limit for context files)` };
  return { found: false, reason: `it is not in the build context (looked for ${[...new Set(candidates)].filter(Boolean).map((candidate) => `\`${candidate}\``).join(", ")})` };
}
function presenceInStage(model, instruction, context, lockfiles, manifest) {
  let manifestSeen = false;
  let unverifiable;
  for (const transfer of transfersBefore(model, instruction)) {
    const where = `${transfer.instruction.keyword} at line ${transfer.instruction.region.startLine}`;
    if (transfer.origin === "heredoc") {
      const name = posix2.basename(transfer.destination);
      if (lockfiles.includes(name)) return { state: "copied", name };
      if (name === manifest) manifestSeen = true;
      continue;
    }
    for (const source of transfer.sources) {
      const base = posix2.basename(source);
      const glob = isGlob(base);
      const explicitLock = glob ? void 0 : lockfiles.find((name) => name === base);
      if (explicitLock) return { state: "copied", name: explicitLock };
      if (transfer.origin !== "context") {
        if (glob || !posix2.extname(base)) unverifiable ??= `${where} copies from ${transfer.origin === "url" ? "a URL" : "another stage or image"}`;
        continue;
      }
      if (base === manifest) {
        if (context.exists(source)) manifestSeen = true;
        else unverifiable ??= `\`${source}\` (${where}) is not in the audited build context`;
        continue;
      }
      if (!glob && posix2.extname(base) !== "" && base !== ".") continue;
      const directory = glob ? posix2.dirname(source) : source;
      const holds = (name) => (!glob || matchesGlob(base, name)) && context.exists(posix2.join(directory, name));
      const lock = lockfiles.find(holds);
      if (lock) return { state: "copied", name: lock };
      if (holds(manifest)) manifestSeen = true;
      else if (!context.exists(directory === "" ? "." : directory)) unverifiable ??= `\`${source}\` (${where}) is not in the audited build context`;
      else if (directory === "." || directory === "") {
        unverifiable ??= `the whole context is copied (${where}) but the audited context has no \`${manifest}\`, so it is probably not the one the build uses`;
      }
    }
  }
  if (manifestSeen) return { state: "absent" };
  return unverifiable ? { state: "unknown", reason: unverifiable } : { state: "absent" };
}
function shellDirectoryBefore(script, command) {
  const workdir = "/\0workdir";
  let directory = workdir;
  for (const candidate of script.commands) {
    if (candidate === command) break;
    if (candidate.argv[0]?.value !== "cd" || candidate.inSubstitution || candidate.parent !== command.parent) continue;
    const target = candidate.argv[1]?.value;
    directory = target === void 0 || target === "-" || target.startsWith("~") ? void 0 : target.startsWith("/") ? posix2.resolve(target) : directory === void 0 ? void 0 : posix2.resolve(directory, target);
  }
  if (directory === void 0 || directory === workdir) return void 0;
  return directory.startsWith(`${workdir}/`) ? directory.slice(workdir.length + 1) : directory;
}

// src/build-context/requirements.ts
import path3 from "node:path";
var MAX_DEPTH = 10;
var REFERENCES = {
  "-r": "requirements-file",
  "--requirement": "requirements-file",
  "-c": "constraints-file",
  "--constraint": "constraints-file",
  "-e": "editable",
  "--editable": "editable"
};
function readPipRequirements(model, at, operation, context) {
  const result = { fromFiles: [], constrained: /* @__PURE__ */ new Map(), unreadable: [] };
  const instruction = "instruction" in at ? at.instruction : at;
  const script = at.script;
  const cwd = script ? shellDirectoryBefore(script, operation.command) : void 0;
  const visited = /* @__PURE__ */ new Set();
  const visit = (word, kind, text, source, depth) => {
    if (visited.has(`${kind}:${source}`) || depth > MAX_DEPTH) return;
    visited.add(`${kind}:${source}`);
    for (const entry of parseRequirementsFile(text)) {
      if (entry.kind === "requirements-file" || entry.kind === "constraints-file") {
        const nestedKind = entry.kind === "requirements-file" ? "requirements" : "constraints";
        const nested = readNested(context, source, entry.text);
        if (nested) visit(word, nestedKind, nested.text, nested.source, depth + 1);
        else result.unreadable.push({ word, kind: nestedKind, written: entry.text, reason: `it is named on line ${entry.line} of ${code(source)} and is not in the build context` });
        continue;
      }
      const spec = parsePythonRequirement(entry.text, word);
      if (!spec) continue;
      if (kind === "constraints") {
        const name = normalizePythonName(spec.name);
        result.constrained.set(name, spec.exact || result.constrained.get(name) === true);
      } else {
        result.fromFiles.push({ spec, text: entry.text, file: source, line: entry.line });
      }
    }
  };
  const files = [
    ...operation.requirementFiles.map((word) => [word, "requirements"]),
    ...(operation.constraintFiles ?? []).map((word) => [word, "constraints"])
  ];
  for (const [word, kind] of files) {
    const written = word.value;
    if (written === void 0) {
      result.unreadable.push({ word, kind, written: word.raw, reason: "its path comes from a variable or command whose value is not known" });
      continue;
    }
    const located = locateContextFile(model, instruction, written, context, cwd);
    if (located.found) visit(word, kind, located.text, located.source, 0);
    else result.unreadable.push({ word, kind, written, reason: located.reason });
  }
  return result;
}
function readNested(context, parent, written) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return void 0;
  const base = /^the heredoc/.test(parent) ? "." : path3.posix.dirname(parent);
  for (const candidate of /* @__PURE__ */ new Set([path3.posix.join(base, written), written.replace(/^\/+/, ""), path3.posix.basename(written)])) {
    const text = context.readText(candidate);
    if (text !== void 0) return { source: candidate, text };
  }
  return void 0;
}
function parseRequirementsFile(text) {
  const entries = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    let logical = lines[index];
    while (logical.endsWith("\\") && index + 1 < lines.length) logical = logical.slice(0, -1) + lines[++index];
    const content = logical.replace(/(^|\s)#.*$/, "").trim();
    if (content === "") continue;
    if (content.startsWith("-")) {
      const option = /^(--?[A-Za-z-]+)(?:\s*=\s*|\s+)?(.*)$/.exec(content);
      const kind = option ? REFERENCES[option[1]] : void 0;
      if (kind && option[2]) entries.push({ line, kind, text: stripQuotes(beforeOption(option[2].trim(), /--?[A-Za-z]/y).trim()) });
      continue;
    }
    entries.push({ line, kind: "requirement", text: beforeOption(content, /--?[A-Za-z][A-Za-z-]*(?:[=\s]|$)/y).trim() });
  }
  return entries;
}
function beforeOption(text, option) {
  const blanks = /\s+/g;
  for (let run = blanks.exec(text); run; run = blanks.exec(text)) {
    option.lastIndex = blanks.lastIndex;
    if (option.test(text)) return text.slice(0, run.index);
  }
  return text;
}
function stripQuotes(text) {
  return text.replace(/^(['"])(.*)\1$/, "$2");
}

// rules/ra101-unpinned-image.ts
var USAGE = {
  from: "base image",
  "copy-from": "image copied from (`COPY --from`)",
  "mount-from": "image mounted (`RUN --mount=from=`)",
  syntax: "Dockerfile frontend (`# syntax=`)"
};
var ra101_unpinned_image_default = defineRule({
  id: "RA101",
  name: "unpinned-image",
  summary: "Image referenced by a tag instead of a digest",
  severity: "warning",
  tags: ["base-image", "supply-chain", "digest"],
  precision: "very-high",
  hadolint: ["DL3006", "DL3007"],
  docs: {
    why: [
      "A tag such as `node:20-alpine` is a pointer the publisher moves: every rebuild of the image, every",
      "security patch of Alpine, every new Node 20 release makes the same Dockerfile build on different",
      "bytes. `latest` and untagged references move with every release of any version. Only a digest",
      "(`@sha256:...`) names exactly one image, forever. The same holds for images used by `COPY --from=`,",
      "`RUN --mount=from=` and for the `# syntax=` frontend that parses the Dockerfile itself."
    ].join(" "),
    failing: "FROM node:20-alpine\nCOPY --from=golang:1.22 /usr/local/go /usr/local/go\n",
    passing: "FROM node:20-alpine@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446\nCOPY --from=golang:1.22@sha256:d754ed9f64ac293b10268157f283ee23256fb32a4f8dedb25c8446ca5bcb0bb3 /usr/local/go /usr/local/go\n",
    fix: [
      "Pin the digest and keep the tag for humans and update bots: `FROM node:20-alpine@sha256:<digest>`.",
      "`repro-audit fix --write Dockerfile` resolves each tag against its registry and writes the digest of",
      "the multi-platform index (so every architecture keeps working); let Renovate or Dependabot bump it.",
      "When the image comes from an ARG (`FROM $BASE`), pin the ARG default. Registries you control can be",
      "trusted in `.repro-audit.yml` with `trusted-registries`. `--platform linux/arm64` pins one platform's",
      "manifest instead of the index, for images that must only ever run there; the index digest is the",
      "default because a single-platform pin breaks every other architecture that builds the file."
    ].join(" "),
    nix: [
      "In a flake, the runtime comes from nixpkgs (`pkgs.nodejs_20`) and the image is built with",
      "`pkgs.dockerTools.buildLayeredImage`; `flake.lock` pins nixpkgs to one commit and its `narHash`, so",
      "the whole image, not just its base, is pinned by content. `repro-audit nixify` writes such a flake."
    ].join(" ")
  },
  check({ model, report, settings }) {
    for (const reference of model.imageReferences) {
      if (reference.kind !== "image") continue;
      const what = USAGE[reference.usage];
      const base = { region: reference.region, instruction: reference.instruction };
      if (reference.resolved === void 0) {
        report({
          ...base,
          severity: "note",
          message: `The ${what} ${code(reference.raw)} cannot be resolved: ${reference.unresolved.map((name2) => `\`${name2}\``).join(", ")} has no default value, so what it names is decided at build time; give it a default pinned by digest.`
        });
        continue;
      }
      const name = reference.name;
      if (!name) {
        if (reference.resolved.includes("@")) {
          report({ ...base, severity: "error", message: `The ${what} ${code(reference.raw)} has a digest that is not a full sha256 (\`sha256:\` and 64 hex digits), so it pins nothing.` });
        }
        continue;
      }
      if (settings.trustedRegistries.some((prefix) => reference.resolved.startsWith(prefix) || name.registry === prefix.replace(/\/+$/, ""))) continue;
      if (name.digest && isFullSha256Digest(name.digest)) continue;
      const shown3 = reference.raw === reference.resolved ? code(reference.raw) : `${code(reference.raw)} (= ${code(reference.resolved)})`;
      const nix = reference.usage === "syntax" ? void 0 : nixForImage(name, reference.resolved);
      if (name.digest) {
        report({ ...base, severity: "error", message: `The ${what} ${shown3} has a digest that is not a full sha256 (\`sha256:\` and 64 hex digits), so it pins nothing.`, nix });
      } else if (!name.tag) {
        report({ ...base, severity: "error", message: `The ${what} ${shown3} has no tag, which means \`latest\`: it changes with every release. Pin it by digest.`, nix });
      } else if (name.tag === "latest") {
        report({ ...base, severity: "error", message: `The ${what} ${shown3} uses \`latest\`, which changes with every release. Pin a version tag and its digest.`, nix });
      } else {
        report({ ...base, message: `The ${what} ${shown3} is a mutable tag: it can point to different images tomorrow. Pin it by digest (\`${name.familiar}:${name.tag}@sha256:...\`).`, nix });
      }
    }
  }
});

// rules/ra201-unpinned-apt-package.ts
var ra201_unpinned_apt_package_default = unpinnedOsPackageRule({
  id: "RA201",
  name: "unpinned-apt-package",
  summary: "apt-get/apt package installed without an exact version",
  managers: ["apt"],
  hadolint: ["DL3008"],
  tags: ["os-packages", "apt", "debian", "ubuntu"],
  pinExample: (name) => `${name}=<version>`,
  docs: {
    why: [
      "`apt-get install curl` installs the newest `curl` in the mirror at the time of the build, so the same",
      "Dockerfile yields different binaries from one week to the next, and a security update or a",
      "regression lands without any change to the file. `curl=8.*` and `curl/bookworm-backports` still float."
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.*\n",
    passing: "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 git=1:2.39.5-0+deb12u2\n",
    fix: [
      "Write `name=version` with the full Debian version (`apt-cache policy curl` shows it). Old versions vanish",
      "from the regular mirrors, so also point `sources.list` at `snapshot.debian.org` for a fixed date, or",
      "build the image from a pinned base that already contains the packages."
    ].join(" "),
    nix: "List the packages in the image's `contents` (`pkgs.curl pkgs.git`); their versions are fixed by the nixpkgs revision in `flake.lock`, and the binary cache keeps every revision available."
  }
});

// rules/ra202-unpinned-apk-package.ts
var ra202_unpinned_apk_package_default = unpinnedOsPackageRule({
  id: "RA202",
  name: "unpinned-apk-package",
  summary: "apk package installed without an exact version",
  managers: ["apk"],
  hadolint: ["DL3018"],
  tags: ["os-packages", "apk", "alpine"],
  pinExample: (name) => `${name}=<version>-r<n>`,
  docs: {
    why: [
      "`apk add curl` installs the newest `curl` of the Alpine branch at build time. `curl~8.5` and",
      "`curl>=8` are ranges, not pins: they accept whatever release the repository has today."
    ].join(" "),
    failing: "FROM alpine:3.20\nRUN apk add --no-cache curl git~2.45\n",
    passing: "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1 git=2.45.2-r0\n",
    fix: "Write `name=version-rN` with the exact package version (`apk policy curl` shows it). Alpine keeps only the latest revision of each package in a branch, so pin the base image by digest too, and plan to bump both together.",
    nix: "List the packages in the image's `contents` (`pkgs.curl pkgs.git`); the nixpkgs revision in `flake.lock` fixes their versions."
  }
});

// rules/ra203-unpinned-rpm-package.ts
var ra203_unpinned_rpm_package_default = unpinnedOsPackageRule({
  id: "RA203",
  name: "unpinned-rpm-package",
  summary: "dnf/yum/microdnf package or module installed without an exact version",
  managers: ["dnf", "yum", "microdnf"],
  hadolint: ["DL3033", "DL3041"],
  tags: ["os-packages", "dnf", "yum", "rhel", "fedora"],
  pinExample: (name) => `${name}-<version>-<release>`,
  docs: {
    why: [
      "`dnf install tomcat` installs the newest build in the enabled repositories, which change with every",
      "update push. A module stream (`dnf module install nodejs:20`) only fixes the major version."
    ].join(" "),
    failing: "FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n",
    passing: "FROM fedora:40\nRUN dnf install -y tomcat-10.1.28-1.fc40 && dnf clean all\n",
    fix: "Write `name-version-release` (`dnf list --showduplicates tomcat` lists them). Group installs (`dnf group install`) cannot be pinned: list the packages you need instead.",
    nix: "List the packages in the image's `contents`; the nixpkgs revision in `flake.lock` fixes their versions."
  }
});

// rules/ra204-unpinned-zypper-package.ts
var ra204_unpinned_zypper_package_default = unpinnedOsPackageRule({
  id: "RA204",
  name: "unpinned-zypper-package",
  summary: "zypper package installed without an exact version",
  managers: ["zypper"],
  hadolint: ["DL3037"],
  tags: ["os-packages", "zypper", "opensuse"],
  pinExample: (name) => `${name}=<version>`,
  docs: {
    why: "`zypper install tomcat` installs the newest package in the repositories at build time; `tomcat>=9.0` is a range that accepts any later release, so the image changes whenever the repository does.",
    failing: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat && zypper clean\n",
    passing: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat=9.0.90 && zypper clean\n",
    fix: "Write `name=version` with one exact version (`zypper search -s tomcat` lists them), and pin the base image by digest.",
    nix: "List the packages in the image's `contents`; the nixpkgs revision in `flake.lock` fixes their versions."
  }
});

// rules/ra205-os-upgrade.ts
var OS_MANAGERS = managersOf("os");
var ra205_os_upgrade_default = defineRule({
  id: "RA205",
  name: "os-upgrade",
  summary: "Whole-system upgrade (apt-get upgrade, apk upgrade, dnf upgrade, zypper update)",
  severity: "warning",
  tags: ["os-packages", "upgrade"],
  precision: "very-high",
  docs: {
    why: [
      "`apt-get upgrade`, `apk upgrade`, `dnf upgrade` and `zypper update` replace whatever packages have newer",
      "builds on the mirror at build time. The result depends on the day of the build, not on the Dockerfile:",
      "two builds of the same commit a day apart can differ in hundreds of files."
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN apt-get update && apt-get -y dist-upgrade\n",
    passing: "FROM debian:bookworm@sha256:b8084b1a576c5504a031936e1132574f4ce1d6cc7130bf8d6d5e8e5b0a6f5c7a\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311\n",
    fix: "Take security updates by moving to a newer base image digest (rebuilt by its publisher), not by upgrading inside the build. Install the few packages you need at exact versions.",
    nix: "Updating means moving the nixpkgs revision in `flake.lock` (`nix flake update`): an explicit, reviewable change that rebuilds exactly the affected packages."
  },
  check({ units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, OS_MANAGERS)) {
      if (operation.action !== "upgrade") continue;
      const name = operation.command.argv[0];
      const subcommand = operation.subcommand ?? name;
      const targets = operation.packages.length > 0 ? ` ${operation.packages.map((p) => code(p.name)).join(", ")}` : " every installed package";
      report({
        region: regionOfWords(unit, subcommand),
        instruction,
        unit,
        message: `${code(`${name.value} ${subcommand.value}`)} upgrades${targets} to whatever the mirror serves at build time; move to a newer pinned base image instead.`,
        nix: {
          summary: 'With Nix, an upgrade is a reviewed change of the nixpkgs revision in `flake.lock` (`nix flake update`), which rebuilds exactly what changed; the build itself never reaches for "newest".'
        }
      });
    }
  }
});

// rules/ra301-unpinned-python-package.ts
var PYTHON = managersOf("python");
function shown(spec) {
  const value = spec.word.value ?? spec.word.raw;
  return /\s/.test(value.trim()) ? requirementText(spec) : value;
}
function requirementText(spec) {
  return spec.version === void 0 ? spec.name : /^[=<>!~(]/.test(spec.version) ? `${spec.name}${spec.version}` : `${spec.name} @ ${spec.version}`;
}
function problem(spec, text, fromCommandLine) {
  const version = spec.version;
  const dynamic = fromCommandLine && spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
  if (version !== void 0 && /:\/\//.test(version) && !/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return `is a download URL without a hash: the file behind it can change. Append \`#sha256=<hash>\` so pip verifies it${dynamic}.`;
  }
  if (/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return version === void 0 ? `installs the default branch of a repository, which moves with every push. Pin a full commit: \`...@<40-hex commit>#egg=${spec.name}\`${dynamic}.` : `points at ${code(version)}, a tag or branch that can be moved. Pin the full commit it names: \`...@<40-hex commit>\`${dynamic}.`;
  }
  if (version === void 0) return `has no version: every build installs the newest release. Pin it: \`${spec.name}==<version>\`${dynamic}.`;
  return `has ${code(version)}, which is not one exact version. Pin it: \`${spec.name}==<version>\`${dynamic}.`;
}
function isPinned(spec, requirements, exactlyNamed) {
  const name = normalizePythonName(spec.name);
  return spec.exact || requirements.constrained.get(name) === true || exactlyNamed.has(name);
}
var ra301_unpinned_python_package_default = defineRule({
  id: "RA301",
  name: "unpinned-python-package",
  summary: "pip/uv/pipx package installed without an exact version (command line or requirements file)",
  severity: "warning",
  tags: ["language-packages", "python", "pip", "uv", "supply-chain"],
  precision: "high",
  hadolint: ["DL3013"],
  docs: {
    why: [
      "`pip install flask` installs the newest Flask on PyPI at the time of the build, and `flask>=2`,",
      "`flask~=2.3` or `flask==2.*` still let any future release in. A VCS requirement at a tag or branch",
      "(`git+https://...@v1.0`) follows whatever the tag points to today. `--upgrade` asks for the newest",
      "release on purpose. The same applies to every line of the requirements and constraints files the",
      "command reads, which repro-audit opens from the build context (following the COPY that put them in the image)."
    ].join(" "),
    failing: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask "requests>=2.31"\n',
    passing: "FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir flask==3.0.3 requests==2.32.3\n",
    fix: [
      "Pin every requirement with `==` (`flask==3.0.3`), on the command line and in requirements files. Keep the",
      "full, transitive set in a lock: `pip-compile --generate-hashes` or `uv pip compile --generate-hashes`",
      "writes a requirements file with `==` pins and hashes for every dependency, and `pip install",
      "--require-hashes -r requirements.txt` installs exactly that. Pin VCS requirements to a full commit.",
      "Packages named on the command line may instead be pinned in a constraints file (`-c constraints.txt`).",
      "Drop `--upgrade` and pin the tool instead (`pip install pip==24.0`)."
    ].join(" "),
    nix: [
      "Take Python packages from nixpkgs (`python3.withPackages (ps: [ ps.flask ])`), or build the locked",
      "project with uv2nix/poetry2nix: every dependency is then a store path fixed by hash, and `flake.lock`",
      "pins the nixpkgs revision."
    ].join(" ")
  },
  check({ model, units, context, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, PYTHON)) {
      if (operation.action === "install-lockfile") continue;
      if (operation.options.includes("--no-index")) continue;
      const requirements = readPipRequirements(model, unit, operation, context);
      const upgrade = operation.action === "upgrade";
      const tool = code(operation.command.argv.slice(0, operation.command.argv.indexOf(operation.subcommand) + 1).map((word) => word.value ?? word.raw).join(" "));
      const exactlyNamed = new Set([...operation.packages, ...requirements.fromFiles.map(({ spec }) => spec)].filter((spec) => spec.exact).map((spec) => normalizePythonName(spec.name)));
      const unpinned = operation.packages.filter((spec) => !isPinned(spec, requirements, exactlyNamed) && !comesFromBaseImage(spec.word, instruction.variables));
      const fromFiles = requirements.fromFiles.filter(({ spec }) => !isPinned(spec, requirements, exactlyNamed));
      const constraintsUnreadable = requirements.unreadable.filter((item) => item.kind === "constraints");
      const nix = nixOncePerInstall(operation.manager, [...unpinned, ...fromFiles.map(({ spec }) => spec)]);
      if (upgrade && operation.packages.length === 0 && operation.requirementFiles.length === 0 && operation.subcommand) {
        report({
          region: operation.subcommand.region,
          instruction,
          unit,
          message: `${tool} upgrades every installed tool to its newest release at build time. Install each at an exact version instead.`,
          nix: nix.whole
        });
      }
      if (constraintsUnreadable.length > 0 && unpinned.length > 0) {
        for (const item of constraintsUnreadable) {
          report({
            region: item.word.region,
            instruction,
            unit,
            severity: "note",
            message: `${unpinned.map((spec) => code(spec.name)).join(", ")} may be pinned by the constraints file ${code(item.written)}, which could not be checked: ${item.reason}.`
          });
        }
      } else {
        for (const spec of unpinned) {
          const message2 = upgrade ? `${tool} with \`--upgrade\` installs the newest release of ${code(shown(spec))} allowed at build time; pin it instead (\`${spec.name}==<version>\`).` : `Python package ${code(shown(spec))} ${problem(spec, shown(spec), true)}`;
          report({ region: spec.word.region, instruction, unit, message: message2, nix: nix.of(spec) });
        }
      }
      for (const { spec, text, file, line } of fromFiles) {
        report({
          region: spec.word.region,
          instruction,
          unit,
          // The line is in the requirements file, not the Dockerfile: edits above the RUN never change it.
          message: `${code(file)} line ${line}: ${code(text)} ${problem(spec, text, false)}`,
          properties: { requirementsFile: file, requirementsLine: line },
          nix: nix.of(spec)
        });
      }
      for (const item of requirements.unreadable.filter((candidate) => candidate.kind === "requirements")) {
        report({
          region: item.word.region,
          instruction,
          unit,
          severity: "note",
          message: `The requirements file ${code(item.written)} could not be checked for pins: ${item.reason}.`
        });
      }
    }
  }
});

// rules/ra302-unpinned-node-package.ts
var NODE = managersOf("javascript");
function shown2(spec) {
  const value = (spec.word.value ?? spec.word.raw).trim();
  return /\s/.test(value) || value === "" ? spec.version === void 0 ? spec.name : `${spec.name}@${spec.version}` : value;
}
function problem2(spec) {
  const dynamic = spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
  const git = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec.name) || /\.git$/.test(spec.name) || /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(spec.name);
  if (git) {
    return spec.version === void 0 ? `installs the default branch of a git repository, which moves with every push. Pin a full commit: ${code(`${spec.name}#<40-hex commit>`)}${dynamic}.` : `points at ${code(spec.version)}, a git tag, branch or range that can move. Pin the full commit: ${code(`${spec.name}#<40-hex commit>`)}${dynamic}.`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec.name)) return `is a tarball URL: the file behind it can be replaced and nothing checks it. Install a registry version (\`name@1.2.3\`) instead${dynamic}.`;
  if (spec.version === void 0) return `has no version: every build installs whatever is \`latest\` on the registry that day. Pin it: ${code(`${spec.name}@<version>`)}${dynamic}.`;
  if (spec.version === "latest" || /^[A-Za-z][\w.-]*$/.test(spec.version)) {
    return `uses the dist-tag ${code(spec.version)}, which the publisher moves with each release. Pin a version: ${code(`${spec.name}@<version>`)}${dynamic}.`;
  }
  return `has ${code(spec.version)}, a range rather than one version. Pin it: ${code(`${spec.name}@<version>`)}${dynamic}.`;
}
var ra302_unpinned_node_package_default = defineRule({
  id: "RA302",
  name: "unpinned-node-package",
  summary: "npm/yarn/pnpm/bun package added without an exact version",
  severity: "warning",
  tags: ["language-packages", "javascript", "npm", "yarn", "pnpm", "bun", "supply-chain"],
  precision: "high",
  hadolint: ["DL3016"],
  docs: {
    why: [
      "`npm install -g typescript` installs whatever version carries the `latest` dist-tag on the day of the build;",
      "`typescript@5`, `typescript@^5.4.0` and `typescript@next` float the same way, and a git dependency at a branch",
      "or tag (`github:user/repo#v1`) follows whatever the branch or tag points to. Packages named on the command line",
      "are not covered by the project lockfile. `npm update` / `yarn upgrade` / `pnpm update` move to newer versions on purpose."
    ].join(" "),
    failing: "FROM node:20-bookworm-slim\nRUN npm install -g typescript pnpm@^9\n",
    passing: "FROM node:20-bookworm-slim\nRUN npm install -g typescript@5.4.5 pnpm@9.1.0\n",
    fix: [
      "Name an exact version for every package added on the command line (`npm install -g typescript@5.4.5`,",
      "`yarn global add serve@14.2.3`, `pnpm add -g pnpm@9.1.0`, `bun add zod@3.23.8`), and a full commit for git",
      "dependencies (`github:user/repo#<40-hex commit>`). Better still, declare the tools in `package.json` and",
      "install them from the lockfile with `npm ci`. Replace `npm update` by a lockfile change committed to the repository."
    ].join(" "),
    nix: [
      "Take Node tools from nixpkgs (`pkgs.nodePackages.*`, `pkgs.typescript`), or build the project with",
      "`buildNpmPackage`, whose `npmDepsHash` fixes every dependency by content; `flake.lock` pins the nixpkgs revision."
    ].join(" ")
  },
  check({ units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, NODE)) {
      const command = `${operation.command.argv[0]?.value ?? operation.manager}${operation.subcommand ? ` ${operation.subcommand.value ?? operation.subcommand.raw}` : ""}`;
      if (operation.action === "upgrade") {
        const loose2 = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, instruction.variables));
        if (operation.packages.length === 0 && operation.subcommand) {
          report({
            region: regionOfWords(unit, operation.subcommand),
            instruction,
            unit,
            message: `${code(command)} moves every dependency to the newest version its range allows at build time (and rewrites the lockfile). Update the lockfile in the repository instead and install it with a frozen install.`,
            nix: nixForPackages(operation.manager, [])
          });
        }
        for (const spec of loose2) {
          report({
            region: spec.word.region,
            instruction,
            unit,
            message: `${code(command)} moves ${code(spec.name)} to the newest version allowed at build time. Install an exact version instead: ${code(`${spec.name}@<version>`)}.`,
            nix: nixForPackages(operation.manager, [spec.name])
          });
        }
        continue;
      }
      if (operation.action !== "install") continue;
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, instruction.variables));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall(operation.manager, loose);
      for (const spec of loose) {
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `\`${operation.manager}\` package ${code(shown2(spec))} ${problem2(spec)}`,
          nix: nix.of(spec)
        });
      }
    }
  }
});

// rules/ra303-lockfile-not-enforced.ts
var LOCKFILE_VERBS = /* @__PURE__ */ new Set(["ci", "clean-install", "install-clean", "isntall-clean", "ic"]);
var has = (operation, ...options) => operation.options.some((option) => options.includes(option));
var setting = (operation, variables, name) => [...operation.command.assignments.filter((assignment) => assignment.name === name).map((assignment) => assignment.value), variables.get(name)].some((value) => /^(1|true)$/i.test(value ?? ""));
var MANAGERS = {
  npm: {
    lockfiles: ["package-lock.json", "npm-shrinkwrap.json"],
    frozen: "`npm ci`",
    enforced: (operation) => LOCKFILE_VERBS.has(operation.subcommand?.value ?? "")
  },
  yarn: {
    lockfiles: ["yarn.lock"],
    frozen: "`yarn install --frozen-lockfile` (Yarn 1) or `yarn install --immutable` (Yarn 2+)",
    enforced: (operation, variables) => has(operation, "--frozen-lockfile", "--immutable") || setting(operation, variables, "YARN_ENABLE_IMMUTABLE_INSTALLS")
  },
  pnpm: {
    lockfiles: ["pnpm-lock.yaml"],
    frozen: "`pnpm install --frozen-lockfile`",
    enforced: (operation) => has(operation, "--frozen-lockfile") && !has(operation, "--no-frozen-lockfile") || LOCKFILE_VERBS.has(operation.subcommand?.value ?? "")
  },
  bun: {
    lockfiles: ["bun.lock", "bun.lockb"],
    frozen: "`bun install --frozen-lockfile`",
    enforced: (operation) => has(operation, "--frozen-lockfile") || LOCKFILE_VERBS.has(operation.subcommand?.value ?? "")
  }
};
var NODE2 = new Set(Object.keys(MANAGERS));
function message(command, facts, presence) {
  const lockfiles = facts.lockfiles.map((name) => code(name)).join(" or ");
  switch (presence.state) {
    case "copied":
      return `${code(command)} does not enforce ${code(presence.name)}: when it and \`package.json\` disagree it resolves new versions and rewrites the lockfile instead of failing. Use ${facts.frozen}.`;
    case "absent":
      return `${code(command)} runs without a lockfile: no ${lockfiles} is copied into this stage before it, so every build resolves the newest versions \`package.json\` allows. Commit the lockfile, COPY it with \`package.json\`, and use ${facts.frozen}.`;
    case "unknown":
      return `${code(command)} does not enforce the lockfile, so versions can drift from it; use ${facts.frozen} (and make sure ${lockfiles} is copied before it: ${presence.reason}).`;
  }
}
var ra303_lockfile_not_enforced_default = defineRule({
  id: "RA303",
  name: "lockfile-not-enforced",
  summary: "npm install / yarn / pnpm / bun install without enforcing the lockfile (or with no lockfile in the build)",
  severity: "warning",
  tags: ["language-packages", "javascript", "lockfile", "npm", "yarn", "pnpm", "bun"],
  precision: "high",
  docs: {
    why: [
      "A lockfile fixes every direct and transitive dependency to one version and checksum, but only a frozen",
      "install holds the build to it: `npm install`, `yarn install`, `pnpm install` and `bun install` quietly",
      "resolve new versions (and rewrite the lockfile) whenever it does not match `package.json`. Without a lockfile",
      "in the build at all, every build resolves the newest versions the ranges in `package.json` allow."
    ].join(" "),
    failing: "FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n",
    passing: "FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n",
    fix: [
      "Commit the lockfile, COPY it together with `package.json`, and install with `npm ci`, `yarn install",
      "--frozen-lockfile` (Yarn 1) / `yarn install --immutable` (Yarn 2+), `pnpm install --frozen-lockfile` or",
      "`bun install --frozen-lockfile`. These fail when the lockfile is out of date instead of drifting."
    ].join(" "),
    nix: [
      "`buildNpmPackage` (with `npmDepsHash`), `mkYarnPackage`/`yarn2nix`, or `pnpm.fetchDeps` fetch exactly the",
      "lockfile's dependencies into a fixed-output derivation: a changed dependency changes the hash and fails the build."
    ].join(" ")
  },
  check({ model, units, context, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, NODE2)) {
      if (operation.action !== "install-lockfile") continue;
      const facts = MANAGERS[operation.manager];
      if (facts.enforced(operation, instruction.variables)) continue;
      const name = operation.command.argv[0];
      const command = [name, operation.subcommand].filter((word) => word !== void 0).map((word) => word.value ?? word.raw).join(" ");
      const presence = presenceInStage(model, instruction, context, facts.lockfiles, "package.json");
      report({
        region: regionOfWords(unit, operation.subcommand ?? name),
        instruction,
        unit,
        message: message(command, facts, presence),
        nix: nixForPackages(operation.manager, [])
      });
    }
  }
});

// rules/ra304-unpinned-ruby-gem.ts
var GEM = /* @__PURE__ */ new Set(["gem"]);
var ra304_unpinned_ruby_gem_default = defineRule({
  id: "RA304",
  name: "unpinned-ruby-gem",
  summary: "gem install without an exact version, or gem update",
  severity: "warning",
  tags: ["language-packages", "ruby", "gem", "supply-chain"],
  precision: "high",
  hadolint: ["DL3028"],
  docs: {
    why: [
      '`gem install bundler` installs the newest release on rubygems.org at the time of the build; `-v "~> 2.5"`',
      'and `-v ">= 2"` are ranges that let every future release in. `gem update` (and `gem update --system`',
      "without a version) upgrades installed gems, or RubyGems itself, to whatever is newest that day."
    ].join(" "),
    failing: 'FROM ruby:3.3-slim\nRUN gem install bundler rails -v "~> 7.1"\n',
    passing: "FROM ruby:3.3-slim\nRUN gem install bundler:2.5.11 && gem install rails -v 7.1.3.4\n",
    fix: [
      "Give each gem one exact version: `gem install bundler:2.5.11` or `gem install bundler -v 2.5.11`. Update",
      "RubyGems to a named version (`gem update --system 3.5.11`). Application gems belong in a `Gemfile.lock`",
      "installed with `bundle install` under `BUNDLE_FROZEN=true` (or `--deployment`)."
    ].join(" "),
    nix: "Take gems from nixpkgs (`pkgs.rubyPackages.*`) or build the bundle with `bundlerEnv`/`bundix`, which fixes every gem of `Gemfile.lock` by hash."
  },
  check({ units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, GEM)) {
      if (operation.action === "upgrade") {
        const system = operation.options.includes("--system");
        if (system && operation.packages.length > 0 && operation.packages.every((spec) => spec.exact)) continue;
        const subject = system ? "RubyGems itself" : operation.packages.length > 0 ? operation.packages.map((spec) => code(spec.name)).join(", ") : "every installed gem";
        const remedy = system ? "Name the version: `gem update --system <version>`." : "Install exact versions instead (`gem install name:<version>`).";
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          unit,
          message: `\`gem update${system ? " --system" : ""}\` upgrades ${subject} to the newest release at build time. ${remedy}`,
          nix: nixForPackages("gem", operation.packages.filter(() => !system).map((spec) => spec.name))
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, instruction.variables));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall("gem", loose);
      for (const spec of loose) {
        const dynamic = spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
        const why = spec.version === void 0 || spec.version === "" ? `has no version: every build installs the newest release on the gem server${dynamic}.` : `has ${code(spec.version)}, a requirement that allows more than one version${dynamic}.`;
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `Gem ${code(spec.name)} ${why} Pin it: ${code(`gem install ${spec.name}:<version>`)} or ${code(`-v <version>`)}.`,
          nix: nix.of(spec)
        });
      }
    }
  }
});

// rules/ra305-unpinned-go-module.ts
var GO = /* @__PURE__ */ new Set(["go"]);
function problem3(spec, verb) {
  const dynamic = spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
  const version = spec.version;
  if (version === void 0) {
    return verb === "get" ? `has no version: \`go get\` upgrades it to the latest release at build time${dynamic}.` : `has no version: it builds whatever the surrounding \`go.mod\` requires, or fails outside a module (older Go fetches the default branch)${dynamic}.`;
  }
  if (version === "latest" || version === "upgrade" || version === "patch") return `asks for ${code(`@${version}`)}, which resolves to a new release whenever one is published${dynamic}.`;
  if (/^v?\d+(\.\d+)?$/.test(version) || /^[<>]/.test(version)) return `asks for ${code(`@${version}`)}, a version query that resolves to the newest matching release${dynamic}.`;
  if (/^[0-9a-f]{7,39}$/.test(version)) return `uses the abbreviated commit ${code(version)}; write the full commit or the pseudo-version Go resolves it to${dynamic}.`;
  return `asks for ${code(`@${version}`)}, a branch or tag name that can move${dynamic}.`;
}
var ra305_unpinned_go_module_default = defineRule({
  id: "RA305",
  name: "unpinned-go-module",
  summary: "go install/get/run of a module without an exact version, or go get -u",
  severity: "warning",
  tags: ["language-packages", "go", "supply-chain"],
  precision: "high",
  hadolint: ["DL3062"],
  docs: {
    why: [
      "`go install golang.org/x/tools/gopls@latest` builds whatever release is newest on the day of the build; `@main`",
      "follows a branch, `@v1` or `@v1.2` are queries for the newest matching release, and `go get -u` upgrades",
      "every dependency past what `go.mod` records. Only a full semantic version (`@v0.16.1`), a pseudo-version or a",
      "full commit names one module version, which the checksum database then guarantees byte for byte."
    ].join(" "),
    failing: "FROM golang:1.22-bookworm\nRUN go install golang.org/x/tools/gopls@latest\n",
    passing: "FROM golang:1.22-bookworm\nRUN go install golang.org/x/tools/gopls@v0.16.1\n",
    fix: [
      "Write the exact version: `go install golang.org/x/tools/gopls@v0.16.1`. Build your own module from its",
      "committed `go.mod`/`go.sum` (`go build ./...`, `go mod download`) instead of `go get -u`; record tool",
      "dependencies with `go get -tool name@vX.Y.Z` in the repository, not in the Dockerfile."
    ].join(" "),
    nix: "Take Go tools from nixpkgs (`pkgs.gopls`), or build with `buildGoModule`, whose `vendorHash` fixes every module by content."
  },
  check({ units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, GO)) {
      const verb = operation.subcommand?.value ?? "install";
      if (operation.action === "upgrade") {
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          unit,
          message: `\`go get -u\` upgrades ${operation.packages.length > 0 ? operation.packages.map((spec) => code(spec.name)).join(", ") + " and their" : "the"} dependencies to the newest releases at build time, past what \`go.mod\` records. Commit the upgraded \`go.mod\`/\`go.sum\` instead.`,
          nix: nixForPackages("go", operation.packages.map((spec) => spec.name))
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, instruction.variables));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall("go", loose);
      for (const spec of loose) {
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `\`go ${verb}\` of ${code(spec.name)} ${problem3(spec, verb)} Pin it: ${code(`${spec.name}@vX.Y.Z`)}.`,
          nix: nix.of(spec)
        });
      }
    }
  }
});

// rules/ra306-unpinned-cargo-install.ts
var CARGO = /* @__PURE__ */ new Set(["cargo"]);
var ra306_unpinned_cargo_install_default = defineRule({
  id: "RA306",
  name: "unpinned-cargo-install",
  summary: "cargo install without an exact --version (or git --rev), or without --locked",
  severity: "warning",
  tags: ["language-packages", "rust", "cargo", "supply-chain"],
  precision: "high",
  docs: {
    why: [
      "`cargo install ripgrep` installs the newest release on crates.io at build time, and `--version 14` is a",
      "requirement (`^14`). Even at an exact version, `cargo install` ignores the crate's `Cargo.lock` unless",
      "given `--locked`, so every dependency floats to the newest semver-compatible release. `--git` follows the",
      "default branch, or a `--branch`/`--tag` that can move, unless `--rev` names a full commit."
    ].join(" "),
    failing: "FROM rust:1.79-bookworm\nRUN cargo install ripgrep\n",
    passing: "FROM rust:1.79-bookworm\nRUN cargo install --locked ripgrep@14.1.0\n",
    fix: [
      "Install an exact version with the published lockfile: `cargo install --locked ripgrep@14.1.0` (or",
      "`--version =14.1.0`). For git sources use `--git URL --rev <40-hex commit> --locked`; for local sources",
      "`cargo install --locked --path .`."
    ].join(" "),
    nix: "Take the tool from nixpkgs (`pkgs.ripgrep`), or build the crate with `rustPlatform.buildRustPackage` and its `cargoHash`/`cargoLock`, which fixes every dependency by content."
  },
  check({ units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, CARGO)) {
      const git = operation.options.includes("--git");
      const path5 = operation.packages.length === 0;
      for (const spec of operation.packages.filter((candidate) => !candidate.exact && !comesFromBaseImage(candidate.word, instruction.variables))) {
        const dynamic = spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
        const message2 = git ? spec.version === void 0 ? `\`cargo install --git\` of ${code(spec.name)} builds the default branch (or a \`--branch\`/\`--tag\` that can move)${dynamic}. Pin the commit: \`--rev <40-hex commit>\`.` : `\`cargo install --git\` of ${code(spec.name)} uses \`--rev ${spec.version}\`, not a full commit${dynamic}. Write the full 40-hex commit.` : spec.version === void 0 ? `\`cargo install\` of ${code(spec.name)} has no version: every build installs the newest release on crates.io${dynamic}. Pin it: ${code(`${spec.name}@<x.y.z>`)}.` : `\`cargo install\` of ${code(spec.name)} asks for ${code(spec.version)}, a requirement that allows newer releases${dynamic}. Write one version: ${code(`${spec.name}@<x.y.z>`)}.`;
        report({ region: spec.word.region, instruction, unit, message: message2, nix: nixForPackages("cargo", git ? [] : [spec.name]) });
      }
      if (!operation.options.includes("--locked") && !operation.options.includes("--frozen")) {
        const what = path5 ? "local sources" : operation.packages.map((spec) => code(spec.name)).join(", ");
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          unit,
          message: `\`cargo install\` of ${what} without \`--locked\` ignores \`Cargo.lock\` and resolves every dependency to the newest compatible release at build time. Add \`--locked\`.`,
          nix: nixForPackages("cargo", path5 || git ? [] : operation.packages.map((spec) => spec.name))
        });
      }
    }
  }
});

// rules/ra401-pipe-to-shell.ts
var ra401_pipe_to_shell_default = defineRule({
  id: "RA401",
  name: "pipe-to-shell",
  summary: "Script downloaded and executed in one step (curl | sh)",
  severity: "error",
  tags: ["download", "supply-chain", "curl"],
  precision: "very-high",
  docs: {
    why: [
      "`curl -fsSL https://example.com/install.sh | sh` runs whatever the server returns at build time, unread",
      'and unverified. Installer scripts change without notice and usually install "the latest" of something',
      "themselves, so the image differs from build to build, and a compromised server owns the build.",
      'The same holds for `sh -c "$(curl ...)"` and `bash <(curl ...)`.'
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n",
    passing: [
      "FROM debian:bookworm",
      "RUN curl -fsSLo /tmp/setup.sh https://deb.nodesource.com/setup_20.x \\",
      ' && echo "6b5d8e2e8c4a0a3f27e5c4f5d3b6c1e0a9f8e7d6c5b4a39281706f5e4d3c2b1a  /tmp/setup.sh" | sha256sum -c - \\',
      " && bash /tmp/setup.sh",
      ""
    ].join("\n"),
    fix: "Download the script to a file, verify it against a checksum you recorded (`sha256sum -c`), then run it; better, install the tool it installs from a pinned package or release archive with a checksum.",
    nix: 'Installers are replaced by the nixpkgs package (`pkgs.nodejs_20`, `pkgs.rustup`, ...); anything else is fetched with `pkgs.fetchurl { url = ...; hash = "sha256-..."; }`, which fails the build if the bytes change.'
  },
  check({ units, report }) {
    for (const { unit, instruction, command } of shellCommands(units)) {
      if (!isInterpreter(command)) continue;
      const piped = command.pipeline.slice(0, command.pipelineIndex).find(isDownloader);
      const substituted = piped ? void 0 : unit.script.commands.find((other) => other.inSubstitution && isDownloader(other) && contains(command, other));
      const downloader = piped ?? substituted;
      if (!downloader) continue;
      const url = downloadUrls(downloader)[0];
      const start = Math.min(downloader.span.start, command.span.start);
      const end = Math.max(downloader.span.end, command.span.end);
      report({
        region: unit.positions.regionOf({ start, end }),
        instruction,
        unit,
        message: `${url ? code(urlText(url)) : "A download"} is executed by \`${commandName(command)}\` straight from \`${commandName(downloader)}\`, unverified: the build runs whatever the server sends that day. Download to a file, check its sha256, then run it.`,
        nix: nixForDownload(url ? urlText(url) : void 0, commandName(command))
      });
    }
  }
});

// rules/ra402-unverified-download.ts
function isUsed(command) {
  const name = commandName(command);
  const args = command.argv.slice(1).map((word) => word.value ?? "");
  if (args.some((arg) => arg === "--spider" || arg === "-I" || arg === "--head")) return false;
  if (command.pipeline.length > command.pipelineIndex + 1) return true;
  if (command.redirects.some((redirect) => redirect.operator.startsWith(">") && redirect.target?.value !== "/dev/null")) return true;
  if (name === "wget" || name === "aria2c" || name === "fetch") return true;
  return args.some((arg) => /^(-[a-zA-Z]*[oO][a-zA-Z]*|--output|--remote-name|--remote-name-all|--output-dir)$/.test(arg) || arg.startsWith("--output="));
}
var ra402_unverified_download_default = defineRule({
  id: "RA402",
  name: "unverified-download",
  summary: "File downloaded in RUN and used without a checksum or signature check",
  severity: "warning",
  tags: ["download", "supply-chain", "checksum"],
  precision: "high",
  docs: {
    why: [
      "A `curl -o` or `wget` in a RUN fetches whatever the server returns at build time. Release files get",
      "re-uploaded, mirrors serve stale or tampered copies, and `latest` URLs move. Without a checksum or",
      "signature check (in the same RUN or a later one), nothing tells the build that the bytes changed."
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz && tar -C /usr/local -xzf /tmp/go.tgz\n",
    passing: [
      "FROM debian:bookworm",
      "RUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz \\",
      ' && echo "904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0  /tmp/go.tgz" | sha256sum -c - \\',
      " && tar -C /usr/local -xzf /tmp/go.tgz",
      ""
    ].join("\n"),
    fix: 'Record the file\'s sha256 next to its URL (an ARG or ENV) and check it in the same RUN: `echo "$SHA256  file" | sha256sum -c -`, or verify a detached signature with `gpg --verify`. For a single file, `ADD --checksum=sha256:... <url> <dest>` does both.',
    nix: '`pkgs.fetchurl { url = ...; hash = "sha256-..."; }` (or the nixpkgs package, when the download is a known tool): the hash is part of the derivation, so changed bytes fail the build.'
  },
  check({ units, report }) {
    for (const { unit, instruction, command } of shellCommands(units)) {
      if (!isDownloader(command) || !isUsed(command)) continue;
      if (command.pipeline.slice(command.pipelineIndex + 1).some(isInterpreter)) continue;
      const urls = downloadUrls(command).filter((word) => !isVerificationInput(urlText(word)));
      if (urls.length === 0) continue;
      const later = [...shellCommands(units)].filter(({ command: other }) => other.span.start >= command.span.start || other.pipeline === command.pipeline);
      if (later.some(({ command: other }) => isVerifier(other))) continue;
      for (const url of urls) {
        report({
          region: url.region,
          instruction,
          unit,
          message: `${code(urlText(url))} is downloaded by \`${commandName(command)}\` and used without a checksum or signature check in this RUN: if the server's bytes change, the build silently changes too.`,
          nix: nixForDownload(urlText(url))
        });
      }
    }
  }
});

// rules/ra403-add-url-without-checksum.ts
var ra403_add_url_without_checksum_default = defineRule({
  id: "RA403",
  name: "add-url-without-checksum",
  summary: "ADD <url> without --checksum",
  severity: "warning",
  tags: ["download", "supply-chain", "checksum", "add"],
  precision: "very-high",
  docs: {
    why: "`ADD https://...` downloads the file at build time and trusts whatever arrives. BuildKit can verify it (`ADD --checksum=sha256:<hex>`), and fails the build when the bytes differ; without it, a re-uploaded release or a moved `latest` link changes the image silently.",
    failing: "FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n",
    passing: "FROM alpine:3.20\nADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n",
    fix: "Add `--checksum=sha256:<hex>` (needs `# syntax=docker/dockerfile:1.6` or later). `repro-audit fix --network --write` downloads the file once and writes the flag for you.",
    nix: '`pkgs.fetchurl { url = ...; hash = "sha256-..."; }` puts the file in the store by content; copy it into the image with `copyToRoot`.'
  },
  check({ model, report }) {
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword !== "ADD" || instruction.form === "none") continue;
      if (instruction.flags.some((flag) => flag.name === "checksum" && flag.value)) continue;
      const sources = instruction.args.slice(0, -1);
      for (const source of sources) {
        const url = source.value ?? source.raw;
        if (!/^https?:\/\//i.test(url) || /\.git(#|$)/.test(url)) continue;
        report({
          region: model.positions.regionOf(source.span),
          instruction,
          message: `${code(url)} is downloaded by ADD without \`--checksum\`: the build accepts whatever bytes the server returns. Add \`--checksum=sha256:...\`.`,
          nix: nixForAddUrl(url)
        });
      }
    }
  }
});

// rules/ra404-git-clone-without-commit.ts
var COMMIT = /^[0-9a-f]{40}$/;
var GIT_OPTIONS = /* @__PURE__ */ new Set(["-C", "-c", "--git-dir", "--work-tree", "--namespace"]);
var CLONE_OPTIONS = /* @__PURE__ */ new Set(["-b", "--branch", "--depth", "-o", "--origin", "-u", "--upload-pack", "--reference", "--separate-git-dir", "-j", "--jobs", "--filter", "--shallow-since", "--shallow-exclude", "-c", "--config", "--template", "--recurse-submodules"]);
function gitSubcommand(command) {
  if (commandName(command) !== "git") return void 0;
  const split = splitArgs(command.argv.slice(1), GIT_OPTIONS);
  const [verb, ...rest] = split.positionals;
  if (!verb?.value) return void 0;
  const start = command.argv.indexOf(verb);
  return { verb: verb.value, args: command.argv.slice(start + 1).filter((word) => rest.includes(word) || word.value?.startsWith("-")) };
}
function pinsCommit(command) {
  const git = gitSubcommand(command);
  if (!git || !["checkout", "reset", "switch", "fetch"].includes(git.verb)) return void 0;
  const refs = git.args.filter((word) => !(word.value ?? "").startsWith("-") && word.value !== "origin" && word.value !== "--");
  if (refs.some((word) => word.value === void 0)) return "unknown";
  if (refs.some((word) => COMMIT.test(word.value))) return "commit";
  return refs.length > 0 && git.verb !== "fetch" ? "ref" : void 0;
}
var ra404_git_clone_without_commit_default = defineRule({
  id: "RA404",
  name: "git-clone-without-commit",
  summary: "git clone (or ADD of a git URL) without checking out a commit",
  severity: "warning",
  tags: ["download", "supply-chain", "git"],
  precision: "high",
  docs: {
    why: [
      "`git clone https://github.com/x/y` builds whatever the default branch holds at build time, and",
      "`--branch v1.2` whatever the tag points to today: tags can be moved and force-pushed. Only a commit",
      "id names fixed content."
    ].join(" "),
    failing: "FROM alpine:3.20\nRUN git clone --depth 1 https://github.com/madler/zlib /src/zlib\n",
    passing: "FROM alpine:3.20\nRUN git clone https://github.com/madler/zlib /src/zlib && git -C /src/zlib checkout 51b7f2abdade71cd9bb0e7a373ef2610ec6f9daf\n",
    fix: "Check out a full commit id after cloning (`git -C dir checkout <40-hex>`), or `ADD https://github.com/x/y.git#<commit> /src` (BuildKit), which fetches exactly that commit.",
    nix: '`pkgs.fetchFromGitHub { owner = ...; repo = ...; rev = "<commit>"; hash = "sha256-..."; }` (or `pkgs.fetchgit`): content-addressed, so a moved ref or rewritten history fails the build.'
  },
  check({ model, units, report }) {
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword === "ADD") {
        for (const source of instruction.args.slice(0, -1)) {
          const url = source.value ?? source.raw;
          if (!/\.git(#|$)|^git@/.test(url)) continue;
          const ref = url.includes("#") ? url.slice(url.indexOf("#") + 1).split(":")[0] : void 0;
          if (ref && COMMIT.test(ref) || instruction.flags.some((flag) => flag.name === "checksum" && flag.value)) continue;
          report({
            region: model.positions.regionOf(source.span),
            instruction,
            severity: ref ? "note" : "warning",
            message: ref ? `${code(url)} names the ref \`${ref}\`, which can move; use the commit id (\`#<40-hex>\`).` : `${code(url)} is added at whatever its default branch holds at build time; add \`#<commit>\` to the URL.`,
            nix: nixForGitClone(url)
          });
        }
      }
    }
    for (const unit of units) {
      const commands = unit.script.commands;
      commands.forEach((command, index) => {
        const git = gitSubcommand(command);
        if (git?.verb !== "clone") return;
        const split = splitArgs(git.args, CLONE_OPTIONS);
        const url = split.positionals[0];
        const branch = split.values.get("-b")?.[0] ?? split.values.get("--branch")?.[0];
        const pinned = commands.slice(index + 1).map(pinsCommit);
        if (pinned.includes("commit") || pinned.includes("unknown")) return;
        if (branch && branch.value === void 0) return;
        const ref = branch?.value ?? (pinned.includes("ref") ? "a branch or tag" : void 0);
        report({
          region: url?.region ?? command.region,
          instruction: unit.instruction,
          unit,
          severity: ref ? "note" : "warning",
          message: ref ? `${code(url?.value ?? url?.raw ?? "git clone")} is cloned at ${branch?.value ? `\`${branch.value}\`` : ref}, which can be moved; check out the full commit id.` : `${code(url?.value ?? url?.raw ?? "git clone")} is cloned at whatever its default branch holds at build time; check out a full commit id.`,
          nix: nixForGitClone(url?.value)
        });
      });
    }
  }
});

// rules/ra501-native-cpu-flags.ts
var NATIVE_FLAGS = [
  { pattern: /^-m(arch|tune|cpu)=native$/, what: "targets the CPU of the build machine" },
  { pattern: /^(-C)?target-cpu=native$/, what: "makes rustc target the CPU of the build machine" },
  { pattern: /^-Ctarget-cpu=native$/, what: "makes rustc target the CPU of the build machine" },
  { pattern: /^-x[Hh]ost$/, what: "makes the Intel compiler target the CPU of the build machine" },
  { pattern: /^-march=host$/, what: "targets the CPU of the build machine" },
  { pattern: /^-D(GGML|LLAMA|WHISPER)_NATIVE=(ON|1|TRUE)$/i, what: "makes the build detect the CPU of the build machine" },
  { pattern: /^-D(PORTABLE)=(OFF|0|FALSE)$/i, what: "makes the build use the CPU features of the build machine" }
];
function tokens(value) {
  const found = [];
  const pattern = /[^\s"'=]+(?:=[^\s"']+)?|[^\s"']+/g;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) found.push({ token: match[0], offset: match.index });
  return found;
}
var ra501_native_cpu_flags_default = defineRule({
  id: "RA501",
  name: "native-cpu-flags",
  summary: "Build tuned to the build machine's CPU (-march=native, target-cpu=native)",
  severity: "error",
  tags: ["cpu", "compiler", "avx", "portability"],
  precision: "very-high",
  docs: {
    why: [
      "`-march=native` (and `-mtune=native`, `-mcpu=native`, Rust's `-C target-cpu=native`, `-xHost`,",
      "llama.cpp's `GGML_NATIVE`) makes the compiler use every instruction the build machine's CPU has. The",
      "binary then differs from one build machine to the next, and one built on an AVX2 laptop dies with",
      '"Illegal instruction" (exit 132) on a server without AVX2. `repro-audit rebuild --vary cpu` shows it.'
    ].join(" "),
    failing: "FROM gcc:14\nRUN gcc -O3 -march=native -o /usr/local/bin/app app.c\n",
    passing: "FROM gcc:14\nRUN gcc -O3 -march=x86-64-v2 -o /usr/local/bin/app app.c\n",
    fix: "Name the target explicitly: `-march=x86-64-v2` (or `-v3` if every machine that runs the image has AVX2), Rust `-C target-cpu=x86-64-v2`; or build for the baseline and dispatch at run time (function multi-versioning).",
    nix: 'Nix builds for a declared platform, never for the builder\'s CPU: nixpkgs compiles for the baseline of `hostPlatform`, and a deliberate target is set with `hostPlatform.gcc.arch` (e.g. `"x86-64-v3"`), which also changes the derivation hashes.'
  },
  check({ model, units, report }) {
    const flag = (instruction, unit, value, span, valueStart) => {
      for (const { token, offset } of tokens(value)) {
        const match = NATIVE_FLAGS.find((candidate) => candidate.pattern.test(token));
        if (!match) continue;
        const tokenSpan = valueStart === void 0 ? span : { start: valueStart + offset, end: valueStart + offset + token.length };
        report({
          region: (unit ?? model).positions.regionOf(tokenSpan),
          instruction,
          unit,
          message: `\`${token}\` ${match.what}: the output differs between build machines, and a binary built on a CPU with AVX2 dies with "Illegal instruction" on one without. Name a fixed target instead (e.g. \`-march=x86-64-v2\`).`,
          nix: nixForNativeCpu(token)
        });
      }
    };
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword === "ENV" || instruction.keyword === "ARG") {
        for (const arg of instruction.args) flag(instruction, void 0, arg.raw, arg.span, arg.span.start);
      }
    }
    for (const unit of units) {
      for (const command of unit.script.commands) {
        for (const word of command.words) {
          const value = word.value ?? word.raw;
          const setting2 = /^-{0,2}[A-Za-z_][\w.-]*=/.exec(value);
          const scanned = NATIVE_FLAGS.some((candidate) => candidate.pattern.test(value)) ? value : setting2 ? value.slice(setting2[0].length) : void 0;
          if (scanned === void 0) continue;
          const skip = value.length - scanned.length;
          const verbatim = word.raw === value ? word.span.start : word.raw.slice(1, -1) === value ? word.span.start + 1 : void 0;
          flag(unit.instruction, unit, scanned, word.span, verbatim === void 0 ? void 0 : verbatim + skip);
        }
        for (const assignment of command.assignments) {
          if (!assignment.value) continue;
          const raw = assignment.valueSpan ? unit.text.slice(assignment.valueSpan.start, assignment.valueSpan.end) : void 0;
          const verbatim = !assignment.valueSpan || raw === void 0 ? void 0 : raw === assignment.value ? assignment.valueSpan.start : raw.slice(1, -1) === assignment.value ? assignment.valueSpan.start + 1 : void 0;
          flag(unit.instruction, unit, assignment.value, assignment.valueSpan ?? command.span, verbatim);
        }
      }
    }
  }
});

// rules:virtual:repro-audit-rules
var virtual_repro_audit_rules_default = [ra101_unpinned_image_default, ra201_unpinned_apt_package_default, ra202_unpinned_apk_package_default, ra203_unpinned_rpm_package_default, ra204_unpinned_zypper_package_default, ra205_os_upgrade_default, ra301_unpinned_python_package_default, ra302_unpinned_node_package_default, ra303_lockfile_not_enforced_default, ra304_unpinned_ruby_gem_default, ra305_unpinned_go_module_default, ra306_unpinned_cargo_install_default, ra401_pipe_to_shell_default, ra402_unverified_download_default, ra403_add_url_without_checksum_default, ra404_git_clone_without_commit_default, ra501_native_cpu_flags_default];

// src/rules/rebuild/build-steps.ts
var STEP_FAILS_IN_ONE_LEG = {
  id: "RA910",
  name: "step-fails-in-one-leg",
  summary: "A build step succeeds in one rebuild leg and fails in the other",
  severity: "error",
  tags: ["rebuild", "cpu", "portability"],
  precision: "very-high",
  producer: "rebuild",
  docs: {
    why: 'The same Dockerfile built twice failed in one leg only, so whether it builds depends on the machine it runs on. A death by SIGILL ("Illegal instruction"; exit code 132 from a shell that forked the program) in the no-AVX leg means a program used instructions the CPU lacks: a binary built with `-march=native`, a prebuilt wheel or tool compiled for AVX/AVX2. Such images build on a new laptop and fail on an older CI runner or server. The finding names the signal and the CPU features the failing leg lacked, however the engine reported the death (QEMU, buildah or Docker).',
    failing: [
      "FROM debian:bookworm",
      "RUN gcc -O2 -march=native -o /usr/local/bin/tool tool.c && /usr/local/bin/tool --selftest"
    ].join("\n"),
    passing: [
      "FROM debian:bookworm",
      "RUN gcc -O2 -march=x86-64-v2 -o /usr/local/bin/tool tool.c && /usr/local/bin/tool --selftest"
    ].join("\n"),
    fix: "Compile for a fixed, documented baseline (`-march=x86-64` or `-march=x86-64-v2`, Rust `-C target-cpu=x86-64-v2`) instead of `native`, and pick prebuilt artifacts for that baseline (or with runtime CPU dispatch). For other exit codes, read the step output in the finding.",
    nix: "Nix builds with a fixed `-march` per platform (`hostPlatform.gcc.arch`) and never with `native`, so derivations do not depend on the build machine's CPU."
  }
};
var VARIATION_NOT_IN_EFFECT = {
  id: "RA911",
  name: "variation-not-in-effect",
  summary: "The probe inside a rebuild leg did not see the intended CPU features or settings",
  severity: "error",
  tags: ["rebuild", "harness"],
  precision: "very-high",
  producer: "rebuild",
  docs: {
    why: 'The harness runs a probe as the first step of every stage to prove each leg had the CPU features (CPUID), CPU count and build args it was meant to have. When the probe fails or sees something else, the comparison did not test that axis, and the result must not be read as "reproducible".',
    failing: "FROM debian:bookworm\nENV TZ=UTC\nRUN date",
    passing: "FROM debian:bookworm\nRUN date",
    fix: "Read the message: a base image `ENV` that pins the variable (then the axis cannot vary, and need not), a CPU model QEMU does not emulate, or a sandbox that could not start. Fix the environment and rebuild."
  }
};
var BUILD_FAILS_IN_BOTH_LEGS = {
  id: "RA912",
  name: "build-fails-in-both-legs",
  summary: "The Dockerfile failed to build in both rebuild legs, so nothing could be compared",
  severity: "error",
  tags: ["rebuild"],
  precision: "very-high",
  producer: "rebuild",
  docs: {
    why: "The harness builds without cache, without pulling and (when asked) without network. A step that fails in both legs fails for a reason unrelated to the varied axes: a network download under `--network none`, a base image missing locally, or a plain error.",
    failing: "FROM debian:bookworm\nRUN curl -fsSL https://example.com/install.sh | sh",
    passing: "FROM debian:bookworm\nCOPY install.sh /tmp/install.sh\nRUN sh /tmp/install.sh",
    fix: "Read the failing step and its output in the finding; make it build offline from the context, or rebuild with `--network default`."
  }
};
var LEG_TIMED_OUT = {
  id: "RA913",
  name: "rebuild-leg-timed-out",
  summary: "A rebuild leg did not finish within the time limit",
  severity: "error",
  tags: ["rebuild", "harness"],
  precision: "high",
  producer: "rebuild",
  docs: {
    why: "A leg that never finishes cannot be compared. Under CPU emulation builds run several times slower than natively; a step that hangs in one leg only (waiting on the network, spinning on a CPU feature check) is itself a reproducibility problem.",
    failing: "FROM debian:bookworm\nRUN until curl -fs http://artifacts.internal/ready; do sleep 5; done",
    passing: "FROM debian:bookworm\nCOPY artifacts/ /opt/artifacts/",
    fix: "Raise `--timeout` for slow emulated builds, or make the step independent of the machine and network."
  }
};
var BUILD_STEP_RULES = [STEP_FAILS_IN_ONE_LEG, VARIATION_NOT_IN_EFFECT, BUILD_FAILS_IN_BOTH_LEGS, LEG_TIMED_OUT];

// src/rules/rebuild/differences.ts
var DIFFERENCE_RULES = [
  {
    id: "RA901",
    name: "build-time-in-image",
    summary: "Two builds differ only in timestamps: a step records when it ran (file times, dates in files or config).",
    severity: "warning",
    tags: ["rebuild", "time", "source-date-epoch"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "A step that writes the current date into a file, leaves files with the build's modification times, or a gzip that stores its compression time makes every build a different image, even from identical inputs. Digests never match, caches and signatures cannot be reused, and nobody can verify the image by rebuilding it.",
      failing: "FROM debian:12.7-slim\nRUN date > /built-at\nRUN gzip -k /usr/share/doc/app/changelog",
      passing: 'FROM debian:12.7-slim\nARG SOURCE_DATE_EPOCH\nRUN date -u -d "@${SOURCE_DATE_EPOCH}" > /built-at\nRUN gzip -n -k /usr/share/doc/app/changelog',
      fix: "Take every time from `SOURCE_DATE_EPOCH` (declare `ARG SOURCE_DATE_EPOCH` in the stage and pass `--build-arg SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`); use `gzip -n`, `tar --mtime=@$SOURCE_DATE_EPOCH`, and with BuildKit set `rewrite-timestamp=true` on the image exporter so file times are clamped too.",
      nix: 'Nix builds run with `SOURCE_DATE_EPOCH` fixed and store paths have their times reset to 1; `dockerTools.buildLayeredImage` writes layers with fixed times and `created = "1970-01-01T00:00:01Z"`.'
    }
  },
  {
    id: "RA902",
    name: "cpu-dependent-build",
    summary: "Machine code differs between builds on CPUs with different features: the build targets the build machine.",
    severity: "error",
    tags: ["rebuild", "cpu", "march-native", "portability"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: 'A compiler flag like `-march=native`, `RUSTFLAGS=-C target-cpu=native` or a build script that probes CPUID produces code for whatever CPU ran the build. The image then differs by build machine, and one built on a machine with AVX2 dies with SIGILL ("Illegal instruction", exit 132) on an older server.',
      failing: "FROM gcc:13.2\nCOPY app.c /src/\nRUN gcc -O2 -march=native -o /usr/local/bin/app /src/app.c",
      passing: "FROM gcc:13.2\nCOPY app.c /src/\nRUN gcc -O2 -march=x86-64-v2 -o /usr/local/bin/app /src/app.c",
      fix: "Name the target instead of asking the machine: `-march=x86-64-v2` (or `-v3` if every server has AVX2), `-C target-cpu=x86-64-v2`, and turn off CPU autodetection in build systems (e.g. `-DPORTABLE=ON`, `--disable-native`). For code that benefits from AVX, use runtime dispatch (function multiversioning).",
      nix: 'nixpkgs builds for a fixed `hostPlatform` and never passes `-march=native`; to target newer CPUs set `nixpkgs.hostPlatform.gcc.arch = "x86-64-v3"` explicitly, which makes the choice part of the derivation.'
    }
  },
  {
    id: "RA903",
    name: "nondeterministic-content",
    summary: "File contents differ between two builds of the same Dockerfile for reasons other than time or CPU.",
    severity: "warning",
    tags: ["rebuild", "content", "determinism"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "Something the step reads is not pinned or not deterministic: a download of a moving version, a package index fetched at build time, random or unordered output (hash maps, directory order, parallel builds), the build path, locale or time zone embedded in output. Two builds then ship different files.",
      failing: 'FROM python:3.12-slim\nRUN pip install requests\nRUN python -c "import uuid; print(uuid.uuid4())" > /id',
      passing: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --require-hashes -r requirements.txt\nRUN echo "app" > /id',
      fix: "Read the unified diff in the finding: pin what is downloaded (versions with hashes, image digests), sort anything listed from the filesystem, seed or remove randomness, set `LC_ALL=C` and `TZ=UTC`, and build with fixed parallelism where the tool's output depends on it.",
      nix: "Nix fetches every input by hash and builds in a sandbox with fixed paths, locale and time; `nix build --rebuild` checks that a derivation builds bit for bit the same."
    }
  },
  {
    id: "RA904",
    name: "nondeterministic-permissions",
    summary: "File mode, owner or extended attributes differ between two builds of the same Dockerfile.",
    severity: "warning",
    tags: ["rebuild", "permissions", "determinism"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "Files copied from the build context keep the permissions of the checkout (which depend on the umask and on the VCS client), and tools that create users pick free uids. The image differs by build machine, and code that relies on a file being executable or owned by a user works on one build and not the other.",
      failing: "FROM debian:12.7-slim\nRUN useradd app\nCOPY entrypoint.sh /usr/local/bin/",
      passing: "FROM debian:12.7-slim\nRUN useradd --uid 10001 app\nCOPY --chmod=0755 --chown=10001:10001 entrypoint.sh /usr/local/bin/",
      fix: "Set modes and owners explicitly: `COPY --chmod=... --chown=...`, fixed uids/gids for `useradd`/`groupadd`, `chmod` in the step.",
      nix: "Store paths are read-only and owned by root; `dockerTools` images set ownership explicitly (`fakeRootCommands`)."
    }
  },
  {
    id: "RA905",
    name: "nondeterministic-file-set",
    summary: "One build has files the other does not: a step's output depends on something outside the Dockerfile.",
    severity: "warning",
    tags: ["rebuild", "file-set", "determinism"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "Files named after the time, the host, a random id or a process id, caches written as a side effect, or packages resolved at build time make the set of files itself vary between builds.",
      failing: "FROM debian:12.7-slim\nRUN mktemp -d /opt/cache.XXXXXX && apt-get update",
      passing: "FROM debian:12.7-slim\nRUN mkdir /opt/cache && apt-get update && rm -rf /var/lib/apt/lists/*",
      fix: "Use fixed names, remove caches and temporary files in the same step that creates them, and pin what is installed.",
      nix: "A derivation's output only holds what its build writes into `$out` in a sandbox; caches and temp files stay outside it."
    }
  },
  {
    id: "RA906",
    name: "nondeterministic-config",
    summary: "The image config (env, labels, entrypoint, user, ...) differs between two builds of the same Dockerfile.",
    severity: "warning",
    tags: ["rebuild", "config", "determinism"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "A label or environment variable filled from a build argument, the host or the time (`LABEL build-host=$HOSTNAME`, `ENV BUILD_ID=...`) makes the config, and so the image digest, differ on every build.",
      failing: "FROM debian:12.7-slim\nARG BUILD_ID\nLABEL build-id=$BUILD_ID",
      passing: "FROM debian:12.7-slim\nARG GIT_COMMIT\nLABEL org.opencontainers.image.revision=$GIT_COMMIT",
      fix: "Derive config values from the sources (commit, version) rather than from the build machine or the build run.",
      nix: "`dockerTools.buildImage { config = { ... }; }` holds the config as a value of the derivation."
    }
  }
];

// src/rules/catalog.ts
var REBUILD_RULES = [...BUILD_STEP_RULES, ...DIFFERENCE_RULES];
function ruleCatalog(userRules = []) {
  return [...combineRules(virtual_repro_audit_rules_default, userRules), ...REBUILD_RULES].sort((a, b) => compareText(a.id, b.id));
}
var RuleLoadError = class extends Error {
};
async function loadUserRules(specifier, cwd) {
  const target = path4.resolve(cwd, specifier);
  if (!fs.existsSync(target)) throw new RuleLoadError(`--rules ${specifier}: no such file or directory`);
  const files = fs.statSync(target).isDirectory() ? moduleFilesIn(target) : [target];
  if (files.length === 0) throw new RuleLoadError(`--rules ${specifier}: no .js or .mjs rule modules in this directory`);
  const rules = [];
  for (const file of files) {
    if (/\.[cm]?tsx?$/.test(file)) throw new RuleLoadError(`--rules ${path4.relative(cwd, file)}: TypeScript rules must be compiled to JavaScript first`);
    let exported;
    try {
      exported = await import(pathToFileURL(file).href);
    } catch (error) {
      throw new RuleLoadError(`--rules ${path4.relative(cwd, file)}: could not load the module: ${error.message}`);
    }
    const values = [];
    for (const [key, value] of Object.entries(exported)) {
      if (key !== "default" || typeof value !== "function") values.push(value);
      else values.push(await rulesOfFactory(value, path4.relative(cwd, file)));
    }
    const candidates = values.flatMap((value) => Array.isArray(value) ? value : [value]);
    const found = candidates.filter((value) => typeof value === "object" && value !== null && typeof value.check === "function");
    if (found.length === 0) throw new RuleLoadError(`--rules ${path4.relative(cwd, file)}: exports no rule (an object with id, name, summary, severity, tags, docs and check, or a default-exported function of the rule kit that returns rules)`);
    for (const rule of found) {
      const problem4 = ruleProblem(rule);
      if (problem4) throw new RuleLoadError(`--rules ${path4.relative(cwd, file)}: rule ${String(rule.id ?? "(no id)")}: ${problem4}`);
      if (!rules.includes(rule)) rules.push(rule);
    }
  }
  return rules;
}
async function rulesOfFactory(factory, shown3) {
  try {
    return await factory(kit_exports);
  } catch (error) {
    throw new RuleLoadError(`--rules ${shown3}: its default export failed when given the rule kit: ${error.message}`);
  }
}
function moduleFilesIn(directory) {
  for (const entry of ["index.js", "index.mjs"]) if (fs.existsSync(path4.join(directory, entry))) return [path4.join(directory, entry)];
  const manifest = path4.join(directory, "package.json");
  if (fs.existsSync(manifest)) {
    const main = JSON.parse(fs.readFileSync(manifest, "utf8")).main;
    if (main) return [path4.join(directory, main)];
  }
  return fs.readdirSync(directory).filter((name) => /\.(m?js|cjs)$/.test(name)).sort().map((name) => path4.join(directory, name));
}
function ruleProblem(rule) {
  if (typeof rule.id !== "string" || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(rule.id)) return "id must be a string of letters, digits, `-` or `_`";
  if (typeof rule.name !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.name)) return "name must be kebab-case";
  if (typeof rule.summary !== "string" || rule.summary.length === 0 || rule.summary.length > 120) return "summary must be one line of at most 120 characters";
  if (!SEVERITIES.includes(rule.severity)) return `severity must be one of ${SEVERITIES.join(", ")}`;
  if (!Array.isArray(rule.tags) || rule.tags.some((tag) => typeof tag !== "string") || rule.tags.length > 10) return "tags must be at most 10 strings";
  if (!["very-high", "high", "medium", "low"].includes(rule.precision)) return "precision must be very-high, high, medium or low";
  const docs = rule.docs;
  if (!docs || ["why", "failing", "passing", "fix"].some((key) => typeof docs[key] !== "string")) {
    return "docs must have why, failing, passing and fix (strings)";
  }
  if (rule.producer !== "rebuild" && typeof rule.check !== "function") return "check must be a function";
  return void 0;
}
function combineRules(builtin, user) {
  const ids = new Map(builtin.map((rule) => [rule.id, "built-in"]));
  for (const rule of user) {
    if (ids.has(rule.id)) throw new RuleLoadError(`rule id ${rule.id} is used twice (${ids.get(rule.id)} and a --rules module)`);
    ids.set(rule.id, "--rules");
  }
  return [...builtin, ...user];
}

// src/rules/suppressions.ts
var DIRECTIVE = /^\s*#\s*(repro-audit|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+)$/;
function buildSuppressions(model, rules) {
  const hadolintToRules = /* @__PURE__ */ new Map();
  for (const rule of rules) for (const id of rule.hadolint ?? []) hadolintToRules.set(id, [...hadolintToRules.get(id) ?? [], rule.id]);
  const lines = model.text.split(/\r\n|\r|\n/);
  const byLine = /* @__PURE__ */ new Map();
  const global = /* @__PURE__ */ new Map();
  const idsOf = (tool, list2) => list2.split(",").map((id) => id.trim()).filter(Boolean).flatMap((id) => tool === "hadolint" ? hadolintToRules.get(id.toUpperCase()) ?? [] : [id.toUpperCase()]);
  for (let index = 0; index < lines.length; index++) {
    const match = DIRECTIVE.exec(lines[index]);
    if (!match) continue;
    const [, tool, isGlobal, list2] = match;
    const comment = lines[index].trim();
    const ids = idsOf(tool, list2);
    if (isGlobal) {
      for (const id of ids) global.set(id, comment);
      continue;
    }
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target])) target++;
    const entry = byLine.get(target + 1) ?? /* @__PURE__ */ new Map();
    for (const id of ids) entry.set(id, comment);
    byLine.set(target + 1, entry);
  }
  return {
    reasonFor(finding) {
      const id = finding.ruleId.toUpperCase();
      if (global.has(id)) return global.get(id);
      const line = finding.instruction?.startLine ?? finding.region.startLine;
      return byLine.get(line)?.get(id);
    }
  };
}

// src/rules/engine.ts
function runRules(model, options) {
  const findings = [];
  const errors = [];
  const suppressions = buildSuppressions(model, options.rules);
  let units;
  const unitsOf = () => units ??= runUnits(model);
  for (const rule of options.rules) {
    const setting2 = options.ruleSettings?.get(rule.id);
    if (setting2 && !setting2.enabled) continue;
    const report = (descriptor) => {
      const finding = {
        ruleId: rule.id,
        severity: setting2?.severity ?? descriptor.severity ?? rule.severity,
        message: descriptor.message,
        file: descriptor.unit?.file ?? model.file,
        region: descriptor.region
      };
      const instruction = descriptor.instruction ?? descriptor.unit?.instruction;
      if (instruction) finding.instruction = instructionRef(model, instruction);
      const related = [...descriptor.unit?.origin ? [descriptor.unit.origin] : [], ...descriptor.related ?? []];
      if (related.length > 0) finding.related = related;
      if (descriptor.fix) finding.fix = descriptor.fix;
      if (descriptor.nix) finding.nix = descriptor.nix;
      if (descriptor.details) finding.details = descriptor.details;
      if (descriptor.properties) finding.properties = descriptor.properties;
      const reason = suppressions.reasonFor(finding);
      if (reason) finding.suppressed = { kind: "inline", justification: reason };
      findings.push(finding);
    };
    try {
      rule.check({
        model,
        get units() {
          return unitsOf();
        },
        context: options.context,
        options: setting2?.options ?? {},
        settings: options.settings,
        report
      });
    } catch (error) {
      errors.push({ file: model.file, message: `rule ${rule.id} (${rule.name}) failed on this file: ${error.message}. This is a bug in the rule; the other rules' findings are complete.` });
    }
  }
  return { findings, errors };
}

export {
  require_picomatch2 as require_picomatch,
  loadNixify,
  virtual_repro_audit_rules_default,
  STEP_FAILS_IN_ONE_LEG,
  VARIATION_NOT_IN_EFFECT,
  BUILD_FAILS_IN_BOTH_LEGS,
  LEG_TIMED_OUT,
  DIFFERENCE_RULES,
  REBUILD_RULES,
  ruleCatalog,
  RuleLoadError,
  loadUserRules,
  combineRules,
  runRules
};
