import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  onbuildOf,
  stageChain,
  variablesOf
} from "./chunk-6E4CKGCT.js";
import {
  isWindowsImage
} from "./chunk-HUMZK7UK.js";
import {
  loadedShellParser,
  normalizePythonName,
  parseCondaSpec,
  parsePythonRequirement
} from "./chunk-T74X72SU.js";
import {
  ECOSYSTEM,
  commandName,
  isKnownProgram,
  isShellName,
  programName,
  runsPowerShell,
  windowsProgramName
} from "./chunk-SQ42UHQ5.js";
import {
  terminalText
} from "./chunk-QQC64ZS2.js";
import {
  code,
  createPositionMapper
} from "./chunk-DK4JW3AF.js";
import {
  inertToRunner
} from "./chunk-DQISMCMM.js";
import {
  __commonJS,
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
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
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
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
    exports.basename = (path6, { windows } = {}) => {
      const segs = path6.split(windows ? /[\\/]/ : "/");
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
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index2 = -1;
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
      const eos = () => index2 >= length;
      const peek = () => str2.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code2;
        return str2.charCodeAt(++index2);
      };
      while (index2 < length) {
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
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index2 === start) {
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
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index2 === start) {
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
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
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
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
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
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
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
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
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
        index2 += match.end + 1;
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
      const tokens = [bos];
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
        tokens
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
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
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
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
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
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
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
                const posix5 = POSIX_REGEX_SOURCE[rest2];
                if (posix5) {
                  prev.value = pre + posix5;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
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
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
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
            tokens.pop();
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
      const create = (str2) => {
        switch (str2) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str2);
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
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
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
      const posix5 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix5 });
        const result = { glob, state, regex, posix: posix5, input, output, match, isMatch };
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
    picomatch2.test = (input, regex, options, { glob, posix: posix5 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix5 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix5);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix5 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix5 }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
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

// src/nix/syntax.ts
var raw = (text) => ({ kind: "raw", text });
var str = (value) => ({ kind: "string", value });
var block = (value) => ({ kind: "string", value: value.endsWith("\n") ? value : `${value}
`, block: true });
var interpolate = (...parts) => ({ kind: "interpolation", parts });
var list = (items) => ({ kind: "list", items });
var attrs = (entries) => ({ kind: "attrs", entries });
var apply = (fn, ...args) => ({ kind: "apply", fn, args });
var bind = (path6, value, comment) => ({
  path: typeof path6 === "string" ? [path6] : path6,
  value,
  comment
});
var KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);
var IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_'-]*$/;
function quoteString(value) {
  return `"${stringBody(value)}"`;
}
function stringBody(value) {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\$\{/g, "\\${").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/##\[/g, "#\\#[");
}
function attrName(name) {
  return IDENTIFIER.test(name) && !KEYWORDS.has(name) ? name : quoteString(name);
}
function attrPath(root, path6) {
  return [root, ...path6.split(".").map(attrName)].join(".");
}
function commentLines(lines, indent) {
  return lines.flatMap((line) => line.split(/\r?\n/)).map((line) => inertToRunner(terminalText(line))).map((line) => line === "" ? `${indent}#` : `${indent}# ${line}`).join("\n");
}
function escapeIndentedLine(line) {
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "$" && line[i + 1] === "{") out += "''$";
    else if (c === "#" && line[i + 1] === "#" && line[i + 2] === "[") {
      out += "#''\\#";
      i++;
    } else if (c === "'" && line[i + 1] === "'") {
      out += "'''";
      i++;
    } else if (c === "'" && line[i + 1] === "$" && line[i + 2] === "{") out += "''\\'";
    else out += c;
  }
  return out;
}
function indentedString(value, indent, block2 = false) {
  if (/[\r\t]/.test(value) || !value.endsWith("\n") || !block2 && value.indexOf("\n") === value.length - 1) return void 0;
  const lines = value.slice(0, -1).split("\n");
  if (lines.some((line) => line !== "" && line.trim() === "")) return void 0;
  if (lines.filter((line) => line !== "").every((line) => line.startsWith(" "))) return void 0;
  const inner = `${indent}  `;
  const printed = lines.map((line) => line === "" ? "" : `${inner}${escapeIndentedLine(line)}`).join("\n");
  return `''
${printed}
${indent}''`;
}
var INLINE_WIDTH = 80;
function isAtom(expr) {
  if (expr.kind === "interpolation") return true;
  return expr.kind === "raw" ? !expr.text.includes("\n") : expr.kind === "string" ? !expr.value.includes("\n") : false;
}
function printNix(expr, indent = "") {
  switch (expr.kind) {
    case "raw":
      return expr.text.split("\n").join(`
${indent}`);
    case "string":
      return indentedString(expr.value, indent, expr.block) ?? quoteString(expr.value);
    case "interpolation":
      return `"${expr.parts.map((part) => typeof part === "string" ? stringBody(part) : `\${${printNix(part, indent)}}`).join("")}"`;
    case "list": {
      if (expr.items.length === 0) return "[ ]";
      const item = (element, at) => element.kind === "apply" ? `(${printNix(element, at)})` : printNix(element, at);
      const inline = `[ ${expr.items.map((element) => item(element, indent)).join(" ")} ]`;
      if (expr.items.every(isAtom) && indent.length + inline.length <= INLINE_WIDTH) return inline;
      const inner = `${indent}  `;
      return `[
${expr.items.map((element) => `${inner}${item(element, inner)}`).join("\n")}
${indent}]`;
    }
    case "attrs": {
      if (expr.entries.length === 0) return "{ }";
      const inner = `${indent}  `;
      return `{
${expr.entries.map((entry) => printBinding(entry, inner)).join("\n")}
${indent}}`;
    }
    case "apply":
      return [expr.fn, ...expr.args.map((arg) => printNix(arg, indent))].join(" ");
  }
}
function printBinding(entry, indent = "") {
  const comment = entry.comment?.length ? `${commentLines(entry.comment, indent)}
` : "";
  return `${comment}${indent}${entry.path.map(attrName).join(".")} = ${printNix(entry.value, indent)};`;
}

// src/nix/data/nixpkgs-index.ts
var NIXPKGS_REVISION = {
  /** lib/.version of the nixpkgs the index describes (master during this development cycle). */
  version: "26.11",
  /** The one nixpkgs commit named by the data set (where lib/.version was read). */
  commit: "2680ad0cfc17b68f4b56f5a7788c78040563105c",
  /** lib/minver.nix: the lowest Nix that evaluates this nixpkgs. */
  minNix: "2.18.0",
  /** When the data set was made. */
  madeOn: "2026-11-24"
};
var ATTRIBUTE_NAMES = "AAAAAASomeThingsFailToEvaluate\nCuboCore\nFabric\nOVMF\nOVMFFull\nR\nSDL\nSDL2\n_2bwm\n_7zz\n_7zz-rar\n_86box-with-roms\n__flattenIncludeHackHook\n_cuda\n_experimental-update-script-combinators\n_surrealdbPackage\n_type\nabcl\nabseil-cpp_202103\nabseil-cpp_202401\nabseil-cpp_202407\nack\nacl\nacl2-minimal\nacpidump-all\nacquire\nactdiag\nactivitywatch\nadaptivecppWithCuda\nadaptivecppWithRocm\nadvancecomp\nadvi\nadwaita-qt6\naegan\naegyptus\naflplusplus\nagda\nagdaPackages\naggregateModules\naider-chat-full\naider-chat-with-bedrock\naider-chat-with-browser\naider-chat-with-help\naider-chat-with-playwright\naioblescan\naiovban-pyaudio\nakkadian\nakku\nakkuPackages\nalacritty-graphics\nalex\nalfis-nogui\nalfred\nalice-tools-qt5\nalice-tools-qt6\nall-cabal-hashes\nallegro\nallegro4\nallegro5\nalloy\nalloy5\nalloy6\nalsa-lib\namarena-theme\namdfwtool\nammonite\nammonite_2_12\nammonite_2_13\nammonite_3_3\nandroid-studio\nandroid-studio-for-platform\nandroid-studio-full\nandroid-tools\nandroidStudioForPlatformPackages\nandroidStudioPackages\nandroidenv\nandroidndkPkgs\nandroidndkPkgs_27\nandroidndkPkgs_28\nandroidndkPkgs_29\nandroidsdk\nangie\nangie-console-light\nangryipscanner\nangular-cli\nanki-utils\nankiAddons\nansi2html\nansible\nansible-builder\nansible-language-server\nant\nantigravity-fhs\nantigravity-fhsWithPackages\nantiword\nantlr\nantlr2\nantlr3\nantlr3_4\nantlr3_5\nantlr4\nantlr4_10\nantlr4_11\nantlr4_12\nantlr4_13\nantlr4_9\nanybadge\naocd\napacheHttpd\napacheHttpdPackages\napacheHttpdPackagesFor\napacheHttpdPackages_2_4\napacheHttpd_2_4\napacheKafka\napacheKafka_4_1\napacheKafka_4_2\napacheKafka_4_3\nape\napeClex\napparmorRulesFromClosure\nappdaemon\nappimage-run\nappimage-run-tests\nappimageTools\nappimageupdate-qt\napple-sdk_14\napple-sdk_15\napple-sdk_26\napplyPatches\napprise\nappstream\napptainer\napptainer-overriden-nixos\napr\naprutil\naqbanking\narcan-all-wrapped\narcan-wrapped\narduino\narelle\nargp-standalone\nargparse-manpage\narm-trusted-firmware\narmTrustedFirmwareAllwinner\narmTrustedFirmwareAllwinnerH6\narmTrustedFirmwareAllwinnerH616\narmTrustedFirmwareQemu\narmTrustedFirmwareRK3328\narmTrustedFirmwareRK3399\narmTrustedFirmwareRK3568\narmTrustedFirmwareRK3588\narmTrustedFirmwareS905\narmTrustedFirmwareTools\narocc\naroccPackages\naroccStdenv\narpack-mpi\narrayUtilities\nasciidoc-full\nasciidoc-full-with-plugins\nasdf\nasdf_2_26\nasdf_3_1\nasdf_3_3\nasio_1_32_0\nasio_1_36_0\naspell\naspellDicts\naspellWithDicts\nassyrian\nastal\nasterisk\nasterisk-ldap\nasterisk-lts\nasterisk-stable\nasterisk_20\nasterisk_22\nasterisk_23\nastroid\nat-spi2-atk\nath9k-htc-blobless-firmware\nath9k-htc-blobless-firmware-unstable\natk\nattr\naudacious\nauditbeat\nauditbeat7\nauditwheel\nauthentik-outposts\nautoPatchcilHook\nautoconf\nautoconf269\nautoflake\nautomake\nautomake116x\nautomake118x\nautoreconfHook269\navahi\navalonia-ilspy\naw-notify\naw-qt\naw-server-rust\naw-watcher-afk\naw-watcher-window\nawesome\naws-adfs\naws-spend-summary\nawscli\nawscli2\nazure-cli-extensions\nazure-sdk-for-cpp\nb2sum\nb43Firmware_5_1_138\nb43Firmware_6_30_163_46\nbabelfish\nbackintime\nbambootracker-qt6\nbandit\nbarbicanclient\nbash\nbash-completion\nbashFHS\nbashInteractive\nbashInteractiveFHS\nbashNonInteractive\nbashup-events32\nbashup-events44\nbat-extras\nbatctl\nbazel\nbc\nbeam\nbeam27Packages\nbeam28Packages\nbeam29Packages\nbeamMinimal27Packages\nbeamMinimal28Packages\nbeamMinimal29Packages\nbeamMinimalPackages\nbeamPackages\nbeam_minimal\nbeamerpresenter-mupdf\nbeamerpresenter-poppler\nbean-add\nbeancount\nbeancount-black\nbeancount-ing-diba\nbeancount-share\nbeancount_2\nbeanhub-cli\nbeanquery\nbeautysh\nbehave\nbench\nbeneath-a-steel-sky\nber_metaocaml\nbespokesynth-with-vst2\nbiliass\nbinaryen\nbinlore\nbintools\nbintools-unwrapped\nbintoolsNoLibc\nbinutils\nbinutils-unwrapped\nbinutils-unwrapped-all-targets\nbinutils-unwrapped_2_38\nbinutilsNoLibc\nbinutils_nogold\nbionic\nbison\nbitcoind\nbitcoind-knots\nbitlbee\nbitlbee-plugins\nbitscope\nbitwarden-directory-connector\nbitwarden-directory-connector-cli\nbitwig-studio\nbitwig-studio4\nbitwig-studio5\nbitwig-studio5-unwrapped\nblack\nblack-macchiato\nblacken-docs\nblas\nblas-ilp64\nblightmud-tts\nblockdiag\nblocksat-cli\nbloodhound-py\nbluez-experimental\nbluez5\nbluez5-experimental\nbmrsa\nbogofilter-db\nbogofilter-sqlite\nboinc-headless\nbolt_19\nbolt_20\nbolt_21\nbolt_22\nboost\nboost178\nboost179\nboost180\nboost181\nboost182\nboost183\nboost186\nboost187\nboost188\nboost189\nboost190\nboost191\nbotanEsdm\nbower\nbox64\nbox86\nbozohttpd-minimal\nbrave\nbreezy\nbrgenml1lpr\nbroken-sword-25\nbrotli\nbsd-fingerd\nbsdSetupHook\nbtcli\nbtop-cuda\nbtop-rocm\nbtrfs-progs\nbtrsync\nbucklespring\nbucklespring-x11\nbuildArmTrustedFirmware\nbuildBazelPackage\nbuildDartApplication\nbuildDotnetGlobalTool\nbuildDotnetModule\nbuildDotnetPackage\nbuildDubPackage\nbuildEmscriptenPackage\nbuildEnv\nbuildFHSEnv\nbuildFHSEnvBubblewrap\nbuildGo125Module\nbuildGo126Module\nbuildGo127Module\nbuildGoLatestModule\nbuildGoModule\nbuildGraalvmNativeImage\nbuildHomeAssistantComponent\nbuildLakePackage\nbuildLinux\nbuildMaven\nbuildMozillaMach\nbuildNavidromePlugin\nbuildNimPackage\nbuildNimSbom\nbuildNpmPackage\nbuildOptee\nbuildPackages\nbuildPgrxExtension\nbuildRubyGem\nbuildRustCrate\nbuildRustCrateHelpers\nbuildTeleport\nbuildTypstPackage\nbuildUBoot\nbuildVscode\nbuildWasmBindgenCli\nbuildbot\nbuildbot-full\nbuildbot-plugins\nbuildbot-ui\nbuildbot-worker\nbuildbotPackages\nbuildcatrust\nbuildifier\nbuildkite-test-collector-rust\nbuildozer\nbump2version\nbun\nbundler\nbundler-audit\nbundlerApp\nbundlerEnv\nbundlerUpdateScript\nbundlewrap\nbusybox\nbusybox-sandbox-shell\nbzip2\nc-aresMinimal\ncabal-install\ncabal2nix-unwrapped\ncacert\ncaddy\ncaffe\ncairo\ncalico-apiserver\ncalico-app-policy\ncalico-cni-plugin\ncalico-kube-controllers\ncalico-pod2daemon\ncalico-typha\ncalicoctl\ncallPackage\ncallPackages\ncameractrls-gtk3\ncameractrls-gtk4\ncargo\ncargo-auditable-cargo-wrapper\ncargo-pgrx\ncargo-pgrx_0_16_0\ncargo-pgrx_0_16_1\ncargo-pgrx_0_17_0\ncargo-pgrx_0_18_0\ncassandra\ncassandra_4\ncat9-wrapped\ncataclysm-dda\ncataclysm-dda-git\ncataclysmDDA\ncatdoc\ncbconvert-gui\ncbfstool\ncbmem\ncbqn\ncbqn-bootstrap\ncbqn-replxx\ncbqn-standalone\ncbqn-standalone-replxx\nccache\nccacheStdenv\nccacheWrapper\nccl\ncdparanoia\ncdxj-indexer\nceedling\nceleste-classic-pm\ncelestia\ncelt\ncelt_0_5_1\ncelt_0_7\nceph-client\nceph-dev\ncertbot-full\ncertipy\ncffconvert\ncgal_5\ncgif\ncharles\ncharles3\ncharles4\ncharles5\ncheckpointBuildTools\nchicken\nchickenPackages\nchickenPackages_4\nchickenPackages_5\nchromedriver\nchromium\nchrpath\nchruby\nclang\nclang-manpages\nclang-tools\nclangMultiStdenv\nclangStdenv\nclangStdenvNoLibs\nclang_18\nclang_19\nclang_20\nclang_21\nclang_22\nclang_multi\nclasp-common-lisp\ncleanit\nclevercsv\nclickgen\nclickhouse-cli\nclickhouse-lts\nclippy\nclipse-x11\nclisp\nclojupyter\nclojure\nclosureInfo\nclucene-core\ncm_unicode\ncmake\ncmakeCurses\ncmakeMinimal\ncmakeWithGui\ncmdpack\ncmucl_binary\ncni\ncni-plugins\ncnijfilter_2_80\ncoccinelle\ncoconut\ncode-cursor-fhs\ncode-cursor-fhsWithPackages\ncodeblocksFull\ncodon\ncolmapWithCuda\ncolord-gtk4\ncoloredlogs\ncomby\ncomet-gog_heroic\ncommon-updater-scripts\ncompcert\ncompressDrv\ncompressDrvWeb\ncompressFirmwareXz\ncompressFirmwareZstd\nconcatScript\nconcatText\nconcatTextFile\nconfd-calico\nconfig\nconky\nconnmanFull\nconnmanMinimal\nconstructium\nconstruoBase\nconsul\ncookiecutter\ncoolercontrol\ncopyDesktopItems\ncopyPathToStore\ncopyPathsToStore\ncopyPkgconfigItems\ncoq\ncoqPackages\ncoqPackages_8_10\ncoqPackages_8_11\ncoqPackages_8_12\ncoqPackages_8_13\ncoqPackages_8_14\ncoqPackages_8_15\ncoqPackages_8_16\ncoqPackages_8_17\ncoqPackages_8_18\ncoqPackages_8_19\ncoqPackages_8_20\ncoqPackages_8_7\ncoqPackages_8_8\ncoqPackages_8_9\ncoqPackages_9_0\ncoqPackages_9_1\ncoqPackages_9_2\ncoq_8_10\ncoq_8_11\ncoq_8_12\ncoq_8_13\ncoq_8_14\ncoq_8_15\ncoq_8_16\ncoq_8_17\ncoq_8_18\ncoq_8_19\ncoq_8_20\ncoq_8_7\ncoq_8_8\ncoq_8_9\ncoq_9_0\ncoq_9_1\ncoq_9_2\ncoreboot-toolchain\ncoreboot-utils\ncorepack\ncorepack_20\ncorepack_22\ncorepack_24\ncoreutils\ncoreutils-full\ncoreutils-prefixed\ncorretto11\ncorretto17\ncorretto21\ncorretto25\ncorsair\ncosmocc\ncot\ncouchdb3\ncowsay\ncpio\ncplex\ncpp11-kernel\ncpp14-kernel\ncpp17-kernel\ncpp20-kernel\ncpp23-kernel\ncpuinfo\ncrane\ncrawlTiles\ncredstash\ncron\ncronie\ncrossplane\ncryptodev\ncrystal\ncrystal_1_14\ncrystal_1_15\ncrystal_1_16\ncrystal_1_17\ncrystal_1_18\ncrystal_1_19\ncrystalline\ncrystfel-headless\ncss-html-js-minify\ncsv2md\nctags\nctagsWrapped\ncudaPackages\ncudaPackages_12\ncudaPackages_12_6\ncudaPackages_12_8\ncudaPackages_12_9\ncudaPackages_13\ncudaPackages_13_0\ncudaPackages_13_1\ncudaPackages_13_2\ncudaPackages_13_3\ncudatoolkit\ncups\ncups-brother-hl1110\ncups-brother-hl1210w\ncups-brother-hl2260d\ncups-brother-hl3140cw\ncups-brother-hll2340dw\ncups-brother-hll3230cdw\ncurl\ncurlFull\ncurlWithGnuTls\ncurseofwar-sdl\ncutterPlugins\ncve\ncvise\ncygwin\ncyrus_sasl\nczkawka-full\nd1x-rebirth-full\nd2x-rebirth-full\ndaggerfall-unity-unfree\ndapl\ndapl-native\ndarcs\ndart\ndart-bin\ndart-sass\ndart-source\ndartHooks\ndarwin\ndarwinMinVersionHook\ndataclass-wizard\ndatadog-agent\ndatadog-integrations-core\ndatadog-process-agent\ndatalad\ndatalad-gooey\ndatasette\ndav1d\ndavfs2\ndavinci-resolve-studio\ndavix-copy\ndb\ndb4\ndb48\ndb5\ndb53\ndb6\ndb60\ndb62\ndblatexFull\ndbqn-native\ndbt\ndbus\ndbus-glib\ndconf2nix\ndcp375cw-cupswrapper\ndcp375cwlpr\ndcp9020cdw-cupswrapper\ndcp9020cdwlpr\ndcpj785dw\ndcpj785dw-cupswrapper\nddnet-server\ndeadbeefPlugins\ndeadd-notification-center\ndeep-translator\ndeepdiff\ndefault-gcc-version\ndefaultCrateOverrides\ndefaultGemConfig\ndefaultPkgConfigPackages\ndehinter\ndejavu_fonts\ndeluge\ndeluge-2_x\ndeluge-gtk\ndeluged\ndeno\ndescent1-assets\ndescent2-assets\ndesktopToDarwinBundle\ndetect-secrets\ndeterministic-host-uname\ndevShellTools\ndeviceTree\ndevpod\ndevpod-desktop\ndfhack\ndhall\ndhall-bash\ndhall-docs\ndhall-json\ndhall-lsp-server\ndhall-nix\ndhall-nixpkgs\ndhall-yaml\ndhallDirectoryToNix\ndhallPackageToNix\ndhallPackages\ndhallToNix\ndiagrams-builder\ndiceware\ndict\ndictDBCollector\ndictdDBs\ndiffPlugins\ndiffoscopeMinimal\ndiffutils\ndig\ndinghy\ndirectoryListingUpdater\ndiscord\ndiscord-canary\ndiscord-development\ndiscord-ptb\ndiscourse\ndiscourseAllPlugins\ndisnix\ndisplaylink\ndistcc\ndistccMasquerade\ndistccStdenv\ndistccWrapper\ndjgpp\ndjgpp_i586\ndjgpp_i686\ndjview4\ndkimpy\ndmenu-rs-enable-plugins\ndmraid\ndnf-plugins-core\ndnf4\ndnsutils\ndocbook-xsl-nons\ndocbook-xsl-ns\ndocbook_sgml_dtd_31\ndocbook_sgml_dtd_41\ndocbook_sgml_dtd_45\ndocbook_xml_dtd_412\ndocbook_xml_dtd_42\ndocbook_xml_dtd_43\ndocbook_xml_dtd_44\ndocbook_xml_dtd_45\ndocbook_xsl\ndocbook_xsl_ns\ndockapps\ndocker\ndocker-buildx\ndocker-client\ndocker-compose\ndocker-gc\ndocker-sbom\ndockerAutoLayer\ndockerMakeLayers\ndockerTools\ndocker_25\ndocker_29\ndocumentation-highlighter\ndocutils\ndodgy\ndoit\ndos2unix\ndot-merlin-reader\ndot2tex\ndotnet-aspnetcore\ndotnet-aspnetcore_10\ndotnet-aspnetcore_11\ndotnet-aspnetcore_6\ndotnet-aspnetcore_7\ndotnet-aspnetcore_8\ndotnet-aspnetcore_9\ndotnet-runtime\ndotnet-runtime_10\ndotnet-runtime_11\ndotnet-runtime_6\ndotnet-runtime_7\ndotnet-runtime_8\ndotnet-runtime_9\ndotnet-sdk\ndotnet-sdk_10\ndotnet-sdk_11\ndotnet-sdk_6\ndotnet-sdk_7\ndotnet-sdk_8\ndotnet-sdk_9\ndotnetCorePackages\ndotnetPackages\ndovecot_2_3\ndovecot_2_4\ndovecot_pigeonhole_0_5\ndovecot_pigeonhole_2_4\ndoxygen\ndoxygen_gui\ndpkg\ndprint-plugins\ndrake\ndrascula-the-vampire-strikes-back\ndrawpile-server-headless\ndrawterm-wayland\ndreamweb\ndriversi686Linux\ndub-to-nix\ndubBuildHook\ndubCheckHook\ndubSetupHook\nduden\ndumb-init\ndune-release\ndune_2\ndune_3\ndurden-wrapped\ndvc\ndvc-with-remotes\ndvtm\ndvtm-unstable\ndwarf-fortress\ndwarf-fortress-full\ndwarf-fortress-packages\ndwarf-therapist\ndwarfdump\ndysnomia\ne2fsprogs\neasycrypt\neasycrypt-runtest\neasyocr\necl\necl_16_1_2\neclipses\nectool\neemusic\negg2nix\neggDerivation\neject\nekrhyper\nelasticsearch\nelasticsearch7\nelasticsearchPlugins\nelectron\nelectron-bin\nelectron-chromedriver\nelectron-chromedriver_39\nelectron-chromedriver_40\nelectron-chromedriver_41\nelectron-chromedriver_42\nelectron-source\nelectron_39\nelectron_39-bin\nelectron_40\nelectron_40-bin\nelectron_41\nelectron_41-bin\nelectron_42\nelectron_42-bin\nelectrum\nelectrum-grs\nelectrum-ltc\nelementsd\nelf-header\nelixir-ls\nelk7Version\nelm2nix\nelmPackages\nelvis-erlang\nemacs\nemacs-gtk\nemacs-macport\nemacs-nox\nemacs-pgtk\nemacs30\nemacs30-gtk3\nemacs30-macport\nemacs30-nox\nemacs30-pgtk\nemacs31\nemacs31-gtk3\nemacs31-nox\nemacs31-pgtk\nemacsPackages\nemacsPackagesFor\nemborg\nemilua\nemiluaPlugins\nemscripten\nemscriptenPackages\nemscriptenStdenv\nenableDebugging\nenableGCOVInstrumentation\nenchant\nenlightenment\nensureNewerSourcesForZipFilesHook\nensureNewerSourcesHook\neprover-ho\nerlfmt\nerror-inject\nesbuild\neslint\nespanso-wayland\nespeak\nespeak-ng\netcd\neudev\nevilwm\nevolution\nevolution-data-server-gtk4\nevolutionWithPlugins\nexecline\nexecline-man-pages\nexecutor\nexiftool\nexpat\nexpect\nexperienced-pixel-dungeon\nexpidus\nfactor-lang\nfactor-lang-0_100\nfactor-lang-0_101\nfactor-lang-0_99\nfactorPackages\nfactorPackages-0_100\nfactorPackages-0_101\nfactorPackages-0_99\nfactorio-demo\nfactorio-demo-experimental\nfactorio-experimental\nfactorio-headless\nfactorio-headless-experimental\nfactorio-space-age\nfactorio-space-age-experimental\nfactorio-utils\nfairfax\nfairfax-hd\nfaissWithCuda\nfakeNss\nfakeroot\nfasm\nfasm-bin\nfastStdenv\nfaust\nfbc\nfceux-qt5\nfceux-qt6\nfd\nfedora-backgrounds\nfeishin-web\nferdium\nfetchCrate\nfetchDebianPatch\nfetchDockerConfig\nfetchDockerLayer\nfetchFirefoxAddon\nfetchFrom9Front\nfetchFromBitbucket\nfetchFromCodeberg\nfetchFromForgejo\nfetchFromGitHub\nfetchFromGitLab\nfetchFromGitea\nfetchFromGitiles\nfetchFromRadicle\nfetchFromRepoOrCz\nfetchFromSavannah\nfetchFromSourcehut\nfetchHex\nfetchItchIo\nfetchMavenArtifact\nfetchNextcloudApp\nfetchNpmDeps\nfetchNuGet\nfetchPnpmDeps\nfetchPypi\nfetchPypiLegacy\nfetchRadiclePatch\nfetchRepoProject\nfetchYarnDeps\nfetchbzr\nfetchcvs\nfetchdarcs\nfetchdocker\nfetchegg\nfetchfossil\nfetchgit\nfetchgitLocal\nfetchgx\nfetchhg\nfetchipfs\nfetchmtn\nfetchpatch\nfetchpatch2\nfetchpijul\nfetchs3\nfetchsvn\nfetchsvnrevision\nfetchsvnssh\nfetchtorrent\nfetchurl\nfetchzip\nfffuu\nffmpeg\nffmpeg-full\nffmpeg-headless\nffmpeg_4\nffmpeg_4-full\nffmpeg_4-headless\nffmpeg_6\nffmpeg_6-full\nffmpeg_6-headless\nffmpeg_7\nffmpeg_7-full\nffmpeg_7-headless\nffmpeg_8\nffmpeg_8-full\nffmpeg_8-headless\nfftwFloat\nfftwLongDouble\nfftwMpi\nfftwQuad\nfftwSinglePrec\nfile\nfilebeat\nfilebeat7\nfilecheck\nfindXMLCatalogs\nfindutils\nfirebase-tools\nfirebird\nfirebird_3\nfirebird_4\nfirebird_5\nfirefox\nfirefox-beta\nfirefox-beta-unwrapped\nfirefox-bin\nfirefox-bin-unwrapped\nfirefox-devedition\nfirefox-devedition-unwrapped\nfirefox-esr\nfirefox-esr-140\nfirefox-esr-140-unwrapped\nfirefox-esr-unwrapped\nfirefox-mobile\nfirefox-unwrapped\nfirefoxpwa\nfirewalld-gui\nfish\nfishPlugins\nfixup-yarn-lock\nflang\nflang_20\nflang_21\nflang_22\nflatpak-builder\nflatpak-xdg-utils\nflex\nflex_2_5_35\nflight-of-the-amazon-queen\nfloorp-bin\nfltk\nfltk-minimal\nfltk_1_3-minimal\nfltk_1_4-minimal\nfluffychat-web\nflutter\nflutter329\nflutter332\nflutter335\nflutter338\nflutter341\nflutter344\nflutterPackages\nflutterPackages-bin\nflutterPackages-source\nfmt\nfmt_10\nfmt_11\nfmt_12\nfmt_9\nfoks-server\nfont-awesome\nfont-awesome_4\nfont-awesome_5\nfont-awesome_6\nfont-awesome_7\nfont-v\nfontbakery\nfontconfig\nfoomatic-db-ppds-withNonfreeDb\nforgejo-lts\nformats\nfossil\nfoxdot\nfpc\nfping\nfpm\nfranz\nfreebsd\nfreeciv_gtk\nfreeciv_qt\nfreeciv_sdl2\nfreefall\nfreefont_ttf\nfreeoffice\nfreetds\nfreetype\nfreshBootstrapTools\nfreshrss\nfreshrss-extensions\nfrostwire-bin\nfteqcc\nfteqw\nfteqw-dedicated\nfts\nfuse\nfuse-overlayfs\nfuse2\nfuse3\nfusePackages\nfuthark\nfvwm\nfwts\ngajim\ngambit\ngambit-support\ngambit-unstable\ngamescope-wsi\ngammastep\ngams\ngamt\ngancioPlugins\ngap-full\ngap-minimal\ngarage\ngarage_1\ngarage_2\ngauche\ngaucheBootstrap\ngaugePlugins\ngawd\ngawk\ngawk-with-extensions\ngawkInteractive\ngawkextlib\ngcc\ngcc-arm-embedded\ngcc-unwrapped\ngcc13\ngcc13Stdenv\ngcc14\ngcc14Stdenv\ngcc15\ngcc15Stdenv\ngcc16\ngcc16Stdenv\ngccCrossLibcStdenv\ngccForLibs\ngccFun\ngccMultiStdenv\ngccNGPackages_15\ngccStdenv\ngccStdenvNoLibs\ngccWithoutTargetLibc\ngcc_debug\ngcc_latest\ngcc_multi\ngccgo\ngccgo13\ngccgo14\ngccgo15\ngccgo16\ngcl\ngcrane\ngdal\ngdalMinimal\ngdb\ngdbHostCpuOnly\ngdbm\ngdown\ngeda\ngeekbench_4\ngeekbench_5\ngeekbench_6\ngenealogos-api\ngenericUpdater\ngeoclue2-with-demo-agent\ngeoip\ngeoipWithDatabase\ngeos\ngerbil\ngerbil-support\ngerbil-unstable\ngerbilPackages-unstable\ngerbv\ngetconf\ngetent\ngettext\ngfortran\ngh\nghc\nghc-standalone-archive\nghcid\nghdl-gcc\nghdl-llvm\nghdl-llvm-jit\nghdl-mcode\nghidra\nghidra-bin\nghidra-extensions\nghostscript\nghostscript_headless\nghp-import\nghrepo-stats\ngiac-with-xcas\ngibberish-detector\ngiflib\ngimagereader-qt\ngimp\ngimp-with-plugins\ngimp2\ngimp2-with-plugins\ngimp2Plugins\ngimpPlugins\ngistyc\ngit\ngit-annex\ngit-autofixup\ngit-brunch\ngit-credential-aol\ngit-credential-gmail\ngit-credential-outlook\ngit-credential-yahoo\ngit-doc\ngit-filter-repo\ngit-lfs\ngit-msgraph\ngit-protonmail\ngit-revise\ngitFull\ngitMinimal\ngitRepo\ngitSVN\ngitUpdater\ngitea\ngithub-cli\ngithub-to-sqlite\ngitlab-ee\ngitlab-workhorse\nglanceclient\nglfw\nglfw3-minecraft\nglib\nglibc\nglibcInfo\nglibcLocales\nglibcLocalesUtf8\nglibc_memusage\nglibc_multi\nglirc\nglm_1_0_1\nglow-lang\nglsurf\nglucose-syrup\ngmime\ngmime2\ngmime3\ngmp\ngmp6\ngmpxx\ngmrender-resurrect\ngnat\ngnat-bootstrap\ngnat-bootstrap13\ngnat-bootstrap14\ngnat-bootstrap15\ngnat-bootstrap16\ngnat13\ngnat13Packages\ngnat14\ngnat14Packages\ngnat15\ngnat15Packages\ngnat16\ngnat16Packages\ngnatPackages\ngnatprove\ngnome\ngnome-panel-with-modules\ngnome-session-ctl\ngnome2\ngnome38Extensions\ngnome40Extensions\ngnome41Extensions\ngnome42Extensions\ngnome43Extensions\ngnome44Extensions\ngnome45Extensions\ngnome46Extensions\ngnome47Extensions\ngnome48Extensions\ngnome49Extensions\ngnome50Extensions\ngnomeExtensions\ngnuStdenv\ngnucap-full\ngnudatalanguage\ngnugrep\ngnum4\ngnumake\ngnupatch\ngnupg\ngnupg1\ngnupg1compat\ngnupg24\ngnupgMinimal\ngnuradio\ngnuradioPackages\ngnused\ngnutar\ngnutls\ngnvim\ngnvim-unwrapped\ngo\ngo2tv-lite\ngo_1_25\ngo_1_26\ngo_1_27\ngo_latest\ngoattracker-stereo\ngobject-introspection\ngobject-introspection-unwrapped\ngodot\ngodot-export-templates-bin\ngodot-mono\ngodot3\ngodot3-debug-server\ngodot3-export-templates\ngodot3-headless\ngodot3-mono\ngodot3-mono-debug-server\ngodot3-mono-export-templates\ngodot3-mono-headless\ngodot3-mono-server\ngodot3-server\ngodotPackages\ngodotPackages_4\ngodotPackages_4_3\ngodotPackages_4_4\ngodotPackages_4_5\ngodotPackages_4_6\ngodotPackages_4_7\ngodot_4\ngodot_4-export-templates-bin\ngodot_4-mono\ngodot_4_3\ngodot_4_3-export-templates-bin\ngodot_4_3-mono\ngodot_4_4\ngodot_4_4-export-templates-bin\ngodot_4_4-mono\ngodot_4_5\ngodot_4_5-export-templates-bin\ngodot_4_5-mono\ngodot_4_6\ngodot_4_6-export-templates-bin\ngodot_4_6-mono\ngodot_4_7\ngodot_4_7-export-templates-bin\ngodot_4_7-mono\ngoogle-cloud-sdk-gce\ngoogle-compute-engine\ngoogle-drive-ocamlfuse\ngosu\ngpac-unstable\ngparted-full\ngperf\ngperftools\ngpgme\ngpm-ncurses\ngprbuild\ngprof2dot\ngpsbabel-gui\ngpt4all-cuda\ngqrx-gr-audio\ngqrx-portaudio\ngraalvmPackages\ngradle\ngradle-packages\ngradle-unwrapped\ngradle_7\ngradle_7-unwrapped\ngradle_8\ngradle_8-unwrapped\ngradle_9\ngradle_9-unwrapped\ngrafana\ngrafanaPlugins\ngrails\ngraphicsmagick\ngraphicsmagick-imagemagick-compat\ngraphicsmagick_q16\ngraphite2\ngraphviz\ngraphviz-nox\ngraylog-6_0\ngraylog-6_1\ngraylogPlugins\ngridcoin-researchd\ngriffe\ngroestlcoind\ngromacs\ngromacsCudaMpi\ngromacsDouble\ngromacsDoubleMpi\ngromacsMpi\ngromacsPlumed\ngrpc\ngrunt-cli\ngruppled-white-cursors\ngruppled-white-lite-cursors\ngruut\ngruut-ipa\ngruvterial-theme\ngst_all_1\ngtk-mac-integration-gtk2\ngtk-mac-integration-gtk3\ngtk-pipe-viewer\ngtk2-x11\ngtk3\ngtk3-x11\ngtksourceview\ngtksourceview3\ngtksourceview4\ngtksourceview5\nguile\nguile_1_8\nguile_2_0\nguile_2_2\nguile_3_0\ngvm-tools\ngwenhywfar\ngwt240\ngzip\nh3\nh3_3\nh3_4\nhachoir\nhadolint\nhadoop\nhadoop2\nhadoop3\nhadoop_3_3\nhadoop_3_4\nhamlib\nhappy\nhaproxy\nhareHook\nhareThirdParty\nharfbuzz\nharfbuzzFull\nhaskell\nhaskell-ci\nhaskell-language-server\nhaskellPackages\nhassil\nhaste-client\nhaveged\nhaxe\nhaxePackages\nhaxe_4_3\nhbase\nhbase2\nhbase3\nhbase_2_4\nhbase_2_5\nhbase_2_6\nhbase_3_0\nhdf5\nhdf5-cpp\nhdf5-fortran\nhdf5-fortran-mpi\nhdf5-mpi\nhdf5-threadsafe\nhdf5_1_10\nheartbeat\nheartbeat7\nheatclient\nhello\nhelmfile-wrapped\nhepmc3\nhexdump\nhighfive-mpi\nhighlight\nhinit\nhjson\nhledger\nhledger-iadd\nhledger-interest\nhledger-ui\nhledger-utils\nhledger-web\nhlint\nhocr-tools\nhome-assistant\nhome-assistant-cli\nhome-assistant-custom-components\nhome-assistant-custom-lovelace-modules\nhome-assistant-themes\nhost\nhostname\nhpack\nhpccm\nhplipWithPlugin\nhscolour\nhtml-proofer\nhtop\nhtop-vim\nhttp-server\nhttpTwoLevelsUpdater\nhttpie\nhumanfriendly\nhunspellDicts\nhunspellDictsChromium\nhunspellWithDicts\nhw-probe\nhwdata\nhwi\nhxcpp\nhy\nhydrogen-web\nhydrogen-web-unwrapped\nhyperglot\nhyphen\nhyphenDicts\nhypr\nhyprlandPlugins\ni-pi\niaca\niaca_2_1\niaca_3_0\niana-etc\nibus-engines\nicepeak\nicingaweb2\nicingaweb2-ipl\nicingaweb2-thirdparty\nicingaweb2Modules\niconv\nicu\nicu-versions\nicu60\nicu63\nicu64\nicu66\nicu67\nicu70\nicu71\nicu72\nicu73\nicu74\nicu75\nicu76\nicu77\nicu78\nidasen\nidris\nidris2Packages\nidrisPackages\nifdtool\nihaskell\nikiwiki\nikiwiki-full\nimagemagick\nimagemagickBig\nimagemagick_light\nimg2pdf\nimlib2\nimlib2-nox\nimlib2Full\nimportDubLock\nimportNpmLock\ninclude-what-you-use\nincus-lts\nindexed-bzip2\nindi-3rdparty\nindilib\nindradb-client\nindradb-server\ninetutils\ninfisical\ninfluxdb2\ninkscape\ninkscape-extensions\ninkscape-with-extensions\ninochi-creator\ninochi-session\ninotify-tools\ninspircdMinimal\nintelLlvmStdenv\nintelmetool\nintelp2m\ninteltool\nintensity-normalization\ninterception-tools\ninterception-tools-plugins\ninternetarchive\niocextract\niocsearcher\niortcw_sp\nios-cross-compile\niosevka-comfy\nioskeley-mono\niperf\niproute2\niptables\niptables-legacy\niptables-nftables-compat\nipu6ep-camera-hal\nipu6epmtl-camera-hal\niputils\niroh-dns-server\niroh-relay\nironicclient\nirony-server\nirrlicht\nisabelle-components\nisl\nisl_0_20\nisl_0_23\nisl_0_27\niso-flags-png-320x240\nitgmaniaPackages\nitk\nitk_5\nitk_5_2\nj2cli\nj2lint\njacinda\njack_autoconnect\njackline\njackmix_jack1\njamesdsp-pulse\njanet\njansson\njavaPackages\njbigkit\njc\njdk\njdk11\njdk11_headless\njdk17\njdk17_headless\njdk21\njdk21_headless\njdk25\njdk25_headless\njdk8\njdk8_headless\njdk_headless\njello\njemalloc\njenkins\njenkins-job-builder\njetbrains\njetty\njetty_11\njetty_12\njl\njool-cli\njpegoptim\njpm\njpylyzer\njq\njre\njre11_minimal\njre17_minimal\njre21_minimal\njre25_minimal\njre8\njre8_headless\njre_headless\njre_minimal\njruby\njsbeautifier\njson-schema-for-humans\njson-server\njson2yaml\njsonSchemaCatalogs\njsoncppSecureMemory\njtds_jdbc\njulia\njulia-bin\njulia-lts\njulia-lts-bin\njulia-stable\njulia-stable-bin\njulia_110\njulia_110-bin\njulia_111\njulia_111-bin\njulia_112\njulia_112-bin\njupyter\njupyter-all\njupyter-console\njupyter-kernel\nk3s\nk3s_1_33\nk3s_1_34\nk3s_1_35\nk3s_1_36\nkaggle\nkakoune\nkakoune-unwrapped\nkakounePlugins\nkakouneUtils\nkanata-with-cmd\nkanidmWithSecretProvisioning_1_10\nkanidmWithSecretProvisioning_1_8\nkanidmWithSecretProvisioning_1_9\nkanidm_1_10\nkanidm_1_8\nkanidm_1_9\nkatagoCPU\nkatagoTensorRT\nkatagoWithCuda\nkbdVlock\nkbfs\nkdePackages\nkeepBuildTree\nkega-fusion\nkerf\nkerf_1\nkernelPackagesExtensions\nkernelPatches\nkeybase\nkeybase-gui\nkeycloak\nkgt\nkicad-small\nkicad-testing\nkicad-testing-small\nkicad-unstable\nkicad-unstable-small\nkicadAddons\nkillall\nkiro-fhs\nkiro-fhsWithPackages\nkissfftFloat\nklaus\nklibc\nklibcShrunk\nklipper\nklipper-firmware\nklipper-flash\nklipper-genconf\nkmod\nkmonad\nkoboredux-free\nkodi\nkodi-gbm\nkodi-wayland\nkodiPackages\nkops\nkops_1_31\nkops_1_32\nkops_1_33\nkotatogram-desktop\nkotlin\nkotlin-native\nkrank\nkrb5\nkreative-square\nkubectl\nkubectl-convert\nkubectl-view-allocations\nkubernetes-helm\nkubernetes-helm-wrapped\nkubernetes-helmPlugins\nkustomize\nkustomize-sops\nkustomize_3\nkustomize_4\nkzipmix\nl-smash\nlagrange-tui\nlambda-lisp-blc\nlambdabot\nlapack\nlapack-ilp64\nlatex2mathml\nlazarus\nlazarus-qt5\nlazarus-qt6\nlcms\nlcms2\nld-is-cc-hook\nldapdomaindump\nldmud-full\nlean3\nleanPackages\nleanblueprint\nleiningen\nlemmy-server\nlemmy-ui\nleo2\nlerna\nlerna_6\nlerna_8\nless\nlexicon\nlgogdownloader-gui\nlhs2tex\nlib\nlibGL\nlibGLU\nlibGLX\nlibaio\nlibaom\nlibappindicator-gtk2\nlibappindicator-gtk3\nlibargon2\nlibastyle\nlibavif\nlibbass\nlibbass_fx\nlibbassmidi\nlibbassmix\nlibbfd\nlibbfd_2_38\nlibbpf\nlibbpf_0\nlibbsd\nlibc\nlibcIconv\nlibcamera-qcam\nlibcanberra-gtk2\nlibcanberra-gtk3\nlibcanberra_kde\nlibcap\nlibceph\nlibcgroup\nlibchipcard\nlibclang\nlibclc\nlibconfuse\nlibcxx\nlibcxxStdenv\nlibdbi-drivers-base\nlibdbusmenu\nlibdbusmenu-gtk2\nlibdbusmenu-gtk3\nlibde265\nlibdislocator\nlibdrm\nlibdvdread\nlibebml\nlibedit\nliberation_ttf\nliberation_ttf_v1\nliberation_ttf_v2\nlibevent\nlibexif\nlibffado\nlibffi\nlibfm-extra\nlibftdi1\nlibfx2\nlibgbm\nlibgcc\nlibgccjit\nlibglut\nlibgpg-error-gen-posix-lock-obj\nlibgpiod\nlibheif\nlibiconv\nlibiconvReal\nlibidn2\nlibimagequant\nlibindicator-gtk2\nlibindicator-gtk3\nlibinput\nlibintPsi4\nlibintl\nlibjack2\nlibjpeg\nlibjpeg8\nlibjpeg_turbo\nlibjxl\nlibkrb5\nlibkrun-sev\nlibkrun-tdx\nliblapack\nlibliftoff\nlibliftoff_0_4\nlibliftoff_0_5\nlibllvm\nlibmatroska\nlibmaxminddb\nlibmemcached\nlibmicrohttpd\nlibmicrohttpd_0_9_77\nlibmicrohttpd_1_0\nlibmodbus\nlibmpg123\nlibmysqlclient\nlibmysqlclient_3_1\nlibmysqlclient_3_2\nlibmysqlclient_3_3\nlibnghttp2\nlibnma-gtk4\nlibnsl\nlibopcodes\nlibopcodes_2_38\nlibpeas\nlibpeas2\nlibpng\nlibportal-gtk3\nlibportal-gtk4\nlibportal-qt5\nlibportal-qt6\nlibpostalWithData\nlibpq\nlibprom\nlibpulseaudio\nlibrdf_raptor2\nlibrdf_rasqal\nlibrdf_redland\nlibrealsense-gui\nlibrealsenseWithCuda\nlibrealsenseWithoutCuda\nlibreoffice\nlibreoffice-bin\nlibreoffice-collabora\nlibreoffice-fresh\nlibreoffice-fresh-unwrapped\nlibreoffice-qt\nlibreoffice-qt-fresh\nlibreoffice-qt-fresh-unwrapped\nlibreoffice-qt-still\nlibreoffice-qt-still-unwrapped\nlibreoffice-qt-unwrapped\nlibreoffice-still\nlibreoffice-still-unwrapped\nlibreoffice-unwrapped\nlibressl\nlibressl_4_2\nlibressl_4_3\nlibretranslate\nlibretro\nlibrewolf\nlibrewolf-bin\nlibrsb\nlibrsvg\nlibsForQt5\nlibsbsms\nlibsbsms_2_0_2\nlibsbsms_2_3_0\nlibseccomp\nlibsigcxx\nlibsigcxx30\nlibsm\nlibsndfile\nlibsodium\nlibsoup_3\nlibspatialindex\nlibssh\nlibsysprof-capture\nlibtensorflow\nlibtiff\nlibtirpc\nlibtool\nlibtool_1_5\nlibtool_2\nlibtorch-bin\nlibtorrent-rasterbar\nlibubox\nlibubox-mbedtls\nlibubox-nossl\nlibunique\nlibunique3\nlibunistring\nlibunwind\nliburcu\nliburing\nlibusb-compat-0_1\nlibusb1\nlibuuid\nlibv4l\nlibva\nlibva-minimal\nlibva-utils\nlibvlc\nlibvpx\nlibwebm\nlibwebp\nlibwnck\nlibwnck2\nlibwpd\nlibwpd_08\nlibwpe\nlibwpe-fdo\nlibx11\nlibxc_7\nlibxcb\nlibxcomposite\nlibxcrypt\nlibxcrypt-legacy\nlibxdamage\nlibxext\nlibxfixes\nlibxfs\nlibxft\nlibxi\nlibxkbcommon\nlibxml2\nlibxml2Python\nlibxml2_13\nlibxmlxx\nlibxmlxx3\nlibxpdf\nlibxrandr\nlibxrender\nlibxscrnsaver\nlibxslt\nlibxtst\nlibyaml\nlibzint\nlibzip\nlicensee\nlightdm_qt\nlilypond-unstable-with-fonts\nlima-additional-guestagents\nlimine-full\nlinkFarm\nlinkFarmFromDrvs\nlinkerd\nlinkerd_edge\nlinkerd_stable\nlinphonePackages\nlinux\nlinux-doc\nlinux-gpib\nlinux-router-without-wifi\nlinuxConfig\nlinuxHeaders\nlinuxKernel\nlinuxManualConfig\nlinuxPackages\nlinuxPackagesFor\nlinuxPackages_custom\nlinuxPackages_custom_tinyconfig_kernel\nlinuxPackages_latest\nlinuxPackages_testing\nlinuxPackages_xanmod\nlinuxPackages_xanmod_latest\nlinuxPackages_xanmod_stable\nlinuxPackages_zen\nlinux_latest\nlinux_testing\nlinux_xanmod\nlinux_xanmod_latest\nlinux_xanmod_stable\nlinux_zen\nlinuxkit\nliquid-dsp\nliquidctl\nlit\nlive-server\nlix\nlixPackageSets\nlixStatic\nlklWithFirewall\nlld\nlld_18\nlld_19\nlld_20\nlld_21\nlld_22\nlldb\nlldb_18\nlldb_19\nlldb_20\nlldb_21\nlldb_22\nllvm\nllvm-manpages\nllvmPackages\nllvmPackages_18\nllvmPackages_19\nllvmPackages_20\nllvmPackages_21\nllvmPackages_22\nllvm_18\nllvm_19\nllvm_20\nllvm_21\nllvm_22\nlocale\nlogger\nlogitech-udev-rules\nlogrotate\nlogstash\nlogstash-contrib\nlogstash7\nlogstash7-oss\nlohit-fonts\nlomiri\nlomiri-qt6\nlove\nlove_0_10\nlove_11\nlowdown-unsandboxed\nlsb-release\nlshw\nlshw-gui\nlsof\nlttng-ust\nlua\nlua5\nlua51Packages\nlua52Packages\nlua53Packages\nlua54Packages\nlua55Packages\nlua5_1\nlua5_2\nlua5_2_compat\nlua5_3\nlua5_3_compat\nlua5_4\nlua5_4_compat\nlua5_5\nlua5_5_compat\nluaInterpreters\nluaPackages\nluabind\nluabind_luajit\nluajit\nluajitPackages\nluajit_2_0\nluajit_2_1\nluajit_openresty\nluanti-client\nluanti-server\nluarocks\nluarocks-nix\nluddite\nluksmeta\nlumina\nlure-of-the-temptress\nlvm2\nlvm2_dmeventd\nlvm2_vdo\nlxappearance-gtk2\nlxqt\nlz4\nm32edit\nm4\nmacvim\nmadlang\nmaestral\nmagic-wormhole\nmagika\nmagma-cuda\nmagma-cuda-static\nmagma-hip\nmagnetophonDSP\nmagnumclient\nmailcap\nmailman\nmailman-hyperkitty\nmailman-web\nmailmanPackages\nmake-minimal-bootstrap-sources\nmakeAutostartItem\nmakeDarwinBundle\nmakeDesktopItem\nmakeFontsCache\nmakeFontsConf\nmakeGCOVReport\nmakeHardcodeGsettingsPatch\nmakeImpureTest\nmakeInitrd\nmakeInitrdNG\nmakeInitrdNGTool\nmakeLinuxHeaders\nmakeModulesClosure\nmakePkgconfigItem\nmakeRustPlatform\nmakeSetupHook\nmakeShellWrapper\nmakeWrapper\nmalcontent\nmalcontent-ui\nmame-tools\nman\nman-db\nmanilaclient\nmaple-mono\nmariadb\nmariadb-connector-c\nmariadb-connector-c_3_1\nmariadb-connector-c_3_2\nmariadb-connector-c_3_3\nmariadb-embedded\nmariadb_1011\nmariadb_106\nmariadb_114\nmariadb_118\nmarimo\nmarkdownlint-cli\nmate\nmaterialx\nmathematica-cuda\nmathematica-webdoc\nmathematica-webdoc-cuda\nmatrix-synapse-plugins\nmatterhorn\nmaubot\nmaven\nmaven3\nmawk\nmaya\nmbedtls_4\nmbqn\nmcelog\nmcstatus\nmd2gemini\nmdadm\nmdcat\nmdevd\nmediaelch-qt5\nmediaelch-qt6\nmemcached\nmendeley\nmercurial\nmercurialFull\nmesa\nmesa-gl-headers\nmesa_i686\nmeson\nmesonEmulatorHook\nmetasploit\nmetricbeat\nmetricbeat7\nmfcj470dwlpr\nmfcj6510dwlpr\nmfcl2700dnlpr\nmfcl3770cdwcupswrapper\nmfcl3770cdwlpr\nmhonarc\nmicro-full\nmicro-with-wl-clipboard\nmicro-with-xclip\nmicrohs\nminari\nminc_tools\nmindustry-server\nmindustry-wayland\nminecraftServers\nminimal-bootstrap\nminimal-bootstrap-sources\nminio\nminiupnpd-nftables\nmir\nmir_2_15\nmistralclient\nmitmproxy\nmitschemeX11\nmjpegtoolsFull\nmkBinaryCache\nmkCoqPackages\nmkGCCNGPackages\nmkKops\nmkLLVMPackages\nmkNugetDeps\nmkNugetSource\nmkRocqPackages\nmkRuby\nmkRubyVersion\nmkSaneConfig\nmkShell\nmkShellNoCC\nmkStdenvNoLibs\nmkTerraform\nmkcl\nmkdocs\nmkfontdir\nmkosi-full\nmkpasswd\nmkspiffs-presets\nmkvtoolnix-cli\nmlterm-wayland\nmlton\nmlton20130715\nmlton20180207\nmlton20180207Binary\nmlton20210117\nmlton20210117Binary\nmlton20241230\nmlton20241230Binary\nmltonHEAD\nmoarvm\nmoeli\nmolbar\nmold\nmolecule\nmongodb\nmongodb-7_0\nmongodb-ce\nmono\nmono6\nmonotone\nmoodle\nmoodle-utils\nmopidy\nmopidy-bandcamp\nmopidy-iris\nmopidy-jellyfin\nmopidy-listenbrainz\nmopidy-local\nmopidy-moped\nmopidy-mopify\nmopidy-mpd\nmopidy-mpris\nmopidy-muse\nmopidy-musicbox-webclient\nmopidy-notify\nmopidy-podcast\nmopidy-scrobbler\nmopidy-somafm\nmopidy-soundcloud\nmopidy-spotify\nmopidy-subidy\nmopidy-tidal\nmopidy-tunein\nmopidy-youtube\nmopidy-ytmusic\nmopidyPackages\nmopsa\nmore\nmoreutils\nmount\nmoveBuildTree\nmozart2\nmozart2-binary\nmpeg2dec\nmpg123\nmpi\nmpich\nmpich-pmix\nmplayer\nmplus-outline-fonts\nmpvScripts\nmrustc\nmrustc-bootstrap\nmrustc-minicargo\nmsoffcrypto-tool\nmsp430GccSupport\nmsp430Newlib\nmspdebug\nmspds\nmspds-bin\nmsrtool\nmssql_jdbc\nmtr-gui\nmtrace\nmuchsync\nmullvad\nmultiStdenv\nmultitran\nmumble\nmumble_overlay\nmumps-mpi\nmuonStandalone\nmupdf-headless\nmurmur\nmusl\nmyEnvFun\nmyfitnesspal\nmygpoclient\nmypy\nmypy-protobuf\nmysql-shell\nmysql-shell-innovation\nmysql-shell_8\nmysql-shell_9\nmysql84\nnagiosPlugins\nnano\nnanoemoji\nnanopbMalloc\nnapalm\nnapari\nnasm\nnavidromePlugins\nncdu_1\nncurses\nncurses5\nncurses6\nnemo-qml-plugin-dbus\nneo4j\nneovim\nneovimUtils\nnerd-fonts\nnest-cli\nnest-mpi\nnet-snmp\nnet-tools\nnetbox\nnetboxPlugins\nnetbsd\nnetcap-nodpi\nnetcat\nnetcat-gnu\nnetcdf-mpi\nnetdata\nnetdataCloud\nnetlify-cli\nnetmaker\nnetmaker-full\nnettle\nneuron-full\nneuron-mpi\nneutronclient\nnewScope\nnewlib-nano\nnewman\nnextcloud-notify_push\nnextcloud32\nnextcloud32Packages\nnextcloud33\nnextcloud33Packages\nnextcloud34\nnextcloud34Packages\nnextpnrWithGui\nnexusmods-app-unfree\nnftables\nnghttp2\nnginx\nnginxMainline\nnginxModules\nnginxShibboleth\nnginxStable\nngspice\nngtcp2\nngtcp2-gnutls\nnimOverrides\nninja\nninja_1_11\nniv\nnix\nnix-delegate\nnix-deploy\nnix-derivation\nnix-diff\nnix-eval-jobs\nnix-generate-from-cpan\nnix-gitignore\nnix-info\nnix-info-tested\nnix-prefetch-bzr\nnix-prefetch-cvs\nnix-prefetch-darcs\nnix-prefetch-docker\nnix-prefetch-fossil\nnix-prefetch-git\nnix-prefetch-github\nnix-prefetch-hg\nnix-prefetch-pijul\nnix-prefetch-scripts\nnix-prefetch-svn\nnix-serve-ng\nnix-tree\nnix-update-script\nnixBufferBuilders\nnixDependencies\nnixStatic\nnixVersions\nnixd\nnixf\nnixops_unstablePlugins\nnixops_unstable_full\nnixops_unstable_minimal\nnixos\nnixos-artwork\nnixos-test-driver\nnixosOptionsDoc\nnixosTests\nnixpkgs-lint\nnixpkgs-manual\nnixpkgs-pytools\nnixt\nnltk-data\nnmap\nnode-gyp\nnodejs\nnodejs-slim\nnodejs-slim_20\nnodejs-slim_22\nnodejs-slim_24\nnodejs-slim_26\nnodejs-slim_latest\nnodejs_20\nnodejs_22\nnodejs_24\nnodejs_26\nnodejs_latest\nnodemon\nnodepy-runtime\nnomad\nnomad_1_10\nnomad_1_11\nnomad_1_9\nnotmuch\nnotmuch-mutt\nnoto-fonts\nnoto-fonts-cjk-sans-static\nnoto-fonts-cjk-serif-static\nnoto-fonts-lgc-plus\nnotus-scanner\nnpm\nnpm-check-updates\nnpmHooks\nnqp\nnsdiff\nnsjail\nnss\nnssTools\nnss_esr\nnss_latest\nnss_wrapper\nnsss\nnsz\nntfsprogs\nnth\nnufraw-thumbnailer\nnukeReferences\nnumactl\nnushellPlugins\nnuspellWithDicts\nnv-codec-headers-10\nnv-codec-headers-11\nnv-codec-headers-12\nnv-codec-headers-9\nnvchecker\nnvfetcher\nnvidia-docker\nnvidia-vaapi-driver\nnvidiaCtkPackages\nnvramtool\nnvtopPackages\nnwdiag\nnwjs-sdk\nnyarr\nnyxt\nobs-studio\nobs-studio-plugins\nocaml\nocaml-crunch\nocaml-ng\nocamlPackages\nocamlPackages_latest\nocamlformat\nocamlformat_0_19_0\nocamlformat_0_20_0\nocamlformat_0_20_1\nocamlformat_0_21_0\nocamlformat_0_22_4\nocamlformat_0_23_0\nocamlformat_0_24_1\nocamlformat_0_25_1\nocamlformat_0_26_0\nocamlformat_0_26_1\nocamlformat_0_26_2\nocamlformat_0_27_0\nocamlformat_0_28_1\nocamlformat_0_29_0\noceanic-theme\nociTools\nocrmypdf\noctave\noctave-kernel\noctaveFull\noctavePackages\noctodns-providers\nodig\nogre\nogre_13\nogre_14\noletools\nolivetin-3k\nollama-cpu\nollama-cuda\nollama-rocm\nollama-vulkan\nome_zarr\noniguruma\nonline-judge-tools\nonlyBin\nopam\nopam-installer\nopen-interpreter\nopen-music-kontrollers\nopen-vm-tools-headless\nopen-watcom-bin\nopen-watcom-bin-unwrapped\nopen-watcom-v2\nopen-watcom-v2-full\nopen-watcom-v2-full-unwrapped\nopen-watcom-v2-unwrapped\nopenai-whisper\nopenal\nopenblas\nopenblasCompat\nopenbsd\nopenbugs\nopencascade-occt_7_6\nopencascade-occt_7_6_1\nopenconnectPackages\nopencv\nopencv4\nopencv4WithoutCuda\nopenexr\nopenexr_2\nopenipmi\nopenjdk\nopenjdk11\nopenjdk11-bootstrap\nopenjdk11_headless\nopenjdk17\nopenjdk17-bootstrap\nopenjdk17_headless\nopenjdk21\nopenjdk21_headless\nopenjdk25\nopenjdk25_headless\nopenjdk8\nopenjdk8-bootstrap\nopenjdk8_headless\nopenjdk_headless\nopenjfx17\nopenjfx21\nopenjfx25\nopenjpeg\nopenldap\nopenlilylib-fonts\nopenmoji-black\nopenmoji-color\nopenmvs\nopenntpd_nixos\nopenra\nopenraPackages\nopenraPackages_2019\nopenra_2019\nopenrazer-daemon\nopenresty\nopenrgb-with-all-plugins\nopensearch\nopensmalltalk-vm\nopensplatWithCuda\nopensplatWithRocm\nopenssh\nopensshPackages\nopensshTest\nopensshWithKerberos\nopenssh_gssapi\nopenssh_hpn\nopenssh_hpnWithKerberos\nopenssl\nopenssl_1_1\nopenssl_3\nopenssl_3_5\nopenssl_3_6\nopenssl_4_0\nopenssl_legacy\nopenssl_oqs\nopenstackclient\nopenstackclient-full\nopentelemetry-collector\nopentelemetry-collector-builder\nopentelemetry-collector-contrib\nopentelemetry-collector-releases\nopenusd\nopenvpn\nopenvpn-auth-ldap\nopenvpn_learnaddress\nopenvswitch-dpdk\nophcrack-cli\nopnplug\noprofile\nopteeQemuAarch64\nopteeQemuArm\noptifine\noptifinePackages\nor1k-newlib\norc\normolu\norpie\noverlays\np11-kit\np4c\np4est-dbg\np4est-sc-dbg\np7zip\npackagekit\npacketbeat\npacketbeat7\npakcs\npalenight-theme\npam\npandoc\npango\npangomm\npangomm_2_42\npangomm_2_48\npantheon\npapermc\npapermcServers\npaperwork\npapis\nparallel\npass\npass-nodmenu\npass-wayland\npassExtensions\npatch\npatchRcPathBash\npatchRcPathCsh\npatchRcPathFish\npatchRcPathPosix\npatchelf\npatchelfUnstable\npatchutils\npatchutils_0_3_3\npatchutils_0_4_2\npatdiff\npath\npatool\npax-utils\npcmanfm-qt\npcre\npcre-cpp\npcre2\npcscliteWithPolkit\npdb2pqr\npdf2svg\npdfium-binaries-v8\npdfminer\npdfpc\npdfstudio2021\npdfstudio2022\npdfstudio2023\npdfstudio2024\npdfstudioviewer\npdsh\npercona-server\npercona-server_8_4\npercona-xtrabackup\npercona-xtrabackup_8_4\nperl\nperl5\nperl5Packages\nperlInterpreters\nperlPackages\nperlcritic\npgadmin4-desktopmode\npgbadger\npgcli\npgf\nphilipstv\nphonetisaurus\nphosh\nphosh-mobile-settings\nphp\nphp82\nphp82Extensions\nphp82Packages\nphp83\nphp83Extensions\nphp83Packages\nphp84\nphp84Extensions\nphp84Packages\nphp85\nphp85Extensions\nphp85Packages\nphpExtensions\nphpPackages\nphysfs\nphysfs_2\npianobar\npianoteq\npidgin\npidginPackages\npigz\npijuice\npinboard\npinboard-notes-backup\npinegrow6\npinentry-all\npinentry-curses\npinentry-emacs\npinentry-gnome3\npinentry-gtk2\npinentry-qt\npinentry-tty\npinentry_mac\npipe-viewer\npipeworld-wrapped\npipx\npixcat\npkg-config\npkg-configUpstream\npkgconf\npkgconf-unwrapped\npkgs\npkgsCross\npkgsModule\npkgsMusl\npkgsStatic\npkgsi686Linux\nplace-cursor-at\nplan9port\nplatformio\nplatforms\nplaywright\nplaywright-driver\nplaywright-test\npleroma-bot\npm2\npmars-x11\npngcrush\npnglatex\npngquant\npnpm\npnpmConfigHook\npnpm_10\npnpm_10_29_2\npnpm_10_34_0\npnpm_11\npnpm_9\npo4a\npoetryPlugins\npokerth-server\npolybarFull\npoppler\npoppler-utils\npoppler_gi\npoppler_min\npopt\nportableService\nportaudio\npostgres-websockets\npostgresql\npostgresql14Packages\npostgresql15Packages\npostgresql16Packages\npostgresql17Packages\npostgresql18Packages\npostgresql19Packages\npostgresqlJitVersions\npostgresqlPackages\npostgresqlVersions\npostgresql_14\npostgresql_14_jit\npostgresql_15\npostgresql_15_jit\npostgresql_16\npostgresql_16_jit\npostgresql_17\npostgresql_17_jit\npostgresql_18\npostgresql_18_jit\npostgresql_19\npostgresql_19_jit\npostgresql_jit\npostgrest\npowerline\nppsspp-qt\nppsspp-sdl\nppsspp-sdl-wayland\npreLibcHeaders\nprefer-remote-fetch\nprefetch-npm-deps\nprefetch-yarn-deps\npremake\npremake4\npremake5\npretendard\npretendard-gov\npretendard-jp\npretendard-std\nprettier\nprio-wrapped\nprisma\nprocps\nprofanity\nproj\nprospector\nprotobuf\nprotobuf_21\nprotobuf_25\nprotobuf_27\nprotobuf_29\nprotobuf_30\nprotobuf_31\nprotobuf_32\nprotobuf_33\nprotobuf_34\nprotobuf_35\nprotoc-gen-grpc-web\nprotonup-ng\npruneLibtoolFiles\nps\nps2eps\npsmisc\npth\npub2nix\npublic-inbox\npulseaudioFull\npulumiPackages\npuredata-with-plugins\npurenix\npurescript\nputty\npwntools\npy-wacz\npy3dtiles\npy65\npy7zr\npycflow2dot\npycobertura\npycoin\npycritty\npydeps\npyinfra\npylint\npyocd\npypass\npypiserver\npyprof2calltree\npypy\npypy2\npypy27\npypy27Packages\npypy2Packages\npypy3\npypy310\npypy310Packages\npypy311\npypy311Packages\npypy3Packages\npypyPackages\npyright\npythia\npython-matter-server\npython-setup-hook\npython3\npython311\npython311Packages\npython312\npython312Packages\npython313\npython313FreeThreading\npython313Packages\npython314\npython314FreeThreading\npython314Packages\npython315\npython315FreeThreading\npython315Packages\npython3Minimal\npython3Packages\npythonCondaPackages\npythonDocs\npythonInterpreters\npythonManylinuxPackages\npythonPackagesExtensions\npyupgrade\nqadwaitadecorations-qt6\nqbittorrent-enhanced-nox\nqbittorrent-nox\nqboot\nqemu-python-utils\nqemu-user\nqemu-utils\nqemu_full\nqemu_kvm\nqemu_test\nqgis\nqgis-ltr\nqgnomeplatform\nqgnomeplatform-qt6\nqmasterpassword-wayland\nqmplay2-qt5\nqmplay2-qt6\nqt5\nqt6\nqt6Packages\nqtEnv\nquake3arena\nquake3arena-hires\nquake3arenadata\nquake3demo\nquake3demo-hires\nquake3demodata\nquake3hires\nquake3pointrelease\nquake3wrapper\nquantum-espresso\nquartoMinimal\nquasselClient\nquasselDaemon\nquodlibet\nquodlibet-full\nquodlibet-without-gst-plugins\nquodlibet-xine\nquodlibet-xine-full\nquota\nr-ark-kernel\nrPackages\nrWrapper\nrabbitmq-server\nracket-minimal\nradare2\nradianWrapper\nradicle-node-unstable\nragel\nragelDev\nragelStable\nrainbowstream\nrainloop-community\nrainloop-standard\nrakudo\nrapidgzip\nrat-king-adventure\nratarmount\nrav1e\nrawtherapee\nraxml-mpi\nre2\nre2c\nreaction-plugins\nreadline\nreadline70\nreadmdict\nreason\nrebar\nrebar3\nrebar3WithPlugins\nrecoll-nox\nrecurseIntoAttrsWith\nredis\nredland\nredshift\nreferencesByPopularity\nregbot\nregctl\nregsync\nrekor-cli\nrekor-server\nreleaseTools\nremarshal\nremoveReferencesTo\nreno\nreplaceDependencies\nreplaceDependency\nreplaceDirectDependencies\nreplaceVars\nreplaceVarsWith\nreplay-io\nreplay-node-cli\nrepoRevToNameMaybe\nreposilitePlugins\nreptor\nrequireFile\nresholve\nresolveMirrorURLs\nretroarch\nretroarch-free\nretroarch-full\nreuse\nrfkill_udev\nringboard-wayland\nripcord\nripgrep\nrizinPlugins\nrke2\nrke2_1_33\nrke2_1_34\nrke2_1_35\nrke2_1_36\nrke2_latest\nrke2_stable\nrkpd2\nrmate\nrmg-wayland\nrml\nrnginline\nroboto\nrocksdb_6_23\nrocksdb_7_10\nrocksdb_8_11\nrocksdb_8_3\nrocksdb_9_10\nrocmPackages\nrocq-core\nrocq-core_9_0\nrocq-core_9_1\nrocq-core_9_2\nrocqPackages\nrocqPackages_9_0\nrocqPackages_9_1\nrocqPackages_9_2\nrofi-pass-wayland\nropgadget\nroundcube\nroundcubePlugins\nrpatool\nrpm\nrr\nrst2pdf\nrstcheck\nrstcheckWithSphinx\nrstudio-server\nrstudioServerWrapper\nrstudioWrapper\nrsync\nrsyslog\nrtaudio\nrtl-sdr\nrtl-sdr-blog\nrtl-sdr-librtlsdr\nrtl-sdr-osmocom\nrtmpdump_gnutls\nrtop\nrubocop\nruby\nruby-lsp\nrubyPackages\nrubyPackages_3_3\nrubyPackages_3_4\nrubyPackages_4_0\nruby_3_3\nruby_3_4\nruby_4_0\nrun-npush\nrunCommand\nrunCommandCC\nrunCommandLocal\nrunCommandWith\nrunit\nruntimeShell\nruntimeShellPackage\nrust\nrust-bindgen\nrust-bindgen-unwrapped\nrust-jemalloc-sys-unprefixed\nrustPackages\nrustPackages_1_96\nrustPlatform\nrust_1_96\nrustc\nrustc-unwrapped\nrustfmt\nrustup\nrustup-toolchain-install-master\nrusty-psn-gui\nrxvt-unicode-emoji\nrxvt-unicode-plugins\nrxvt-unicode-unwrapped-emoji\ns3-credentials\ns6\ns6-dns\ns6-linux-init\ns6-linux-utils\ns6-man-pages\ns6-networking\ns6-networking-man-pages\ns6-portable-utils\ns6-portable-utils-man-pages\ns6-rc\ns6-rc-man-pages\nsafety-cli\nsamba\nsamba4\nsamba4Full\nsambaFull\nsamsung-unified-linux-driver\nsamsung-unified-linux-driver_1_00_37\nsamsung-unified-linux-driver_4_01_17\nsane-backends\nsane-drivers\nsane-frontends\nsaxon\nsaxon-he\nsaxon_11-he\nsaxon_12-he\nsaxon_9-he\nsaxonb\nsaxonb_8_8\nsaxonb_9_1\nsbcl\nsbclPackages\nsbcl_2_4_6\nsbcl_2_6_4\nsbcl_2_6_5\nsbt\nsbt-with-scala-native\nscala\nscala-runners\nscala_2_12\nscala_2_13\nscala_3\nscalapack-ilp64\nscalene\nscheherazade-new\nscour\nscreen\nscx\nsdbus-cpp\nsdbus-cpp_2\nsdkmanager\nsdnotify-wrapper\nseabios-coreboot\nseabios-csm\nseabios-qemu\nseaborn-data\nsegger-jlink-headless\nselinuxPackages\nsemantic-release\nsemeru-bin\nsemeru-bin-11\nsemeru-bin-17\nsemeru-bin-21\nsemeru-bin-8\nsemeru-jre-bin\nsemeru-jre-bin-11\nsemeru-jre-bin-17\nsemeru-jre-bin-21\nsemeru-jre-bin-8\nsemgrep\nsemgrep-core\nsensu-go-agent\nsensu-go-backend\nsensu-go-cli\nseparateDebugInfo\nseqdiag\nsequoia-sq\nserve\nserverless\nsetupDebugInfoDirs\nsetupSystemdUnits\nsev-snp-measure\nsgt-puzzles-mobile\nsgx-psw\nshadow\nshairport-sync-airplay2\nshake\nshaperglot\nshellcheck\nshellcheck-minimal\nshellify\nshiv\nshorter-pixel-dungeon\nsiesta-mpi\nsieveshell\nsimavr\nsimple-dftd3\nsimpleBuildTool\nsimpleitk\nsimulide_0_4_15\nsimulide_1_0_0\nsimulide_1_1_0\nsimulide_1_2_0\nsimutrans_binaries\nsingularity\nsingularity-overriden-nixos\nsingularity-tools\nskalibs\nskalibs_2_10\nskawarePackages\nskkDictionaries\nskopeo\nslibGuile\nslirp4netns\nslither-analyzer\nsmartmontools\nsmlnj\nsmlnjBootstrap\nsnappy\nsnscrape\nsocat\nsocialscan\nsoftmaker-office\nsoftmaker-office-nx\nsolargraph\nsolc-select\nsource-han-mono\nsource-han-sans\nsource-han-sans-vf-otf\nsource-han-sans-vf-ttf\nsource-han-serif\nsource-han-serif-vf-otf\nsource-han-serif-vf-ttf\nsourceAndTags\nsourceFromHead\nsourcekit-lsp\nsox\nspacecookie\nspacx-gtk-theme\nspandsp\nspandsp3\nspark\nspark3\nspark4\nspark_3_4\nspark_3_5\nspark_4_0\nspecup\nspeechd-minimal\nspeedtest-cli\nspeex\nspeexdsp\nspglib\nsphinx\nsphinx-autobuild\nsphinx-serve\nsphinxHook\nspidermonkey_115\nspidermonkey_128\nspidermonkey_140\nspire-agent\nspire-server\nsplint\nsplot\nspyder\nsqitchMysql\nsqitchPg\nsqitchSqlite\nsqldiff\nsqlite\nsqlite-analyzer\nsqlite-interactive\nsqlite-rsync\nsqlite-utils\nsqlmap\nsqueak\nsqueezelite-pulse\nsquirrel-sql\nsrcOnly\nssh-copy-id\nsshd-openpgp-auth\nsshfs\nsshpass\nsshx\nsshx-server\nsslscan\nstac-validator\nstack\nstack2nix\nstalwart-enterprise\nstalwart-spam-filter\nstalwart-webadmin\nstaticjinja\nstdenv\nstdenvNoCC\nstdenvNoLibc\nstdenvNoLibs\nstdenv_32bit\nsteam-run\nsteam-run-free\nsteampipePackages\nstirling-pdf-desktop\nstlink-gui\nstm32loader\nstog\nstoken\nstrace\nstreamlink-twitch-gui-bin\nstreamlit\nstress\nstress-ng\nstrip-nondeterminism\nstrongswanNM\nstrongswanTNC\nstrongswanTPM\nstumpwm-unwrapped\nstutter\nstylish-cabal\nstylish-haskell\nsu\nsu-exec\nsublime-merge\nsublime-merge-dev\nsublime3\nsublime3-dev\nsublime3Packages\nsublime4\nsublime4-dev\nsubstitute\nsubversion\nsubversionClient\nsubzerod\nsudo\nsummoning-pixel-dungeon\nsuper-slicer-beta\nsuper-slicer-latest\nsupercollider\nsupercollider-with-plugins\nsupercollider-with-sc3-plugins\nsupercolliderPlugins\nsupercollider_scel\nsuperiotool\nsupersonic-wayland\nsvg2tikz\nsvgo\nsvn-all-fast-export\nsway-contrib\nsweethome3d\nswi-prolog-gui\nswift\nswift-corelibs-libdispatch\nswift-format\nswiftPackages\nswiftclient\nswiftpm\nswiftpm2nix\nswig\nsymbola\nsymlinkJoin\nsynergyWithoutGUI\nsysctl\nsysdig\nsysprof\nsystem-config-printer\nsystem-sendmail\nsystemd\nsystemdLibs\nsystemdMinimal\nsystemdUkify\nsysvtools\nszurubooru\ntabbed\ntabview\ntaffybar\ntargetPackages\ntarsum\ntartube-yt-dlp\ntaxi-cli\ntblite\ntcl\ntcl-8_5\ntcl-8_6\ntcl-9_0\ntcl8Packages\ntcl9Packages\ntclPackages\ntclap\ntclap_1_2\ntclap_1_4\ntclreadline\ntcpdump\ntdarr-node\ntdarr-server\ntdarrPackages\nteensyduino\nteeworlds-server\ntelegram-desktop\ntelepresence\ntemurin-bin\ntemurin-bin-11\ntemurin-bin-17\ntemurin-bin-21\ntemurin-bin-25\ntemurin-bin-26\ntemurin-bin-8\ntemurin-jre-bin\ntemurin-jre-bin-11\ntemurin-jre-bin-17\ntemurin-jre-bin-21\ntemurin-jre-bin-25\ntemurin-jre-bin-26\ntemurin-jre-bin-8\ntengine\nterminaltexteffects\nterraform\nterraform-providers\nterraform_1\nterraform_plugins_test\ntesseract\ntesseract3\ntesseract4\ntesseract5\ntestdisk\ntestdisk-qt\ntesters\ntests\ntex-gyre\ntex-gyre-math\ntexFunctions\ntexinfo\ntexinfo7\ntexinfoInteractive\ntexinfoPackages\ntexlive\ntexliveBasic\ntexliveBookPub\ntexliveConTeXt\ntexliveFull\ntexliveFullWithDocs\ntexliveGUST\ntexliveInfraOnly\ntexliveMedium\ntexliveMinimal\ntexlivePackages\ntexliveSmall\ntexliveTeTeX\ntexmacs\ntextfonts\nteyjus\ntflint-plugins\nthemes\nthreads\nthunderbird\nthunderbird-140\nthunderbird-140-unwrapped\nthunderbird-bin\nthunderbird-esr\nthunderbird-esr-bin\nthunderbird-esr-bin-unwrapped\nthunderbird-esr-unwrapped\nthunderbird-latest\nthunderbird-latest-bin\nthunderbird-latest-bin-unwrapped\nthunderbird-latest-unwrapped\nthunderbird-unwrapped\nthunderbirdPackages\ntime\ntimeshift\ntimeshift-minimal\ntimeshift-unwrapped\ntini\ntinywl\ntinyxml\ntipidee\ntk\ntk-8_5\ntk-8_6\ntk-9_0\ntlaps\ntldr-hs\ntlp\ntmux\ntmuxPlugins\ntomcat\ntomcat-native\ntomcat10\ntomcat11\ntomcat9\ntorcs-without-data\ntower-pixel-dungeon\ntpm2-totp-with-plymouth\ntpm2-tss\ntraceroute\ntrackma-curses\ntrackma-gtk\ntrackma-qt\ntracy_0_11\ntracy_0_12\ntracy_0_13\ntraefik\ntranslatelocally-models\ntranslatepy\ntree\ntree-sitter-grammars\ntrezor-agent\ntrezorctl\ntrilinos-mpi\ntroveclient\ntruecrack-cuda\ntrustedqsl\ntrytond\ntshark\ntsm-client-withGui\ntsx\nttfautohint-nox\nttp\nturbo\ntuxclocker\ntuxclocker-without-unfree\ntw\ntweet-hs\ntwine\ntypescript\ntypescript-language-server\ntypstPackages\ntzdata\nubootA20OlinuxinoLime\nubootA20OlinuxinoLime2EMMC\nubootAmx335xEVM\nubootBananaPi\nubootBananaPim2Zero\nubootBananaPim3\nubootBananaPim64\nubootCM3588NAS\nubootClearfog\nubootCubieboard2\nubootGuruplug\nubootJetsonTK1\nubootLibreTechCC\nubootNanoPCT4\nubootNanoPCT6\nubootNanoPiR5S\nubootNovena\nubootOdroidC2\nubootOdroidXU3\nubootOlimexA64Olinuxino\nubootOlimexA64Teres1\nubootOrangePi3\nubootOrangePi3B\nubootOrangePi5\nubootOrangePi5Max\nubootOrangePi5Plus\nubootOrangePiPc\nubootOrangePiZero\nubootOrangePiZero2\nubootOrangePiZero3\nubootOrangePiZeroPlus2H5\nubootPcduino3Nano\nubootPine64\nubootPine64LTS\nubootPinebook\nubootPinebookPro\nubootPythonTools\nubootQemuAarch64\nubootQemuArm\nubootQemuRiscv64Smode\nubootQemuX86\nubootQemuX86_64\nubootQuartz64B\nubootROCPCRK3399\nubootRadxaZero3W\nubootRaspberryPi\nubootRaspberryPi2\nubootRaspberryPi3_32bit\nubootRaspberryPi3_64bit\nubootRaspberryPi4_32bit\nubootRaspberryPi4_64bit\nubootRaspberryPiAarch64\nubootRaspberryPiZero\nubootRock3C\nubootRock4CPlus\nubootRock5ModelB\nubootRock5ModelC\nubootRock64\nubootRock64v2\nubootRockPi4\nubootRockPiE\nubootRockPro64\nubootSheevaplug\nubootSopine\nubootTools\nubootTuringRK1\nubootUtilite\nubootVisionFive2\nubootWandboard\nudev\nueberzug\nuefitool\nuefitoolPackages\nufolint\nuftraceFull\nuhdMinimal\nuiua-unstable\nultrastar-creator\nultrastar-manager\numount\nunbound-full\nunbound-with-systemd\nungoogled-chromium\nunidings\nunify\nunigine-sanctuary\nunigine-tropics\nuniscribe\nunixodbc\nunixodbcDrivers\nunixtools\nunqlite\nunrpa\nunstableGitUpdater\nunused_deps\nunzip\nunzipNLS\nupdate-dotdee\nupdate-nix-fetchgit\nupdate-resolv-conf\nupdate-systemd-resolved\nupdateAutotoolsGnuConfigScriptsHook\nusbrelay\nusbrelayd\nuseOldCXXAbi\nusort\nustream-ssl\nustream-ssl-mbedtls\nutil-linux\nutil-linuxMinimal\nutmps\nuuagc\nuusi\nuutils-coreutils-noprefix\nuwimap\nvala\nvala_0_56\nvaleStyles\nvalgrind\nvalgrind-light\nvalhalla\nvalidatePkgConfig\nvalkey\nvanillara\nvapoursynth-editor\nvarnish\nvarnish80\nvarnish80Packages\nvarnishPackages\nvault\nvaultenv\nvaultwarden-mysql\nvaultwarden-postgresql\nvaultwarden-sqlite\nvaultwarden-webvault\nvc4-newlib\nvcard\nvcpkg-tool-unwrapped\nvdr\nvdrPlugins\nvdrift-bin\nvencord-web-extension\nventoy-full\nventoy-full-gtk\nventoy-full-qt\nvercel\nvertcoind\nvessel\nvid-stab\nvifm-full\nvigra\nvim\nvim-darwin\nvim-full\nvimPlugins\nvimPluginsUpdater\nvimUtils\nvimb\nvimpager\nvimpager-latest\nvinyl-cache\nvinyl-cache_9\nvips\nvirt-top\nvirtualbox\nvirtualboxExtpack\nvirtualboxHardened\nvirtualboxHeadless\nvirtualboxKvm\nvirtualboxWithExtpack\nvirtualenv\nvirtualenv-clone\nvivisect\nvlc-bin-universal\nvmTools\nvncdo\nvoxtype-onnx\nvoxtype-vulkan\nvprof\nvscode\nvscode-extension-update-script\nvscode-extensions\nvscode-fhs\nvscode-fhsWithPackages\nvscode-utils\nvscode-with-extensions\nvscodium\nvscodium-fhs\nvscodium-fhsWithPackages\nvte-gtk4\nvtk\nvtk-full\nvtkWithQt6\nvtk_9_5\nvtk_9_6\nvulkan-loader\nvulkan-tools\nvyper\nw3m-batch\nw3m-full\nw3m-nographics\nw3m-nox\nwafHook\nwall\nwasm\nwatch\nwatcherclient\nwatson-ruby\nwaydroid-nftables\nwayfire\nwayfire-with-plugins\nwayfirePlugins\nwayland\nwayland-protocols\nwayland-scanner\nwaylandpp\nwebkitgtk_4_1\nwebkitgtk_6_0\nwebos\nwebssh\nweechat\nweechat-unwrapped\nweechatScripts\nwesnoth-devel\nwestonLite\nwf-config\nwfuzz\nwget\nwhisper-cpp-vulkan\nwhispers\nwhois\nwhy3\nwibo\nwild\nwinbox\nwindows\nwine\nwine-staging\nwine-wayland\nwine64\nwine64Packages\nwinePackages\nwinePackagesFor\nwineWow64Packages\nwinetricks\nwireshark-cli\nwkhtmltopdf\nwlr-protocols\nwlroots_0_19\nwlroots_0_20\nwofi-pass\nwolfram-for-jupyter-kernel\nwoodpecker-agent\nwoodpecker-cli\nwoodpecker-server\nwordpress\nwordpressPackages\nwordpress_6_8\nwordpress_6_9\nwordpress_7_0\nwrangler\nwrapBintoolsWith\nwrapCC\nwrapCCMulti\nwrapCCWith\nwrapClangMulti\nwrapFirefox\nwrapFish\nwrapGAppsHook3\nwrapGAppsHook4\nwrapGAppsNoGuiHook\nwrapHelm\nwrapKakoune\nwrapLisp\nwrapLispi686Linux\nwrapNeovim\nwrapNeovimUnstable\nwrapNonDeterministicGcc\nwrapOBS\nwrapQemuBinfmtP\nwrapRetroArch\nwrapRustc\nwrapRustcWith\nwrapThunderbird\nwrapVdr\nwrapWatcom\nwrapWeechat\nwritableTmpDirAsHomeHook\nwriteCBin\nwriteClosure\nwriteCueValidator\nwriteDarwinBundle\nwriteDirectReferencesToFile\nwriteScript\nwriteScriptBin\nwriteShellApplication\nwriteShellScript\nwriteShellScriptBin\nwriteStringReferencesToFile\nwriteText\nwriteTextDir\nwriteTextFile\nwriters\nwt\nwt4\nwyrd\nx16-emulator\nx16-rom\nx16-run\nx264\nx265\nx32edit\nxapian\nxapian-omega\nxapian_1_4\nxarMinimal\nxash-dedicated\nxauth\nxcbproto\nxcbuildHook\nxclip\nxcodebuild\nxcodeenv\nxdg-desktop-portal-hyprland\nxdot\nxeus-cpp\nxfce\nxfsprogs\nxgboostWithCuda\nxkcdpass\nxkeyboard-config_custom\nxkeyboard_config\nxlsx2csv\nxml2rfc\nxmlsec\nxmlsort\nxmobar\nxmonad-with-packages\nxmonad_log_applet_mate\nxmonad_log_applet_xfce\nxmonadctl\nxonotic\nxonotic-data\nxonotic-dedicated\nxonotic-dedicated-unwrapped\nxonotic-glx\nxonotic-glx-unwrapped\nxonotic-sdl\nxonotic-sdl-unwrapped\nxorriso\nxpdf\nxppen_3\nxppen_4\nxvfb-run\nxxd\nxxdiff-tip\nxyce-parallel\nxz\nyamale\nyamllint\nyapf\nyarn\nyarn-berry\nyarn-berry_3\nyarn-berry_3-fetcher\nyarn-berry_4\nyarn-berry_4-fetcher\nyarnBuildHook\nyarnConfigHook\nyarnInstallHook\nyasm\nyaziPlugins\nydiff\nyi\nyoda-with-root\nyosys-bluespec\nyosys-ghdl\nyosys-symbiflow\nyour-editor\nyoutube-dl\nyoutube-dl-light\nyoutube-viewer\nyq\nyq-go\nyquake2\nyquake2-all-games\nyquake2-ctf\nyquake2-ground-zero\nyquake2-the-reckoning\nyt-dlp-light\nzabbix\nzabbix60\nzabbix70\nzabbix74\nzabbixFor\nzathura\nzathuraPkgs\nzbar\nzed-editor-fhs\nzef\nzellijPlugins\nzenith-nvidia\nzeroc-ice-cpp11\nzeromq\nzfs\nzfs_2_3\nzfs_2_4\nzfs_unstable\nzig\nzigPackages\nzigStdenv\nzig_0_13\nzig_0_14\nzig_0_15\nzig_0_16\nzip\nzlib\nzls\nzls_0_14\nzls_0_15\nzls_0_16\nznc\nzncModules\nzonemaster-cli\nzookeeper\nzsh\nzstd\nzulu\nzulu11\nzulu17\nzulu21\nzulu25\nzulu8\nzunclient\nzynaddsubfx-fltk\nzynaddsubfx-ntk";
var PYTHON_PACKAGE_NAMES = "a2wsgi\naafigure\naardwolf\nabjad\nabout-time\nabsl-py\naccelerate\naccessible-pygments\naccupy\naccuweather\nacme\nacme-tiny\nacquire\nacres\nactdiag\nactron-neo-api\nacunetix\nadafruit-board-toolkit\nadafruit-io\nadafruit-platformdetect\nadafruit-pureio\nadal\nadax\nadax-local\nadb-enhanced\nadb-homeassistant\nadb-shell\nadblock\nadd-trailing-comma\naddict\nadext\nadguardhome\nadios2\nadjusttext\nadlfs\nadvantage-air\nadvocate\naeidon\naemet-opendata\naenum\naerosandbox\naesedb\naetcd\nafdko\naffine\naffine-gaps\naffinegap\nafsapi\nagate\nagate-dbf\nagate-excel\nagate-sql\nagent-py\naggdraw\naggregate6\nago\nahocorapy\nahocorasick-rs\naigpy\nailment\naio-geojson-client\naio-geojson-generic-client\naio-geojson-geonetnz-quakes\naio-geojson-geonetnz-volcano\naio-geojson-nsw-rfs-incidents\naio-geojson-usgs-earthquakes\naio-georss-client\naio-georss-gdacs\naio-ownet\naio-pika\naioacaia\naioairctrl\naioairq\naioairzone\naioairzone-cloud\naioamazondevices\naioambient\naioamqp\naioapcaccess\naioapns\naioaquacell\naioaseko\naioasuswrt\naioaudiobookshelf\naioautomower\naioazuredevops\naiobafi6\naiobiketrax\naioblescan\naioboto3\naiobotocore\naiobroadlink\naiobtclientapi\naiobtclientrpc\naiocache\naiocmd\naiocoap\naiocomelit\naioconsole\naiocontextvars\naiocron\naiocsv\naiocurrencylayer\naiodhcpwatcher\naiodiscover\naiodns\naiodocker\naiodukeenergy\naioeafm\naioeagle\naioecowitt\naioelectricitymaps\naioemonitor\naioesphomeapi\naioextensions\naiofile\naiofiles\naioflo\naioftp\naiogithubapi\naiogram\naioguardian\naiohappyeyeballs\naioharmony\naiohasupervisor\naiohomeconnect\naiohomekit\naiohomematic\naiohomematic-test-support\naiohttp\naiohttp-apispec\naiohttp-asyncmdnsresolver\naiohttp-basicauth\naiohttp-client-cache\naiohttp-cors\naiohttp-fast-zlib\naiohttp-jinja2\naiohttp-middlewares\naiohttp-oauthlib\naiohttp-openmetrics\naiohttp-remotes\naiohttp-retry\naiohttp-session\naiohttp-socks\naiohttp-sse\naiohttp-sse-client\naiohttp-sse-client2\naiohttp-swagger\naiohttp-utils\naiohttp-wsgi\naiohue\naiohwenergy\naioice\naioimaplib\naioimmich\naioinflux\naioitertools\naiojellyfin\naiojobs\naiokafka\naiokef\naiokem\naiolifx\naiolifx-connection\naiolifx-effects\naiolifx-themes\naiolimiter\naiolookin\naiolyric\naiomcache\naiomealie\naiomisc\naiomisc-pytest\naiomodernforms\naiomqtt\naiomultiprocess\naiomusiccast\naiomysql\naionanoleaf\naionotion\naiontfy\naionut\naiooncue\naioonkyo\naioopenexchangerates\naioopenssl\naiooss2\naiooui\naiopegelonline\naiopg\naiopinboard\naioprocessing\naioprometheus\naiopulse\naiopurpleair\naiopvapi\naiopvpc\naiopyarr\naiopylgtv\naioqsw\naioquic\naioraven\naiorecollect\naioredis\naioresponses\naioridwell\naiormq\naiorpcx\naiortc\naiortm\naiortsp\naioruckus\naiorun\naiorussound\naioruuvigateway\naiorwlock\naiosasl\naiosenz\naioserial\naioshelly\naioshutil\naiosignal\naioskybell\naioslimproto\naiosmb\naiosmtpd\naiosmtplib\naiosolaredge\naiosomecomfort\naiosonic\naiosonos\naiosql\naiosqlite\naiosseclient\naiosteamist\naiostream\naiostreammagic\naioswitcher\naiosyncthing\naiotankerkoenig\naiotarfile\naiotedee\naiotractive\naiounifi\naiounittest\naiousbwatcher\naiovlc\naiovodafone\naiowaqi\naiowatttime\naiowebdav2\naiowebostv\naioweenect\naiowinreg\naiowithings\naiowmi\naioxmpp\naioymaps\naiozeroconf\naiozoneinfo\nairgradient\nairium\nairly\nairos\nairportsdata\nairthings-ble\nairthings-cloud\nairtouch4pyapi\nairtouch5py\najpy\najsonrpc\nalabaster\naladdin-connect\nalarmdecoder\nalbucore\nalbumentations\nale-py\nalectryon\nalembic\nalexapy\nalgebraic-data-types\naligator\nalive-progress\naliyun-python-sdk-cdn\naliyun-python-sdk-config\naliyun-python-sdk-core\naliyun-python-sdk-dbfs\naliyun-python-sdk-iot\naliyun-python-sdk-kms\naliyun-python-sdk-sts\nallantools\nallpairspy\nallure-behave\nallure-pytest\nallure-python-commons\nallure-python-commons-test\nalpha-vantage\naltair\naltcha\naltgraph\naltruistclient\namaranth\namaranth-boards\namaranth-soc\namarna\namazon-ion\namberelectric\namcrest\nament-package\namply\namqp\namqtt\namshan\nanchor-kr\nancp-bids\nandroguard\nandroid-backup\nandroidtv\nandroidtvremote2\nanel-pwrctrl-homeassistant\nangr\nangrcli\nangrop\naniso8601\nanitopy\nanndata\nannexremote\nannotated-types\nannotatedyaml\nannoy\nanonip\nanonymizeip\nanova-wifi\nansi\nansi2html\nansi2image\nansible\nansible-builder\nansible-compat\nansible-core\nansible-kernel\nansible-pylibssh\nansible-runner\nansible-vault-rw\nansicolor\nansicolors\nansiconv\nansimarkup\nansitable\nanthemav\nanthropic\nantlr4-python3-runtime\nanyascii\nanybadge\nanyconfig\nanyio\nanyqt\nanysqlite\nanytree\nanywidget\naocd\naocd-example-parser\napache-beam\napcaccess\napeye\napeye-core\napipkg\napischema\napispec\napispec-webframeworks\napkinspector\naplpy\napollo-fpga\napp-model\nappdirs\nappimage\nappium-python-client\napple-compress\napple-weatherkit\napplicationinsights\nappnope\napprise\napproval-utilities\napprovaltests\nappthreat-vulnerability-db\napptools\napricot-select\naprslib\napscheduler\napsw\napsystems-ez1\napt-repo\napted\napycula\napykuma\naqipy-atmotech\naqualogic\nar\narabic-reshaper\naranet4\narc4\narcam-fmj\narch\narchinfo\narchspec\narea\narelle\narelle-headless\naresponses\nargcomplete\nargh\nargilla\nargon2-cffi\nargon2-cffi-bindings\nargos-translate-files\nargostranslate\nargparse-addons\nargparse-dataclass\nargparse-manpage\nargs\naria2p\nariadne\narpeggio\narpy\narray-api-compat\narray-api-strict\narray-record\narrayqueues\narris-tg2492lg\narro3-compute\narro3-core\narro3-io\narrow\narsenic\nart\narviz\narxiv\narxiv2bib\nasana\nascii-magic\nasciimatics\nasciitree\nasdf\nasdf-astropy\nasdf-coordinates-schemas\nasdf-standard\nasdf-transform-schemas\nasdf-wcs-schemas\nase\nasf-search\nasgi-csrf\nasgi-lifespan\nasgi-logger\nasgineer\nasgiref\nasks\nasmog\nasn1\nasn1ate\nasn1crypto\nasn1tools\naspectlib\naspell-python\naspy-refactor-imports\naspy-yaml\nassay\nassertpy\nasserts\nast-grep-py\nasterisk-mbox\nasteroid-filterbanks\nasteval\nastor\nastral\nastroid\nastropy\nastropy-healpix\nastropy-helpers\nastropy-iers-data\nastroquery\nasttokens\nastunparse\nasusrouter\nasyauth\nasync-cache\nasync-dns\nasync-generator\nasync-interrupt\nasync-lru\nasync-modbus\nasync-stagger\nasync-timeout\nasync-tkinter-loop\nasync-upnp-client\nasyncarve\nasyncclick\nasynccmd\nasyncer\nasyncinotify\nasyncio-dgram\nasyncio-rlock\nasyncio-throttle\nasyncmy\nasyncpg\nasyncpraw\nasyncprawcore\nasyncpysupla\nasyncserial\nasyncsleepiq\nasyncssh\nasyncstdlib\nasyncstdlib-fw\nasynctest\nasyncua\nasyncwhois\nasysocks\natc-ble\natenpdu\natlassian-python-api\natom\natomiclong\natomicwrites\natomicwrites-homeassistant\natomman\natopile\natopile-easyeda2kicad\natproto\natpublic\natsim-potentials\nattacut\nattr\nattrdict\nattrs\nattrs-strict\naubio\naudible\naudio-metadata\naudioop-lts\naudioread\naudiotools\naudit\nauditok\nauditwheel\naugeas\naugmax\nauroranoaa\naurorapy\nautarco\nauth0-python\nauthcaptureproxy\nauthheaders\nauthlib\nauthres\nauto-lazy-imports\nautobahn\nautocommand\nautodocsumm\nautofaiss\nautoflake\nautograd\nautograd-gamma\nautoit-ripper\nautologging\nautomat\nautomate-home\nautomower-ble\nautomx2\nautopage\nautopep8\nautopxd2\nautoslot\nav\nav_13\navahi\navea\navidtools\navion\navro\navro-python3\navro3k\navwx-engine\naw-client\naw-core\nawacs\nawesome-slugify\nawesomeversion\nawkward\nawkward-cpp\nawkward-pandas\naws-adfs\naws-encryption-sdk\naws-error-utils\naws-lambda-builders\naws-request-signer\naws-sam-translator\naws-secretsmanager-caching\naws-sso-lib\naws-xray-sdk\nawscrt\nawsiotpythonsdk\nawsiotsdk\nawsipranges\nawslambdaric\nawswrangler\nax-platform\naxis\naxisregistry\nayla-iot-unofficial\nazure-ai-agents\nazure-ai-documentintelligence\nazure-ai-projects\nazure-ai-vision-imageanalysis\nazure-appconfiguration\nazure-applicationinsights\nazure-batch\nazure-common\nazure-containerregistry\nazure-core\nazure-cosmos\nazure-cosmosdb-nspkg\nazure-cosmosdb-table\nazure-data-tables\nazure-datalake-store\nazure-eventgrid\nazure-eventhub\nazure-graphrbac\nazure-identity\nazure-iot-device\nazure-keyvault\nazure-keyvault-administration\nazure-keyvault-certificates\nazure-keyvault-keys\nazure-keyvault-nspkg\nazure-keyvault-secrets\nazure-keyvault-securitydomain\nazure-kusto-data\nazure-kusto-ingest\nazure-loganalytics\nazure-mgmt-advisor\nazure-mgmt-apimanagement\nazure-mgmt-appconfiguration\nazure-mgmt-appcontainers\nazure-mgmt-applicationinsights\nazure-mgmt-authorization\nazure-mgmt-automation\nazure-mgmt-batch\nazure-mgmt-batchai\nazure-mgmt-billing\nazure-mgmt-botservice\nazure-mgmt-cdn\nazure-mgmt-cognitiveservices\nazure-mgmt-commerce\nazure-mgmt-common\nazure-mgmt-compute\nazure-mgmt-consumption\nazure-mgmt-containerinstance\nazure-mgmt-containerregistry\nazure-mgmt-containerservice\nazure-mgmt-core\nazure-mgmt-cosmosdb\nazure-mgmt-dashboard\nazure-mgmt-databoxedge\nazure-mgmt-databricks\nazure-mgmt-datafactory\nazure-mgmt-datalake-analytics\nazure-mgmt-datalake-nspkg\nazure-mgmt-datalake-store\nazure-mgmt-datamigration\nazure-mgmt-deploymentmanager\nazure-mgmt-devspaces\nazure-mgmt-devtestlabs\nazure-mgmt-dns\nazure-mgmt-eventgrid\nazure-mgmt-eventhub\nazure-mgmt-extendedlocation\nazure-mgmt-frontdoor\nazure-mgmt-hanaonazure\nazure-mgmt-hdinsight\nazure-mgmt-hybridcompute\nazure-mgmt-imagebuilder\nazure-mgmt-iotcentral\nazure-mgmt-iothub\nazure-mgmt-iothubprovisioningservices\nazure-mgmt-keyvault\nazure-mgmt-kusto\nazure-mgmt-loganalytics\nazure-mgmt-logic\nazure-mgmt-machinelearningcompute\nazure-mgmt-managedservices\nazure-mgmt-managementgroups\nazure-mgmt-managementpartner\nazure-mgmt-maps\nazure-mgmt-marketplaceordering\nazure-mgmt-media\nazure-mgmt-monitor\nazure-mgmt-msi\nazure-mgmt-mysqlflexibleservers\nazure-mgmt-netapp\nazure-mgmt-network\nazure-mgmt-notificationhubs\nazure-mgmt-nspkg\nazure-mgmt-policyinsights\nazure-mgmt-postgresqlflexibleservers\nazure-mgmt-powerbiembedded\nazure-mgmt-privatedns\nazure-mgmt-rdbms\nazure-mgmt-recoveryservices\nazure-mgmt-recoveryservicesbackup\nazure-mgmt-redhatopenshift\nazure-mgmt-redis\nazure-mgmt-relay\nazure-mgmt-reservations\nazure-mgmt-resource\nazure-mgmt-resource-deployments\nazure-mgmt-resource-deploymentscripts\nazure-mgmt-resource-deploymentstacks\nazure-mgmt-resource-templatespecs\nazure-mgmt-scheduler\nazure-mgmt-search\nazure-mgmt-security\nazure-mgmt-servicebus\nazure-mgmt-servicefabric\nazure-mgmt-servicefabricmanagedclusters\nazure-mgmt-servicelinker\nazure-mgmt-signalr\nazure-mgmt-sql\nazure-mgmt-sqlvirtualmachine\nazure-mgmt-storage\nazure-mgmt-subscription\nazure-mgmt-synapse\nazure-mgmt-trafficmanager\nazure-mgmt-web\nazure-monitor-ingestion\nazure-monitor-query\nazure-multiapi-storage\nazure-nspkg\nazure-search-documents\nazure-servicebus\nazure-servicefabric\nazure-servicemanagement-legacy\nazure-storage-blob\nazure-storage-common\nazure-storage-file\nazure-storage-file-datalake\nazure-storage-file-share\nazure-storage-nspkg\nazure-storage-queue\nazure-synapse-accesscontrol\nazure-synapse-artifacts\nazure-synapse-managedprivateendpoints\nazure-synapse-spark\nb2sdk\nbabel\nbabelfish\nbabelfont\nbabelgladeextractor\nbabeltrace\nbabeltrace2\nbackcall\nbackoff\nbackports-asyncio-runner\nbackports-datetime-fromisoformat\nbackports-entry-points-selectable\nbackports-shutil-which\nbackports-strenum\nbackports-tarfile\nbackports-zstd\nbackrefs\nbacktesting\nbacpypes\nbadauth\nbadldap\nbadsecrets\nbagit\nbaidu-aip\nbaize\nbambi\nbanal\nbandcamp-api\nbandit\nbangla\nbanks\nbap\nbarectf\nbaron\nbase2048\nbase36\nbase58\nbase58check\nbase64io\nbasedmypy\nbasedtyping\nbaseline\nbaselines\nbasemap\nbasemap-data\nbasemap-data-hires\nbases\nbash-kernel\nbashlex\nbasiciw\nbatchgenerators\nbatchspawner\nbatinfo\nbaycomp\nbayesian-optimization\nbayespy\nbbox\nbc-detect-secrets\nbc-jsonpath-ng\nbc-python-hcl2\nbcc\nbcdoc\nbcf\nbcg\nbch\nbcrypt\nbdffont\nbeacontools\nbeaker\nbeancount\nbeancount-black\nbeancount-docverif\nbeancount-parser\nbeancount-plugin-utils\nbeancount_2\nbeangulp\nbeanhub-cli\nbeanhub-extract\nbeanhub-forms\nbeanhub-import\nbeanhub-inbox\nbeanquery\nbeanstalkc\nbeartype\nbeaupy\nbeautiful-date\nbeautifulsoup4\nbeautifultable\nbeautysh\nbech32\nbeetcamp\nbeets\nbeets-alternatives\nbeets-audible\nbeets-copyartifacts\nbeets-filetote\nbeets-minimal\nbeewi-smartclim\nbefore-after\nbehave\nbellows\nbencode-py\nbencoder\nbencodetools\nbeniget\nbenqprojector\nbentoml\nberkeleydb\nbespon\nbetacode\nbetamax\nbetamax-matchers\nbetamax-serializers\nbetter-exceptions\nbetterproto\nbetterproto-fw\nbetterproto-rust-codec\nbezier\nbeziers\nbgutil-ytdlp-pot-provider\nbibtexparser\nbibtexparser_2\nbidict\nbids-validator\nbidsschematools\nbiliass\nbilibili-api-python\nbilliard\nbimmer-connected\nbinance-connector\nbinary\nbinary2strings\nbinaryornot\nbincopy\nbindep\nbinho-host-adapter\nbinsync\nbiocframe\nbiocutils\nbiom-format\nbiopandas\nbiopython\nbiosppy\nbiothings-client\nbip-utils\nbip32\nbiplist\nbirch\nbitarray\nbitbox02\nbitcoin-utils-fork-minimal\nbitcoinrpc\nbite-parser\nbitlist\nbitmath\nbitsandbytes\nbitstring\nbitstruct\nbitvavo-aio\nbitvector-for-humans\nbizkaibus\nbk7231tools\nblack\nblack-macchiato\nblacken-docs\nblackjax\nblackrenderer\nblake3\nble-serial\nbleach\nbleach-allowlist\nbleak\nbleak-esphome\nbleak-retry-connector\nblebox-uniapi\nbless\nblessed\nblinker\nblinkpy\nblinkstick\nblis\nblivet\nblobfile\nblock-io\nblockbuster\nblockchain\nblockdiag\nblockfrost-python\nblocksat-cli\nbloodhound-py\nbloodyad\nblosc2\nbluecurrent-api\nbluemaestro-ble\nbluepy\nbluepy-devices\nbluetooth-adapters\nbluetooth-auto-recovery\nbluetooth-data-tools\nbluetooth-sensor-state-data\nblurhash\nblurhash-python\nbme280spi\nbme680\nbnnumerizer\nbnunicodenormalizer\nboa-api\nboiboite-opener-framework\nboilerpy3\nbokeh\nbokeh-sampledata\nboltons\nboltztrap2\nbond-api\nbond-async\nbonsai\nboolean-py\nbooleanoperations\nboost\nboost-histogram\nbootstrap\nborb\nbork\nbosch-alarm-mode2\nboschshcpy\nbot-safe-agents\nbotan3\nboto3\nboto3-stubs\nbotocore\nbotocore-stubs\nbotorch\nbottle\nbottleneck\nbottombar\nbpemb\nbpylist2\nbpython\nbqplot\nbqscales\nbraceexpand\nbracex\nbrainflow\nbraintree\nbranca\nbravado-core\nbravia-tv\nbrax\nbreathe\nbreezy\nbrelpy\nbrevo-python\nbrian2\nbring-api\nbroadbean\nbroadlink\nbrother\nbrother-ql\nbrotli\nbrotli-asgi\nbrotlicffi\nbrotlipy\nbrottsplatskartan\nbrowser-cookie3\nbrowserforge\nbrunt\nbsddb3\nbsdiff4\nbson\nbsuite\nbt-proximity\nbtchip-python\nbtest\nbthome-ble\nbthomehub5-devicelist\nbtlewrap\nbtrees\nbtrfs\nbtrfsutil\nbtsmarthub-devicelist\nbtsocket\nbubop\nbucketstore\nbugsnag\nbugwarrior\nbuienradar\nbuild\nbuildcatrust\nbuildstream-plugins\nbump-my-version\nbump2version\nbumpfontversion\nbumps\nbundlewrap\nbundlewrap-keepass\nbundlewrap-pass\nbundlewrap-teamvault\nbusylight-core\nbusylight-for-humans\nbusypie\nbwapy\nbx-py-utils\nbx-python\nbytecode\nbytesize\nbytewax\ncache\ncachecontrol\ncached-ipaddress\ncached-property\ncachelib\ncachetools\ncachey\ncachier\ncachy\ncaffe\ncaio\ncairocffi\ncairosvg\ncaldav\ncallee\ncalmjs\ncalmjs-parse\ncalmjs-types\ncalmsize\ncalver\ncalysto\ncalysto-scheme\ncamel-converter\ncamelot\ncan-isotp\ncanals\ncanmatrix\ncanonical-sphinx-extensions\ncanonicaljson\ncanopen\ncantools\ncapstone\ncapstone_4\ncaptcha\ncaptum\ncapturer\ncarbon\ncardano-tools\ncardimpose\ncart\ncartopy\ncasa-formats-io\ncasadi\ncase-converter\ncashaddress\ncashews\ncassandra-driver\ncastepxbin\ncasttube\ncatalogue\ncatalyst\ncatboost\ncategorical-distance\ncatkin-pkg\ncatppuccin\ncattrs\ncausal-conv1d\ncbor\ncbor2\ncbor2WithoutCExtensions\ncccolutils\ncdcs\ncddlparser\ncdxj-indexer\ncelery\ncelery-batches\ncelery-redbeat\ncelery-singleton\ncelery-types\ncement\ncemm\ncensys\ncerberus\ncert-chain-resolver\ncertauth\ncertbot\ncertbot-dns-cloudflare\ncertbot-dns-google\ncertbot-dns-inwx\ncertbot-dns-ovh\ncertbot-dns-rfc2136\ncertbot-dns-route53\ncertbot-nginx\ncertifi\ncertipy\ncertipy-ad\ncertomancer\ncertvalidator\ncexprtk\ncf-xarray\ncffconvert\ncffi\ncffsubr\ncfgv\ncflib\ncfn-flip\ncfn-lint\ncfscrape\ncftime\ncgal\ncgen\ncgroup-utils\nchacha20poly1305\nchacha20poly1305-reuseable\nchai\nchainmap\nchainstream\nchalice\nchameleon\nchangefinder\nchangelog-chug\nchannels\nchannels-redis\ncharacter-encoding-utils\ncharacteristic\nchardet\ncharset-normalizer\nchart-studio\nchat-downloader\nchatlas\ncheck-manifest\ncheckdmarc\ncheckpoint-schedules\nchecksumdir\ncheetah3\ncheroot\ncherrypy\ncherrypy-cors\nchess\nchevron\nchex\nchipwhisperer\nchirpstack-api\nchispa\nchroma-hnswlib\nchromadb\nchromaprint\nci-info\nci-py\ncinemagoer\ncircuit-webhook\ncircuitbreaker\ncircus\ncirq\ncirq-aqt\ncirq-core\ncirq-google\ncirq-ionq\ncirq-pasqal\ncirq-web\nciscoconfparse2\nciscomobilityexpress\nciso8601\nciteproc-py\ncjkwrap\nckcc-protocol\nckzg\nclarabel\nclarifai\nclarifai-grpc\nclarifai-protocol\nclaripy\nclass-doc\nclassify-imports\ncle\nclean-fid\ncleanit\ncleanlab\ncleanvision\nclearpasspy\ncleo\nclevercsv\nclf\ncli-helpers\ncli-ui\ncliche\nclick\nclick-aliases\nclick-command-tree\nclick-completion\nclick-configfile\nclick-datetime\nclick-default-group\nclick-didyoumean\nclick-help-colors\nclick-log\nclick-odoo\nclick-odoo-contrib\nclick-option-group\nclick-plugins\nclick-repl\nclick-shell\nclick-spinner\nclick-threading\nclickclick\nclickgen\nclickhouse-cityhash\nclickhouse-cli\nclickhouse-connect\nclickhouse-driver\ncliff\nclifford\ncligj\nclikit\nclingo\nclint\nclintermission\nclip\nclip-anytorch\nclize\nclldutils\ncloudcheck\ncloudevents\ncloudflare\ncloudpathlib\ncloudpickle\ncloudscraper\ncloudsmith-api\ncloudsplaining\ncloup\nclr-loader\ncltk\nclustershell\nclx-sdk-xms\ncma\ncmaes\ncmake\ncmake-build-extension\ncmarkgfm\ncmd2\ncmd2-ext-test\ncmdline\ncmdstanpy\ncmigemo\ncmsdials\ncmsis-pack-manager\ncmsis-svd\ncmudict\ncnvkit\nco2signal\ncoal\ncoapthon3\ncobble\ncobs\ncock\ncoconut\ncocotb\ncocotb-bus\ncodepy\ncoffea\ncogapp\ncohere\ncoiled\ncoinbase-advanced-py\ncoincurve\ncoinmetrics-api-client\ncolander\ncolanderalchemy\ncolbert-ai\ncolcon\ncolcon-argcomplete\ncolcon-bash\ncolcon-cargo\ncolcon-cd\ncolcon-coveragepy-result\ncolcon-defaults\ncolcon-devtools\ncolcon-installed-package-information\ncolcon-library-path\ncolcon-metadata\ncolcon-mixin\ncolcon-notification\ncolcon-output\ncolcon-package-information\ncolcon-package-selection\ncolcon-parallel-executor\ncolcon-python-setup-py\ncolcon-recursive-crawl\ncolcon-ros-domain-id-coordinator\ncolcon-test-result\ncolcon-zsh\ncollections-extended\ncollidoscope\ncolor-matcher\ncolor-operations\ncolor-parser-py\ncoloraide\ncolorama\ncolorcet\ncolorclass\ncolored\ncolored-traceback\ncoloredlogs\ncolorful\ncolorlog\ncolorlover\ncolormath\ncolormath2\ncolorspacious\ncolorthief\ncolorzero\ncolour\ncolout\ncolumnize\ncomet-ml\ncometblue-lite\ncometx\ncomicapi\ncomicon\ncomm\ncommand-runner\ncommandlines\ncommandparse\ncommentjson\ncommoncode\ncommonmark\ncommonregex\ncompit-inext-api\ncompliance-trestle\ncomplycube\ncompreffor\ncompressai\ncompressed-rtf\ncompressed-tensors\nconcord232\nconcurrent-log-handler\nconda\nconda-inject\nconda-libmamba-solver\nconda-package-handling\nconda-package-streaming\ncondense-json\nconduit\nconduit-mpi\nconfection\nconfigargparse\nconfigclass\nconfight\nconfigobj\nconfigparser\nconfigshell-fb\nconfigupdater\nconfluent-kafka\nconfusable-homoglyphs\nconfuse\nconjure-python-client\nconnect-box\nconnected-components-3d\nconnection-pool\nconnexion\nconnio\ncons\nconsolekit\nconsonance\nconstantdict\nconstantly\nconstruct\nconstruct-classes\nconstruct-typing\nconsul\ncontainer-inspector\ncontexter\ncontextlib2\ncontexttimer\ncontourpy\ncontroku\ncontrol\nconvertdate\nconvertertools\nconway-polynomials\ncookidoo-api\ncookiecutter\ncookies\ncoolname\ncoordinates\ncopier\ncopier-template-tester\ncopykitten\ncoq-tools\ncoqpit\ncorallium\ncoreapi\ncoredis\ncoreschema\ncorner\ncornice\ncorrectionlib\ncorsair-scan\ncose\ncot\ncountryguess\ncourlan\ncoverage\ncoveralls\ncpe\ncppe\ncppheaderparser\ncppy\ncpufeature\ncpyparsing\ncram\ncramjam\ncrashtest\ncrate\ncrayons\ncrc\ncrc16\ncrc32c\ncrccheck\ncrcelk\ncrcmod\ncredstash\ncrewai\ncrispy-bootstrap3\ncrispy-bootstrap4\ncrispy-bootstrap5\ncrochet\ncrocoddyl\ncron-converter\ncron-descriptor\ncroniter\ncronsim\ncrontab\ncrossandra\ncrossplane\ncrownstone-cloud\ncrownstone-core\ncrownstone-sse\ncrownstone-uart\ncrypt4gh\ncryptg\ncryptodatahub\ncryptography\ncryptolyzer\ncryptoparser\ncrysp\ncrytic-compile\ncsaf-tool\ncsaps\ncson\ncsrmesh\ncss-html-js-minify\ncss-inline\ncss-parser\ncssbeautifier\ncsscompressor\ncssmin\ncssselect\ncssselect2\ncssutils\ncstruct\ncsv2md\ncsvw\nctap-keyring-device\nctranslate2\nctypesgen\ncu2qu\ncucumber-expressions\ncucumber-tag-expressions\ncupy\ncurated-tokenizers\ncurated-transformers\ncurio\ncurio-compat\ncurl-cffi\ncurlify\ncurtsies\ncurvefitgui\ncustom-json-diff\ncustomtkinter\ncut-cross-entropy\ncv2-enumerate-cameras\ncvelib\ncvss\ncvxopt\ncvxpy\ncwcwidth\ncwl-upgrader\ncwl-utils\ncwlformat\ncx-freeze\ncx-oracle\ncxxfilt\ncxxheaderparser\ncybox\ncycler\ncyclonedds-python\ncyclonedx-python-lib\ncyclopts\ncyipopt\ncymem\ncymruwhois\ncynthion\ncypari\ncypari2\ncypherpunkpay\ncyrtranslit\ncysignals\ncython\ncython-test-exception-raiser\ncython_0\ncytoolz\ndacite\ndaemonize\ndaemonocle\ndaff\ndahlia\ndaiquiri\ndalle-mini\ndaltonlens\ndaphne\ndaqp\ndarkdetect\ndartsim\ndasbus\ndash\ndash-bootstrap-components\ndash-bootstrap-templates\ndash-core-components\ndash-html-components\ndash-table\ndashing\ndashscope\ndask\ndask-awkward\ndask-gateway\ndask-gateway-server\ndask-glm\ndask-histogram\ndask-image\ndask-jobqueue\ndask-ml\ndask-mpi\ndask-yarn\ndatabackend\ndatabases\ndatabricks-cli\ndatabricks-connect\ndatabricks-sdk\ndatabricks-sql-connector\ndataclass-csv\ndataclass-factory\ndataclass-wizard\ndataclasses-json\ndataclasses-serialization\ndataconf\ndatadiff\ndatadog\ndatafusion\ndatalad\ndatalad-gooey\ndatalad-next\ndatamodel-code-generator\ndatamodeldict\ndatapoint\ndataprep-ml\ndataproperty\ndatasalad\ndataset\ndatasets\ndatasette\ndatasette-publish-fly\ndatasette-template-sql\ndatashader\ndatashape\ndatashaper\ndatatable\ndatauri\ndatefinder\ndateparser\ndatetime\ndateutils\ndatrie\ndawg-python\ndawg2-python\ndazl\ndb-dtypes\ndbf\ndbfread\ndbglib\ndbt-adapters\ndbt-bigquery\ndbt-common\ndbt-core\ndbt-extractor\ndbt-postgres\ndbt-protos\ndbt-redshift\ndbt-semantic-interfaces\ndbt-snowflake\ndbus-client-gen\ndbus-deviation\ndbus-fast\ndbus-next\ndbus-python\ndbus-python-client-gen\ndbus-signature-pyparsing\ndbutils\ndcmstack\ndctorch\nddgs\nddt\ndeal\ndeal-solver\ndeap\ndebian-inspector\ndebianbts\ndebtcollector\ndebts\ndebuglater\ndebugpy\ndecli\ndeclinate\ndecopatch\ndecora-wifi\ndecorator\ndedupe\ndedupe-levenshtein-search\ndedupe-pylbfgs\ndeebot-client\ndeemix\ndeep-chainmap\ndeep-translator\ndeepdiff\ndeepdish\ndeepface\ndeepl\ndeepmerge\ndeepsearch-glm\ndeepsearch-toolkit\ndeeptoolsintervals\ndeepwave\ndeezer-py\ndeezer-python\ndeezer-python-async\ndefang\ndefcon\ndeform\ndefusedcsv\ndefusedxml\ndehinter\ndeid\ndek\ndelegator-py\ndelorean\ndeltachat\ndeltachat-rpc-client\ndeltachat2\ndeltalake\ndeluge-client\ndemes\ndemesdraw\ndemetriek\ndemjson3\ndemoji\ndendropy\ndenonavr\ndep-logic\ndependency-groups\ndependency-injector\ndeploykit\ndeprecated\ndeprecation\ndeprecation-alias\ndepyf\nderpconf\ndesktop-entry-lib\ndesktop-notifier\ndetect-secrets\ndetectron2\ndeveloper-disk-image\ndevgoldyutils\ndevialet\ndevito\ndevolo-home-control-api\ndevolo-plc-api\ndevpi-common\ndevpi-ldap\ndevtools\ndfdiskcache\ndftd4\ndiagrams\ndiceware\ndicom-numpy\ndicom2nifti\ndicomweb-client\ndict2css\ndict2xml\ndictdiffer\ndictionaries\ndicttoxml\ndicttoxml2\ndiff-cover\ndiff-match-patch\ndiffenator2\ndiffimg\ndiffsync\ndiffusers\ndigi-xbee\ndill\ndinghy\ndingz\ndio-chacon-wifi-api\ndiofant\ndipy\ndirectv\ndirigera\ndirsearch\ndirty-equals\ndirtyjson\ndiscid\ndiscogs-client\ndiscord-webhook\ndiscordpy\ndiscovery30303\ndiscum\ndiskcache\ndisnake\ndisposable-email-domains\ndissect\ndissect-archive\ndissect-btrfs\ndissect-cim\ndissect-clfs\ndissect-cobaltstrike\ndissect-cramfs\ndissect-cstruct\ndissect-esedb\ndissect-etl\ndissect-eventlog\ndissect-evidence\ndissect-executable\ndissect-extfs\ndissect-fat\ndissect-ffs\ndissect-fve\ndissect-hypervisor\ndissect-jffs\ndissect-ntfs\ndissect-ole\ndissect-qnxfs\ndissect-regf\ndissect-shellitem\ndissect-sql\ndissect-squashfs\ndissect-target\ndissect-thumbcache\ndissect-util\ndissect-vmfs\ndissect-volume\ndissect-xfs\ndissononce\ndist-meta\ndistlib\ndistorm3\ndistrax\ndistributed\ndistro\ndistro-info\ndistutils\ndistutils-extra\ndj-database-url\ndj-email-url\ndj-rest-auth\ndj-search-url\ndj-static\ndjango\ndjango-admin-datta\ndjango-admin-sortable2\ndjango-agnocomplete\ndjango-allauth\ndjango-annoying\ndjango-anymail\ndjango-app-helper\ndjango-appconf\ndjango-apscheduler\ndjango-auditlog\ndjango-auth-ldap\ndjango-autocomplete-light\ndjango-autoslug\ndjango-axes\ndjango-bootstrap3\ndjango-bootstrap4\ndjango-bootstrap5\ndjango-cachalot\ndjango-cache-memoize\ndjango-cache-url\ndjango-cacheops\ndjango-celery-beat\ndjango-celery-email\ndjango-celery-results\ndjango-choices-field\ndjango-ckeditor\ndjango-classy-tags\ndjango-cleanup\ndjango-cms\ndjango-colorful\ndjango-compression-middleware\ndjango-compressor\ndjango-configurations\ndjango-context-decorator\ndjango-contrib-comments\ndjango-cors-headers\ndjango-countries\ndjango-crispy-forms\ndjango-crossdomainmedia\ndjango-cryptography\ndjango-csp\ndjango-cte\ndjango-currentuser\ndjango-debug-toolbar\ndjango-dynamic-preferences\ndjango-elasticsearch-dsl\ndjango-encrypted-model-fields\ndjango-environ\ndjango-extensions\ndjango-filer\ndjango-filingcabinet\ndjango-filter\ndjango-formset-js-improved\ndjango-formtools\ndjango-fsm\ndjango-google-analytics-app\ndjango-graphiql-debug-toolbar\ndjango-gravatar2\ndjango-guardian\ndjango-haystack\ndjango-hcaptcha\ndjango-health-check\ndjango-hierarkey\ndjango-hijack\ndjango-htmx\ndjango-i18nfield\ndjango-import-export\ndjango-ipware\ndjango-jinja\ndjango-jquery-js\ndjango-js-asset\ndjango-js-reverse\ndjango-json-widget\ndjango-lasuite\ndjango-leaflet\ndjango-libsass\ndjango-localflavor\ndjango-logentry-admin\ndjango-login-required-middleware\ndjango-mailman3\ndjango-maintenance-mode\ndjango-markdownx\ndjango-markup\ndjango-mcp-server\ndjango-mdeditor\ndjango-mfa3\ndjango-model-utils\ndjango-modelcluster\ndjango-modelsearch\ndjango-modeltranslation\ndjango-mptt\ndjango-multiselectfield\ndjango-ninja\ndjango-ninja-cursor-pagination\ndjango-oauth-toolkit\ndjango-organizations\ndjango-otp\ndjango-otp-webauthn\ndjango-paintstore\ndjango-parler\ndjango-pattern-library\ndjango-payments\ndjango-pgactivity\ndjango-pghistory\ndjango-pglock\ndjango-pglocks\ndjango-pgpubsub\ndjango-pgtrigger\ndjango-phonenumber-field\ndjango-picklefield\ndjango-polymorphic\ndjango-postgres-extra\ndjango-postgres-partition\ndjango-postgresql-netfields\ndjango-probes\ndjango-prometheus\ndjango-pwa\ndjango-pydantic-field\ndjango-q2\ndjango-ranged-response\ndjango-raster\ndjango-ratelimit\ndjango-redis\ndjango-registration\ndjango-rest-auth\ndjango-rest-polymorphic\ndjango-rest-registration\ndjango-reversion\ndjango-rosetta\ndjango-rq\ndjango-scheduler\ndjango-scim2\ndjango-scopes\ndjango-sekizai\ndjango-sesame\ndjango-shortuuidfield\ndjango-silk\ndjango-simple-captcha\ndjango-simple-history\ndjango-sites\ndjango-soft-delete\ndjango-split-settings\ndjango-sql-utils\ndjango-statici18n\ndjango-storages\ndjango-stubs\ndjango-stubs-ext\ndjango-tables2\ndjango-tagging\ndjango-taggit\ndjango-tasks\ndjango-tastypie\ndjango-tenants\ndjango-timezone-field\ndjango-tinymce\ndjango-tree-queries\ndjango-treebeard\ndjango-treenode\ndjango-two-factor-auth\ndjango-types\ndjango-versatileimagefield\ndjango-vite\ndjango-weasyprint\ndjango-webpack-loader\ndjango-webpush\ndjango-widget-tweaks\ndjango_4\ndjango_5\ndjango_5_1\ndjango_5_2\ndjangocms-admin-style\ndjangocms-alias\ndjangocms-text-ckeditor\ndjangoql\ndjangorestframework\ndjangorestframework-camel-case\ndjangorestframework-csv\ndjangorestframework-dataclasses\ndjangorestframework-guardian\ndjangorestframework-jsonp\ndjangorestframework-recursive\ndjangorestframework-simplejwt\ndjangorestframework-stubs\ndjangosaml2\ndjmail\ndjoser\ndkimpy\ndlib\ndlinfo\ndllogger\ndlms-cosem\ndlx\ndm-control\ndm-env\ndm-haiku\ndm-sonnet\ndm-tree\ndmenu-python\ndmgbuild\ndmsuite\ndmt-core\ndnachisel\ndncil\ndnf-plugins-core\ndnf4\ndnfile\ndns-lexicon\ndnslib\ndnspython\ndoc8\ndocformatter\ndocker\ndocker-pycreds\ndockerfile-parse\ndockerflow\ndockerpty\ndockerspawner\ndocling\ndocling-core\ndocling-ibm-models\ndocling-jobkit\ndocling-mcp\ndocling-parse\ndocling-serve\ndocloud\ndocopt\ndocopt-ng\ndocopt-subcommands\ndocplex\ndocrep\ndocstr-coverage\ndocstring-parser\ndocstring-to-markdown\ndocutils\ndocx2python\ndocx2txt\ndodgy\ndogpile-cache\ndogtag-pki\ndogtail\ndohq-artifactory\ndoit\ndoit-py\ndokuwiki\ndom-toml\ndomdf-python-tools\ndomeneshop\ndominate\ndonfig\ndonut-shellcode\ndoorbirdpy\ndopy\ndot2tex\ndotmap\ndotty-dict\ndotwiz\ndoublemetaphone\ndoubleratchet\ndoubles\ndowhen\ndownloader-cli\ndoxmlparser\ndparse\ndparse2\ndpath\ndpcontracts\ndpkt\ndploot\ndraccus\ndrafthorse\ndraftjs-exporter\ndragonfly\ndragonmapper\ndramatiq\ndramatiq-abort\ndrawille\ndrawilleplot\ndrawsvg\ndremel3dpy\ndrf-extra-fields\ndrf-flex-fields\ndrf-jwt\ndrf-nested-routers\ndrf-orjson-renderer\ndrf-pydantic\ndrf-spectacular\ndrf-spectacular-sidecar\ndrf-standardized-errors\ndrf-ujson2\ndrf-writable-nested\ndrf-yasg\ndrivelib\ndrms\ndronecan\ndropbox\ndropmqttapi\nds-analysis-lib\nds-reporting-lib\nds-server-lib\nds-store\nds-xbom-lib\nds4drv\ndscribe\ndsinternals\ndsl2html\ndsmr-parser\ndsnap\ndtfabric\ndtlssocket\ndtschema\ndtw-python\nducc0\nduckdb\nduckdb-engine\nduct-py\nduden\nduecredit\nduet\ndufte\ndukpy\ndulwich\ndunamai\ndungeon-eos\nduo-client\nduration-parser\ndurationpy\ndurus\ndvc\ndvc-azure\ndvc-data\ndvc-gdrive\ndvc-gs\ndvc-hdfs\ndvc-http\ndvc-objects\ndvc-oss\ndvc-render\ndvc-s3\ndvc-ssh\ndvc-studio-client\ndvc-task\ndvc-webdav\ndvc-webhdfs\ndvclive\ndwdwfsapi\ndyn\ndynaconf\ndynalite-devices\ndynalite-panel\ndynd\ne2b\ne2b-code-interpreter\ne3-core\ne3-testsuite\neagle100\neasy-thumbnails\neasydict\neasyenergy\neasygui\neasyocr\neasyprocess\neasywatch\nebaysdk\nebcdic\nebooklib\nebusdpy\nec2-metadata\nec2instanceconnectcli\neccodes\necdsa\necho\necoaliface\necos\necpy\necs-logging\ned25519\ned25519-blake2b\nedalize\nedge-tts\neditables\neditdistance\neditdistpy\neditor\neditorconfig\nedk2-pytool-library\nedlib\neduvpn-common\nedward\neffdet\neffect\neggdeps\neheimdigital\neigenpy\neinops\neinx\neiswarnung\nekey-bionyxpy\nelastic-apm\nelastic-transport\nelasticsearch\nelasticsearch-dsl\nelasticsearch8\nelasticsearchdsl\nelectrickiwi-api\nelectrum-aionostr\nelectrum-ecc\nelementpath\nelevate\nelevenlabs\nelfdeps\nelgato\neliot\neliqonline\nelkm1-lib\nelkoep-aio-mqtt\nelmax\nelmax-api\nelvia\nemail-validator\nemailthreads\nembedding-reader\nemborg\nembrace\nemcee\nemoji\nemojis\nempty-files\nempy\nemulated-roku\nemv\nenaml\nenamlx\nencodec\nenergyflip-client\nenergyflow\nenergyzero\nenlighten\nenocean\nenochecker-core\nenrich\nenterpriseattack\nentrance\nentrance-with-router-features\nentry-points-txt\nentrypoint2\nentrypoints\nentsoe-apy\nenturclient\nenv-canada\nenviron-config\nenvironmental-override\nenvirons\nenvisage\nenvoy-reader\nenvoy-utils\nenvs\nenzyme\nepc\nephem\nephemeral-port-reserve\nepicstore-api\nepion\nepitran\nepson-projector\neq3btsmart\nequinox\neradicate\nes-client\nescapism\neseries\nesig\nesp-idf-size\nespeak-phonemizer\nesper\nesphome-dashboard-api\nesphome-glyphsets\nesprima\nessentials\nessentials-openapi\net-xmlfile\netcd\netcd3\nete3\netebase\netelemetry\neternalegypt\netesync\neth-abi\neth-account\neth-bloom\neth-hash\neth-keyfile\neth-keys\neth-rlp\neth-tester\neth-typing\neth-utils\nethtool\netils\netuples\neuclid3\neufylife-ble-client\neuporie\neval-type-backport\nevaluate\nevdev\neve\neventkit\neventlet\nevents\neverett\nevohome-async\nevolutionhttp\nevosax\nevtx\newmh\newmhlib\nexample-robot-data\nexceptiongroup\nexchangelib\nexdown\nexecnb\nexecnet\nexecuting\nexecutor\nexif\nexifread\nexitcode\nexiv2\nexpandvars\nexpects\nexpecttest\nexperiment-utilities\nexpiring-dict\nexpiringdict\nexplorerscript\nexrex\nextension-helpers\nextract-msg\nextractcode\nextractcode-7z\nextractcode-libarchive\nextras\nextruct\neyed3\nezdxf\nezodf\nezyrb\nf3d\nf5-icontrol-rest\nf5-sdk\nf90nml\nfaadelays\nfabio\nfabric\nfabulous\nface\nface-recognition\nface-recognition-models\nfacebook-sdk\nfacedancer\nfacenet-pytorch\nfactory-boy\nfaicons\nfairscale\nfairseq\nfaiss\nfake-useragent\nfaker\nfakeredis\nfalcon\nfalcon-cors\nfalconpy\nfaraday-agent-parameters-types\nfaraday-plugins\nfarama-notifications\nfast-array-utils\nfast-histogram\nfast-query-parsers\nfast-simplification\nfastai\nfastapi\nfastapi-cli\nfastapi-github-oidc\nfastapi-mail\nfastapi-mcp\nfastapi-sso\nfastavro\nfastbencode\nfastcache\nfastcore\nfastcrc\nfastdiff\nfastdotcom\nfastdownload\nfastdtw\nfastecdsa\nfastembed\nfasteners\nfastentrypoints\nfaster-whisper\nfastexcel\nfastimport\nfastjet\nfastjsonschema\nfastmcp\nfastmri\nfastnlo-toolkit\nfastnumbers\nfastparquet\nfastpbkdf2\nfastprogress\nfastremap\nfastrlock\nfasttext\nfasttext-predict\nfastuuid\nfatrop\nfaust-cchardet\nfava\nfava-dashboards\nfava-investor\nfavicon\nfe25519\nfeather-format\nfedora-messaging\nfeedfinder2\nfeedgen\nfeedgenerator\nfeedparser\nfenics-basix\nfenics-dolfinx\nfenics-ffcx\nfenics-ufl\nffcv\nffmpeg-progress-yield\nffmpeg-python\nffmpy\nfhir-py\nfiblary3-fork\nfickling\nfido2\nfields\nfile-read-backwards\nfilebrowser-safe\nfilebytes\nfilecheck\nfiledate\nfiledepot\nfilelock\nfiles-to-prompt\nfiletype\nfilterpy\nfinalfusion\nfind-libpython\nfindimports\nfindpython\nfindspark\nfinetuning-scheduler\nfingerprints\nfinitude\nfints\nfinvizfinance\nfiona\nfipy\nfire\nfirebase-admin\nfirebase-messaging\nfirecrawl-py\nfiredrake\nfiredrake-fiat\nfireflyalgorithm\nfiretv\nfireworks-ai\nfirst\nfissix\nfitbit\nfitdecode\nfitfile\nfivem-api\nfixerio\nfixtures\nfjaraskupan\nflake8\nflake8-blind-except\nflake8-bugbear\nflake8-class-newline\nflake8-debugger\nflake8-deprecated\nflake8-docstrings\nflake8-future-import\nflake8-import-order\nflake8-length\nflake8-polyfill\nflake8-quotes\nflaky\nflametree\nflammkuchen\nflasgger\nflash-attn\nflashinfer\nflashtext\nflask\nflask-admin\nflask-alembic\nflask-allowed-hosts\nflask-api\nflask-appbuilder\nflask-assets\nflask-babel\nflask-bcrypt\nflask-bootstrap\nflask-caching\nflask-compress\nflask-cors\nflask-dance\nflask-dramatiq\nflask-elastic\nflask-expects-json\nflask-gravatar\nflask-httpauth\nflask-jwt-extended\nflask-limiter\nflask-login\nflask-mail\nflask-mailman\nflask-marshmallow\nflask-migrate\nflask-mongoengine\nflask-mysqldb\nflask-openid\nflask-paginate\nflask-paranoid\nflask-principal\nflask-pymongo\nflask-restful\nflask-restx\nflask-reverse-proxy-fix\nflask-script\nflask-seasurf\nflask-security\nflask-session\nflask-session-captcha\nflask-session2\nflask-simpleldap\nflask-sock\nflask-socketio\nflask-sqlalchemy\nflask-sqlalchemy-lite\nflask-sslify\nflask-swagger\nflask-swagger-ui\nflask-talisman\nflask-testing\nflask-themer\nflask-themes2\nflask-unsign\nflask-versioned\nflask-webtest\nflask-wtf\nflask-xml-rpc-re\nflatbencode\nflatbuffers\nflatdict\nflatlatex\nflatten-dict\nflatten-json\nflax\nflaxlib\nfleep\nflet\nflet-cli\nflet-desktop\nflet-web\nflexcache\nflexit-bacnet\nflexmock\nflexparser\nflickrapi\nflipr-api\nflit\nflit-core\nflit-gettext\nflit-scm\nfloret\nflow-record\nflower\nflowjax\nflowlogs-reader\nflowmc\nfluent-logger\nfluent-pygments\nfluent-runtime\nfluent-syntax\nflufl-bounce\nflufl-i18n\nflufl-lock\nflux-led\nflyingsquid\nflynt\nfmpy\nfnllm\nfnv-hash-fast\nfnvhash\nfolium\nfont-v\nfontawesomefree\nfontbakery\nfontfeatures\nfontforge\nfontmake\nfontmath\nfontparts\nfontpens\nfonttools\nfoobot-async\nfoolscap\nforbiddenfruit\nfordpass\nforecast-solar\nformbox\nformencode\nformulae\nformulaic\nfortiosapi\nfoundationdb\nfountains\nfoxdot\nfpdf\nfpdf2\nfpylll\nfpyutils\nfqdn\nfree-proxy\nfreebox-api\nfreenub\nfreertos-gdb\nfreesasa\nfreesms\nfreetype-py\nfreezegun\nfrelatage\nfreud\nfrictionless\nfrida-python\nfrigidaire\nfrilouz\nfritzconnection\nfroide\nfrozendict\nfrozenlist\nfrozenlist2\nfs\nfs-s3fs\nfschat\nfslpy\nfsspec\nfsspec-xrootd\nfst-pso\nftfy\nftputil\nfugashi\nfullmoon\nfunc-timeout\nfuncparserlib\nfuncsigs\nfunctions-framework\nfunctiontrace\nfuncy\nfunk\nfunsor\nfurl\nfuro\nfuse\nfusepy\nfuture\nfuture-fstrings\nfuture-typing\nfuzzyfinder\nfuzzytm\nfuzzywuzzy\nfvcore\nfvs\nfx2\nfxrays\nfyta-cli\ng2pkk\ngalario\ngalois\ngamble\ngaphas\ngardena-bluetooth\ngarminconnect\ngarminconnect-aio\ngarth\ngassist-text\ngast\ngatt\ngattlib\ngawd\ngb-io\ngbinder-python\ngcal-sync\ngcodepy\ngcp-storage-emulator\ngcsa\ngcsfs\ngdal\ngdata\ngdb-pt-dump\ngdcm\ngdown\ngdsfactory\nge25519\ngeant4\ngehomesdk\ngekitchen\ngekko\ngemfileparser\ngemfileparser2\ngemmi\ngenanki\ngeneric\ngenie-partner-sdk\ngeniushub-client\ngenome-collector\ngenpy\ngenshi\ngensim\ngenson\ngentools\ngenzshcomp\ngeoalchemy2\ngeoarrow-c\ngeoarrow-pandas\ngeoarrow-pyarrow\ngeoarrow-types\ngeocachingapi\ngeocoder\ngeodatasets\ngeographiclib\ngeoip\ngeoip2\ngeojson\ngeojson-client\ngeomet\ngeometric\ngeopandas\ngeoparquet\ngeopy\ngeorss-client\ngeorss-generic-client\ngeorss-ign-sismologia-client\ngeorss-ingv-centro-nazionale-terremoti-client\ngeorss-nrcan-earthquakes-client\ngeorss-qld-bushfire-alert-client\ngeorss-tfs-incidents-client\ngeorss-wa-dfes-client\ngeotorch\ngepetto-gui\ngepetto-viewer\ngepetto-viewer-corba\ngerbonara\nget-video-properties\ngetjump\ngetkey\ngetmac\ngevent\ngevent-eventemitter\ngevent-socketio\ngevent-websocket\ngeventhttpclient\ngfal2-python\ngfal2-util\ngflags\ngflanguages\ngfsubsets\ngftools\ngguf\nghapi\nghdiff\nghidra-bridge\nghome-foyer-api\nghostscript\nghp-import\nghrepo-stats\ngibberish-detector\ngidgethub\ngilknocker\ngin-config\ngios\ngipc\ngistyc\ngit-annex-adapter\ngit-dummy\ngit-filter-repo\ngit-find-repos\ngit-revise\ngit-sweep\ngit-url-parse\ngit-versioner\ngitdb\ngithub-to-sqlite\ngithub-webhook\ngithub3-py\ngithubkit\ngitignore-parser\ngitingest\ngitlike-commands\ngitpython\ngitterpy\ngiturlparse\nglad\nglad2\nglances-api\nglcontext\nglean-parser\nglean-sdk\nglfw\ngliner\nglob2\nglobus-sdk\nglocaltokens\nglom\nglueviz\ngluonts\nglymur\nglyphsets\nglyphslib\nglyphtools\ngmpy\ngmpy2\ngmqtt\ngmsh\ngntp\ngnucash\ngnureadline\ngo2rtc-client\ngoalzero\ngocardless-pro\ngoocalendar\ngoodwe\ngoogle\ngoogle-ai-generativelanguage\ngoogle-api-core\ngoogle-api-python-client\ngoogle-auth\ngoogle-auth-httplib2\ngoogle-auth-oauthlib\ngoogle-cloud-access-context-manager\ngoogle-cloud-appengine-logging\ngoogle-cloud-artifact-registry\ngoogle-cloud-asset\ngoogle-cloud-audit-log\ngoogle-cloud-automl\ngoogle-cloud-bigquery\ngoogle-cloud-bigquery-datatransfer\ngoogle-cloud-bigquery-logging\ngoogle-cloud-bigquery-storage\ngoogle-cloud-bigtable\ngoogle-cloud-compute\ngoogle-cloud-container\ngoogle-cloud-core\ngoogle-cloud-datacatalog\ngoogle-cloud-dataproc\ngoogle-cloud-datastore\ngoogle-cloud-dlp\ngoogle-cloud-dns\ngoogle-cloud-error-reporting\ngoogle-cloud-firestore\ngoogle-cloud-iam\ngoogle-cloud-iam-logging\ngoogle-cloud-iot\ngoogle-cloud-kms\ngoogle-cloud-language\ngoogle-cloud-logging\ngoogle-cloud-monitoring\ngoogle-cloud-netapp\ngoogle-cloud-network-connectivity\ngoogle-cloud-org-policy\ngoogle-cloud-os-config\ngoogle-cloud-pubsub\ngoogle-cloud-redis\ngoogle-cloud-resource-manager\ngoogle-cloud-runtimeconfig\ngoogle-cloud-secret-manager\ngoogle-cloud-securitycenter\ngoogle-cloud-shell\ngoogle-cloud-spanner\ngoogle-cloud-speech\ngoogle-cloud-storage\ngoogle-cloud-tasks\ngoogle-cloud-testutils\ngoogle-cloud-texttospeech\ngoogle-cloud-trace\ngoogle-cloud-translate\ngoogle-cloud-videointelligence\ngoogle-cloud-vision\ngoogle-cloud-vpc-access\ngoogle-cloud-webrisk\ngoogle-cloud-websecurityscanner\ngoogle-cloud-workflows\ngoogle-cloud-workstations\ngoogle-compute-engine\ngoogle-crc32c\ngoogle-genai\ngoogle-generativeai\ngoogle-geo-type\ngoogle-i18n-address\ngoogle-maps-routing\ngoogle-nest-sdm\ngoogle-pasta\ngoogle-photos-library-api\ngoogle-re2\ngoogle-resumable-media\ngoogle-search-results\ngoogleapis-common-protos\ngooglemaps\ngoogletrans\ngophish\ngorilla\ngoslide-api\ngotailwind\ngotenberg-client\ngotify\ngotrue\ngovee-ble\ngovee-led-wez\ngovee-local-api\ngoveelights\ngower\ngpaw\ngpgme\ngphoto2\ngpib-ctypes\ngpiozero\ngprof2dot\ngps3\ngpsoauth\ngpt-2-simple\ngptcache\ngpu-rir\ngpuctypes\ngpustat\ngpxpy\ngpytorch\ngql\ngrad-cam\ngradient\ngradient-statsd\ngradient-utils\ngradio\ngradio-client\ngradio-pdf\ngrafanalib\ngrammalecte\ngrandalf\ngranian\ngraph-tool\ngrapheme\ngraphene\ngraphene-django\ngraphite-web\ngraphlib-backport\ngraphql-core\ngraphql-relay\ngraphql-server-core\ngraphql-subscription-manager\ngraphqlclient\ngraphrag\ngraphtage\ngraphviz\ngrappelli-safe\ngraspologic\ngraspologic-native\ngreat-expectations\ngreat-tables\ngreatfet\ngreeclimate\ngreek-accentuation\ngreen\ngreeneye-monitor\ngreenlet\ngreenwavereality\ngremlinpython\ngrep-ast\ngrequests\ngreynoise\ngridnet\ngriffe\ngrip\ngroestlcoin-hash\ngroovy\ngroq\ngrowattserver\ngrpc-google-iam-v1\ngrpc-interceptor\ngrpcio\ngrpcio-channelz\ngrpcio-gcp\ngrpcio-health-checking\ngrpcio-reflection\ngrpcio-status\ngrpcio-testing\ngrpcio-tools\ngrpclib\ngruut\ngruut-ipa\ngsd\ngsm0338\ngspread\ngssapi\ngst-python\ngstools\ngstools-cython\ngtfs-realtime-bindings\ngto\ngtts\ngtts-token\ngudhi\nguessit\nguestfs\nguidance\nguidance-stitch\nguidata\ngumath\ngunicorn\nguppy3\ngurobipy\nguzzle-sphinx-theme\ngviz-api\ngvm-tools\ngwcs\ngym\ngym-notices\ngymnasium\ngyp\nh11\nh2\nh3\nh5io\nh5netcdf\nh5py\nh5py-mpi\nha-ffmpeg\nha-iotawattpy\nha-mqtt-discoverable\nha-philipsjs\nha-silabs-firmware-client\nhabanero\nhabiticalib\nhabitipy\nhabluetooth\nhachoir\nhacking\nhakuin\nhalide\nhalo\nhalohome\nhandout\nhandy-archives\nhankel\nhanzidentifier\nhap-python\nharlequin-bigquery\nharlequin-postgres\nhass-client\nhass-nabucasa\nhass-splunk\nhassil\nhatasmota\nhatch-autorun\nhatch-babel\nhatch-docstring-description\nhatch-fancy-pypi-readme\nhatch-jupyter-builder\nhatch-min-requirements\nhatch-nodejs-version\nhatch-odoo\nhatch-regex-commit\nhatch-requirements-txt\nhatch-sphinx\nhatch-vcs\nhatchling\nhaversine\nhawkauthlib\nhawkmoth\nhaystack-ai\nhcloud\nhcs-utils\nhdate\nhdbscan\nhdf5plugin\nhdfs\nhdmedians\nheaderparser\nheapdict\nheatmiserv3\nheatshrink2\nheatzypy\nhebg\nhelion\nhelp2man\nhelpdev\nhelper\nhepmc3\nhepunits\nhere-routing\nhere-transit\nherepy\nhetzner\nheudiconv\nhexbytes\nhexdump\nhf-transfer\nhf-xet\nhfst\nhg-commitsigs\nhg-evolve\nhg-git\nhickle\nhid\nhid-parser\nhidapi\nhier-config\nhieroglyph\nhighctidh\nhighdicom\nhighered\nhighspy\nhightime\nhijridate\nhikari\nhikari-crescent\nhikari-lightbulb\nhikvision\nhiredis\nhiro\nhishel\nhist\nhistoprint\nhive-metastore-client\nhiyapyco\nhjson\nhkavr\nhko\nhledger-utils\nhlk-sw16\nhmmlearn\nhnswlib\nhocr-tools\nhole\nholidays\nholistic-trace-analysis\nhologram\nholoviews\nhome-assistant-bluetooth\nhome-assistant-chip-clusters\nhome-assistant-chip-core\nhome-assistant-chip-wheels\nhome-connect-async\nhomeassistant-stubs\nhomeconnect\nhomematicip\nhomepluscontrol\nhomf\nhoomd-blue\nhopcroftkarp\nhorimote\nhorizon-eda\nhousekeeping\nhowdoi\nhpack\nhpccm\nhs-dbus-signature\nhsaudiotag3k\nhsh\nhsluv\nhstspreload\nhtml-sanitizer\nhtml-table-parser-python3\nhtml-tag-names\nhtml-text\nhtml-void-elements\nhtml2image\nhtml2pdf4doc\nhtml2text\nhtml5-parser\nhtml5lib\nhtml5tagger\nhtmldate\nhtmlgen\nhtmllistparse\nhtmlmin\nhtmltools\nhtseq\nhttmock\nhttp-ece\nhttp-message-signatures\nhttp-parser\nhttp-sf\nhttp-sfv\nhttpagentparser\nhttpauth\nhttpbin\nhttpcore\nhttpie\nhttpie-ntlm\nhttplib2\nhttpretty\nhttpserver\nhttpsig\nhttptools\nhttpx\nhttpx-aiohttp\nhttpx-auth\nhttpx-ntlm\nhttpx-oauth\nhttpx-socks\nhttpx-sse\nhttpx-ws\nhuawei-lte-api\nhuepy\nhuey\nhuggingface-hub\nhuman-readable\nhumanfriendly\nhumanize\nhumblewx\nhupper\nhurry-filesize\nhuum\nhvac\nhvplot\nhwdata\nhwi\nhy\nhydra-core\nhydra-joblib-launcher\nhydrawiser\nhydrogram\nhydrus-api\nhypchat\nhyper-connections\nhypercorn\nhyperframe\nhyperglot\nhyperion-py\nhyperlink\nhyperopt\nhyperpyyaml\nhyperscan\nhypothesis\nhypothesis-auto\nhypothesmith\nhyppo\nhyrule\ni-pi\ni2c-tools\ni2csense\ni3-py\ni3ipc\niamdata\niammeter\niapws\niaqualink\nibeacon-ble\nibis\nibis-framework\nibm-cloud-sdk-core\nibm-watson\nibmiotf\nical\nicalendar\nicalendar-compatibility\nicalevents\nicdiff\nicecream\niceportal\nicmplib\nicnsutil\nicoextract\nicontract\nics\nid\nidasen\nidasen-ha\nidbutils\nidentify\nidna\nidna-ssl\nidstools\nifaddr\nifconfig-parser\nifcopenshell\niglo\nigloohome-api\nignite\nigraph\nihcsdk\nihm\niisignature\nijson\nilcli\nilua\nimage\nimage-diff\nimage-go-nord\nimagecodecs\nimagecodecs-lite\nimagecorruptions\nimagededup\nimagehash\nimageio\nimageio-ffmpeg\nimagesize\nimantics\nimap-tools\nimapclient\nimaplib2\nimbalanced-learn\nimeon-inverter-api\nimg2pdf\nimgcat\nimgdiff\nimgsize\nimgw-pib\nimia\niminuit\nimmutabledict\nimmutables\nimpacket\nimport-expression\nimportlab\nimportlib-metadata\nimportlib-resources\nimportmagic\nimread\nimutils\nin-n-out\nin-place\nin-toto-attestation\nincomfort-client\nincremental\nindexed-bzip2\nindexed-gzip\nindexed-zstd\ninequality\ninference-gym\ninfinity\ninflate64\ninflect\ninflection\ninfluxdb\ninfluxdb-client\ninfluxdb3-python\ninform\ningredient-parser-nlp\niniconfig\ninifile\niniparse\ninject\ninjector\ninkbird-ble\ninkex\ninline-snapshot\ninotify\ninotify-simple\ninotifyrecursive\ninquirer\ninquirer3\ninquirerpy\ninscriptis\ninsegel\ninsightface\ninstaller\ninsteon-frontend-home-assistant\ninstructor\nintake\nintake-parquet\nintbitset\nintelhex\nintellifire4py\nintensity-normalization\ninteregular\ninterface-meta\ninternetarchive\ninterruptingcow\nintervals\nintervaltree\ninto-dbus-python\ninvisible-watermark\ninvocations\ninvoke\ninwx-domrobot\niocapture\niocextract\niocsearcher\nioctl-opt\niodata\niometer\nionoscloud\niopath\niosbackup\niottycloud\niowait\nipaddr\nipadic\nipdb\niperf3\nipfshttpclient\niplotx\nipsw-parser\niptools\nipv8-rust-tunnels\nipwhl\nipwhois\nipy\nipycanvas\nipydatagrid\nipydatawidgets\nipykernel\nipylab\nipymarkup\nipympl\nipynbname\nipyniivue\nipyparallel\nipytablewidgets\nipython\nipython-genutils\nipython-pygments-lexers\nipython-sql\nipyvue\nipyvuetify\nipywidgets\nipyxact\nirc\nircrobots\nircstates\nirctokens\nirisclient\nirm-kmi-api\nisal\nisbnlib\nislpy\nismartgate\niso-639\niso3166\niso4217\niso8601\nisodate\nisoduration\nisort\nisosurfaces\nisounidecode\nisoweek\nisrael-rail-api\nitables\nitanium-demangler\nitem-synchronizer\nitemadapter\nitemdb\nitemloaders\niterable-io\niteration-utilities\niterative-telemetry\niterfzf\niterm2\nitk\nitsdangerous\nitunespy\nitypes\niwlib\nixia\nj2cli\nj2lint\njaconv\njalali-core\njamo\njanus\njaraco-abode\njaraco-classes\njaraco-collections\njaraco-context\njaraco-email\njaraco-envs\njaraco-functools\njaraco-itertools\njaraco-logging\njaraco-net\njaraco-path\njaraco-stream\njaraco-test\njaraco-text\njarowinkler\njavaobj-py3\njavaproperties\njax\njax-cuda12-pjrt\njax-cuda12-plugin\njax-jumpy\njaxlib\njaxlib-bin\njaxlib-build\njaxopt\njaxtyping\njaydebeapi\njc\njdatetime\njdcal\njedi\njedi-language-server\njeepney\njello\njellyfin-apiclient-python\njellyfish\njenkins-job-builder\njenkinsapi\njfx-bridge\njh2\njianpu-ly\njieba\njinja2\njinja2-ansible-filters\njinja2-git\njinja2-humanize-extension\njinja2-pluralize\njinja2-strcase\njinja2-time\njira\njishaku\njiter\njiwer\njmespath\njmp\njoblib\njobspy\njohnnycanencrypt\njosepy\njoserfc\njplephem\njproperties\njpylyzer\njpype1\njq\njsbeautifier\njschema-to-python\njschon\njsmin\njson-api-doc\njson-flatten\njson-home-client\njson-logging\njson-merge-patch\njson-repair\njson-rpc\njson-schema-for-humans\njson-stream\njson-stream-rs-tokenizer\njson-tricks\njson2html\njson5\njsonable\njsonargparse\njsonconversion\njsondate\njsondiff\njsonfeed\njsonformatter\njsonlines\njsonmerge\njsonnet\njsonpatch\njsonpath\njsonpath-ng\njsonpath-python\njsonpath-rw\njsonpickle\njsonpointer\njsonref\njsonrpc-async\njsonrpc-base\njsonrpc-websocket\njsonrpclib-pelix\njsons\njsonschema\njsonschema-path\njsonschema-rs\njsonschema-spec\njsonschema-specifications\njsonslicer\njsonstreams\njsonxs\njstyleson\njug\njuliandate\njulius\njuly\njune-analytics-python\njunit-xml\njunit2html\njunitparser\njunos-eznc\njupysql\njupysql-plugin\njupyter\njupyter-book\njupyter-c-kernel\njupyter-cache\njupyter-client\njupyter-collaboration\njupyter-collaboration-ui\njupyter-console\njupyter-contrib-core\njupyter-core\njupyter-docprovider\njupyter-events\njupyter-highlight-selected-word\njupyter-lsp\njupyter-nbextensions-configurator\njupyter-packaging\njupyter-repo2docker\njupyter-server\njupyter-server-fileid\njupyter-server-mathjax\njupyter-server-terminals\njupyter-server-ydoc\njupyter-sphinx\njupyter-telemetry\njupyter-themes\njupyter-ui-poll\njupyter-ydoc\njupyterhub\njupyterhub-ldapauthenticator\njupyterhub-systemdspawner\njupyterhub-tmpauthenticator\njupyterlab\njupyterlab-execute-time\njupyterlab-git\njupyterlab-lsp\njupyterlab-pygments\njupyterlab-server\njupyterlab-vim\njupyterlab-widgets\njupytext\njustbackoff\njustbases\njustbytes\njustext\njustnimbus\njwcrypto\njwt\njxlpy\njxmlease\nk-diffusion\nk5test\nkaa-base\nkaa-metadata\nkafka-python-ng\nkaggle\nkagglehub\nkahip\nkaitaistruct\nkaiterra-async-client\nkajiki\nkaldi-active-grammar\nkaleido\nkalshi-python\nkanalizer\nkanidm\nkantoku\nkaptan\nkarton-asciimagic\nkarton-autoit-ripper\nkarton-classifier\nkarton-config-extractor\nkarton-core\nkarton-dashboard\nkarton-mwdb-reporter\nkarton-yaramatcher\nkasa-crypt\nkazoo\nkbcstorage\nkconfiglib\nkde-material-you-colors\nkdl-py\nkeba-kecontact\nkeep\nkeepalive\nkeepkey\nkeepkey-agent\nkegtron-ble\nkeke\nkeras\nkerbad\nkerberos\nkernels\nkestra\nkeyboard\nkeymap-drawer\nkeyring\nkeyring-pass\nkeyrings-alt\nkeyrings-cryptfile\nkeyrings-google-artifactregistry-auth\nkeystone-engine\nkeystoneauth1\nkeyutils\nkfactory\nkgb\nkhanaa\nkicad\nkicad-python\nkicadcliwrapper\nkinparse\nkiss-headers\nkitchen\nkivy\nkivy-garden\nkiwiki-client\nkiwisolver\nklaus\nklayout\nklein\nkmapper\nkml2geojson\nkmsxx\nknack\nkneaddata\nkneed\nknocki\nknot-floer-homology\nknowit\nknx-frontend\nkokoro\nkombu\nkonnected\nkopf\nkorean-lunar-calendar\nkornia\nkornia-rs\nkotsu\nkrakenex\nkrb5\nkrfzf-py\nkserve\nkserve-storage\nkubernetes\nkubernetes-asyncio\nkubernetes-validate\nkurbopy\nkuzu\nl18n\nla-panic\nlabelbox\nlabgrid\nlabmath\nlaces\nlacrosse-view\nlacuscore\nlakeside\nlammps\nlance-namespace\nlance-namespace-urllib3-client\nlancedb\nlangchain\nlangchain-anthropic\nlangchain-aws\nlangchain-azure-dynamic-sessions\nlangchain-chroma\nlangchain-classic\nlangchain-community\nlangchain-core\nlangchain-deepseek\nlangchain-experimental\nlangchain-fireworks\nlangchain-google-genai\nlangchain-groq\nlangchain-huggingface\nlangchain-mistralai\nlangchain-mongodb\nlangchain-ollama\nlangchain-openai\nlangchain-perplexity\nlangchain-tests\nlangchain-text-splitters\nlangchain-xai\nlangcodes\nlangdetect\nlangfuse\nlanggraph\nlanggraph-checkpoint\nlanggraph-checkpoint-mongodb\nlanggraph-checkpoint-postgres\nlanggraph-checkpoint-sqlite\nlanggraph-cli\nlanggraph-prebuilt\nlanggraph-runtime-inmem\nlanggraph-sdk\nlanggraph-store-mongodb\nlangid\nlangsmith\nlanguage-data\nlanguage-tags\nlanguage-tool-python\nlanms-neo\nlap\nlark\nlaspy\nlastversion\nlaszip\nlatex2mathml\nlatex2pydata\nlatexcodec\nlatexify-py\nlatexrestricted\nlaunchpadlib\nlaundrify-aio\nlayoutparser\nlazr-config\nlazr-delegates\nlazr-restfulclient\nlazr-uri\nlazrs\nlazy\nlazy-imports\nlazy-loader\nlazy-object-proxy\nlb-matching-tools\nlc7001\nlcd-i2c\nlcgit\nlcn-frontend\nlcov-cobertura\nld2410-ble\nldap3\nldap3-bleeding-edge\nldapdomaindump\nldappool\nldaptor\nldfparser\nleanblueprint\nleaone-ble\nleather\nleb128\nled-ble\nledger\nledger-agent\nledger-bitcoin\nledgerblue\nledgercomm\nledgerwallet\nlegacy-api-wrap\nlegacy-cgi\nleidenalg\nlektricowifi\nlerobot\nletpot\nleveldb\nlevenshtein\nlexid\nlexilang\nlgpio\nlhapdf\nlib4package\nlib4sbom\nlib4vex\nlib50\nlibagent\nlibais\nlibapparmor\nlibarchive-c\nlibarcus\nlibasyncns\nlibbs\nlibclang\nlibcloud\nlibcomps\nlibcst\nlibdnf\nlibear\nliberty-parser\nlibevdev\nlibfdt\nlibfive\nlibgpiod\nlibgravatar\nlibiio\nlibipld\nlibkeepass\nlibknot\nliblarch\nliblistenbrainz\nliblp\nliblzfse\nlibmambapy\nlibmodulemd\nlibmr\nlibnacl\nlibnbd\nlibpass\nlibpcap\nlibpurecool\nlibpwquality\nlibpyfoscamcgi\nlibpysal\nlibpyvivotek\nlibredwg\nlibrehardwaremonitor-api\nlibrepo\nlibrespot\nlibretranslate\nlibrosa\nlibrouteros\nlibsass\nlibsavitar\nlibsbml\nlibscanbuild\nlibselinux\nlibsixel\nlibsoundtouch\nlibsupermesh\nlibtfr\nlibthumbor\nlibtmux\nlibtorrent-rasterbar\nlibusb-package\nlibusb1\nlibusbsio\nlibuuu\nlibversion\nlibvirt\nlibxml2\nlibxslt\nliccheck\nlicense-expression\nlida\nlief\nlife360\nlifelines\nlightgbm\nlightify\nlightning\nlightning-utilities\nlightparam\nlightwave\nlightwave2\nlima\nlime\nlimiter\nlimitlessled\nlimits\nlimnoria\nline-profiler\nlinear-operator\nlinearmodels\nlineax\nlinecache2\nlineedit\nlinetable\nlingua\nlingva\nlinien-client\nlinien-common\nlinkify-it-py\nlinknlink\nlinode\nlinode-api\nlinode-metadata\nlinuxfd\nlinuxpy\nlion-pytorch\nliquidctl\nlirc\nlit\nlitellm\nlitemapy\nlitestar\nlitestar-htmx\nlittleutils\nlivekit-api\nlivekit-protocol\nlivelossplot\nlivereload\nlivisi\nlizard\nllama-cloud\nllama-cloud-services\nllama-cpp-python\nllama-index\nllama-index-cli\nllama-index-core\nllama-index-embeddings-gemini\nllama-index-embeddings-google\nllama-index-embeddings-huggingface\nllama-index-embeddings-ollama\nllama-index-embeddings-openai\nllama-index-graph-stores-nebula\nllama-index-graph-stores-neo4j\nllama-index-graph-stores-neptune\nllama-index-indices-managed-llama-cloud\nllama-index-instrumentation\nllama-index-legacy\nllama-index-llms-ollama\nllama-index-llms-openai\nllama-index-llms-openai-like\nllama-index-multi-modal-llms-openai\nllama-index-node-parser-docling\nllama-index-readers-database\nllama-index-readers-docling\nllama-index-readers-file\nllama-index-readers-json\nllama-index-readers-llama-parse\nllama-index-readers-s3\nllama-index-readers-twitter\nllama-index-readers-txtai\nllama-index-readers-weather\nllama-index-vector-stores-chroma\nllama-index-vector-stores-google\nllama-index-vector-stores-milvus\nllama-index-vector-stores-postgres\nllama-index-vector-stores-qdrant\nllama-index-workflows\nllama-parse\nllama-stack-client\nllamaindex-py-client\nllfuse\nllguidance\nllm\nllm-anthropic\nllm-cmd\nllm-command-r\nllm-deepseek\nllm-docs\nllm-echo\nllm-fragments-github\nllm-fragments-pypi\nllm-fragments-reader\nllm-fragments-symbex\nllm-gemini\nllm-gguf\nllm-git\nllm-github-copilot\nllm-grok\nllm-groq\nllm-hacker-news\nllm-jq\nllm-llama-server\nllm-mistral\nllm-ollama\nllm-openai-plugin\nllm-openrouter\nllm-pdf-to-images\nllm-perplexity\nllm-sentence-transformers\nllm-templates-fabric\nllm-templates-github\nllm-tools-datasette\nllm-tools-quickjs\nllm-tools-simpleeval\nllm-tools-sqlite\nllm-venice\nllm-video-frames\nllmx\nllvmlite\nlm-eval\nlm-format-enforcer\nlmdb\nlmfit\nlml\nlmnotify\nlmtpd\nlnkparse3\nloca\nlocal-attention\nlocalimport\nlocalstack-client\nlocalstack-ext\nlocalzone\nlocationsharinglib\nlocket\nlockfile\nlocust\nlocust-cloud\nlog-symbols\nlogbook\nlogfury\nlogging-journald\nlogging-tree\nlogical-unification\nlogilab-common\nlogilab-constraint\nlogmatic-python\nlogster\nloguru\nloguru-logging-intercept\nlogutils\nlogzero\nlomond\nlondon-tube-status\nloompy\nloopy\nlooseversion\nloqedapi\nloro\nlosant-rest\nlottie\nlow-index\nlox\nlpc-checksum\nlrcalc-python\nlrclibapi\nlru-dict\nlsassy\nlsp-tree-sitter\nlsprotocol\nlsprotocol_2023\nlsprotocol_2025\nltpycld2\nlttng\nluddite\nluftdaten\nluhn\nluma-core\nluna-soc\nluna-usb\nlunarcalendar\nlunatone-rest-api-client\nlupa\nlupupy\nluqum\nluxtronik\nlw12\nlxmf\nlxml\nlxml-html-clean\nlyricwikia\nlz4\nlzallright\nlzfse\nm2crypto\nm2r\nm3u8\nmac-alias\nmac-vendor-lookup\nmacaddress\nmacfsevents\nmacholib\nmaec\nmaestral\nmagic\nmagic-filter\nmagic-wormhole\nmagic-wormhole-mailbox-server\nmagic-wormhole-transit-relay\nmagicgui\nmagika\nmahotas\nmail-parser\nmailcap-fix\nmailchecker\nmailchimp\nmailmanclient\nmailsuite\nmaison\nmakefun\nmako\nmalduck\nmallard-ducktype\nmamba-ssm\nmammoth\nmanagesieve\nmando\nmandown\nmanga-ocr\nmanhole\nmanifest-ml\nmanifestoo\nmanifestoo-core\nmanifestparser\nmanifold3d\nmanim\nmanim-slides\nmanimgl\nmanimpango\nmanuel\nmanuf\nmapbox-earcut\nmapclassify\nmariadb\nmarimo\nmarisa\nmarisa-trie\nmarkdown\nmarkdown-include\nmarkdown-inline-graphviz\nmarkdown-it-py\nmarkdown-macros\nmarkdown2\nmarkdownify\nmarkitdown\nmarko\nmarkuppy\nmarkups\nmarkupsafe\nmarqo\nmarshmallow\nmarshmallow-dataclass\nmarshmallow-oneofschema\nmarshmallow-polyfield\nmarshmallow-sqlalchemy\nmashumaro\nmasky\nmastodon-py\nmat2\nmatchpy\nmaterial-color-utilities\nmaterialx\nmaterialyoucolor\nmathutils\nmatplotlib\nmatplotlib-inline\nmatplotlib-sixel\nmatplotlib-venn\nmatplotx\nmatrix-client\nmatrix-common\nmatrix-nio\nmattermostdriver\nmaubot\nmautrix\nmautrix-appservice\nmaxcube-api\nmaxminddb\nmaya\nmayavi\nmayim\nmbddns\nmbstrdecoder\nmccabe\nmcdreforged\nmcp\nmcpadapt\nmcstatus\nmcuuid\nmd-toc\nmd2gemini\nmd2pdf\nmdformat\nmdformat-admon\nmdformat-beautysh\nmdformat-footnote\nmdformat-frontmatter\nmdformat-gfm\nmdformat-gfm-alerts\nmdformat-mkdocs\nmdformat-myst\nmdformat-nix-alejandra\nmdformat-simple-breaks\nmdformat-tables\nmdformat-toc\nmdformat-wikilink\nmdit-py-plugins\nmdtraj\nmdurl\nmdutils\nmdx-truly-sane-lists\nmean-average-precision\nmeasurement\nmeater-python\nmecab-python3\nmechanicalsoup\nmechanize\nmedallion\nmedcom-ble\nmediafile\nmediafire-dl\nmediapy\nmedpy\nmedvol\nmeeko\nmeep\nmeilisearch\nmeinheld\nmeld3\nmelnor-bluetooth\nmemestra\nmemory-allocator\nmemory-profiler\nmemory-tempfile\nmeraki\nmercadopago\nmercantile\nmercurial\nmerge3\nmergecal\nmergedb\nmergedeep\nmergedict\nmerkletools\nmeross-iot\nmeshcat\nmeshcore\nmeshio\nmeshlabxml\nmeshtastic\nmeson\nmeson-python\nmessagebird\nmetaflow\nmetakernel\nmetar\nmetawear\nmeteo-lt-pkg\nmeteoalertapi\nmeteocalc\nmeteofrance-api\nmeteoswiss-async\nmethodtools\nmezzanine\nmf2py\nmficlient\nmhcflurry\nmhcgnomes\nmiasm\nmiauth\nmicawber\nmicloud\nmicrobeespy\nmicrodata\nmicrosoft-kiota-abstractions\nmicrosoft-kiota-authentication-azure\nmicrosoft-kiota-http\nmicrosoft-kiota-serialization-form\nmicrosoft-kiota-serialization-json\nmicrosoft-kiota-serialization-multipart\nmicrosoft-kiota-serialization-text\nmicrosoft-security-utilities-secret-masker\nmidea-beautiful-air\nmidea-local\nmidiutil\nmido\nmigen\nmike\nmilc\nmilksnake\nmill-local\nmillheater\nmim-solvers\nminari\nmindsdb-evaluator\nminexr\nminiaudio\nminichain\nminidb\nminidump\nminiful\nminify-html\nminikanren\nminikerberos\nminimal-snowplow-tracker\nminimock\nmininet-python\nminio\nminiupnpc\nmip\nmir-eval\nmiraie-ac\nmirakuru\nmisaka\nmisaki\nmisoc\nmiss-hit\nmiss-hit-core\nmistletoe\nmistral-common\nmistune\nmitmproxy\nmitmproxy-linux\nmitmproxy-macos\nmitmproxy-rs\nmitogen\nmixbox\nmixins\nmixpanel\nmizani\nmkdocs\nmkdocs-autolinks-plugin\nmkdocs-autorefs\nmkdocs-awesome-nav\nmkdocs-backlinks\nmkdocs-build-plantuml\nmkdocs-drawio-exporter\nmkdocs-drawio-file\nmkdocs-exclude\nmkdocs-gen-files\nmkdocs-get-deps\nmkdocs-git-authors-plugin\nmkdocs-git-committers-plugin-2\nmkdocs-git-revision-date-localized-plugin\nmkdocs-gitlab\nmkdocs-glightbox\nmkdocs-graphviz\nmkdocs-include-markdown-plugin\nmkdocs-jupyter\nmkdocs-linkcheck\nmkdocs-literate-nav\nmkdocs-macros-plugin\nmkdocs-macros-test\nmkdocs-markmap\nmkdocs-material\nmkdocs-material-extensions\nmkdocs-mermaid2-plugin\nmkdocs-minify-plugin\nmkdocs-puml\nmkdocs-redirects\nmkdocs-redoc-tag\nmkdocs-rss-plugin\nmkdocs-section-index\nmkdocs-simple-blog\nmkdocs-swagger-ui-tag\nmkdocs-table-reader-plugin\nmkdocs-test\nmkdocstrings\nmkdocstrings-python\nmkl-service\nmktestdocs\nml-collections\nml-dtypes\nmlcroissant\nmlflow\nmlrose\nmlt\nmlx\nmlx-lm\nmlx-vlm\nmlxtend\nmmcif-pdbx\nmmcv\nmmengine\nmmh3\nmmpython\nmmtf-python\nmne\nmnemonic\nmnist\nmoat-ble\nmobi\nmobly\nmock\nmock-django\nmock-open\nmock-services\nmock-ssh-server\nmocket\nmockfs\nmockito\nmockupdb\nmodbus-tk\nmoddb\nmodel-bakery\nmodel-checker\nmodel-hosting-container-standards\nmodel-signing\nmodelcif\nmodeled\nmodern-colorthief\nmoderngl\nmoderngl-window\nmoehlenhoff-alpha2\nmohawk\nmolbar\nmolecule\nmolecule-plugins\nmomepy\nmomonga\nmonai\nmonai-deploy\nmonarchmoney\nmonero\nmongodict\nmongoengine\nmongomock\nmongoquery\nmonitorcontrol\nmonkeyhex\nmonkeytype\nmonosat\nmonotonic\nmonotonic-alignment-search\nmonty\nmonzopy\nmoonraker-api\nmopeka-iot-ble\nmopidyapi\nmore-itertools\nmore-properties\nmorecantile\nmoreorless\nmoretools\nmorfessor\nmorphys\nmortgage\nmotionblinds\nmotionblindsble\nmotioneye-client\nmotmetrics\nmoto\nmotor\nmouseinfo\nmoviepy\nmoyopy\nmozart-api\nmozilla-django-oidc\nmozjpeg_lossless_optimization\nmpd2\nmpegdash\nmpi-pytest\nmpi4py\nmpire\nmpl-scatter-density\nmpl-typst\nmplcursors\nmpldatacursor\nmplfinance\nmplhep\nmplhep-data\nmplleaflet\nmpltoolbox\nmpmath\nmpris-server\nmprisify\nmpv\nmpyq\nmqtt2influxdb\nmrjob\nmrsqm\nms-active-directory\nms-cv\nmsal\nmsal-extensions\nmscerts\nmsg-parser\nmsgpack\nmsgpack-numpy\nmsgraph-core\nmsgraph-sdk\nmsgspec\nmsldap\nmslex\nmsmart-ng\nmsoffcrypto-tool\nmsprime\nmsrest\nmsrestazure\nmsrplib\nmss\nmsticpy\nmt-940\nmtcnn\nmujoco\nmujoco-mjx\nmujson\nmullvad-api\nmullvad-closest\nmulpyplexer\nmulti-key-dict\nmultidict\nmultimethod\nmultipart\nmultipledispatch\nmultiprocess\nmultiscale-spatial-image\nmultiset\nmultitasking\nmultivolumefile\nmunch\nmung\nmunkres\nmurmurhash\nmuscima\nmusic-assistant-client\nmusic-assistant-models\nmusic-tag\nmusicbrainzngs\nmutagen\nmutatormath\nmutesync\nmutf8\nmwcli\nmwclient\nmwdblib\nmwoauth\nmwparserfromhell\nmwtypes\nmwxml\nmxnet\nmyfitnesspal\nmygene\nmygpoclient\nmyhdl\nmyhome\nmyjwt\nmypermobil\nmypy\nmypy-boto3-accessanalyzer\nmypy-boto3-account\nmypy-boto3-acm\nmypy-boto3-acm-pca\nmypy-boto3-amp\nmypy-boto3-amplify\nmypy-boto3-amplifybackend\nmypy-boto3-amplifyuibuilder\nmypy-boto3-apigateway\nmypy-boto3-apigatewaymanagementapi\nmypy-boto3-apigatewayv2\nmypy-boto3-appconfig\nmypy-boto3-appconfigdata\nmypy-boto3-appfabric\nmypy-boto3-appflow\nmypy-boto3-appintegrations\nmypy-boto3-application-autoscaling\nmypy-boto3-application-insights\nmypy-boto3-applicationcostprofiler\nmypy-boto3-appmesh\nmypy-boto3-apprunner\nmypy-boto3-appstream\nmypy-boto3-appsync\nmypy-boto3-arc-zonal-shift\nmypy-boto3-athena\nmypy-boto3-auditmanager\nmypy-boto3-autoscaling\nmypy-boto3-autoscaling-plans\nmypy-boto3-backup\nmypy-boto3-backup-gateway\nmypy-boto3-batch\nmypy-boto3-billingconductor\nmypy-boto3-braket\nmypy-boto3-budgets\nmypy-boto3-builder\nmypy-boto3-ce\nmypy-boto3-chime\nmypy-boto3-chime-sdk-identity\nmypy-boto3-chime-sdk-media-pipelines\nmypy-boto3-chime-sdk-meetings\nmypy-boto3-chime-sdk-messaging\nmypy-boto3-chime-sdk-voice\nmypy-boto3-cleanrooms\nmypy-boto3-cloud9\nmypy-boto3-cloudcontrol\nmypy-boto3-clouddirectory\nmypy-boto3-cloudformation\nmypy-boto3-cloudfront\nmypy-boto3-cloudhsm\nmypy-boto3-cloudhsmv2\nmypy-boto3-cloudsearch\nmypy-boto3-cloudsearchdomain\nmypy-boto3-cloudtrail\nmypy-boto3-cloudtrail-data\nmypy-boto3-cloudwatch\nmypy-boto3-codeartifact\nmypy-boto3-codebuild\nmypy-boto3-codecatalyst\nmypy-boto3-codecommit\nmypy-boto3-codedeploy\nmypy-boto3-codeguru-reviewer\nmypy-boto3-codeguru-security\nmypy-boto3-codeguruprofiler\nmypy-boto3-codepipeline\nmypy-boto3-codestar\nmypy-boto3-codestar-connections\nmypy-boto3-codestar-notifications\nmypy-boto3-cognito-identity\nmypy-boto3-cognito-idp\nmypy-boto3-cognito-sync\nmypy-boto3-comprehend\nmypy-boto3-comprehendmedical\nmypy-boto3-compute-optimizer\nmypy-boto3-config\nmypy-boto3-connect\nmypy-boto3-connect-contact-lens\nmypy-boto3-connectcampaigns\nmypy-boto3-connectcases\nmypy-boto3-connectparticipant\nmypy-boto3-controltower\nmypy-boto3-cur\nmypy-boto3-customer-profiles\nmypy-boto3-databrew\nmypy-boto3-dataexchange\nmypy-boto3-datapipeline\nmypy-boto3-datasync\nmypy-boto3-dax\nmypy-boto3-detective\nmypy-boto3-devicefarm\nmypy-boto3-devops-guru\nmypy-boto3-directconnect\nmypy-boto3-discovery\nmypy-boto3-dlm\nmypy-boto3-dms\nmypy-boto3-docdb\nmypy-boto3-docdb-elastic\nmypy-boto3-drs\nmypy-boto3-ds\nmypy-boto3-dynamodb\nmypy-boto3-dynamodbstreams\nmypy-boto3-ebs\nmypy-boto3-ec2\nmypy-boto3-ec2-instance-connect\nmypy-boto3-ecr\nmypy-boto3-ecr-public\nmypy-boto3-ecs\nmypy-boto3-efs\nmypy-boto3-eks\nmypy-boto3-elastic-inference\nmypy-boto3-elasticache\nmypy-boto3-elasticbeanstalk\nmypy-boto3-elastictranscoder\nmypy-boto3-elb\nmypy-boto3-elbv2\nmypy-boto3-emr\nmypy-boto3-emr-containers\nmypy-boto3-emr-serverless\nmypy-boto3-entityresolution\nmypy-boto3-es\nmypy-boto3-events\nmypy-boto3-evidently\nmypy-boto3-finspace\nmypy-boto3-finspace-data\nmypy-boto3-firehose\nmypy-boto3-fis\nmypy-boto3-fms\nmypy-boto3-forecast\nmypy-boto3-forecastquery\nmypy-boto3-frauddetector\nmypy-boto3-fsx\nmypy-boto3-gamelift\nmypy-boto3-glacier\nmypy-boto3-globalaccelerator\nmypy-boto3-glue\nmypy-boto3-grafana\nmypy-boto3-greengrass\nmypy-boto3-greengrassv2\nmypy-boto3-groundstation\nmypy-boto3-guardduty\nmypy-boto3-health\nmypy-boto3-healthlake\nmypy-boto3-iam\nmypy-boto3-identitystore\nmypy-boto3-imagebuilder\nmypy-boto3-importexport\nmypy-boto3-inspector\nmypy-boto3-inspector2\nmypy-boto3-internetmonitor\nmypy-boto3-iot\nmypy-boto3-iot-data\nmypy-boto3-iot-jobs-data\nmypy-boto3-iot1click-devices\nmypy-boto3-iot1click-projects\nmypy-boto3-iotanalytics\nmypy-boto3-iotdeviceadvisor\nmypy-boto3-iotevents\nmypy-boto3-iotevents-data\nmypy-boto3-iotfleethub\nmypy-boto3-iotfleetwise\nmypy-boto3-iotsecuretunneling\nmypy-boto3-iotsitewise\nmypy-boto3-iotthingsgraph\nmypy-boto3-iottwinmaker\nmypy-boto3-iotwireless\nmypy-boto3-ivs\nmypy-boto3-ivs-realtime\nmypy-boto3-ivschat\nmypy-boto3-kafka\nmypy-boto3-kafkaconnect\nmypy-boto3-kendra\nmypy-boto3-kendra-ranking\nmypy-boto3-keyspaces\nmypy-boto3-kinesis\nmypy-boto3-kinesis-video-archived-media\nmypy-boto3-kinesis-video-media\nmypy-boto3-kinesis-video-signaling\nmypy-boto3-kinesis-video-webrtc-storage\nmypy-boto3-kinesisanalytics\nmypy-boto3-kinesisanalyticsv2\nmypy-boto3-kinesisvideo\nmypy-boto3-kms\nmypy-boto3-lakeformation\nmypy-boto3-lambda\nmypy-boto3-lex-models\nmypy-boto3-lex-runtime\nmypy-boto3-lexv2-models\nmypy-boto3-lexv2-runtime\nmypy-boto3-license-manager\nmypy-boto3-license-manager-linux-subscriptions\nmypy-boto3-license-manager-user-subscriptions\nmypy-boto3-lightsail\nmypy-boto3-location\nmypy-boto3-logs\nmypy-boto3-lookoutequipment\nmypy-boto3-lookoutmetrics\nmypy-boto3-lookoutvision\nmypy-boto3-m2\nmypy-boto3-machinelearning\nmypy-boto3-macie2\nmypy-boto3-managedblockchain\nmypy-boto3-managedblockchain-query\nmypy-boto3-marketplace-catalog\nmypy-boto3-marketplace-entitlement\nmypy-boto3-marketplacecommerceanalytics\nmypy-boto3-mediaconnect\nmypy-boto3-mediaconvert\nmypy-boto3-medialive\nmypy-boto3-mediapackage\nmypy-boto3-mediapackage-vod\nmypy-boto3-mediapackagev2\nmypy-boto3-mediastore\nmypy-boto3-mediastore-data\nmypy-boto3-mediatailor\nmypy-boto3-medical-imaging\nmypy-boto3-memorydb\nmypy-boto3-meteringmarketplace\nmypy-boto3-mgh\nmypy-boto3-mgn\nmypy-boto3-migration-hub-refactor-spaces\nmypy-boto3-migrationhub-config\nmypy-boto3-migrationhuborchestrator\nmypy-boto3-migrationhubstrategy\nmypy-boto3-mq\nmypy-boto3-mturk\nmypy-boto3-mwaa\nmypy-boto3-neptune\nmypy-boto3-neptunedata\nmypy-boto3-network-firewall\nmypy-boto3-networkmanager\nmypy-boto3-nimble\nmypy-boto3-oam\nmypy-boto3-omics\nmypy-boto3-opensearch\nmypy-boto3-opensearchserverless\nmypy-boto3-opsworks\nmypy-boto3-opsworkscm\nmypy-boto3-organizations\nmypy-boto3-osis\nmypy-boto3-outposts\nmypy-boto3-panorama\nmypy-boto3-payment-cryptography\nmypy-boto3-payment-cryptography-data\nmypy-boto3-pca-connector-ad\nmypy-boto3-personalize\nmypy-boto3-personalize-events\nmypy-boto3-personalize-runtime\nmypy-boto3-pi\nmypy-boto3-pinpoint\nmypy-boto3-pinpoint-email\nmypy-boto3-pinpoint-sms-voice\nmypy-boto3-pinpoint-sms-voice-v2\nmypy-boto3-pipes\nmypy-boto3-polly\nmypy-boto3-pricing\nmypy-boto3-privatenetworks\nmypy-boto3-proton\nmypy-boto3-qldb\nmypy-boto3-qldb-session\nmypy-boto3-quicksight\nmypy-boto3-ram\nmypy-boto3-rbin\nmypy-boto3-rds\nmypy-boto3-rds-data\nmypy-boto3-redshift\nmypy-boto3-redshift-data\nmypy-boto3-redshift-serverless\nmypy-boto3-rekognition\nmypy-boto3-resiliencehub\nmypy-boto3-resource-explorer-2\nmypy-boto3-resource-groups\nmypy-boto3-resourcegroupstaggingapi\nmypy-boto3-robomaker\nmypy-boto3-rolesanywhere\nmypy-boto3-route53\nmypy-boto3-route53-recovery-cluster\nmypy-boto3-route53-recovery-control-config\nmypy-boto3-route53-recovery-readiness\nmypy-boto3-route53domains\nmypy-boto3-route53resolver\nmypy-boto3-rum\nmypy-boto3-s3\nmypy-boto3-s3control\nmypy-boto3-s3outposts\nmypy-boto3-sagemaker\nmypy-boto3-sagemaker-a2i-runtime\nmypy-boto3-sagemaker-edge\nmypy-boto3-sagemaker-featurestore-runtime\nmypy-boto3-sagemaker-geospatial\nmypy-boto3-sagemaker-metrics\nmypy-boto3-sagemaker-runtime\nmypy-boto3-savingsplans\nmypy-boto3-scheduler\nmypy-boto3-schemas\nmypy-boto3-sdb\nmypy-boto3-secretsmanager\nmypy-boto3-securityhub\nmypy-boto3-securitylake\nmypy-boto3-serverlessrepo\nmypy-boto3-service-quotas\nmypy-boto3-servicecatalog\nmypy-boto3-servicecatalog-appregistry\nmypy-boto3-servicediscovery\nmypy-boto3-ses\nmypy-boto3-sesv2\nmypy-boto3-shield\nmypy-boto3-signer\nmypy-boto3-simspaceweaver\nmypy-boto3-sms\nmypy-boto3-sms-voice\nmypy-boto3-snow-device-management\nmypy-boto3-snowball\nmypy-boto3-sns\nmypy-boto3-sqs\nmypy-boto3-ssm\nmypy-boto3-ssm-contacts\nmypy-boto3-ssm-incidents\nmypy-boto3-ssm-sap\nmypy-boto3-sso\nmypy-boto3-sso-admin\nmypy-boto3-sso-oidc\nmypy-boto3-stepfunctions\nmypy-boto3-storagegateway\nmypy-boto3-sts\nmypy-boto3-support\nmypy-boto3-support-app\nmypy-boto3-swf\nmypy-boto3-synthetics\nmypy-boto3-textract\nmypy-boto3-timestream-query\nmypy-boto3-timestream-write\nmypy-boto3-tnb\nmypy-boto3-transcribe\nmypy-boto3-transfer\nmypy-boto3-translate\nmypy-boto3-verifiedpermissions\nmypy-boto3-voice-id\nmypy-boto3-vpc-lattice\nmypy-boto3-waf\nmypy-boto3-waf-regional\nmypy-boto3-wafv2\nmypy-boto3-wellarchitected\nmypy-boto3-wisdom\nmypy-boto3-workdocs\nmypy-boto3-worklink\nmypy-boto3-workmail\nmypy-boto3-workmailmessageflow\nmypy-boto3-workspaces\nmypy-boto3-workspaces-web\nmypy-boto3-xray\nmypy-extensions\nmypy-protobuf\nmysql-connector\nmysqlclient\nmyst-docutils\nmyst-nb\nmyst-parser\nmyuplink\nnad-receiver\nnagiosplugin\nnaked\nname-that-hash\nnamedlist\nnameko\nnameparser\nnames\nnamex\nnampa\nnanobind\nnanoeigenpy\nnanoemoji\nnanoid\nnanoleaf\nnanomsg-python\nnanotime\nnapalm\nnapalm-hp-procurve\nnapalm-ros\nnapari\nnapari-console\nnapari-nifti\nnapari-npe2\nnapari-plugin-engine\nnapari-svg\nnarwhals\nnasdaq-data-link\nnatasha\nnats-py\nnats-python\nnatsort\nnatural\nnaturalsort\nnavec\nnbclassic\nnbclient\nnbconflux\nnbconvert\nnbdev\nnbdime\nnbexec\nnbformat\nnbmake\nnbsmoke\nnbsphinx\nnbtlib\nnbval\nnbxmpp\nnc-dnsapi\nncclient\nnclib\nndcurves\nndeflib\nndg-httpsclient\nndindex\nndjson\nndms2-client\nndspy\nndtypes\nnebula3-python\nnemosis\nnengo\nneo\nneo4j\nneoteroi-mkdocs\nnessclient\nnest\nnest-asyncio\nnested-lookup\nnested-multipart-parser\nnestedtext\nnetaddr\nnetapp-lib\nnetapp-ontap\nnetbox-attachments\nnetbox-bgp\nnetbox-contextmenus\nnetbox-contract\nnetbox-dns\nnetbox-documents\nnetbox-floorplan-plugin\nnetbox-interface-synchronization\nnetbox-napalm-plugin\nnetbox-plugin-prometheus-sd\nnetbox-qrcode\nnetbox-reorder-rack\nnetbox-routing\nnetbox-topology-views\nnetcdf4\nnetdata\nnetdata-pandas\nnetdisco\nnetgen-mesher\nnethsm\nnetifaces\nnetifaces-plus\nnetifaces2\nnetio\nnetmap\nnetmiko\nnettigo-air-monitor\nnetutils\nnetworkx\nneuralfoil\nneurio\nneurokit2\nneuron-full\nneuronpy\nnevow\nnewick\nnewspaper3k\nnewversion\nnexia\nnextcloudmonitor\nnextcord\nnextdns\nnexusformat\nnexusrpc\nnfcpy\nnftables\nnglview\nnh3\nnhc\nniaaml\nniaarm\nniaclass\nnianet\nniapy\nnibabel\nnibe\nnice-go\nnicegui\nnicegui-highcharts\nnidaqmx\nnifty8\nnikola\nnilearn\nniluclient\nnimfa\nnine\nninebot-ble\nninja\nnipap\nnipreps-versions\nnipy\nnipype\nniquests\nnitime\nnitransforms\nnitrokey\nniworkflows\nnix-kernel\nnix-prefetch-github\nnixpkgs-plugin-update\nnixpkgs-pytools\nnixpkgs-updaters-library\nnkdfu\nnlopt\nnlpcloud\nnlpo3\nnltk\nnmapthon2\nnmcli\nnnpdf\nnoaa-coops\nnocasedict\nnocaselist\nnocturne\nnode-semver\nnodeenv\nnodepy-runtime\nnodriver\nnoise\nnoiseprotocol\nnoisereduce\nnomadnet\nnominal\nnominal-api\nnominal-api-protos\nnominatim-api\nnonbloat-db\nnoneprompt\nnonestorage\nnorfair\nnormality\nnose2\nnose2pytest\nnotebook\nnotebook-shim\nnotedown\nnotifications-android-tv\nnotifications-python-client\nnotify-events\nnotify-py\nnotify2\nnotion-client\nnotmuch\nnotmuch2\nnotobuilder\nnotus-scanner\nnox\nnplusone\nnptyping\nnpyscreen\nnsapi\nnskeyedunarchiver\nnsw-fuel-api-client\nnsz\nntc-templates\nntfy-webpush\nntplib\nnuclear\nnuheat\nnuitka\nnulltype\nnum2words\nnumato-gpio\nnumba\nnumba-scipy\nnumbaWithCuda\nnumbagg\nnumcodecs\nnumdifftools\nnumericalunits\nnumexpr\nnumpy\nnumpy-financial\nnumpy-groupies\nnumpy-stl\nnumpy-typing-compat\nnumpy_1\nnumpy_2\nnumpydoc\nnumpyro\nnunavut\nnutils\nnutils-poly\nnutpie\nnvchecker\nnvdlib\nnvidia-dlprof-pytorch-nvtx\nnvidia-ml-py\nnwdiag\nnxt-python\nnyt-games\noasatelematics\noath\noathtool\noauth2-client\noauth2client\noauthenticator\noauthlib\nobfsproxy\nobjexplore\nobjgraph\nobjprint\nobjsize\nobspy\noca-port\nochre\noci\nocifs\nocrmypdf\nod\nodc-geo\nodc-loader\nodc-stac\noddsprout\nodfpy\nodp-amsterdam\noelint-data\noelint-parser\noemthermostat\nofftrac\nofxclient\nofxhome\nofxparse\nofxtools\nogmios\nohme\noic\nokonomiyaki\nokta\noldest-supported-numpy\noldmemo\nolefile\noletools\nollama\nome-zarr\nomegaconf\nomemo\nomemo-dr\nomnikinverter\nomnilogic\nomniorb\nomniorbpy\nomorfi\nomrdatasettools\noncalendar\nondilo\nonecache\nonedrive-personal-sdk\nonetimepad\nonetimepass\nonigurumacffi\nonkyo-eiscp\nonline-judge-api-client\nonline-judge-tools\nonline-judge-verify-helper\nonlykey-solo-python\nonnx\nonnxconverter-common\nonnxmltools\nonnxruntime\nonnxruntime-tools\nonnxslim\nonvif-zeep\nonvif-zeep-async\noocsi\nopack2\nopaque\nopcua-widgets\nopen-clip-torch\nopen-garage\nopen-hypergraphs\nopen-interpreter\nopen-meteo\nopenai\nopenai-agents\nopenai-harmony\nopenai-whisper\nopenaiauth\nopenant\nopenapi-core\nopenapi-pydantic\nopenapi-schema-validator\nopenapi-spec-validator\nopenapi3\nopenbabel\nopencamlib\nopencc\nopencensus\nopencensus-context\nopencensus-ext-azure\nopencontainers\nopencv-python\nopencv-python-headless\nopencv4\nopencv4Full\nopendal\nopenerz-api\nopenevsewifi\nopenfga-sdk\nopenhomedevice\nopenidc-client\nopenmm\nopenpaperwork-core\nopenpaperwork-gtk\nopenpyxl\nopenrazer\nopenrazer-daemon\nopenrgb-python\nopenrouteservice\nopensearch-py\nopensensemap-api\nopensfm\nopenshift\nopensimplex\nopenslide\nopenstackdocstheme\nopenstacksdk\nopenstep-parser\nopenstep-plist\nopentelemetry-api\nopentelemetry-distro\nopentelemetry-exporter-otlp\nopentelemetry-exporter-otlp-proto-common\nopentelemetry-exporter-otlp-proto-grpc\nopentelemetry-exporter-otlp-proto-http\nopentelemetry-exporter-prometheus\nopentelemetry-instrumentation\nopentelemetry-instrumentation-aiohttp-client\nopentelemetry-instrumentation-asgi\nopentelemetry-instrumentation-botocore\nopentelemetry-instrumentation-celery\nopentelemetry-instrumentation-dbapi\nopentelemetry-instrumentation-django\nopentelemetry-instrumentation-fastapi\nopentelemetry-instrumentation-flask\nopentelemetry-instrumentation-grpc\nopentelemetry-instrumentation-httpx\nopentelemetry-instrumentation-logging\nopentelemetry-instrumentation-psycopg2\nopentelemetry-instrumentation-redis\nopentelemetry-instrumentation-requests\nopentelemetry-instrumentation-sqlalchemy\nopentelemetry-instrumentation-urllib3\nopentelemetry-instrumentation-wsgi\nopentelemetry-propagator-aws-xray\nopentelemetry-proto\nopentelemetry-sdk\nopentelemetry-semantic-conventions\nopentelemetry-test-utils\nopentelemetry-util-http\nopentimestamps\nopentsne\nopenturns\nopentype-feature-freezer\nopentypespec\nopenusd\nopenvino\nopenwebifpy\nopenwrt-luci-rpc\nopenwrt-ubus-rpc\nopower\nopsdroid-get-image-size\nopt-einsum\noptax\noptimistix\noptimum\noptree\noptuna\noptuna-dashboard\noptype\nopuslib\nopytimark\noracledb\noralb-ble\norange-canvas-core\norange-widget-base\norange3\noras\norbax-checkpoint\nordered-set\norderedmultidict\norderly-set\norgformat\norgparse\norjson\normar\normsgpack\nortools\noru\norvibo\noryx\nos-client-config\nos-service-types\nosc\nosc-diagram\nosc-lib\nosc-placement\nosc-sdk-python\noschmod\noscpy\noscrypto\noscscreen\noset\noslex\noslo-concurrency\noslo-config\noslo-context\noslo-db\noslo-i18n\noslo-log\noslo-metrics\noslo-serialization\noslo-utils\noslotest\nosmapi\nosmnx\nosmpythontools\nospd\nosprofiler\nosqp\nosrparse\noss2\nossapi\nossfs\nosxphotos\notpauth\notr\nots-python\nourgroceries\noutcome\noutdated\noutlines\noutlines-core\noutspin\noverly\noverpy\noverrides\novh\novmfvartool\novoenergy\nowslib\noyaml\np1monitor\npa-ringbuffer\npackageurl-python\npackaging\npackaging-legacy\npackbits\npacket-python\npackvers\npad4pi\npaddle-bfloat\npaddle2onnx\npaddleocr\npaddlepaddle\npaddlex\npagelabels\npaginate\npaho-mqtt\npaintcompiler\npalace\npalettable\npallets-sphinx-themes\npamela\npamqp\npan-os-python\npan-python\npanacotta\npanasonic-viera\npandantic\npandas\npandas-datareader\npandas-stubs\npandas-ta\npandera\npandoc-attributes\npandoc-latex-environment\npandoc-xnos\npandocfilters\npanel\npanflute\npanphon\npanzi-json-logic\npaperbush\npapermill\npaperwork-backend\npaperwork-shell\npapis\npapis-python-rofi\npara\nparagraphs\nparallel-ssh\nparam\nparamax\nparameter-decorators\nparameter-expansion-patched\nparameterized\nparametrize-from-file\nparamiko\nparanoid-crypto\nparfive\nparquet\nparse\nparse-type\nparsedatetime\nparsedmarc\nparsel\nparselmouth\nparsimonious\nparsley\nparsnip\nparso\nparsy\npartd\npartftpy\npartial-json-parser\nparticle\nparts\nparver\npasimple\npasslib\npassword-entropy\npaste\npastedeploy\npastel\npastescript\npatator\npatch\npatch-ng\npatchpy\npath\npath-and-address\npathable\npathlib-abc\npathlib2\npathos\npathspec\npathtools\npathvalidate\npathy\npatiencediff\npatool\npatrowl4py\npatsy\npaver\npaypal-checkout-serversdk\npaypalhttp\npaypalrestsdk\npbar\npbkdf2\npbr\npbs-installer\npbxproj\npcapy-ng\npcbnewtransition\npcffont\npcodec\npcodedmp\npcpp\npcre2-py\npdb2pqr\npdbfixer\npdf2docx\npdf2image\npdfkit\npdfminer-six\npdfplumber\npdfquery\npdfrw\npdfrw2\npdftotext\npdm-backend\npdm-build-locked\npdm-pep517\npdoc\npdoc-pyo3-sample-library\npdoc3\npdunehd\npeacasso\npeakutils\npeaqevcore\npebble\npeblar\npecan\npeco\npeewee\npeewee-migrate\npefile\npeft\npegen\npelican\npem\npencompy\npendulum\npentapy\npep440\npep517\npep8\npep8-naming\npepit\npeppercorn\nperfplot\nperiodictable\nperiodiq\npermissionedforms\npersim\npersist-queue\npersistent\npersisting-theory\npescea\npesq\npetl\npetsc4py\npetsctools\npettingzoo\npex\npexif\npexpect\npfzy\npg8000\npgcli\npglast\npglive\npgmpy\npgpdump\npgpy\npgpy-dtc\npgsanity\npgspecial\npgvector\nphart\nphe\nphik\nphilipstv\nphone-modem\nphonemizer\nphonenumbers\nphonenumberslite\nphonopy\nphotutils\nphply\nphpserialize\nphunspell\nphx-class-registry\npi1wire\npiano-transcription-inference\npiccata\npiccolo\npiccolo-theme\npick\npickleshare\npickpack\npicobox\npicologging\npicos\npicosvg\npid\npiep\npiexif\npigpio\npijuice\npika\npika-pool\npikepdf\npilight\npilkit\npillow\npillow-heif\npillow-jpls\npillowfight\npims\npinboard\npinecone-client\npinecone-plugin-assistant\npinecone-plugin-interface\nping3\npinocchio\npins\npint\npint-pandas\npint-xarray\npip\npip-api\npip-chill\npip-install-test\npip-requirements-parser\npip-system-certs\npip-tools\npipdate\npipdeptree\npipe\npiper-phonemize\npipetools\npipx\npiqp\npivy\npixcat\npixel-font-builder\npixel-font-knife\npixel-ring\npixelmatch\npizzapi\npjsua2\npkce\npkg-about\npkgconfig\npkginfo\npkginfo2\npkgutil-resolve-name\npkuseg\nplac\nplaid-python\nplanetary-computer\nplantuml\nplantuml-markdown\nplasTeX\nplaster\nplaster-pastedeploy\nplastexdepgraph\nplastexshowmore\nplatformdirs\nplaysound\nplaywright\nplaywright-stealth\nplaywrightcapture\nplexapi\nplexauth\nplexwebsocket\nplfit\nplink\nplone-testing\nploomber-core\nploomber-extension\nplopp\nplotext\nplotille\nplotly\nplotnine\nplotpy\npluggy\npluginbase\nplugincode\npluginlib\nplugnplay\nplugp100\nplugwise\nplum-py\nplumbum\npluralizer\npluthon\nplux\nply\nplyara\nplyer\nplyfile\nplyplus\nplyvel\npmdarima\npmdsky-debug-py\npmsensor\npmw\npnglatex\npocket\npocketsphinx\npodcastparser\npodcats\npodgen\npodman\npoetry-core\npoetry-dynamic-versioning\npoetry-semver\npolarizationsolver\npolars\npolib\npolicy-sentry\npolicyuniverse\npolling\npolyfactory\npolygon3\npolyline\npolyswarm-api\npomegranate\npontos\npony\nponywhoosh\npooch\npook\npoolsense\npoppler-qt5\nport-for\nportalocker\nportend\nportion\nportpicker\nposix-ipc\npostgrest\nposthog\npot\npotentials\npotr\npower\npowerapi\npowerfox\npowerline\npowerline-mem-segment\npox\npoyo\nppdeep\nppft\nppk2-api\npplpy\npprintpp\npproxy\nppscore\npq\nprance\npraw\nprawcore\nprayer-times-calculator-offline\npre-commit-hooks\npre-commit-po-hooks\nprecis-i18n\nprecisely\nprefect\nprefixed\npreggy\npreprocess-cancellation\npresenterm-export\npreshed\npresto-python-client\npretend\npretty-errors\nprettytable\nprice-parser\nprimecountpy\nprimepy\nprimer3\nprint-color\npriority\nprisma\nprison\nprocess-tests\nprocmon-parser\nprodict\nprogettihwsw\nproglog\nprogress\nprogressbar\nprogressbar2\nprogressbar33\nproliphix\nprometheus-api-client\nprometheus-async\nprometheus-client\nprometheus-fastapi-instrumentator\nprometheus-flask-exporter\nprometheus-pandas\nprometrix\npromise\nprompt-toolkit\nprompthub-py\npropcache\nproperty-cached\nproperty-manager\nprophet\npropka\nprosemirror\nprotego\nproto-plus\nprotobuf\nprotobuf3-to-dict\nprotobuf4\nprotobuf5\nprotobuf6\nprotoletariat\nproton-client\nproton-core\nproton-keyring-linux\nproton-vpn-api-core\nproton-vpn-local-agent\nproton-vpn-network-manager\nprotonup-ng\nprov\nprowlpy\nprox-tv\nproxmoxer\nproxsuite\nproxy-db\nproxy-py\nproxy-tools\npsautohint\npscript\npsd-tools\npsnawp\npsrpcore\npsutil\npsutil-home-assistant\npsychrolib\npsycopg\npsycopg-c\npsycopg-pool\npsycopg2\npsycopg2-binary\npsycopg2cffi\npsygnal\nptest\nptpython\nptyprocess\npublicsuffix\npublicsuffix2\npublicsuffixlist\npubnub\npubnubsub-handler\npudb\npueblo\npulp\npulsar-client\npulsectl\npulsectl-asyncio\npulumi\npulumi-aws\npulumi-aws-native\npulumi-azure-native\npulumi-command\npulumi-hcloud\npulumi-random\npure-cdb\npure-eval\npure-pcapy3\npure-protobuf\npure-python-adb\npure-python-adb-homeassistant\npure-sasl\npuremagic\npurepng\npurl\npushbullet-py\npushover-complete\npvextractor\npvlib\npvo\npwdlib\npweave\npwinput\npwkit\npwlf\npwntools\npy\npy-air-control\npy-air-control-exporter\npy-aosmith\npy-bip39-bindings\npy-canary\npy-ccm15\npy-cid\npy-cpuinfo\npy-dactyl\npy-datastruct\npy-deprecate\npy-desmume\npy-deviceid\npy-dmidecode\npy-dormakaba-dkey\npy-ecc\npy-evm\npy-expression-eval\npy-iam-expand\npy-improv-ble-client\npy-libnuma\npy-libzfs\npy-lru-cache\npy-machineid\npy-madvr2\npy-melissa-climate\npy-multiaddr\npy-multibase\npy-multicodec\npy-multihash\npy-nextbusnext\npy-nightscout\npy-ocsf-models\npy-opensonic\npy-partiql-parser\npy-pdf-parser\npy-radix-sr\npy-rust-stemmers\npy-schluter\npy-serializable\npy-slvs\npy-sneakers\npy-sonic\npy-sr25519-bindings\npy-stringmatching\npy-sucks\npy-synologydsm-api\npy-tes\npy-ubjson\npy-vapid\npy-zabbix\npy2bit\npy2vega\npy3amf\npy3buddy\npy3dns\npy3exiv2\npy3langid\npy3nvml\npy3rijndael\npy3status\npy4j\npy65\npy7zr\npyabpoa\npyacaia-async\npyacoustid\npyadjoint-ad\npyads\npyaehw4a1\npyaes\npyaftership\npyahocorasick\npyairnow\npyairports\npyairtable\npyairvisual\npyais\npyalgotrade\npyalsaaudio\npyamg\npyaml\npyaml-env\npyannotate\npyannote-audio\npyannote-core\npyannote-database\npyannote-metrics\npyannote-pipeline\npyannoteai-sdk\npyaprilaire\npyarlo\npyarr\npyarrow\npyarrow-hotfix\npyasn\npyasn1\npyasn1-modules\npyasuswrt\npyasynchat\npyasyncore\npyatag\npyatem\npyathena\npyatmo\npyatome\npyatspi\npyatv\npyaudio\npyaussiebb\npyautogui\npyavm\npyaxmlparser\npybalboa\npybars3\npybase64\npybbox\npybcj\npybids\npybigwig\npybind11\npybind11-abseil\npybind11-stubgen\npybindgen\npyblackbird\npybloom-live\npyblu\npybluez\npybotvac\npybox2d\npybravia\npybrowserid\npybrowsers\npybtex\npybtex-docutils\npybullet\npycairo\npycangjie\npycapnp\npycaption\npycardano\npycares\npycarwings2\npycasbin\npycatch22\npycayennelpp\npycddl\npycdio\npycec\npycep-parser\npycfdns\npycflow2dot\npycfmodel\npychannels\npychm\npychromecast\npycketcasts\npyclimacell\npyclip\npyclipper\npycm\npycmarkgfm\npycmus\npycobertura\npycocotools\npycodestyle\npycognito\npycoin\npycollada\npycolorecho\npycomfoconnect\npycomm3\npycompliance\npycomposefile\npycontrol4\npycookiecheat\npycoolmasternet-async\npycosat\npycotap\npycountry\npycountry-convert\npycparser\npycrashreport\npycrc\npycrdt\npycrdt-store\npycrdt-websocket\npycritty\npycron\npycrypto\npycryptodome\npycryptodomex\npycsdr\npycsspeechtts\npyct\npyctr\npycuda\npycups\npycurl\npycxx\npycycling\npycync\npycyphal\npydaikin\npydal\npydanfossair\npydantic\npydantic-argparse-extensible\npydantic-compat\npydantic-core\npydantic-extra-types\npydantic-scim\npydantic-settings\npydantic_1\npydash\npydata-google-auth\npydata-sphinx-theme\npydateinfer\npydbus\npydeako\npydeck\npydeconz\npydelijn\npydemumble\npydenticon\npydeps\npydes\npydevccu\npydevd\npydevtool\npydexcom\npydicom\npydicom-seg\npydiffx\npydigiham\npydiscourse\npydiscovergy\npydispatcher\npydmd\npydo\npydocstyle\npydocumentdb\npydoe\npydoods\npydot\npydrawise\npydrive2\npydroid-ipcam\npydroplet\npydruid\npydsdl\npydub\npyduke-energy\npyduotecno\npydy\npydyf\npyeapi\npyebox\npyebus\npyecharts\npyeclib\npyecoforest\npyeconet\npyecotrend-ista\npyecowitt\npyedflib\npyedimax\npyee\npyefergy\npyegps\npyeight\npyeiscp\npyelectra\npyelftools\npyembroidery\npyemby\npyemd\npyemoncms\npyemvue\npyenchant\npyenphase\npyenvisalink\npyephember2\npyepsg\npyequihash\npyerfa\npyeverlights\npyevilgenius\npyevmasm\npyevtk\npyexcel\npyexcel-io\npyexcel-ods\npyexcel-xls\npyexiftool\npyexpect\npyexploitdb\npyezvizapi\npyface\npyfaidx\npyfakefs\npyfakewebcam\npyfatfs\npyfcm\npyfdt\npyfibaro\npyfido\npyfiglet\npyfirefly\npyfireservicerota\npyflakes\npyflexit\npyflic\npyflick\npyflipper\npyfluidsynth\npyflume\npyfma\npyfnip\npyforked-daapd\npyformlang\npyfreedompro\npyfribidi\npyfritzhome\npyfronius\npyftdi\npyftgl\npyftpdlib\npyfttt\npyfume\npyfunctional\npyfuse3\npyfwup\npyfxa\npyfzf\npygal\npygame\npygame-ce\npygame-gui\npygame-sdl2\npygatt\npygccxml\npygdbmi\npygelf\npygeocodio\npygerber\npygetwindow\npyghmi\npygit2\npygitguardian\npygithub\npyglet\npyglm\npyglossary\npygls\npygls_1\npygls_2\npygltflib\npygmars\npygments\npygments-better-html\npygments-markdown-lexer\npygments-style-github\npygmo\npygmt\npygnmi\npygnuutils\npygobject-stubs\npygobject3\npygount\npygpgme\npygraphviz\npygreat\npygrok\npygsl\npygtail\npygtfs\npygti\npygtkspellcheck\npygtrie\npyhacrf-datamade\npyhamcrest\npyhanko\npyhanko-certvalidator\npyhaversion\npyhcl\npyhdfe\npyheck\npyheos\npyhepmc\npyhibp\npyhidra\npyhik\npyhive-integration\npyhocon\npyhomee\npyhomematic\npyhomepilot\npyhomeworks\npyhumps\npyi2cflash\npyialarm\npyiceberg\npyiceberg-core\npyicloud\npyicu\npyicumessageformat\npyimg4\npyimgbox\npyimpfuzzy\npyindego\npyinfra\npyinotify\npyinputevent\npyinstaller\npyinstaller-hooks-contrib\npyinstaller-versionfile\npyinsteon\npyinstrument\npyinterp\npyintesishome\npyipma\npyipp\npyipv8\npyiqvia\npyirishrail\npyisbn\npyisemail\npyiskra\npyiss\npyisy\npyitachip2ir\npyituran\npyixapi\npyjks\npyjnius\npyjpegls\npyjson5\npyjsparser\npyjvcprojector\npyjwkest\npyjwt\npykakasi\npykaleidescape\npykalman\npykcs11\npykdebugparser\npykdl\npykdtree\npykeepass\npykerberos\npykeyatome\npykira\npykka\npykmtronic\npykodi\npykoplenti\npykostalpiko\npykrakenapi\npykrige\npykulersky\npykwalify\npykwb\npylacrosse\npylacus\npylama\npylamarzocco\npylance\npylast\npylatex\npylatexenc\npylaunches\npyld\npyldavis\npylddwrap\npyleri\npylette\npylev\npylgnetcast\npylibacl\npylibconfig2\npylibdmtx\npylibftdi\npylibjpeg\npylibjpeg-data\npylibjpeg-libjpeg\npylibjpeg-openjpeg\npylibjpeg-rle\npyliblo3\npylibmc\npylibrespot-java\npylibsrtp\npylink-square\npylint\npylint-celery\npylint-django\npylint-flask\npylint-odoo\npylint-plugin-utils\npylint-venv\npylion\npylit\npylitejet\npylitterbot\npylnk3\npyloadapi\npyloggermanager\npylpsd\npylru\npyls-flake8\npyls-isort\npyls-memestra\npyls-spyder\npylsl\npylsp-mypy\npylsp-rope\npylsqpack\npylutron\npylutron-caseta\npyluwen\npylxd\npylyrics\npylzma\npylzss\npym3u8downloader\npymacaroons\npymailgunner\npymanopt\npymarshal\npymata-express\npymatgen\npymatreader\npymatting\npymaven-patch\npymavlink\npymbolic\npymc\npymdown-extensions\npymdstat\npymediainfo\npymediaroom\npymedio\npymee\npymeeus\npymemcache\npymemoize\npyment\npymeshlab\npymeta3\npymetar\npymetasploit3\npymeteireann\npymeteoclimatic\npymetno\npymfy\npymicro-vad\npymicrobot\npymiele\npymilter\npymilvus\npymitsubishi\npymitv\npymobiledevice3\npymochad\npymodbus\npymodbus-repl\npymodes\npymonctl\npymongo\npymongo-inmemory\npymonoprice\npymoo\npymorphy2\npymorphy2-dicts-ru\npymorphy3\npymorphy3-dicts-ru\npymorphy3-dicts-uk\npympler\npymsgbox\npymssql\npymsteams\npymumble\npymunk\npymupdf\npymupdf-fonts\npymupdf4llm\npymvglive\npymysensors\npymysql\npymysqlsa\npymystem3\npynac\npynacl\npynamecheap\npynamodb\npynanoleaf\npync\npynecil\npynello\npynest2d\npynetbox\npynetdicom\npynetgear\npynetio\npynfsclient\npyngo\npyngrok\npynina\npynintendoparental\npynipap\npynisher\npynitrokey\npynmea2\npynmeagps\npynndescent\npynng\npynobo\npynordpool\npynotifier\npynput\npynrrd\npynslookup\npynuki\npynut2\npynvim\npynvim-pp\npynvml\npynws\npynx584\npynzb\npynzbgetapi\npyobihai\npyobjc-core\npyobjc-framework-Cocoa\npyobjc-framework-Quartz\npyobjc-framework-Security\npyobjc-framework-WebKit\npyocd\npyocd-pemicro\npyocr\npyoctoprintapi\npyodbc\npyogg\npyogrio\npyombi\npyomo\npyopen-wakeword\npyopencl\npyopengl\npyopengl-accelerate\npyopengltk\npyopenjtalk\npyopensprinkler\npyopenssl\npyopenuv\npyopenweathermap\npyopnsense\npyoppleio\npyoppleio-legacy\npyoprf\npyorc\npyorthanc\npyosf\npyosmium\npyosoenergyapi\npyosohotwaterapi\npyotb\npyotgw\npyotp\npyoutbreaksnearme\npyoverkiz\npyowm\npyoxigraph\npypager\npypalazzetti\npypamtest\npypandoc\npypaperless\npyparsebluray\npyparser\npyparsing\npyparted\npypass\npypasser\npypblib\npypca\npypck\npypdf\npypdf2\npypdf3\npypdfium2\npypeg2\npypemicro\npyperclip\npyperclipfix\npyperf\npyperscan\npypglab\npyphen\npyphotonfile\npypika\npypillowfight\npypinyin\npypiserver\npypitoken\npypjlink2\npyplaato\npyplatec\npypng\npypoint\npypoolstation\npyporscheconnectapi\npyportainer\npyppeteer\npyppeteer-ng\npyppmd\npyprecice\npypresence\npyprind\npyprobables\npyprobeplus\npyprof2calltree\npyproj\npyproject-api\npyproject-hooks\npyproject-metadata\npyproject-parser\npyprosegur\npyprusalink\npyps4-2ndscreen\npypsrp\npyptlib\npypubsub\npypugjs\npypykatz\npypytools\npyqodeng-angr\npyqrcode\npyqt-builder\npyqt3d\npyqt5\npyqt5-multimedia\npyqt5-sip\npyqt5-stubs\npyqt5-webkit\npyqt6\npyqt6-charts\npyqt6-sip\npyqt6-webengine\npyqtchart\npyqtdarktheme\npyqtdatavisualization\npyqtgraph\npyqtwebengine\npyquaternion\npyquery\npyquerylist\npyquil\npyqvrpro\npyqwikswitch\npyrabbit2\npyrad\npyradiomics\npyradios\npyrail\npyrainbird\npyramid\npyramid-beaker\npyramid-chameleon\npyramid-exclog\npyramid-jinja2\npyramid-mako\npyramid-multiauth\npyrate-limiter\npyrdfa3\npyre-extensions\npyreaderwriterlock\npyreadstat\npyrealsense2\npyrealsense2WithCuda\npyrealsense2WithoutCuda\npyrecswitch\npyrect\npyregion\npyrender\npyrepetierng\npyrevolve\npyrfc3339\npyrfxtrx\npyric\npyring-buffer\npyrisco\npyrituals\npyrmvtransport\npyro-api\npyro-ppl\npyro4\npyro5\npyroaring\npyrogram\npyroma\npyroute2\npyrr\npyrsistent\npyrss2gen\npyrtlsdr\npyrympro\npysabnzbd\npysaj\npysam\npysaml2\npysatochip\npysbd\npysc2\npyscaffold\npyscaffoldext-cookiecutter\npyscaffoldext-custom-extension\npyscaffoldext-django\npyscaffoldext-dsproject\npyscaffoldext-markdown\npyscaffoldext-travis\npyscard\npyscf\npyschedule\npyschemes\npyschlage\npyscreenshot\npyscreeze\npyscrypt\npyscss\npysdcp\npysdl2\npysdl3\npysearpc\npysecretsocks\npysecuritas\npysendfile\npysensibo\npysensors\npysequoia\npyserial\npyserial-asyncio\npyserial-asyncio-fast\npyseries\npysesame2\npyseventeentrack\npysftp\npyshark\npyshp\npysiaalarm\npyside2\npyside2-tools\npyside6\npyside6-qtads\npysigma\npysigma-backend-elasticsearch\npysigma-backend-insightidr\npysigma-backend-loki\npysigma-backend-opensearch\npysigma-backend-qradar\npysigma-backend-splunk\npysigma-backend-sqlite\npysigma-pipeline-crowdstrike\npysigma-pipeline-sysmon\npysigma-pipeline-windows\npysignalclirestapi\npysignalr\npysigset\npysilero-vad\npysim\npysimplesoap\npysingleton\npyskyqhub\npyskyqremote\npyslim\npyslurm\npysma\npysmappee\npysmarlaapi\npysmart\npysmartapp\npysmartdl\npysmartthings\npysmarty2\npysmb\npysmbc\npysmf\npysmhi\npysmi\npysml\npysmlight\npysmt\npysnmp\npysnmp-pyasn1\npysnmp-pysmi\npysnmpcrypto\npysnmplib\npysnooper\npysnooz\npysnow\npysocks\npysodium\npysol-cards\npysolarmanv5\npysolcast\npysolr\npysoma\npysonos\npysoundfile\npyspark\npyspcwebgw\npyspeex-noise\npyspellchecker\npyspelling\npyspf\npyspice\npyspiflash\npyspinel\npyspnego\npysptk\npyspx\npysqlcipher3\npysqlitecipher\npysqueezebox\npysrdaligateway\npysrim\npysrt\npyssim\npystac\npystac-client\npystache\npystardict\npystatgrab\npystemd\npystemmer\npystiebeleltron\npystray\npysubs2\npysuezv2\npysunspec2\npysvg-py3\npysvn\npyswitchbee\npyswitchbot\npyswitchmate\npysychonaut\npysyncobj\npysyncthru\npytabix\npytablewriter\npytaglib\npytankerkoenig\npytap2\npytapo\npytask\npytautulli\npyte\npytelegrambotapi\npytenable\npytensor\npytesseract\npytest\npytest-aio\npytest-aiohttp\npytest-aioresponses\npytest-annotate\npytest-ansible\npytest-archon\npytest-arraydiff\npytest-astropy\npytest-astropy-header\npytest-asyncio\npytest-asyncio-cooperative\npytest-asyncio_0\npytest-base-url\npytest-bdd\npytest-benchmark\npytest-black\npytest-cache\npytest-cases\npytest-catchlog\npytest-celery\npytest-check\npytest-cid\npytest-click\npytest-codspeed\npytest-console-scripts\npytest-cov\npytest-cov-stub\npytest-cram\npytest-datadir\npytest-datafiles\npytest-dependency\npytest-describe\npytest-django\npytest-docker\npytest-docker-tools\npytest-doctestplus\npytest-dotenv\npytest-emoji\npytest-env\npytest-error-for-skips\npytest-examples\npytest-expect\npytest-factoryboy\npytest-filter-subpackage\npytest-fixture-config\npytest-flake8\npytest-flakes\npytest-flask\npytest-forked\npytest-freezegun\npytest-freezer\npytest-gitconfig\npytest-golden\npytest-grpc\npytest-harvest\npytest-helpers-namespace\npytest-html\npytest-httpbin\npytest-httpserver\npytest-httpx\npytest-icdiff\npytest-image-diff\npytest-instafail\npytest-integration\npytest-isort\npytest-json-report\npytest-jupyter\npytest-kafka\npytest-lazy-fixture\npytest-lazy-fixtures\npytest-localserver\npytest-logdog\npytest-lsp\npytest-markdown-docs\npytest-md-report\npytest-metadata\npytest-mock\npytest-mockito\npytest-mockservers\npytest-mpi\npytest-mpl\npytest-mypy\npytest-mypy-plugins\npytest-notebook\npytest-order\npytest-parallel\npytest-param-files\npytest-playwright\npytest-plt\npytest-plus\npytest-pook\npytest-postgresql\npytest-pudb\npytest-pycodestyle\npytest-pylint\npytest-pytestrail\npytest-qt\npytest-quickcheck\npytest-raises\npytest-raisesregexp\npytest-raisin\npytest-random-order\npytest-randomly\npytest-recording\npytest-regressions\npytest-relaxed\npytest-remotedata\npytest-repeat\npytest-reraise\npytest-rerunfailures\npytest-resource-path\npytest-responses\npytest-retry\npytest-reverse\npytest-ruff\npytest-run-parallel\npytest-scim2-server\npytest-selenium\npytest-server-fixtures\npytest-services\npytest-shared-session-scope\npytest-shutil\npytest-smtpd\npytest-snapshot\npytest-socket\npytest-spec\npytest-subprocess\npytest-subtesthack\npytest-subtests\npytest-sugar\npytest-tap\npytest-test-utils\npytest-testinfra\npytest-testmon\npytest-textual-snapshot\npytest-timeout\npytest-tornado\npytest-tornasync\npytest-trio\npytest-twisted\npytest-unmagic\npytest-unordered\npytest-variables\npytest-vcr\npytest-virtualenv\npytest-voluptuous\npytest-warnings\npytest-watch\npytest-xdist\npytest-xprocess\npytest-xvfb\npytest7CheckHook\npytest8_3CheckHook\npytest_7\npytest_8_3\npytestcache\npythinkingcleaner\npython-aodhclient\npython-apt\npython-arango\npython-awair\npython-axolotl\npython-axolotl-curve25519\npython-barbicanclient\npython-barcode\npython-baseconv\npython-benedict\npython-bidi\npython-binance\npython-bitcoinlib\npython-blockchain-api\npython-box\npython-bsblan\npython-bugzilla\npython-calamine\npython-can\npython-cinderclient\npython-citybikes\npython-clementine-remote\npython-codon-tables\npython-coinmarketcap\npython-constraint\npython-creole\npython-crfsuite\npython-crontab\npython-csxcad\npython-ctags3\npython-daemon\npython-dali\npython-datemath\npython-dateutil\npython-dbusmock\npython-debian\npython-decouple\npython-designateclient\npython-didl-lite\npython-digitalocean\npython-djvulibre\npython-docs-theme\npython-docx\npython-doi\npython-dotenv\npython-ecobee-api\npython-editor\npython-engineio\npython-engineio-v3\npython-escpos\npython-etcd\npython-etherscan-api\npython-ev3dev2\npython-family-hub-local\npython-fedora\npython-ffmpeg\npython-flirt\npython-fontconfig\npython-frontmatter\npython-fsutil\npython-fullykiosk\npython-fx\npython-gammu\npython-gc100\npython-gitlab\npython-glanceclient\npython-gnupg\npython-google-drive-api\npython-google-nest\npython-gvm\npython-hcl2\npython-heatclient\npython-hglib\npython-hl7\npython-homeassistant-analytics\npython-homewizard-energy\npython-hosts\npython-hpilo\npython-http-client\npython-i18n\npython-idzip\npython-ipmi\npython-ipware\npython-ironicclient\npython-iso639\npython-izone\npython-jenkins\npython-join-api\npython-jose\npython-json-logger\npython-jsonpath\npython-juicenet\npython-kadmin-rs\npython-kasa\npython-keycloak\npython-keystoneclient\npython-ldap\npython-ldap-test\npython-libnmap\npython-linkplay\npython-linux-procfs\npython-logging-loki\npython-logstash\npython-lorem\npython-louvain\npython-lsp-black\npython-lsp-jsonrpc\npython-lsp-ruff\npython-lsp-server\npython-ly\npython-lzf\npython-lzo\npython-magic\npython-magnumclient\npython-manilaclient\npython-mapnik\npython-markdown-math\npython-matter-server\npython-mbedtls\npython-melcloud\npython-memcached\npython-miio\npython-mimeparse\npython-mistralclient\npython-mnist\npython-motionmount\npython-mpv-jsonipc\npython-multipart\npython-musicpd\npython-mystrom\npython-ndn\npython-nest\npython-neutronclient\npython-nmap\npython-nomad\npython-novaclient\npython-nvd3\npython-oauth2\npython-obfuscator\npython-octaviaclient\npython-olm\npython-on-whales\npython-open-router\npython-opendata-transport\npython-openems\npython-opensky\npython-openstackclient\npython-openzwave\npython-osc\npython-otbr-api\npython-overseerr\npython-owasp-zap-v2-4\npython-oxmsg\npython-packer\npython-pae\npython-pam\npython-path\npython-pcapng\npython-periphery\npython-picnic-api2\npython-pidfile\npython-pipedrive\npython-pkcs11\npython-pooldose\npython-poppler\npython-pptx\npython-prctl\npython-ptrace\npython-qt\npython-rabbitair\npython-rapidjson\npython-redis-lock\npython-registry\npython-ripple-api\npython-roborock\npython-rtmidi\npython-sat\npython-secp256k1-cardano\npython-slugify\npython-smarttub\npython-snap7\npython-snappy\npython-snoo\npython-socketio\npython-socketio-v4\npython-socks\npython-songpal\npython-speech-features\npython-sql\npython-status\npython-stdnum\npython-string-utils\npython-swiftclient\npython-tado\npython-tds\npython-technove\npython-telegram\npython-telegram-bot\npython-toolbox\npython-transip\npython-troveclient\npython-trovo\npython-tsp\npython-twitch-client\npython-twitter\npython-u2flib-host\npython-uinput\npython-ulid\npython-unrar\npython-utils\npython-vagrant\npython-velbus\npython-vipaccess\npython-vlc\npython-watcherclient\npython-whois\npython-wink\npython-xapp\npython-xmp-toolkit\npython-xz\npython-yakh\npython-yate\npython-youtube\npython-zaqarclient\npython-zbar\npython-zunclient\npython3-application\npython3-eventlib\npython3-gnutls\npython3-openid\npython3-saml\npythondialog\npythonefl\npythonegardia\npythonfinder\npythonkuma\npythonnet\npythonocc-core\npythonqwt\npythran\npythreejs\npytibber\npytikz-allefeld\npytile\npytimeparse\npytimeparse2\npytinyrenderer\npytlv\npytm\npytmx\npytomlpp\npytomorrowio\npytoolconfig\npytools\npytorch-bench\npytorch-lightning\npytorch-memlab\npytorch-metric-learning\npytorch-msssim\npytorch-pfn-extras\npytorch-tabnet\npytorch-tokenizers\npytorch3d\npytorchviz\npytouchline-extended\npytouchlinesl\npytraccar\npytradfri\npytrafikverket\npytransportnsw\npytransportnswv2\npytricia\npytrydan\npyttsx3\npytube\npytubefix\npytun\npytun-pmd3\npyturbojpeg\npytweening\npytz\npytz-deprecation-shim\npyu2f\npyuca\npyudev\npyunbound\npyunifi\npyunormalize\npyunpack\npyupdate\npyupgrade\npyuptimerobot\npyusb\npyuseragents\npyutil\npyuv\npyvcd\npyvera\npyverilog\npyvers\npyversasense\npyvesync\npyvex\npyvicare\npyvips\npyvirtualdisplay\npyvis\npyvisa\npyvisa-py\npyvisa-sim\npyvista\npyviz-comms\npyvizio\npyvlx\npyvmomi\npyvo\npyvolumio\npyvows\npyw215\npyw800rf32\npywal\npywatchman\npywaterkotte\npywavefront\npywavelets\npywayland\npywaze\npywbem\npyweatherflowrest\npyweatherflowudp\npywebcopy\npywebpush\npywebview\npywemo\npywerview\npywfa\npywikibot\npywilight\npywinbox\npywinctl\npywinrm\npywizlight\npywlroots\npywmspro\npyworld\npyworxcloud\npyws66i\npyx\npyxattr\npyxbe\npyxdg\npyxeoma\npyxiaomigateway\npyxl3\npyxlsb\npyxnat\npyyaml\npyyaml-env-tag\npyyaml-ft\npyyaml-include\npyyardian\npyytlounge\npyzabbix\npyzbar\npyzerproc\npyzipper\npyzmq\npyzstd\npyzx\nqasync\nqbittorrent-api\nqbusmqttapi\nqcelemental\nqcengine\nqcodes\nqcodes-contrib-drivers\nqcs-api-client\nqcs-api-client-common\nqcs-sdk-python\nqdarkstyle\nqdldl\nqdrant-client\nqemu\nqemu-qmp\nqgrid\nqh3\nqiling\nqimage2ndarray\nqingping-ble\nqiskit\nqiskit-aer\nqiskit-finance\nqiskit-ibmq-provider\nqiskit-ignis\nqiskit-machine-learning\nqiskit-nature\nqiskit-optimization\nqiskit-terra\nqnap-qsw\nqnapstats\nqpageview\nqpsolvers\nqrcode\nqrcode-terminal\nqrcodegen\nqreactor\nqscintilla\nqscintilla-qt5\nqscintilla-qt6\nqstylizer\nqt-material\nqt5reactor\nqt6\nqtawesome\nqtconsole\nqtile\nqtile-bonsai\nqtile-extras\nqtpy\nquadprog\nqualysclient\nquandl\nquantile-forest\nquantile-python\nquantiphy\nquantiphy-eval\nquantities\nquantulum3\nquantum-gateway\nquart\nquart-cors\nquart-schema\nquaternion\nqudida\nquerystring-parser\nquestionary\nquesto\nqueuelib\nquickjs\nquil\nquixote\nqutip\nr2pipe\nrachiopy\nradicale-infcloud\nradio-beam\nradios\nradiotherm\nradish-bdd\nradixtarget\nradon\nrailroad-diagrams\nrainbowstream\nraincloudy\nramlfications\nrandom2\nrandomfiletree\nrange-typed-integers\nrangehttpserver\nrangeparser\nrank-bm25\nrapidfuzz\nrapidfuzz-capi\nrapidgzip\nrapidocr\nrapidocr-onnxruntime\nrapt-ble\nrarfile\nraspyrfm-client\nrasterio\nratarmount\nratarmountcore\nratelim\nratelimit\nraven\nrawkit\nrawpy\nray\nraylib-python-cffi\nrazdel\nrbtools\nrchitect\nrclone-python\nrcssmin\nrctclient\nrdbtools\nrdflib\nrdkit\nrds2py\nre-assert\nreactionmenu\nreactivex\nreadabilipy\nreadability-lxml\nreadchar\nreadlike\nreadmdict\nreadme\nreadme-renderer\nreadthedocs-sphinx-ext\nrealtime\nrebulk\nrecipe-scrapers\nrecline\nrecoll\nrecommonmark\nreconplogger\nrecordlinkage\nrectangle-packer\nrectpack\nrecurring-ical-events\nrecursive-pth-loader\nrecursivenodes\nred-black-tree-mod\nredbaron\nredis\nredis-om\nredshift-connector\nreedsolo\nreferencing\nrefery\nreflex\nreflex-chakra\nreflex-hosting-cli\nreflink\nreflink-copy\nrefoss-ha\nregenmaschine\nregex\nregional\nregress\nreikna\nrelated\nrelatorio\nreleases\nremarshal\nrembg\nremctl\nremi\nremote-pdb\nremotezip\nremotezip2\nrenault-api\nrencode\nrendercanvas\nrendercv-fonts\nreno\nrenson-endura-delta\nreolink\nreolink-aio\nreorder-python-imports\nreparser\nrepath\nrepeated-test\nrepl-python-wakatime\nreplicate\nreportlab\nreportlab-qrcode\nrepoze-lru\nrepoze-sphinx-autointerface\nrepoze-who\nreprint\nreproject\nreprshed\nreptor\nreqif\nrequests\nrequests-aws4auth\nrequests-cache\nrequests-credssp\nrequests-download\nrequests-file\nrequests-futures\nrequests-gssapi\nrequests-hawk\nrequests-http-message-signatures\nrequests-http-signature\nrequests-kerberos\nrequests-mock\nrequests-ntlm\nrequests-oauthlib\nrequests-pkcs12\nrequests-ratelimiter\nrequests-toolbelt\nrequests-unixsocket\nrequests-unixsocket2\nrequests-wsgi-adapter\nrequestsexceptions\nrequirements-detector\nrequirements-parser\nreretry\nrerun-sdk\nresampy\nresend\nresize-right\nresolvelib\nresponses\nrespx\nrestfly\nrestrictedpython\nrestructuredtext-lint\nrestview\nresult\nrethinkdb\nretinaface\nretry\nretry-decorator\nretry2\nretrying\nreturns\nreuse\nreverse-geocode\nrfc3161-client\nrfc3339\nrfc3339-validator\nrfc3986\nrfc3986-validator\nrfc3987\nrfc3987-syntax\nrfc6555\nrfc7464\nrfc8785\nrfcat\nrfk101py\nrflink\nrgpio\nrich\nrich-argparse\nrich-argparse-plus\nrich-click\nrich-pixels\nrich-rst\nrich-tables\nrich-theme-manager\nrich-toolkit\nriden\nrigour\nring-doorbell\nrio-stac\nrio-tiler\nrioxarray\nripe-atlas-cousteau\nripe-atlas-sagan\nriprova\nripser\nriscof\nriscv-config\nriscv-isac\nritassist\nrivet\nrjpl\nrjsmin\nrkm-codes\nrlax\nrlcard\nrlp\nrmcl\nrmrl\nrmscene\nrmsd\nrnc2rng\nrnginline\nrns\nroadlib\nroadrecon\nroadtools\nroadtx\nrobomachine\nrobot-descriptions\nrobot-detection\nrobotframework\nrobotframework-assertion-engine\nrobotframework-databaselibrary\nrobotframework-excellib\nrobotframework-pythonlibcore\nrobotframework-requests\nrobotframework-selenium2library\nrobotframework-seleniumlibrary\nrobotframework-sshlibrary\nrobotframework-tools\nrobotstatuschecker\nrobotsuite\nrocket-errbot\nrocketchat-api\nroku\nrokuecp\nrollbar\nroma\nroman\nroman-numerals-py\nromy\nroombapy\nroonapi\nroot\nrope\nropgadget\nropper\nrosbags\nrospkg\nrotary-embedding-torch\nrouge-score\nrouteros-api\nroutes\nrova\nrowan\nrpcq\nrpdb\nrpds-py\nrpi-bad-power\nrpi-gpio\nrplcd\nrply\nrpm\nrpmfile\nrpmfluff\nrpy2\nrpy2-rinterface\nrpy2-robjects\nrpyc\nrq\nrrdtool\nrsa\nrsskey\nrst2ansi\nrst2pdf\nrstcheck\nrstcheck-core\nrstr\nrtb-data\nrtfde\nrtfunicode\nrtmapi\nrtmidi-python\nrtmixer\nrtoml\nrtp\nrtree\nrtslib-fb\nruamel-base\nruamel-yaml\nruamel-yaml-clib\nruamel-yaml-string\nrubicon-objc\nrubymarshal\nrucio\nruff\nruff-api\nruffus\nrules\nrumps\nruns\nrunstats\nrussound\nrustworkx\nruuvitag-ble\nruyaml\nrx\nrxv\nryd-client\nrzpipe\ns2clientprotocol\ns3-credentials\ns3fs\ns3transfer\nsabctools\nsabyenc3\nsacn\nsacrebleu\nsacremoses\nsafe-pysha3\nsafehttpx\nsafeio\nsafetensors\nsafety\nsafety-schemas\nsagemaker\nsagemaker-core\nsagemaker-mlflow\nsaiph\nsalib\nsalmon-mail\nsamarium\nsamplerate\nsamsungctl\nsamsungtvws\nsane\nsaneyaml\nsanic\nsanic-auth\nsanic-ext\nsanic-routing\nsanic-testing\nsanix\nsansio-multipart\nsarge\nsarif-om\nsarif-tools\nsasmodels\nsat-tmp\nsatel-integra\nsbom2dot\nsbom4files\nscalar-fastapi\nscalene\nscales\nscancode-toolkit\nscanpy\nscapy\nscenedetect\nschedula\nschedule\nscheduler\nschema\nschema-salad\nschemdraw\nschiene\nscholarly\nschwifty\nscienceplots\nsciform\nscikit-base\nscikit-bio\nscikit-build\nscikit-build-core\nscikit-fmm\nscikit-fuzzy\nscikit-hep-testdata\nscikit-image\nscikit-learn\nscikit-learn-extra\nscikit-misc\nscikit-posthocs\nscikit-rf\nscikit-survival\nscikit-tda\nscikits-odes\nscikits-odes-core\nscikits-odes-daepack\nscikits-odes-sundials\nscim2-client\nscim2-filter-parser\nscim2-models\nscim2-server\nscim2-tester\nscipp\nscipy\nscipy-stubs\nscmrepo\nscooby\nscour\nscp\nscramp\nscrap-engine\nscrapy\nscrapy-deltafetch\nscrapy-fake-useragent\nscrapy-splash\nscreed\nscreeninfo\nscreenlogicpy\nscripttest\nscrypt\nscs\nscsgate\nscspell\nsdbus\nsdbus-networkmanager\nsdds\nsdflit\nsdjson\nsdkmanager\nsdnotify\nseaborn\nseabreeze\nseasonal\nseatconnect\nseccomp\nsecp256k1\nsecretstorage\nsectools\nsectxt\nsecure\nsecurestring\nsecuresystemslib\nsecuretar\nsecurityreporter\nseedir\nseekpath\nsegments\nsegno\nsegyio\nselectolax\nselenium\nselenium-wire\nsemantic-version\nsemaphore-bot\nsemchunk\nsemgrep\nsemver\nsend2trash\nsendgrid\nsenf\nsensai-utils\nsense-energy\nsensirion-ble\nsensor-state-data\nsensorpro-ble\nsensorpush-api\nsensorpush-ble\nsensorpush-ha\nsensoterra\nsentence-splitter\nsentence-stream\nsentence-transformers\nsentencepiece\nsentinel\nsentinels\nsentry-sdk\nsepaxml\nseqdiag\nseqeval\nserialio\nserializable\nserpent\nserpy\nservefile\nserverfiles\nserverlessrepo\nservice-identity\nsession-info2\nsetproctitle\nsetupmeta\nsetuptools\nsetuptools-changelog-shortener\nsetuptools-declarative-requirements\nsetuptools-dso\nsetuptools-generate\nsetuptools-gettext\nsetuptools-git\nsetuptools-git-versioning\nsetuptools-lint\nsetuptools-odoo\nsetuptools-rust\nsetuptools-scm\nsetuptools-scm-git-archive\nsetuptools-trial\nsev-snp-measure\nseventeentrack\nsexpdata\nsfepy\nsfrbox-api\nsgmllib3k\nsgp4\nsh\nshamir-mnemonic\nshap\nshapely\nshaperglot\nsharedmem\nsharkiq\nsharp-aquos-rc\nshazamio\nshellescape\nshellingham\nshiboken2\nshiboken6\nshimmy\nshiny\nshinychat\nshippinglabel\nshiv\nshlib\nshodan\nshortuuid\nshould-dsl\nshow-in-file-manager\nshowit\nshtab\nshutilwhich\nsievelib\nsignalslot\nsignedjson\nsignify\nsignxml\nsigparse\nsigrok\nsigstore\nsigstore-models\nsigstore-protobuf-specs\nsigstore-rekor-types\nsigtools\nsimanneal\nsimber\nsimpful\nsimple-dftd3\nsimple-di\nsimple-parsing\nsimple-rest-client\nsimple-rlp\nsimple-salesforce\nsimple-term-menu\nsimple-websocket\nsimple-websocket-server\nsimpleaudio\nsimplebayes\nsimplecosine\nsimpleeval\nsimplefin4py\nsimplefix\nsimplegeneric\nsimplehound\nsimpleitk\nsimplejson\nsimplekml\nsimplekv\nsimplemma\nsimplenote\nsimplepush\nsimplesat\nsimplesqlite\nsimplisafe-python\nsimpy\nsimsimd\nsingle-source\nsingle-version\nsiobrultech-protocols\nsiosocks\nsip\nsip4\nsiphash24\nsiphashc\nsipsimple\nsipyco\nsirius\nsismic\nsisyphus-control\nsiuba\nsix\nsixel\nsixelcrop\nsjcl\nskein\nskia-pathops\nskidl\nskl2onnx\nsklearn-compat\nsklearn-deap\nskodaconnect\nskops\nskorch\nskrl\nskybellpy\nskyboxremote\nskyfield\nskytemple-dtef\nskytemple-eventserver\nskytemple-files\nskytemple-icons\nskytemple-rust\nskytemple-ssb-debugger\nskytemple-ssb-emulator\nslack-bolt\nslack-sdk\nslapd\nsleekxmpp\nsleekxmppfs\nsleepyq\nslepc4py\nsleqp\nslh-dsa\nslicedimage\nslicer\nslicerator\nslip10\nslither-analyzer\nslixmpp\nslob\nslovnet\nslowapi\nslpp\nslugid\nsly\nsmart-meter-texas\nsmart-open\nsmarthab\nsmartypants\nsmbprotocol\nsmbus-cffi\nsmbus2\nsmdebug-rulesconfig\nsmhi-pkg\nsmmap\nsmoke-zephyr\nsmolagents\nsmp\nsmpclient\nsmpp-pdu\nsmpplib\nsmtpdfix\nsnack\nsnakebite\nsnakemake\nsnakemake-executor-plugin-cluster-generic\nsnakemake-interface-common\nsnakemake-interface-executor-plugins\nsnakemake-interface-logger-plugins\nsnakemake-interface-report-plugins\nsnakemake-interface-scheduler-plugins\nsnakemake-interface-storage-plugins\nsnakemake-storage-plugin-fs\nsnakemake-storage-plugin-s3\nsnakemake-storage-plugin-xrootd\nsnakeviz\nsnapcast\nsnappy\nsnappy-15-knots\nsnappy-manifolds\nsnapshot-restore-py\nsnapshottest\nsnaptime\nsniffio\nsnitun\nsnorkel\nsnowballstemmer\nsnowflake-connector-python\nsnowflake-core\nsnowflake-sqlalchemy\nsnowplow-tracker\nsnscrape\nsnuggs\nsoapysdr\nsoapysdr-with-plugins\nsocial-auth-app-django\nsocial-auth-core\nsocialscan\nsocid-extractor\nsocketio-client\nsockio\nsockjs\nsockjs-tornado\nsocksio\nsocksipy-branch\nsoco\nsoftlayer\nsolaredge-local\nsolaredge-web\nsolarlog-cli\nsolax\nsolc-select\nsolidpython2\nsolo-python\nsomajo\nsomfy-mylink-synergy\nsomweb\nsonos-websocket\nsopel\nsorl-thumbnail\nsortedcollections\nsortedcontainers\nsotabenchapi\nsoundcard\nsoundcloud-v2\nsounddevice\nsoundfile\nsoupsieve\nsourmash\nsoxr\nspacy\nspacy-alignments\nspacy-curated-transformers\nspacy-legacy\nspacy-loggers\nspacy-lookups-data\nspacy-models\nspacy-pkuseg\nspacy-transformers\nspake2\nspark-parser\nsparklines\nsparqlwrapper\nsparse\nspatial-image\nspatialmath-python\nspdx\nspdx-tools\nspeak2mary\nspeaklater\nspeaklater3\nspecfile\nspectra\nspectral-cube\nspeechbrain\nspeechrecognition\nspeedtest-cli\nspeg\nspglib\nspherogram\nsphfile\nsphinx\nsphinx-argparse\nsphinx-autoapi\nsphinx-autobuild\nsphinx-autodoc-typehints\nsphinx-autodoc2\nsphinx-automodapi\nsphinx-basic-ng\nsphinx-better-theme\nsphinx-book-theme\nsphinx-click\nsphinx-codeautolink\nsphinx-comments\nsphinx-copybutton\nsphinx-design\nsphinx-external-toc\nsphinx-favicon\nsphinx-fortran\nsphinx-hoverxref\nsphinx-inline-tabs\nsphinx-intl\nsphinx-issues\nsphinx-jinja\nsphinx-jinja2-compat\nsphinx-jupyterbook-latex\nsphinx-last-updated-by-git\nsphinx-lv2-theme\nsphinx-markdown-builder\nsphinx-markdown-parser\nsphinx-markdown-tables\nsphinx-material\nsphinx-mdinclude\nsphinx-multitoc-numbering\nsphinx-multiversion\nsphinx-notfound-page\nsphinx-prompt\nsphinx-pytest\nsphinx-remove-toctrees\nsphinx-reredirects\nsphinx-rtd-dark-mode\nsphinx-rtd-theme\nsphinx-serve\nsphinx-sitemap\nsphinx-tabs\nsphinx-testing\nsphinx-thebe\nsphinx-tippy\nsphinx-togglebutton\nsphinx-toolbox\nsphinx-version-warning\nsphinx-versions\nsphinxawesome-theme\nsphinxcontrib-actdiag\nsphinxcontrib-apidoc\nsphinxcontrib-applehelp\nsphinxcontrib-asyncio\nsphinxcontrib-bayesnet\nsphinxcontrib-bibtex\nsphinxcontrib-blockdiag\nsphinxcontrib-confluencebuilder\nsphinxcontrib-devhelp\nsphinxcontrib-ditaa\nsphinxcontrib-excel-table\nsphinxcontrib-fulltoc\nsphinxcontrib-htmlhelp\nsphinxcontrib-httpdomain\nsphinxcontrib-images\nsphinxcontrib-jinjadomain\nsphinxcontrib-jquery\nsphinxcontrib-jsmath\nsphinxcontrib-katex\nsphinxcontrib-log-cabinet\nsphinxcontrib-mermaid\nsphinxcontrib-moderncmakedomain\nsphinxcontrib-mscgen\nsphinxcontrib-newsfeed\nsphinxcontrib-nwdiag\nsphinxcontrib-openapi\nsphinxcontrib-plantuml\nsphinxcontrib-programoutput\nsphinxcontrib-qthelp\nsphinxcontrib-seqdiag\nsphinxcontrib-serializinghtml\nsphinxcontrib-spelling\nsphinxcontrib-svg2pdfconverter\nsphinxcontrib-tikz\nsphinxcontrib-wavedrom\nsphinxcontrib-websupport\nsphinxcontrib-youtube\nsphinxemoji\nsphinxext-opengraph\nsphinxext-rediraffe\nspiderpy\nspidev\nspinners\nsplinter\nsplunk-sdk\nspotifyaio\nspotipy\nspsdk\nspsdk-mcu-link\nspsdk-pyocd\nspur\nspyder\nspyder-kernels\nspylls\nspyse-python\nspython\nsqids\nsqlalchemy\nsqlalchemy-citext\nsqlalchemy-cockroachdb\nsqlalchemy-continuum\nsqlalchemy-file\nsqlalchemy-i18n\nsqlalchemy-json\nsqlalchemy-jsonfield\nsqlalchemy-mixins\nsqlalchemy-utc\nsqlalchemy-utils\nsqlalchemy_1_4\nsqlcipher3\nsqlcipher3-binary\nsqlcipher3-wheels\nsqlfmt\nsqlframe\nsqlglot\nsqlite-anyio\nsqlite-fts4\nsqlite-migrate\nsqlite-utils\nsqlite-vec\nsqlitedict\nsqliteschema\nsqlmap\nsqlmodel\nsqlobject\nsqlparse\nsqltrie\nsquarify\nsrctools\nsre-yield\nsrp\nsrpenergy\nsrptools\nsrsly\nsrt\nsrvlookup\nssdeep\nssdp\nssdpy\nsse-starlette\nsseclient\nsseclient-py\nssg\nssh-python\nssh2-python\nsshfs\nsshpubkeys\nsshtunnel\nsslib\nsslpsk-pmd3\nssort\nsss\nst-pages\nstable-baselines3\nstack-data\nstackprinter\nstamina\nstandard-aifc\nstandard-cgi\nstandard-chunk\nstandard-imghdr\nstandard-mailcap\nstandard-nntplib\nstandard-pipes\nstandard-sndhdr\nstandard-sunau\nstandard-telnetlib\nstandardwebhooks\nstanio\nstanza\nstarkbank-ecdsa\nstarlette\nstarlette-admin\nstarlette-compress\nstarlette-context\nstarlette-wtf\nstarline\nstarlingbank\nstarlink-grpc-core\nstarsessions\nstashy\nstatic3\nstaticjinja\nstaticmap\nstaticmap3\nstaticvectors\nstatistics\nstatmake\nstatsd\nstatsmodels\nstd-uritemplate\nstd2\nstdiomask\nstdlib-list\nstdlibs\nsteam\nsteamodd\nsteamship\nsteamworkspy\nstem\nstemming\nstestr\nstevedore\nstickytape\nstim\nstix2\nstix2-patterns\nstix2-validator\nstm32loader\nstomp-py\nstone\nstookalert\nstookwijzer\nstop-words\nstopit\nstorage3\nstp\nstransi\nstrategies\nstravalib\nstravaweblib\nstrawberry-django\nstrawberry-graphql\nstrct\nstreamcontroller-plugin-tools\nstreamdeck\nstreaming-form-data\nstreamlabswater\nstreamlit\nstreamz\nstrenum\nstrict-rfc3339\nstrictyaml\nstringbrewer\nstringcase\nstringly\nstringparser\nstringzilla\nstrip-ansi\nstripe\nstriprtf\nstrpdatetime\nstructlog\nstubserver\nstumpy\nstupidartnet\nstups-cli-support\nstups-fullstop\nstups-pierone\nstups-tokens\nstups-zign\nstytra\nsubarulink\nsubliminal\nsubmitit\nsubprocess-tee\nsubunit\nsubzerod\nsucculent\nsudachidict-core\nsudachidict-full\nsudachidict-small\nsudachipy\nsuds\nsuds-community\nsummarytools\nsumo\nsumtypes\nsunpy\nsunwatcher\nsunweg\nsupabase\nsupabase-functions\nsupafunc\nsuper-collections\nsuperqt\nsupervise-api\nsupervisor\nsure\nsurepy\nsurt\nsurvey\nsv-ttk\nsvg-path\nsvg-py\nsvg2tikz\nsvgdigitizer\nsvgelements\nsvglib\nsvgpathtools\nsvgutils\nsvgwrite\nswagger-spec-validator\nswagger-ui-bundle\nswagger-ui-py\nswcgeom\nswh-auth\nswh-core\nswh-export\nswh-journal\nswh-model\nswh-objstorage\nswh-scanner\nswh-scheduler\nswh-shard\nswh-storage\nswh-web-client\nswift\nswifter\nswisshydrodata\nswitchbot-api\nswspotify\nsybil\nsymbex\nsymbolic\nsymengine\nsymfc\nsympy\nsymspellpy\nsyncedlyrics\nsyncer\nsyndication-domination\nsyne-tune\nsynergy\nsynology-srm\nsyrupy\nsyslog-rfc5424-formatter\nsysrsync\nsystembridgeconnector\nsystembridgemodels\nsystemd-python\nsystemdunitparser\nsysv-ipc\nt61codec\ntabcmd\ntableaudocumentapi\ntableauserverclient\ntabledata\ntables\ntablib\ntabula-py\ntabulate\ntabview\ntaco\ntadasets\ntag-expressions\ntago\ntagoio-sdk\ntahoma-api\ntailer\ntailscale\ntakethetime\ntami4edgeapi\ntank-utility\ntappy\ntapsaff\ntarg\ntasklib\ntaskw\ntaskw-ng\ntatsu\ntatsu-lts\ntaxi\ntaxii2-client\ntbats\ntblib\ntblite\ntbm-utils\ntcolorpy\ntcxfile\ntcxparser\ntcxreader\ntdir\nteamcity-messages\ntelegram-text\ntelegraph\ntelepath\ntelethon\ntelethon-session-sqlalchemy\nteletype\ntelfhash\ntellcore-net\ntellcore-py\ntellduslive\ntemescal\ntemperusb\ntempest\ntemplateflow\ntempman\ntempora\ntemporalio\ntenacity\ntenant-schemas-celery\ntencentcloud-sdk-python\ntendo\ntensorboard\ntensorboard-data-server\ntensorboard-plugin-profile\ntensorboard-plugin-wit\ntensorboardx\ntensordict\ntensorflow\ntensorflow-bin\ntensorflow-build\ntensorflow-datasets\ntensorflow-estimator-bin\ntensorflow-metadata\ntensorflow-probability\ntensorflowWithCuda\ntensorflowWithoutCuda\ntensorly\ntensorrt\ntensorstore\nterm-image\ntermcolor\ntermgraph\nterminado\nterminaltables\nterminaltables3\nterminaltexteffects\ntermplotlib\ntermstyle\ntern\ntesla-fleet-api\ntesla-powerwall\ntesla-wall-connector\nteslajsonpy\nteslemetry-stream\ntess\ntesserocr\ntessie-api\ntest-results-parser\ntest-tube\ntest2ref\ntestbook\ntestcontainers\ntestfixtures\ntesting-common-database\ntestpath\ntestrail-api\ntestrepository\ntestresources\ntestscenarios\ntesttools\ntexsoup\ntext-unidecode\ntext2digits\ntextacy\ntextblob\ntextdistance\ntextfsm\ntextile\ntextnets\ntextparser\ntextstat\ntexttable\ntextual\ntextual-autocomplete\ntextual-dev\ntextual-fastdatatable\ntextual-image\ntextual-serve\ntextual-slider\ntextual-textarea\ntextual-universal-directorytree\ntextualeffects\ntextwrap3\ntextx\ntf-keras\ntf2onnx\ntflearn\ntftpy\ntgcrypto\nthefuzz\nthelogrus\nthermobeacon-ble\nthermopro-ble\nthespian\nthinc\nthingspeak\nthinqconnect\nthorlabspm100\nthreadloop\nthreadpool\nthreadpoolctl\nthreat9-test-bed\nthree-merge\nthrift\nthriftpy2\nthrottler\nthttp\ntianshou\ntidalapi\ntidyexc\ntidylib\ntiered-debug\ntifffile\ntika\ntika-client\ntikteck\ntiktoken\ntiledb\ntilequant\ntiler\ntilt-ble\ntilt-pi\ntime-machine\ntimeago\ntimecop\ntimelength\ntimelib\ntimeout-decorator\ntimeslot\ntimetagger\ntimezonefinder\ntimg\ntiming-asgi\ntimm\ntimple\ntimy\ntiny-cuda-nn\ntiny-proxy\ntinycss\ntinycss2\ntinydb\ntinygrad\ntinyhtml5\ntinyio\ntinyobjloader-py\ntinyrecord\ntinysegmenter\ntinytag\ntinytuya\ntiptapy\ntitlecase\ntivars\ntkinter\ntkinter-gl\ntld\ntldextract\ntlds\ntls-client\ntls-parser\ntlsh\ntlslite-ng\ntlv8\ntmb\ntmdbsimple\ntnefparse\ntodoist\ntodoist-api-python\ntoggl-cli\ntogrill-bluetooth\ntoken-bucket\ntokenize-rt\ntokenizers\ntokenlib\ntokentrim\ntololib\ntoml\ntoml-adapt\ntomli\ntomli-w\ntomlkit\ntoolz\ntoonapi\ntoposort\ntoptica-lasersdk\ntorch\ntorch-audiomentations\ntorch-bin\ntorch-geometric\ntorch-no-triton\ntorch-pitch-shift\ntorch-tb-profiler\ntorchWithCuda\ntorchWithRocm\ntorchWithVulkan\ntorchWithoutCuda\ntorchWithoutRocm\ntorchao\ntorchaudio\ntorchaudio-bin\ntorchbench\ntorchcodec\ntorchcrepe\ntorchdata\ntorchdiffeq\ntorcheval\ntorchinfo\ntorchio\ntorchlibrosa\ntorchmetrics\ntorchprofile\ntorchrl\ntorchsde\ntorchsnapshot\ntorchsummary\ntorchtnt\ntorchtune\ntorchvision\ntorchvision-bin\ntorf\ntornado\ntorpy\ntorrent-parser\ntorrequest\ntotal-connect-client\ntouying\ntowncrier\ntox\ntplink-omada-client\ntpm2-pytss\ntqdm\ntqdm-multiprocess\ntraceback2\ntracerite\ntracing\ntrackpy\ntrafilatura\ntrailrunner\ntrainer\ntraitlets\ntraits\ntraitsui\ntraittypes\ntrakit\ntrampoline\ntransaction\ntransformers\ntransforms3d\ntransitions\ntranslate-toolkit\ntranslatehtml\ntranslatepy\ntranslation-finder\ntranslationstring\ntranslitcodec\ntransmission-rpc\ntravispy\ntrectools\ntree-sitter\ntree-sitter-c-sharp\ntree-sitter-embedded-template\ntree-sitter-grammars\ntree-sitter-html\ntree-sitter-javascript\ntree-sitter-json\ntree-sitter-language-pack\ntree-sitter-languages\ntree-sitter-make\ntree-sitter-markdown\ntree-sitter-python\ntree-sitter-rust\ntree-sitter-sql\ntree-sitter-yaml\ntree-sitter-zeek\ntreelib\ntreelog\ntreescope\ntreq\ntrevorproxy\ntrezor\ntrezor-agent\ntrie\ntriggercmd\ntrimesh\ntrino-python-client\ntrio\ntrio-asyncio\ntrio-typing\ntrio-websocket\ntriton\ntriton-bin\ntriton-cuda\ntriton-no-cuda\ntritonclient\ntrl\ntrlib\ntroi\ntroposphere\ntrove-classifiers\ntrubar\ntrueskill\ntruncnorm\ntrustme\ntruststore\ntrx-python\ntrytond\nts1-signatures\ntsfresh\ntsid\ntskit\ntsplib95\ntt-flash\ntt-tools-common\nttach\nttfautohint-py\nttkbootstrap\nttls\nttn-client\nttp\nttp-templates\nttstokenizer\ntubes\ntubeup\ntuf\ntunigo\nturnt\nturrishw\ntuya-device-sharing-sdk\ntuya-iot-py-sdk\ntuyaha\ntvdb-api\ntweepy\ntwentemilieu\ntwiggy\ntwilio\ntwill\ntwine\ntwinkly-client\ntwisted\ntwitch-python\ntwitchapi\ntwitter\ntwitterapi\ntwofish\ntwomemo\ntwscrape\ntxaio\ntxamqp\ntxdbus\ntxgithub\ntxi2p-tahoe\ntxredisapi\ntxrequests\ntxtai\ntxtorcon\ntxzmq\ntype-infer\ntypechecks\ntypecode\ntypecode-libmagic\ntyped-settings\ntypedmonarchmoney\ntypedunits\ntypeguard\ntypepy\ntyper\ntyper-shell\ntyper-slim\ntypes-aiobotocore\ntypes-aiobotocore-accessanalyzer\ntypes-aiobotocore-account\ntypes-aiobotocore-acm\ntypes-aiobotocore-acm-pca\ntypes-aiobotocore-alexaforbusiness\ntypes-aiobotocore-amp\ntypes-aiobotocore-amplify\ntypes-aiobotocore-amplifybackend\ntypes-aiobotocore-amplifyuibuilder\ntypes-aiobotocore-apigateway\ntypes-aiobotocore-apigatewaymanagementapi\ntypes-aiobotocore-apigatewayv2\ntypes-aiobotocore-appconfig\ntypes-aiobotocore-appconfigdata\ntypes-aiobotocore-appfabric\ntypes-aiobotocore-appflow\ntypes-aiobotocore-appintegrations\ntypes-aiobotocore-application-autoscaling\ntypes-aiobotocore-application-insights\ntypes-aiobotocore-applicationcostprofiler\ntypes-aiobotocore-appmesh\ntypes-aiobotocore-apprunner\ntypes-aiobotocore-appstream\ntypes-aiobotocore-appsync\ntypes-aiobotocore-arc-zonal-shift\ntypes-aiobotocore-athena\ntypes-aiobotocore-auditmanager\ntypes-aiobotocore-autoscaling\ntypes-aiobotocore-autoscaling-plans\ntypes-aiobotocore-backup\ntypes-aiobotocore-backup-gateway\ntypes-aiobotocore-backupstorage\ntypes-aiobotocore-batch\ntypes-aiobotocore-billingconductor\ntypes-aiobotocore-braket\ntypes-aiobotocore-budgets\ntypes-aiobotocore-ce\ntypes-aiobotocore-chime\ntypes-aiobotocore-chime-sdk-identity\ntypes-aiobotocore-chime-sdk-media-pipelines\ntypes-aiobotocore-chime-sdk-meetings\ntypes-aiobotocore-chime-sdk-messaging\ntypes-aiobotocore-chime-sdk-voice\ntypes-aiobotocore-cleanrooms\ntypes-aiobotocore-cloud9\ntypes-aiobotocore-cloudcontrol\ntypes-aiobotocore-clouddirectory\ntypes-aiobotocore-cloudformation\ntypes-aiobotocore-cloudfront\ntypes-aiobotocore-cloudhsm\ntypes-aiobotocore-cloudhsmv2\ntypes-aiobotocore-cloudsearch\ntypes-aiobotocore-cloudsearchdomain\ntypes-aiobotocore-cloudtrail\ntypes-aiobotocore-cloudtrail-data\ntypes-aiobotocore-cloudwatch\ntypes-aiobotocore-codeartifact\ntypes-aiobotocore-codebuild\ntypes-aiobotocore-codecatalyst\ntypes-aiobotocore-codecommit\ntypes-aiobotocore-codedeploy\ntypes-aiobotocore-codeguru-reviewer\ntypes-aiobotocore-codeguru-security\ntypes-aiobotocore-codeguruprofiler\ntypes-aiobotocore-codepipeline\ntypes-aiobotocore-codestar\ntypes-aiobotocore-codestar-connections\ntypes-aiobotocore-codestar-notifications\ntypes-aiobotocore-cognito-identity\ntypes-aiobotocore-cognito-idp\ntypes-aiobotocore-cognito-sync\ntypes-aiobotocore-comprehend\ntypes-aiobotocore-comprehendmedical\ntypes-aiobotocore-compute-optimizer\ntypes-aiobotocore-config\ntypes-aiobotocore-connect\ntypes-aiobotocore-connect-contact-lens\ntypes-aiobotocore-connectcampaigns\ntypes-aiobotocore-connectcases\ntypes-aiobotocore-connectparticipant\ntypes-aiobotocore-controltower\ntypes-aiobotocore-cur\ntypes-aiobotocore-customer-profiles\ntypes-aiobotocore-databrew\ntypes-aiobotocore-dataexchange\ntypes-aiobotocore-datapipeline\ntypes-aiobotocore-datasync\ntypes-aiobotocore-dax\ntypes-aiobotocore-detective\ntypes-aiobotocore-devicefarm\ntypes-aiobotocore-devops-guru\ntypes-aiobotocore-directconnect\ntypes-aiobotocore-discovery\ntypes-aiobotocore-dlm\ntypes-aiobotocore-dms\ntypes-aiobotocore-docdb\ntypes-aiobotocore-docdb-elastic\ntypes-aiobotocore-drs\ntypes-aiobotocore-ds\ntypes-aiobotocore-dynamodb\ntypes-aiobotocore-dynamodbstreams\ntypes-aiobotocore-ebs\ntypes-aiobotocore-ec2\ntypes-aiobotocore-ec2-instance-connect\ntypes-aiobotocore-ecr\ntypes-aiobotocore-ecr-public\ntypes-aiobotocore-ecs\ntypes-aiobotocore-efs\ntypes-aiobotocore-eks\ntypes-aiobotocore-elastic-inference\ntypes-aiobotocore-elasticache\ntypes-aiobotocore-elasticbeanstalk\ntypes-aiobotocore-elastictranscoder\ntypes-aiobotocore-elb\ntypes-aiobotocore-elbv2\ntypes-aiobotocore-emr\ntypes-aiobotocore-emr-containers\ntypes-aiobotocore-emr-serverless\ntypes-aiobotocore-entityresolution\ntypes-aiobotocore-es\ntypes-aiobotocore-events\ntypes-aiobotocore-evidently\ntypes-aiobotocore-finspace\ntypes-aiobotocore-finspace-data\ntypes-aiobotocore-firehose\ntypes-aiobotocore-fis\ntypes-aiobotocore-fms\ntypes-aiobotocore-forecast\ntypes-aiobotocore-forecastquery\ntypes-aiobotocore-frauddetector\ntypes-aiobotocore-fsx\ntypes-aiobotocore-gamelift\ntypes-aiobotocore-gamesparks\ntypes-aiobotocore-glacier\ntypes-aiobotocore-globalaccelerator\ntypes-aiobotocore-glue\ntypes-aiobotocore-grafana\ntypes-aiobotocore-greengrass\ntypes-aiobotocore-greengrassv2\ntypes-aiobotocore-groundstation\ntypes-aiobotocore-guardduty\ntypes-aiobotocore-health\ntypes-aiobotocore-healthlake\ntypes-aiobotocore-honeycode\ntypes-aiobotocore-iam\ntypes-aiobotocore-identitystore\ntypes-aiobotocore-imagebuilder\ntypes-aiobotocore-importexport\ntypes-aiobotocore-inspector\ntypes-aiobotocore-inspector2\ntypes-aiobotocore-internetmonitor\ntypes-aiobotocore-iot\ntypes-aiobotocore-iot-data\ntypes-aiobotocore-iot-jobs-data\ntypes-aiobotocore-iot-roborunner\ntypes-aiobotocore-iot1click-devices\ntypes-aiobotocore-iot1click-projects\ntypes-aiobotocore-iotanalytics\ntypes-aiobotocore-iotdeviceadvisor\ntypes-aiobotocore-iotevents\ntypes-aiobotocore-iotevents-data\ntypes-aiobotocore-iotfleethub\ntypes-aiobotocore-iotfleetwise\ntypes-aiobotocore-iotsecuretunneling\ntypes-aiobotocore-iotsitewise\ntypes-aiobotocore-iotthingsgraph\ntypes-aiobotocore-iottwinmaker\ntypes-aiobotocore-iotwireless\ntypes-aiobotocore-ivs\ntypes-aiobotocore-ivs-realtime\ntypes-aiobotocore-ivschat\ntypes-aiobotocore-kafka\ntypes-aiobotocore-kafkaconnect\ntypes-aiobotocore-kendra\ntypes-aiobotocore-kendra-ranking\ntypes-aiobotocore-keyspaces\ntypes-aiobotocore-kinesis\ntypes-aiobotocore-kinesis-video-archived-media\ntypes-aiobotocore-kinesis-video-media\ntypes-aiobotocore-kinesis-video-signaling\ntypes-aiobotocore-kinesis-video-webrtc-storage\ntypes-aiobotocore-kinesisanalytics\ntypes-aiobotocore-kinesisanalyticsv2\ntypes-aiobotocore-kinesisvideo\ntypes-aiobotocore-kms\ntypes-aiobotocore-lakeformation\ntypes-aiobotocore-lambda\ntypes-aiobotocore-lex-models\ntypes-aiobotocore-lex-runtime\ntypes-aiobotocore-lexv2-models\ntypes-aiobotocore-lexv2-runtime\ntypes-aiobotocore-license-manager\ntypes-aiobotocore-license-manager-linux-subscriptions\ntypes-aiobotocore-license-manager-user-subscriptions\ntypes-aiobotocore-lightsail\ntypes-aiobotocore-location\ntypes-aiobotocore-logs\ntypes-aiobotocore-lookoutequipment\ntypes-aiobotocore-lookoutmetrics\ntypes-aiobotocore-lookoutvision\ntypes-aiobotocore-m2\ntypes-aiobotocore-machinelearning\ntypes-aiobotocore-macie\ntypes-aiobotocore-macie2\ntypes-aiobotocore-managedblockchain\ntypes-aiobotocore-managedblockchain-query\ntypes-aiobotocore-marketplace-catalog\ntypes-aiobotocore-marketplace-entitlement\ntypes-aiobotocore-marketplacecommerceanalytics\ntypes-aiobotocore-mediaconnect\ntypes-aiobotocore-mediaconvert\ntypes-aiobotocore-medialive\ntypes-aiobotocore-mediapackage\ntypes-aiobotocore-mediapackage-vod\ntypes-aiobotocore-mediapackagev2\ntypes-aiobotocore-mediastore\ntypes-aiobotocore-mediastore-data\ntypes-aiobotocore-mediatailor\ntypes-aiobotocore-medical-imaging\ntypes-aiobotocore-memorydb\ntypes-aiobotocore-meteringmarketplace\ntypes-aiobotocore-mgh\ntypes-aiobotocore-mgn\ntypes-aiobotocore-migration-hub-refactor-spaces\ntypes-aiobotocore-migrationhub-config\ntypes-aiobotocore-migrationhuborchestrator\ntypes-aiobotocore-migrationhubstrategy\ntypes-aiobotocore-mobile\ntypes-aiobotocore-mq\ntypes-aiobotocore-mturk\ntypes-aiobotocore-mwaa\ntypes-aiobotocore-neptune\ntypes-aiobotocore-network-firewall\ntypes-aiobotocore-networkmanager\ntypes-aiobotocore-nimble\ntypes-aiobotocore-oam\ntypes-aiobotocore-omics\ntypes-aiobotocore-opensearch\ntypes-aiobotocore-opensearchserverless\ntypes-aiobotocore-opsworks\ntypes-aiobotocore-opsworkscm\ntypes-aiobotocore-organizations\ntypes-aiobotocore-osis\ntypes-aiobotocore-outposts\ntypes-aiobotocore-panorama\ntypes-aiobotocore-payment-cryptography\ntypes-aiobotocore-payment-cryptography-data\ntypes-aiobotocore-personalize\ntypes-aiobotocore-personalize-events\ntypes-aiobotocore-personalize-runtime\ntypes-aiobotocore-pi\ntypes-aiobotocore-pinpoint\ntypes-aiobotocore-pinpoint-email\ntypes-aiobotocore-pinpoint-sms-voice\ntypes-aiobotocore-pinpoint-sms-voice-v2\ntypes-aiobotocore-pipes\ntypes-aiobotocore-polly\ntypes-aiobotocore-pricing\ntypes-aiobotocore-privatenetworks\ntypes-aiobotocore-proton\ntypes-aiobotocore-qldb\ntypes-aiobotocore-qldb-session\ntypes-aiobotocore-quicksight\ntypes-aiobotocore-ram\ntypes-aiobotocore-rbin\ntypes-aiobotocore-rds\ntypes-aiobotocore-rds-data\ntypes-aiobotocore-redshift\ntypes-aiobotocore-redshift-data\ntypes-aiobotocore-redshift-serverless\ntypes-aiobotocore-rekognition\ntypes-aiobotocore-resiliencehub\ntypes-aiobotocore-resource-explorer-2\ntypes-aiobotocore-resource-groups\ntypes-aiobotocore-resourcegroupstaggingapi\ntypes-aiobotocore-robomaker\ntypes-aiobotocore-rolesanywhere\ntypes-aiobotocore-route53\ntypes-aiobotocore-route53-recovery-cluster\ntypes-aiobotocore-route53-recovery-control-config\ntypes-aiobotocore-route53-recovery-readiness\ntypes-aiobotocore-route53domains\ntypes-aiobotocore-route53resolver\ntypes-aiobotocore-rum\ntypes-aiobotocore-s3\ntypes-aiobotocore-s3control\ntypes-aiobotocore-s3outposts\ntypes-aiobotocore-sagemaker\ntypes-aiobotocore-sagemaker-a2i-runtime\ntypes-aiobotocore-sagemaker-edge\ntypes-aiobotocore-sagemaker-featurestore-runtime\ntypes-aiobotocore-sagemaker-geospatial\ntypes-aiobotocore-sagemaker-metrics\ntypes-aiobotocore-sagemaker-runtime\ntypes-aiobotocore-savingsplans\ntypes-aiobotocore-scheduler\ntypes-aiobotocore-schemas\ntypes-aiobotocore-sdb\ntypes-aiobotocore-secretsmanager\ntypes-aiobotocore-securityhub\ntypes-aiobotocore-securitylake\ntypes-aiobotocore-serverlessrepo\ntypes-aiobotocore-service-quotas\ntypes-aiobotocore-servicecatalog\ntypes-aiobotocore-servicecatalog-appregistry\ntypes-aiobotocore-servicediscovery\ntypes-aiobotocore-ses\ntypes-aiobotocore-sesv2\ntypes-aiobotocore-shield\ntypes-aiobotocore-signer\ntypes-aiobotocore-simspaceweaver\ntypes-aiobotocore-sms\ntypes-aiobotocore-sms-voice\ntypes-aiobotocore-snow-device-management\ntypes-aiobotocore-snowball\ntypes-aiobotocore-sns\ntypes-aiobotocore-sqs\ntypes-aiobotocore-ssm\ntypes-aiobotocore-ssm-contacts\ntypes-aiobotocore-ssm-incidents\ntypes-aiobotocore-ssm-sap\ntypes-aiobotocore-sso\ntypes-aiobotocore-sso-admin\ntypes-aiobotocore-sso-oidc\ntypes-aiobotocore-stepfunctions\ntypes-aiobotocore-storagegateway\ntypes-aiobotocore-sts\ntypes-aiobotocore-support\ntypes-aiobotocore-support-app\ntypes-aiobotocore-swf\ntypes-aiobotocore-synthetics\ntypes-aiobotocore-textract\ntypes-aiobotocore-timestream-query\ntypes-aiobotocore-timestream-write\ntypes-aiobotocore-tnb\ntypes-aiobotocore-transcribe\ntypes-aiobotocore-transfer\ntypes-aiobotocore-translate\ntypes-aiobotocore-verifiedpermissions\ntypes-aiobotocore-voice-id\ntypes-aiobotocore-vpc-lattice\ntypes-aiobotocore-waf\ntypes-aiobotocore-waf-regional\ntypes-aiobotocore-wafv2\ntypes-aiobotocore-wellarchitected\ntypes-aiobotocore-wisdom\ntypes-aiobotocore-workdocs\ntypes-aiobotocore-worklink\ntypes-aiobotocore-workmail\ntypes-aiobotocore-workmailmessageflow\ntypes-aiobotocore-workspaces\ntypes-aiobotocore-workspaces-web\ntypes-aiobotocore-xray\ntypes-appdirs\ntypes-awscrt\ntypes-beautifulsoup4\ntypes-click\ntypes-colorama\ntypes-dataclasses\ntypes-dateutil\ntypes-decorator\ntypes-deprecated\ntypes-docopt\ntypes-docutils\ntypes-freezegun\ntypes-futures\ntypes-greenlet\ntypes-html5lib\ntypes-ipaddress\ntypes-jinja2\ntypes-lxml\ntypes-markdown\ntypes-markupsafe\ntypes-mock\ntypes-mysqlclient\ntypes-pillow\ntypes-protobuf\ntypes-psutil\ntypes-psycopg2\ntypes-pyopenssl\ntypes-python-dateutil\ntypes-pytz\ntypes-pyyaml\ntypes-redis\ntypes-regex\ntypes-requests\ntypes-retry\ntypes-s3transfer\ntypes-setuptools\ntypes-six\ntypes-tabulate\ntypes-toml\ntypes-tqdm\ntypes-ujson\ntypes-urllib3\ntypes-webencodings\ntypes-xxhash\ntypesense\ntypesentry\ntypeshed-client\ntypesystem\ntypical\ntyping\ntyping-extensions\ntyping-inspect\ntyping-inspection\ntyping-utils\ntyping-validation\ntypish\ntypogrify\ntypst\ntyro\ntzdata\ntzlocal\nu-msgpack-python\nua-parser\nua-parser-builtins\nua-parser-rs\nuarray\nuart-devices\nuasiren\nubelt\nuc-micro-py\nucsmsdk\nudatetime\nueagle\nueberzug\nufal-chu-liu-edmonds\nufmt\nufo2ft\nufolib2\nufolint\nufomerge\nufonormalizer\nufoprocessor\nuharfbuzz\nuhashring\nuhi\nuiprotect\nujson\nukkonen\nukpostcodeparser\nulid-transform\nultraheat-api\nultralytics\nultralytics-thop\numalqurra\numap-learn\numodbus\nunasync\nuncertainties\nuncompresspy\nuncompyle6\nundefined\nundetected-chromedriver\nunearth\nunicode-rbnf\nunicodecsv\nunicodedata2\nunicodeit\nunicorn\nunicorn-angr\nunicrypto\nunicurses\nunidata-blocks\nunidecode\nunidic\nunidic-lite\nunidiff\nunidns\nunifi-ap\nunifi-discovery\nunifiled\nunify\nunique-log-filter\nunits-llnl\nunittest-data-provider\nunittest-xml-reporting\nunivers\nuniversal-pathlib\nuniversal-silabs-flasher\nunix-ar\nunpaddedbase64\nunrardll\nunrpa\nunsloth\nunsloth-zoo\nunstructured\nunstructured-api-tools\nunstructured-client\nunstructured-inference\nuntangle\nuntokenize\nuonet-request-signer-hebe\nupass\nupb-lib\nupcloud-api\nupdate-checker\nupdate-copyright\nupdate-dotdee\nuplc\nuplink\nuplink-protobuf\nupnpy\nuproot\nuptime\nuptime-kuma-api\nuptime-kuma-monitor\nuqbar\nuranium\nuri-template\nuritemplate\nuritools\nurl-normalize\nurlextract\nurlgrabber\nurllib3\nurllib3-future\nurlman\nurlmatch\nurlobject\nurlpy\nurwid\nurwid-readline\nurwid-satext\nurwidgets\nurwidtrees\nus\nusb-devices\nusb-monitor\nusb-protocol\nusbrelay-py\nusbtmc\nuseful-types\nuser-agents\nuserpath\nush\nusort\nutils\nutitools\nuuid6\nuv\nuv-build\nuv-dynamic-versioning\nuvcclient\nuvicorn\nuvicorn-worker\nuvloop\nuwsgi-chunked\nuxsim\nvaa\nvacuum-map-parser-base\nvacuum-map-parser-roborock\nvalidate-email\nvalidator-collection\nvalidators\nvalidobj\nvalkey\nvallox-websocket-api\nvapoursynth\nvariants\nvarint\nvat-moss\nvbuild\nvcard\nvcrpy\nvcversioner\nvdf\nvdirsyncer\nvector\nvega\nvega-datasets\nvegehub\nvehicle\nvelbus-aio\nvenstarcolortouch\nvenusian\nverboselogs\nverilogae\nverlib2\nversioneer\nversionfinder\nversioningit\nversiontag\nversiontools\nverspec\nvertica-python\nveryprettytable\nvfblib\nvg\nvharfbuzz\nvictron-vrm\nvideocr\nvidstab\nviennarna\nviewstate\nvilfo-api-client\nvina\nvincenty\nvine\nvirt-firmware\nvirtual-glob\nvirtualenv\nvirtualenv-clone\nvirtualenvwrapper\nviser\nvisions\nvisitor\nvispy\nviv-utils\nvivisect\nvl-convert-python\nvllm\nvmas\nvmprof\nvncdo\nvnoise\nvobject\nvoip-utils\nvolatile\nvolkswagencarnet\nvolkszaehler\nvoluptuous\nvoluptuous-openapi\nvoluptuous-serialize\nvoluptuous-stubs\nvolvocarsapi\nvolvooncall\nvowpalwabbit\nvpk\nvprof\nvqgan-jax\nvsts\nvsts-cd-manager\nvsure\nvt-py\nvtjp\nvtk\nvttlib\nvulkan\nvultr\nvulture\nvxi11\nvyper\nw1thermsensor\nw3lib\nwacz\nwadler-lindig\nwadllib\nwagtail\nwagtail-factories\nwagtail-localize\nwagtail-modeladmin\nwaitress\nwaitress-django\nwakeonlan\nwallbox\nwallet-py3k\nwalrus\nwand\nwandb\nwapiti-arsenic\nwapiti-swagger\nwaqiasync\nwarble\nwarcio\nward\nwarlock\nwarp-lang\nwarrant\nwarrant-lite\nwasabi\nwasmer\nwasmer-compiler-cranelift\nwasmer-compiler-llvm\nwasmer-compiler-singlepass\nwasmerPackages\nwasserstein\nwassima\nwat\nwatchdog\nwatchdog-gevent\nwatchfiles\nwatchgod\nwaterfurnace\nwatergate-local-api\nwatermark\nwavedrom\nwavefile\nwavinsentio\nwaybackpy\nwaymax\nwazeroutecalculator\nwcag-contrast-ratio\nwcmatch\nwcwidth\nweasel\nweasyprint\nweatherflow4py\nweaviate-client\nweb\nweb-cache\nweb3\nwebargs\nwebassets\nwebauthn\nwebcolors\nwebdataset\nwebdav4\nwebdavclient3\nwebdriver-manager\nwebencodings\nwebexpythonsdk\nwebexteamssdk\nwebidl\nwebio-api\nweblate-language-data\nweblate-schemas\nwebmin-xmlrpc\nwebob\nwebrtc-models\nwebrtc-noise-gain\nwebrtcvad\nwebsocket-client\nwebsockets\nwebsockify\nwebssh\nwebtest\nwebtest-aiohttp\nwebthing\nwebthing-ws\nweconnect\nweconnect-mqtt\nweheat\nwerkzeug\nwest\nwfuzz\nwget\nwgpu-py\nwhatthepatch\nwheel\nwheel-filename\nwheel-inspect\nwheezy-captcha\nwheezy-template\nwhenever\nwhey\nwhey-pth\nwhichcraft\nwhirlpool-sixth-sense\nwhisper\nwhispers\nwhisperx\nwhitenoise\nwhodap\nwhois\nwhois-api\nwhoisdomain\nwhool\nwhoosh\nwhoosh-reloaded\nwidgetsnbextension\nwidlparser\nwiffi\nwifi\nwikipedia\nwikipedia-api\nwikipedia2vec\nwikitextparser\nwillow\nwinacl\nwinsspi\nwirelesstagpy\nwirerope\nwithings-api\nwithings-sync\nwktutils\nwled\nwn\nwokkel\nwolf-comm\nwoob\nwoodblock\nword2number\nwordcloud\nwordfreq\nwordninja\nworld-bank-data\nwrapcco\nwrapio\nwrapt\nwrf-python\nws4py\nwsdiscovery\nwsdot\nwsgi-intercept\nwsgidav\nwsgiprox\nwsgiproxy2\nwsgitools\nwslink\nwsme\nwsproto\nwtf-peewee\nwtforms\nwtforms-bootstrap5\nwtforms-sqlalchemy\nwunsen\nwurlitzer\nwxpython\nwyoming\nx-transformers\nx-wr-timezone\nx11-hash\nx256\nx3dh\nx690\nxapian\nxarray\nxarray-dataclass\nxarray-dataclasses\nxarray-einstats\nxattr\nxbox-webapi\nxboxapi\nxcaplib\nxcffib\nxdg\nxdg-base-dirs\nxdis\nxdoctest\nxdot\nxdxf2html\nxeddsa\nxeger\nxen\nxformers\nxgboost\nxgrammar\nxhtml2pdf\nxiaomi-ble\nxkbcommon\nxkcdpass\nxknx\nxknxproject\nxlib\nxlrd\nxlsx2csv\nxlsxwriter\nxlwt\nxmind\nxml-marshaller\nxml2rfc\nxmldiff\nxmljson\nxmlschema\nxmlsec\nxmltodict\nxmod\nxmodem\nxmpppy\nxnatpy\nxnd\nxonsh\nxpath-expressions\nxpybutil\nxrootd\nxs1-api-client\nxsdata\nxsdata-pydantic\nxstatic\nxstatic-asciinema-player\nxstatic-bootbox\nxstatic-bootstrap\nxstatic-font-awesome\nxstatic-jquery\nxstatic-jquery-file-upload\nxstatic-jquery-ui\nxstatic-pygments\nxtensor-python\nxvfbwrapper\nxxhash\nxyzservices\ny-py\nyabadaba\nyacs\nyagrc\nyalesmartalarmclient\nyalexs\nyalexs-ble\nyamale\nyamlfix\nyamllint\nyamlloader\nyamlordereddictloader\nyangson\nyapf\nyappi\nyapsy\nyara-python\nyara-x\nyaramod\nyarg\nyargy\nyark\nyarl\nyasi\nyaspin\nyaswfp\nyattag\nyaxmldiff\nydata-profiling\nydiff\nyeelight\nyeelightsunflower\nyfinance\nyoda\nyolink-api\nyosys\nyoto-api\nyouless-api\nyourdfpy\nyouseedee\nyoutokentome\nyoutube-dl\nyoutube-dl-light\nyoutube-search\nyoutube-search-python\nyoutube-transcript-api\nyoutubeaio\nyowsup\nyoyo-migrations\nypy-websocket\nyq\nyt-dlp\nyt-dlp-dearrow\nyt-dlp-ejs\nyt-dlp-light\nyte\nytmusicapi\nyubico\nyubico-client\nz3-solver\nz3c-checkversions\nzabbix-utils\nzadnegoale\nzamg\nzammad-py\nzarr\nzc-buildout\nzc-lockfile\nzcbor\nzcc-helper\nzconfig\nzdaemon\nzebrafy\nzeek\nzeep\nzeitgeist\nzenlog\nzenoh\nzephyr-python-api\nzephyr-test-management\nzeroc-ice\nzeroconf\nzerorpc\nzetup\nzeversolar\nzeversolarlocal\nzfec\nzha\nzha-quirks\nzhon\nzhong-hong-hvac\nziafont\nziamath\nzict\nziggo-mediabox-xl\nzigpy\nzigpy-cc\nzigpy-deconz\nzigpy-xbee\nzigpy-zboss\nzigpy-zigate\nzigpy-znp\nzimports\nzipfile2\nzipp\nzipstream-ng\nzlib-ng\nzm-py\nzodb\nzodbpickle\nzope-cachedescriptors\nzope-component\nzope-configuration\nzope-contenttype\nzope-copy\nzope-deferredimport\nzope-deprecation\nzope-dottedname\nzope-event\nzope-exceptions\nzope-filerepresentation\nzope-hookable\nzope-i18nmessageid\nzope-index\nzope-interface\nzope-lifecycleevent\nzope-location\nzope-proxy\nzope-schema\nzope-security\nzope-size\nzope-testbrowser\nzope-testing\nzope-testrunner\nzopfli\nzpp\nzstandard\nzstd\nzulip\nzulip-emoji-mapping\nzundler\nzwave-js-server-python\nzwave-me-ws\nzxcvbn\nzxcvbn-rs-py\nzxing-cpp";
var RUNTIMES_TSV = 'node	16*|17*|19*|21*|23*	-	no	removed from nixpkgs (EOL); nearest supported: nodejs_20/nodejs_22/nodejs_24\nnode	18*	nodejs_18	no	removed: aliases.nix has `nodejs_18 = throw "Node.js 18.x has reached End-Of-Life and has been removed"` (added 2025-04-23); suggest nodejs_20 or newer\nnode	20*	nodejs_20	yes	-slim/-alpine variants: nodejs-slim_20 has no npm/corepack\nnode	22*	nodejs_22	yes	-slim/-alpine variants: nodejs-slim_22\nnode	24*	nodejs_24	yes	nodejs (unversioned) = nodejs_24 in this revision\nnode	25*	nodejs_25	no	removed: aliases.nix has `nodejs_25 = throw` (upstream EOL 2026-06-01)\nnode	26*	nodejs_26	yes	\nnode	latest|current|lts|<none>	nodejs	yes	floating tag; pin nodejs_XX for reproducibility (nodejs = nodejs_24 here); nodejs_latest also exists\nnode	*-slim|*-alpine	nodejs-slim	yes	nodejs-slim_XX variants exist for 20/22/24/26\npython	2.7*	python27	no	not found in this revision\'s top-level set (likely removed); no suggestion\npython	3.9*	python39	no	not found (removed); suggest python311 or newer\npython	3.10*	python310	no	not found (removed); suggest python311 or newer\npython	3.11*	python311	yes	\npython	3.12*	python312	yes	\npython	3.13*	python313	yes	\npython	3.14*	python314	yes	python3 = python314 in this revision\npython	3.15*	python315	yes	pre-release interpreter in nixpkgs\npython	3|latest|<none>	python3	yes	floating; pin python3XX\npypy	3.10*	pypy310	yes	\npypy	3.11*|3|latest	pypy311	yes	pypy3 also exists\ngolang	1.22*|1.23*|1.24*	go_1_24	no	not found (older Go versions removed); suggest go_1_25 or newer\ngolang	1.25*	go_1_25	yes	\ngolang	1.26*	go_1_26	yes	go = go_1_26 in this revision\ngolang	1.27*	go_1_27	yes	\ngolang	latest|<none>|alpine	go	yes	floating; pin go_1_XX\nrust	*	rustc cargo	yes	nixpkgs ships one current stable rustc (rust_1_96 set also present); exact older versions need an overlay (oxalica/rust-overlay, fenix) outside nixpkgs; rustPlatform.buildRustPackage for builds\nopenjdk	8*	jdk8	yes	official openjdk image is deprecated upstream; -jre variants: jre8 / jdk8_headless\nopenjdk	11*	jdk11	yes	-jre*: jdk11_headless or jre11_minimal\nopenjdk	17*	jdk17	yes	-jre*: jdk17_headless or jre17_minimal\nopenjdk	21*	jdk21	yes	jdk = jdk21 in this revision; -jre*: jdk21_headless / jre21_minimal\nopenjdk	25*	jdk25	yes	-jre*: jdk25_headless / jre25_minimal\neclipse-temurin	8*	temurin-bin-8	yes	*-jre*: temurin-jre-bin-8\neclipse-temurin	11*	temurin-bin-11	yes	*-jre*: temurin-jre-bin-11\neclipse-temurin	17*	temurin-bin-17	yes	*-jre*: temurin-jre-bin-17\neclipse-temurin	21*	temurin-bin-21	yes	*-jre*: temurin-jre-bin-21\neclipse-temurin	25*	temurin-bin-25	yes	*-jre*: temurin-jre-bin-25\neclipse-temurin	26*	temurin-bin-26	yes	*-jre*: temurin-jre-bin-26\neclipse-temurin	*-jre*	temurin-jre-bin	yes	pick the versioned temurin-jre-bin-XX\namazoncorretto	8*	corretto8	no	not found; only corretto11/17/21/25\namazoncorretto	11*	corretto11	yes	\namazoncorretto	17*	corretto17	yes	\namazoncorretto	21*	corretto21	yes	\namazoncorretto	25*	corretto25	yes	\nazul/zulu-openjdk	8*	zulu8	yes	\nazul/zulu-openjdk	11*	zulu11	yes	\nazul/zulu-openjdk	17*	zulu17	yes	\nazul/zulu-openjdk	21*	zulu21	yes	\nazul/zulu-openjdk	25*	zulu25	yes	\nibm-semeru-runtimes	8*|11*|17*|21*	semeru-bin	yes	versioned: semeru-bin-8/11/17/21, semeru-jre-bin-XX\nmaven	*	maven	yes	JDK from tag (e.g. maven:3-eclipse-temurin-21 -> maven + temurin-bin-21); maven.override { jdk_headless = ...; }\ngradle	*	gradle	yes	gradle_7/gradle_8/gradle_9 also exist\ntomcat	9*	tomcat9	yes	\ntomcat	10*	tomcat10	yes	\ntomcat	11*	tomcat11	yes	\nruby	3.1*|3.2*	ruby_3_2	no	not found (removed); suggest ruby_3_3+\nruby	3.3*	ruby_3_3	yes	\nruby	3.4*	ruby_3_4	yes	ruby = ruby_3_4 in this revision\nruby	4.0*	ruby_4_0	yes	\nruby	latest|<none>	ruby	yes	floating\nphp	8.1*	php81	no	not found (removed); suggest php82+\nphp	8.2*	php82	yes	extensions: php82.withExtensions ({ enabled, all }: enabled ++ [ all.pdo_mysql ])\nphp	8.3*	php83	yes	\nphp	8.4*	php84	yes	php = php84 in this revision\nphp	8.5*	php85	yes	\nphp	*-fpm*	php	yes	php-fpm binary is included in php; configure via a generated php-fpm.conf\nphp	*-apache*	apacheHttpd php	yes	no prebuilt mod_php image; NixOS module services.httpd.enablePHP has no dockerTools equivalent; suggest php-fpm + nginx/caddy\ncomposer	*	phpPackages.composer	yes	php.packages.composer; phpPackages verified, composer attr verified in php-packages.nix\nmcr.microsoft.com/dotnet/sdk	6.0*	dotnet-sdk_6	yes	EOL upstream; may be marked insecure (not verified)\nmcr.microsoft.com/dotnet/sdk	7.0*	dotnet-sdk_7	yes	EOL upstream; may be marked insecure (not verified)\nmcr.microsoft.com/dotnet/sdk	8.0*	dotnet-sdk_8	yes	\nmcr.microsoft.com/dotnet/sdk	9.0*	dotnet-sdk_9	yes	\nmcr.microsoft.com/dotnet/sdk	10.0*	dotnet-sdk_10	yes	\nmcr.microsoft.com/dotnet/sdk	11.0*	dotnet-sdk_11	yes	preview\nmcr.microsoft.com/dotnet/runtime	8.0*	dotnet-runtime_8	yes	same pattern for 6/7/9/10/11: dotnet-runtime_X\nmcr.microsoft.com/dotnet/runtime	9.0*	dotnet-runtime_9	yes	\nmcr.microsoft.com/dotnet/runtime	10.0*	dotnet-runtime_10	yes	\nmcr.microsoft.com/dotnet/aspnet	8.0*	dotnet-aspnetcore_8	yes	same pattern for 6/7/9/10/11: dotnet-aspnetcore_X\nmcr.microsoft.com/dotnet/aspnet	9.0*	dotnet-aspnetcore_9	yes	\nmcr.microsoft.com/dotnet/aspnet	10.0*	dotnet-aspnetcore_10	yes	\noven/bun	*	bun	yes	single version in nixpkgs\ndenoland/deno	*	deno	yes	single version in nixpkgs\nnginx	stable*|1.*	nginxStable	yes	\nnginx	mainline*|latest|<none>|alpine	nginxMainline	yes	plain `nginx` attr also exists\nopenresty/openresty	*	openresty	yes	\nhttpd	2.4*|latest	apacheHttpd	yes	\ncaddy	*	caddy	yes	\ntraefik	*	traefik	yes	\nhaproxy	*	haproxy	yes	\npostgres	13*	postgresql_13	no	not found (removed); suggest postgresql_14+\npostgres	14*	postgresql_14	yes	\npostgres	15*	postgresql_15	yes	\npostgres	16*	postgresql_16	yes	\npostgres	17*	postgresql_17	yes	\npostgres	18*	postgresql_18	yes	postgresql = postgresql_18 in this revision\npostgres	19*	postgresql_19	yes	pre-release\npostgres	latest|<none>|alpine	postgresql	yes	floating\nredis	*	redis	yes	\nvalkey/valkey	*	valkey	yes	\nmemcached	*	memcached	yes	\nmariadb	10.6*	mariadb_106	yes	\nmariadb	10.11*	mariadb_1011	yes	\nmariadb	11.4*	mariadb_114	yes	\nmariadb	11.8*	mariadb_118	yes	\nmariadb	latest|<none>	mariadb	yes	floating\nmysql	8.0*	mysql80	no	not found (by-name lookup negative); suggest mysql84\nmysql	8.4*|lts	mysql84	yes	\nmongo	7.0*	mongodb-7_0	yes	source build; SSPL (unfree) -> needs allowUnfree\nmongo	*	mongodb-ce	yes	upstream binary repackaging; unfree (SSPL)\nelasticsearch	7.*	elasticsearch7	yes	unfree (Elastic license) for default flavour\nopensearchproject/opensearch	*	opensearch	yes	\nrabbitmq	*	rabbitmq-server	yes	\ncassandra	*	cassandra	yes	cassandra_4 also exists\nzookeeper	*	zookeeper	yes	\napache/kafka	*	apacheKafka	yes	apacheKafka_4_1/4_2/4_3 also exist\ninfluxdb	2*	influxdb2	yes	\ngrafana/grafana	*	grafana	yes	\nhashicorp/consul	*	consul	yes	BSL license (unfree in nixpkgs)\nhashicorp/vault	*	vault	yes	BSL license (unfree in nixpkgs)\nquay.io/coreos/etcd	*	etcd	yes	\nminio/minio	*	minio	yes	\nneo4j	*	neo4j	yes	\njenkins/jenkins	*	jenkins	yes	\ngitea/gitea	*	gitea	yes	\nquay.io/keycloak/keycloak	*	keycloak	yes	\nerlang	*	beamPackages	yes	erlang interpreter is beam.interpreters.erlang / beamPackages.erlang (sub-attribute not verified)\nelixir	*	beamPackages	yes	elixir via beamPackages.elixir (sub-attribute not verified)\nperl	*	perl	yes	\njulia	1.10*	julia_110	yes	\njulia	1.11*	julia_111	yes	\njulia	1.12*	julia_112	yes	\nswift	*	swift	yes	\ndart	*	dart	yes	\nhaskell	*	ghc	yes	haskellPackages for libraries\nclojure	*	clojure	yes	leiningen also available\ngcc	13*	gcc13	yes	\ngcc	14*	gcc14	yes	\ngcc	15*	gcc15	yes	\ngcc	16*	gcc16	yes	\nr-base|rocker/r-ver	*	R	yes	rPackages for CRAN packages\nbusybox	*	busybox	yes	base image; dockerTools images need no distro base\nalpine	*	-	no	no attr: base OS image. Drop; dockerTools images start from scratch. Add busybox/bashInteractive/coreutils only if the image needs a shell\ndebian	*	-	no	no attr: base OS image; see alpine\nubuntu	*	-	no	no attr: base OS image; see alpine\ncentos|rockylinux|almalinux|fedora|amazonlinux|oraclelinux|archlinux	*	-	no	no attr: base OS image; see alpine\nscratch	-	-	no	no attr needed: equivalent to dockerTools image with no fromImage\ngcr.io/distroless/*	*	-	no	no attr: closest is a dockerTools image with contents = [ cacert tzdata ] (+ fakeNss)';
var DISTRO_MAP_TSV = "apt	curl	curl	yes	\napt	wget	wget	yes	\napt	git	git	yes	\napt	ca-certificates	cacert	yes	CA bundle; dockerTools images usually also need SSL_CERT_FILE=${cacert}/etc/ssl/certs/ca-bundle.crt\napt	build-essential	gcc gnumake binutils	yes	meta-package; in Nix builds prefer stdenv (stdenv.cc + gnumake) rather than image contents\napt	gcc	gcc	yes	\napt	g++	gcc	yes	the gcc wrapper provides g++\napt	make	gnumake	yes	\napt	cmake	cmake	yes	\napt	pkg-config	pkg-config	yes	\napt	pkgconf	pkgconf	yes	\napt	autoconf	autoconf	yes	\napt	automake	automake	yes	\napt	libtool	libtool	yes	\napt	bison	bison	yes	\napt	flex	flex	yes	\napt	ninja-build	ninja	yes	\napt	meson	meson	yes	\napt	swig	swig	yes	\napt	ccache	ccache	yes	\napt	gdb	gdb	yes	\napt	strace	strace	yes	\napt	valgrind	valgrind	yes	\napt	clang	clang	yes	\napt	llvm	llvm	yes	\napt	lld	lld	yes	\napt	gfortran	gfortran	yes	\napt	patch	patch	yes	\napt	python3	python3	yes	python3 = python314 in this revision; pin python3XX for reproducibility\napt	python3-pip	python3Packages.pip	yes	better: python3.withPackages (ps: [ ... ]) instead of pip at build time\napt	python3-dev	python3	yes	headers are part of python3\napt	python3-venv	python3	yes	venv is part of the stdlib\napt	python3-setuptools	python3Packages.setuptools	yes	\napt	python3-wheel	python3Packages.wheel	yes	\napt	python3-distutils	python3	yes	removed from stdlib in 3.12; python3Packages.distutils exists for >=3.12\napt	python-is-python3	python3	yes	nixpkgs python3 also provides `python` only via python3.withPackages/python3 wrapper; uncertain\napt	python3-numpy	python3Packages.numpy	yes	\napt	python3-yaml	python3Packages.pyyaml	yes	\napt	python3-requests	python3Packages.requests	yes	\napt	python3-psycopg2	python3Packages.psycopg2	yes	\napt	python3-lxml	python3Packages.lxml	yes	\napt	python3-virtualenv	python3Packages.virtualenv	yes	\napt	libpq-dev	libpq	yes	alternatively postgresql.dev / postgresql.lib\napt	libpq5	libpq	yes	\napt	postgresql-client	postgresql	yes	no client-only attr; postgresql includes psql (or pin postgresql_16 etc.)\napt	postgresql	postgresql	yes	\napt	default-mysql-client	mariadb	yes	Debian's default-mysql-client is MariaDB; mariadb includes the client binaries\napt	mariadb-client	mariadb	yes	\napt	mysql-client	mariadb	yes	uncertain: Ubuntu mysql-client is Oracle MySQL; mariadb client is mostly compatible; exact Oracle MySQL = mysql84 (mysql80 not found in this revision)\napt	default-libmysqlclient-dev	libmysqlclient	yes	= mariadb-connector-c\napt	libmysqlclient-dev	libmysqlclient	yes	\napt	mariadb-server	mariadb	yes	\napt	libssl-dev	openssl.dev	yes	\napt	openssl	openssl	yes	\napt	libssl1.1	openssl_1_1	yes	EOL/insecure in nixpkgs (needs permittedInsecurePackages)\napt	libffi-dev	libffi	yes	\napt	zlib1g-dev	zlib	yes	zlib.dev for headers\napt	zlib1g	zlib	yes	\napt	libxml2-dev	libxml2	yes	\napt	libxslt1-dev	libxslt	yes	\napt	libxslt-dev	libxslt	yes	\napt	libjpeg-dev	libjpeg	yes	libjpeg = libjpeg_turbo\napt	libjpeg62-turbo-dev	libjpeg_turbo	yes	\napt	libpng-dev	libpng	yes	\napt	libtiff-dev	libtiff	yes	\napt	libtiff5-dev	libtiff	yes	\napt	libwebp-dev	libwebp	yes	\napt	libfreetype6-dev	freetype	yes	\napt	libfreetype-dev	freetype	yes	\napt	liblcms2-dev	lcms2	yes	\napt	libopenjp2-7-dev	openjpeg	yes	\napt	libgif-dev	giflib	yes	\napt	libcurl4-openssl-dev	curl	yes	curl.dev for headers\napt	libsqlite3-dev	sqlite	yes	sqlite.dev for headers\napt	sqlite3	sqlite	yes	sqlite-interactive has readline-enabled CLI\napt	libbz2-dev	bzip2	yes	\napt	liblzma-dev	xz	yes	\napt	libreadline-dev	readline	yes	\napt	libncurses-dev	ncurses	yes	\napt	libncurses5-dev	ncurses	yes	\napt	libncursesw5-dev	ncurses	yes	\napt	libgdbm-dev	gdbm	yes	\napt	libdb-dev	db	yes	\napt	uuid-dev	libuuid	yes	libuuid comes from util-linuxMinimal on Linux\napt	libyaml-dev	libyaml	yes	\napt	libgmp-dev	gmp	yes	\napt	libmagic1	file	yes	libmagic is part of file\napt	libmagic-dev	file	yes	\napt	libpcre3-dev	pcre	yes	\napt	libpcre2-dev	pcre2	yes	\napt	libevent-dev	libevent	yes	\napt	libboost-all-dev	boost	yes	\napt	libprotobuf-dev	protobuf	yes	\napt	protobuf-compiler	protobuf	yes	\napt	libgl1	libGL	yes	\napt	libgl1-mesa-glx	libGL	yes	\napt	libglib2.0-0	glib	yes	\napt	libglib2.0-dev	glib	yes	\napt	libsm6	libsm	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libSM\napt	libxext6	libxext	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libXext\napt	libxrender1	libxrender	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libXrender\napt	libx11-dev	libx11	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libX11\napt	libx11-6	libx11	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libX11\napt	libxcb1	libxcb	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libxcb\napt	libxcomposite1	libxcomposite	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libXcomposite\napt	libxdamage1	libxdamage	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libXdamage\napt	libxrandr2	libxrandr	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libXrandr\napt	libxfixes3	libxfixes	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libXfixes\napt	libxi6	libxi	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libXi\napt	libxtst6	libxtst	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libXtst\napt	libxss1	libxscrnsaver	yes	attr is the lowercase pkgs/by-name name (X11 libs moved out of the xorg.* set); older revisions: xorg.libXScrnSaver\napt	libxkbcommon0	libxkbcommon	yes	\napt	libgbm1	libgbm	yes	\napt	libdrm2	libdrm	yes	\napt	libnss3	nss	yes	\napt	libatk1.0-0	atk	yes	atk is an alias-like binding to at-spi2-core in this revision\napt	libatk-bridge2.0-0	at-spi2-atk	yes	binding to at-spi2-core\napt	libcups2	cups	yes	\napt	libasound2	alsa-lib	yes	\napt	libasound2-dev	alsa-lib	yes	\napt	libpulse-dev	libpulseaudio	yes	\napt	libgtk-3-0	gtk3	yes	\napt	libgtk-3-dev	gtk3	yes	\napt	ffmpeg	ffmpeg	yes	ffmpeg-headless is smaller for servers\napt	libavcodec-dev	ffmpeg	yes	ffmpeg.dev\napt	imagemagick	imagemagick	yes	\napt	graphicsmagick	graphicsmagick	yes	\napt	ghostscript	ghostscript	yes	\napt	poppler-utils	poppler-utils	yes	\napt	tesseract-ocr	tesseract	yes	\napt	fonts-liberation	liberation_ttf	yes	\napt	fonts-dejavu	dejavu_fonts	yes	\napt	fonts-dejavu-core	dejavu_fonts	yes	\napt	fonts-noto	noto-fonts	yes	\napt	fontconfig	fontconfig	yes	\napt	tzdata	tzdata	yes	set TZDIR=${tzdata}/share/zoneinfo in the image config\napt	locales	glibcLocales	yes	set LOCALE_ARCHIVE=${glibcLocales}/lib/locale/locale-archive\napt	locales-all	glibcLocales	yes	\napt	gnupg	gnupg	yes	\napt	gnupg2	gnupg	yes	\napt	gpg	gnupg	yes	\napt	dirmngr	gnupg	yes	dirmngr ships with gnupg\napt	gnupg-agent	gnupg	yes	\napt	pinentry-curses	pinentry-curses	yes	\napt	unzip	unzip	yes	\napt	zip	zip	yes	\napt	xz-utils	xz	yes	\napt	bzip2	bzip2	yes	\napt	tar	gnutar	yes	\napt	gzip	gzip	yes	\napt	zstd	zstd	yes	\napt	p7zip-full	p7zip	yes	\napt	7zip	_7zz	yes	\napt	jq	jq	yes	\napt	yq	yq	yes	Debian's yq is the Python jq-wrapper (= nixpkgs yq); the Go yq is yq-go\napt	bash	bash	yes	bashInteractive for readline\napt	bash-completion	bash-completion	yes	\napt	coreutils	coreutils	yes	\napt	findutils	findutils	yes	\napt	grep	gnugrep	yes	\napt	sed	gnused	yes	\napt	gawk	gawk	yes	\napt	mawk	mawk	yes	\napt	diffutils	diffutils	yes	\napt	file	file	yes	\napt	less	less	yes	\napt	vim	vim	yes	\napt	vim-tiny	vim	yes	\napt	nano	nano	yes	\napt	procps	procps	yes	\napt	psmisc	psmisc	yes	\napt	htop	htop	yes	\napt	lsof	lsof	yes	\napt	tree	tree	yes	\napt	time	time	yes	\napt	bc	bc	yes	\napt	dos2unix	dos2unix	yes	\napt	parallel	parallel	yes	\napt	moreutils	moreutils	yes	\napt	man-db	man-db	yes	\napt	iproute2	iproute2	yes	\napt	iputils-ping	iputils	yes	\napt	net-tools	net-tools	yes	\napt	dnsutils	dnsutils	yes	= bind.dnsutils\napt	bind9-dnsutils	dnsutils	yes	\napt	netcat	netcat	yes	netcat = libressl.nc in this revision; netcat-gnu also exists\napt	netcat-openbsd	netcat	yes	libressl nc (OpenBSD-derived)\napt	netcat-traditional	netcat-gnu	yes	\napt	telnet	inetutils	yes	\napt	traceroute	traceroute	yes	\napt	tcpdump	tcpdump	yes	\napt	nmap	nmap	yes	\napt	socat	socat	yes	\napt	iptables	iptables	yes	\napt	rsync	rsync	yes	\napt	openssh-client	openssh	yes	\napt	openssh-server	openssh	yes	\napt	sshpass	sshpass	yes	\napt	sudo	sudo	yes	containers built with dockerTools usually run as a fixed user instead (config.User)\napt	gosu	gosu	yes	\napt	tini	tini	yes	\napt	dumb-init	dumb-init	yes	\napt	supervisor	python3Packages.supervisor	yes	\napt	cron	cron	yes	= isc-cron\napt	logrotate	logrotate	yes	\napt	netbase	iana-etc	yes	provides /etc/protocols and /etc/services\napt	media-types	mailcap	yes	uncertain: mailcap provides /etc/mime.types\napt	mime-support	mailcap	yes	uncertain: mailcap provides /etc/mime.types\napt	nginx	nginx	yes	\napt	apache2	apacheHttpd	yes	\napt	redis-server	redis	yes	\napt	redis-tools	redis	yes	\napt	memcached	memcached	yes	\napt	default-jdk	jdk	yes	\napt	default-jre	jre	yes	\napt	default-jre-headless	jre_headless	yes	\napt	openjdk-8-jdk	jdk8	yes	\napt	openjdk-11-jdk	jdk11	yes	\napt	openjdk-11-jre-headless	jdk11_headless	yes	\napt	openjdk-17-jdk	jdk17	yes	\napt	openjdk-17-jdk-headless	jdk17_headless	yes	\napt	openjdk-17-jre	jdk17	yes	no separate JRE for >=9; jre17_minimal builds a jlink JRE\napt	openjdk-17-jre-headless	jdk17_headless	yes	\napt	openjdk-21-jdk	jdk21	yes	\napt	openjdk-21-jre-headless	jdk21_headless	yes	\napt	maven	maven	yes	\napt	gradle	gradle	yes	\napt	ant	ant	yes	\napt	nodejs	nodejs	yes	nodejs = nodejs_24 in this revision; pin nodejs_XX\napt	npm	nodejs	yes	npm is bundled with nodejs (nodejs-slim has no npm)\napt	yarn	yarn	yes	Debian's \"yarn\" package is cmdtest; yarnpkg is the JS yarn\napt	yarnpkg	yarn	yes	\napt	golang	go	yes	\napt	golang-go	go	yes	\napt	rustc	rustc	yes	\napt	cargo	cargo	yes	\napt	ruby	ruby	yes	\napt	ruby-full	ruby	yes	\napt	ruby-dev	ruby	yes	\napt	ruby-bundler	bundler	yes	\napt	php	php	yes	\napt	php-cli	php	yes	\napt	php-fpm	php	yes	php-fpm binary is part of php\napt	php-mysql	php.extensions.mysqli	yes	php.withExtensions ({ enabled, all }: enabled ++ [ all.mysqli all.pdo_mysql ])\napt	php-pgsql	php.extensions.pgsql	yes	\napt	php-curl	php.extensions.curl	yes	\napt	php-gd	php.extensions.gd	yes	\napt	php-zip	php.extensions.zip	yes	\napt	php-xml	php.extensions.xml	yes	Debian php-xml bundles dom, simplexml, xml, xmlreader, xmlwriter, xsl: add php.extensions.{dom,simplexml,xmlreader,xmlwriter,xsl} as needed\napt	php-mbstring	php.extensions.mbstring	yes	\napt	php-intl	php.extensions.intl	yes	\napt	composer	phpPackages.composer	yes	\napt	perl	perl	yes	\napt	lua5.1	lua5_1	yes	\napt	luarocks	luarocks	yes	\napt	r-base	R	yes	\napt	git-lfs	git-lfs	yes	\napt	subversion	subversion	yes	\napt	mercurial	mercurial	yes	\napt	gettext	gettext	yes	\napt	gettext-base	gettext	yes	\napt	libicu-dev	icu	yes	\napt	libkrb5-dev	krb5	yes	\napt	libsasl2-dev	cyrus_sasl	yes	\napt	libldap2-dev	openldap	yes	\napt	libpam0g-dev	pam	yes	\napt	libcap-dev	libcap	yes	\napt	libcap2-bin	libcap	yes	\napt	libseccomp-dev	libseccomp	yes	\napt	libsystemd-dev	systemdLibs	yes	\napt	libudev-dev	udev	yes	\napt	libusb-1.0-0-dev	libusb1	yes	\napt	portaudio19-dev	portaudio	yes	\napt	libsndfile1	libsndfile	yes	\napt	sox	sox	yes	\napt	espeak-ng	espeak-ng	yes	\napt	chromium	chromium	yes	\napt	firefox-esr	firefox-esr	yes	\napt	xvfb	xvfb-run	yes	uncertain: xvfb-run wraps the Xvfb server; the server itself is in xorg-server\napt	xauth	xauth	yes	\napt	libopenblas-dev	openblas	yes	\napt	liblapack-dev	lapack	yes	\napt	libblas-dev	blas	yes	\napt	libhdf5-dev	hdf5	yes	\napt	libgeos-dev	geos	yes	\napt	libproj-dev	proj	yes	\napt	gdal-bin	gdal	yes	\napt	libgdal-dev	gdal	yes	\napt	libspatialindex-dev	libspatialindex	yes	\napt	libzmq3-dev	zeromq	yes	\napt	libsnappy-dev	snappy	yes	\napt	liblz4-dev	lz4	yes	\napt	libzstd-dev	zstd	yes	\napt	libsodium-dev	libsodium	yes	\napt	libgpgme-dev	gpgme	yes	\napt	libargon2-dev	libargon2	yes	\napt	libonig-dev	oniguruma	yes	\napt	libzip-dev	libzip	yes	\napt	libmemcached-dev	libmemcached	yes	\napt	libaio1	libaio	yes	\napt	libunwind-dev	libunwind	yes	\napt	libjemalloc-dev	jemalloc	yes	\napt	libjemalloc2	jemalloc	yes	\napt	google-perftools	gperftools	yes	\napt	libvips-dev	vips	yes	\napt	libheif-dev	libheif	yes	\napt	wkhtmltopdf	wkhtmltopdf	yes	uncertain: pkgs/by-name/wk/wkhtmltopdf exists in the indexed history, but upstream is unmaintained and it may be a binary repackaging, broken or removed in the newest revision\napt	pandoc	pandoc	yes	\napt	texlive	texliveSmall	yes	texlive.combine / texliveSmall.withPackages for custom sets\napt	graphviz	graphviz	yes	\napt	awscli	awscli2	yes	Debian's awscli is AWS CLI v1 (python): awscli also exists (by-name); v2 = awscli2 (recommended)\napt	docker.io	docker	yes	\napt	docker-ce-cli	docker-client	yes	\napt	kubectl	kubectl	yes	\napt	lsb-release	lsb-release	yes	not needed in Nix images\napt	apt-transport-https	-	no	apt plumbing; no Nix equivalent needed\napt	software-properties-common	-	no	apt plumbing; no Nix equivalent needed\napt	libstdc++6	stdenv.cc.cc.lib	yes	libstdc++.so lives in the gcc \"lib\" output; stdenv is a core attr (stage.nix), output paths not verified\napt	libgcc-s1	libgcc	yes	\napt	libc6-dev	glibc	yes	glibc.dev for headers\napt	linux-libc-dev	linuxHeaders	yes	\napt	dpkg-dev	dpkg	yes	only needed for Debian packaging\napt	fakeroot	fakeroot	yes	dockerTools has fakeRootCommands instead\napt	libxmlsec1-dev	xmlsec	yes	\napt	xmlsec1	xmlsec	yes	\napt	libgeoip-dev	geoip	yes	\napt	haveged	haveged	yes	\napt	gnutls-bin	gnutls	yes	\napt	libnss-wrapper	nss_wrapper	yes	\napt	gcc-multilib	gcc_multi	yes	\napt	libpython3-dev	python3	yes	\napt	e2fsprogs	e2fsprogs	yes	\napt	util-linux	util-linux	yes	\napt	shellcheck	shellcheck	yes	\napt	ripgrep	ripgrep	yes	\napt	fd-find	fd	yes	\napt	tmux	tmux	yes	\napt	screen	screen	yes	\napt	zsh	zsh	yes	\napt	fish	fish	yes	\napt	gh	gh	yes	\napk	curl	curl	yes	\napk	wget	wget	yes	\napk	git	git	yes	\napk	bash	bash	yes	\napk	ca-certificates	cacert	yes	\napk	tzdata	tzdata	yes	\napk	openssl	openssl	yes	\napk	openssl-dev	openssl.dev	yes	\napk	libressl	libressl	yes	\napk	build-base	gcc gnumake binutils	yes	meta-package; also implies musl-dev (see note on musl)\napk	gcc	gcc	yes	\napk	g++	gcc	yes	\napk	make	gnumake	yes	\napk	cmake	cmake	yes	\napk	musl-dev	musl	yes	nixpkgs defaults to glibc; use pkgsMusl/pkgsStatic for a musl userland. musl attr exists\napk	musl-utils	musl	yes	\napk	libc-dev	glibc	yes	nixpkgs is glibc-based by default\napk	libc6-compat	glibc	yes	not needed: Nix binaries are linked against Nix glibc\napk	gcompat	glibc	yes	not needed: Nix binaries are linked against Nix glibc\napk	linux-headers	linuxHeaders	yes	\napk	libffi-dev	libffi	yes	\napk	zlib-dev	zlib	yes	\napk	jpeg-dev	libjpeg	yes	\napk	libjpeg-turbo-dev	libjpeg_turbo	yes	\napk	libpng-dev	libpng	yes	\napk	freetype-dev	freetype	yes	\napk	libwebp-dev	libwebp	yes	\napk	tiff-dev	libtiff	yes	\napk	lcms2-dev	lcms2	yes	\napk	openjpeg-dev	openjpeg	yes	\napk	postgresql-dev	libpq	yes	\napk	libpq-dev	libpq	yes	\napk	postgresql-client	postgresql	yes	\napk	postgresql	postgresql	yes	\napk	mariadb-dev	libmysqlclient	yes	\napk	mariadb-connector-c-dev	mariadb-connector-c	yes	\napk	mysql-client	mariadb	yes	Alpine mysql-client is the MariaDB client\napk	mariadb-client	mariadb	yes	\napk	python3	python3	yes	\napk	python3-dev	python3	yes	\napk	py3-pip	python3Packages.pip	yes	\napk	py3-setuptools	python3Packages.setuptools	yes	\napk	py3-wheel	python3Packages.wheel	yes	\napk	py3-virtualenv	python3Packages.virtualenv	yes	\napk	py3-numpy	python3Packages.numpy	yes	\napk	nodejs	nodejs	yes	\napk	nodejs-current	nodejs_latest	yes	\napk	npm	nodejs	yes	\napk	yarn	yarn	yes	\napk	su-exec	su-exec	yes	\napk	tini	tini	yes	\napk	dumb-init	dumb-init	yes	\napk	shadow	shadow	yes	\napk	sudo	sudo	yes	\napk	coreutils	coreutils	yes	\napk	findutils	findutils	yes	\napk	grep	gnugrep	yes	\napk	sed	gnused	yes	\napk	gawk	gawk	yes	\napk	tar	gnutar	yes	\napk	xz	xz	yes	\napk	xz-dev	xz	yes	\napk	bzip2-dev	bzip2	yes	\napk	unzip	unzip	yes	\napk	zip	zip	yes	\napk	jq	jq	yes	\napk	yq	yq-go	yes	Alpine's yq is the Go yq (mikefarah)\napk	yq-go	yq-go	yes	\napk	openssh	openssh	yes	\napk	openssh-client	openssh	yes	\napk	rsync	rsync	yes	\napk	procps	procps	yes	\napk	procps-ng	procps	yes	\napk	busybox	busybox	yes	\napk	busybox-extras	busybox	yes	\napk	bind-tools	dnsutils	yes	\napk	iputils	iputils	yes	\napk	netcat-openbsd	netcat	yes	\napk	libstdc++	stdenv.cc.cc.lib	yes	stdenv is a core attr (stage.nix), output paths not verified\napk	libgcc	libgcc	yes	\napk	imagemagick	imagemagick	yes	\napk	ffmpeg	ffmpeg	yes	\napk	ghostscript	ghostscript	yes	\napk	fontconfig	fontconfig	yes	\napk	ttf-dejavu	dejavu_fonts	yes	\napk	font-noto	noto-fonts	yes	\napk	ttf-freefont	freefont_ttf	yes	\napk	chromium	chromium	yes	\napk	nss	nss	yes	\napk	harfbuzz	harfbuzz	yes	\napk	go	go	yes	\napk	rust	rustc	yes	\napk	cargo	cargo	yes	\napk	openjdk8	jdk8	yes	\napk	openjdk11	jdk11	yes	\napk	openjdk17	jdk17	yes	\napk	openjdk17-jre	jdk17	yes	\napk	openjdk17-jre-headless	jdk17_headless	yes	\napk	openjdk21	jdk21	yes	\napk	maven	maven	yes	\napk	gradle	gradle	yes	\napk	ruby	ruby	yes	\napk	ruby-dev	ruby	yes	\napk	ruby-bundler	bundler	yes	\napk	php82	php82	yes	\napk	php83	php83	yes	\napk	php84	php84	yes	\napk	composer	phpPackages.composer	yes	\napk	nginx	nginx	yes	\napk	redis	redis	yes	\napk	supervisor	python3Packages.supervisor	yes	\napk	git-lfs	git-lfs	yes	\napk	gnupg	gnupg	yes	\napk	pkgconf	pkgconf	yes	\napk	pkgconfig	pkg-config	yes	\napk	autoconf	autoconf	yes	\napk	automake	automake	yes	\napk	libtool	libtool	yes	\napk	readline-dev	readline	yes	\napk	ncurses	ncurses	yes	\napk	ncurses-dev	ncurses	yes	\napk	sqlite	sqlite	yes	\napk	sqlite-dev	sqlite	yes	\napk	libxml2-dev	libxml2	yes	\napk	libxslt-dev	libxslt	yes	\napk	yaml-dev	libyaml	yes	\napk	gmp-dev	gmp	yes	\napk	krb5-dev	krb5	yes	\napk	openldap-dev	openldap	yes	\napk	cyrus-sasl-dev	cyrus_sasl	yes	\napk	geos-dev	geos	yes	\napk	proj-dev	proj	yes	\napk	gdal-dev	gdal	yes	\napk	util-linux	util-linux	yes	\napk	e2fsprogs	e2fsprogs	yes	\napk	dcron	cron	yes	uncertain: different cron implementation (isc-cron); cronie also packaged\napk	logrotate	logrotate	yes	\napk	less	less	yes	\napk	nano	nano	yes	\napk	vim	vim	yes	\napk	htop	htop	yes	\napk	tree	tree	yes	\napk	file	file	yes	\napk	perl	perl	yes	\napk	lua5.1	lua5_1	yes	\napk	libsodium-dev	libsodium	yes	\napk	zeromq-dev	zeromq	yes	\napk	icu-dev	icu	yes	\napk	icu-libs	icu	yes	\napk	gettext	gettext	yes	\napk	libintl	gettext	yes	libintl is provided by glibc on Linux (pkgs.libintl is null there); gettext for musl\napk	bash-completion	bash-completion	yes	\napk	docker-cli	docker-client	yes	\napk	kubectl	kubectl	yes	\napk	helm	kubernetes-helm	yes	\napk	aws-cli	awscli2	yes	\napk	openrc	-	no	no equivalent; containers should not run an init system (use tini/dumb-init or config.Entrypoint)\napk	alpine-sdk	gcc gnumake binutils	yes	meta-package\napk	libzip-dev	libzip	yes	\napk	oniguruma-dev	oniguruma	yes	\napk	libmemcached-dev	libmemcached	yes	\napk	vips-dev	vips	yes	\napk	tesseract-ocr	tesseract	yes	\napk	poppler-utils	poppler-utils	yes	\napk	graphviz	graphviz	yes	\napk	socat	socat	yes	\napk	iproute2	iproute2	yes	\napk	net-tools	net-tools	yes	\napk	tcpdump	tcpdump	yes	\napk	nmap	nmap	yes	\napk	strace	strace	yes	\napk	gdb	gdb	yes	\napk	patch	patch	yes	\napk	bc	bc	yes	\napk	jemalloc	jemalloc	yes	\napk	libcap	libcap	yes	\napk	libseccomp-dev	libseccomp	yes	\napk	linux-pam-dev	pam	yes	\napk	sshpass	sshpass	yes	\napk	shellcheck	shellcheck	yes	\napk	ripgrep	ripgrep	yes	\napk	tmux	tmux	yes	\napk	zsh	zsh	yes	\napk	github-cli	gh	yes	\napt	binutils	binutils	yes	\napt	libcurl4	curl	yes	\napt	libssl3	openssl	yes	\napt	libxml2	libxml2	yes	\napt	libgomp1	stdenv.cc.cc.lib	yes	libgomp.so is in the gcc lib output; stdenv is a core attr (stage.nix), output paths not verified\napt	libopencv-dev	opencv	yes	python bindings: python3Packages.opencv4\napt	inotify-tools	inotify-tools	yes	\napt	libmariadb-dev	libmysqlclient	yes	= mariadb-connector-c\napt	unixodbc-dev	unixodbc	yes	\napt	freetds-dev	freetds	yes	\napt	libexpat1-dev	expat	yes	\napt	texinfo	texinfo	yes	\napt	python3.11	python311	yes	\napt	python3.12	python312	yes	\napt	python3.13	python313	yes	\napt	libfontconfig1	fontconfig	yes	\napt	acl	acl	yes	\napt	cpio	cpio	yes	\napt	m4	gnum4	yes	\napt	gperf	gperf	yes	\napt	re2c	re2c	yes	\napt	nasm	nasm	yes	\napt	libcairo2-dev	cairo	yes	\napt	libpango1.0-dev	pango	yes	\napt	librsvg2-dev	librsvg	yes	\napt	dbus	dbus	yes	\napt	xxd	xxd	yes	\napt	php-pdo-mysql	php.extensions.pdo_mysql	yes	Debian ships pdo_mysql inside php-mysql\napt	php-pdo-pgsql	php.extensions.pdo_pgsql	yes	\napt	php-sqlite3	php.extensions.sqlite3	yes	\napt	php-redis	php.extensions.redis	yes	\napt	php-imagick	php.extensions.imagick	yes	\napt	php-bcmath	php.extensions.bcmath	yes	\napt	php-opcache	php.extensions.opcache	yes	core extension only for php < 8.5 (built into php 8.5)\napt	php-xdebug	php.extensions.xdebug	yes	\napt	php-soap	php.extensions.soap	yes	\napt	php-ldap	php.extensions.ldap	yes	\napt	php-apcu	php.extensions.apcu	yes	\napt	php-memcached	php.extensions.memcached	yes	\napt	php-gmp	php.extensions.gmp	yes	\napt	php-sodium	php.extensions.sodium	yes	\napk	curl-dev	curl	yes	curl.dev for headers\napk	expat-dev	expat	yes	\napk	pcre-dev	pcre	yes	\napk	pcre2-dev	pcre2	yes	\napk	cairo-dev	cairo	yes	\napk	pango-dev	pango	yes	\napk	giflib-dev	giflib	yes	\napk	librsvg	librsvg	yes	\napk	openssh-keygen	openssh	yes	\napk	ttf-liberation	liberation_ttf	yes	\napk	mesa-gl	libGL	yes	uncertain: libGL is the libglvnd-based dispatch library\napk	xvfb	xvfb-run	yes	uncertain: xvfb-run wraps Xvfb; server itself is in xorg-server\napk	dbus	dbus	yes	\napk	util-linux-dev	util-linux	yes	libuuid/libblkid headers in util-linux dev output\napk	nasm	nasm	yes	\napk	binutils	binutils	yes	\napk	inotify-tools	inotify-tools	yes	\napk	unixodbc-dev	unixodbc	yes	\napk	freetds-dev	freetds	yes	\napk	m4	gnum4	yes	\napk	php83-fpm	php83	yes	php-fpm is part of php\napk	php83-pdo_mysql	php83.extensions.pdo_mysql	yes	Alpine phpXX-<ext> -> phpXX.extensions.<ext> (same pattern for php82/php84/php85)\napk	php83-pdo_pgsql	php83.extensions.pdo_pgsql	yes	\napk	php83-mbstring	php83.extensions.mbstring	yes	\napk	php83-intl	php83.extensions.intl	yes	\napk	php83-openssl	php83.extensions.openssl	yes	\napk	php83-curl	php83.extensions.curl	yes	\napk	php83-gd	php83.extensions.gd	yes	\napk	php83-zip	php83.extensions.zip	yes	\napk	php83-xml	php83.extensions.xml	yes	\napk	php83-dom	php83.extensions.dom	yes	\napk	php83-ctype	php83.extensions.ctype	yes	\napk	php83-tokenizer	php83.extensions.tokenizer	yes	\napk	php83-session	php83.extensions.session	yes	\napk	php83-pecl-redis	php83.extensions.redis	yes	\napk	php83-pecl-imagick	php83.extensions.imagick	yes	";
var NPM_GLOBAL_MAP_TSV = "npm	nodejs	yes	npm is bundled with nodejs (npm attr also exists standalone); `npm i -g npm@X` has no pinned-version equivalent\nyarn	yarn	yes	yarn v1 (classic); Berry = yarn-berry / yarn-berry_4\npnpm	pnpm	yes	pnpm_9 / pnpm_10 / pnpm_11 also exist\ncorepack	corepack	yes	corepack_20/22/24 also exist\ntypescript	typescript	yes	\ntsx	tsx	yes	\nts-node	-	no	not found as top-level/by-name; run via tsx or add as a project devDependency\npm2	pm2	yes	\nnodemon	nodemon	yes	\nserve	serve	yes	\nhttp-server	http-server	yes	\nlive-server	live-server	yes	\njson-server	json-server	yes	\nprettier	prettier	yes	\neslint	eslint	yes	\nnpm-check-updates	npm-check-updates	yes	\nfirebase-tools	firebase-tools	yes	\nvercel	vercel	yes	\nnetlify-cli	netlify-cli	yes	\naws-cdk	-	no	not found at pkgs/by-name/aw/aws-cdk; keep as project dependency (npx cdk)\nserverless	serverless	yes	\nprisma	prisma	yes	CLI; engines are in prisma-engines\nlerna	lerna	yes	\nnx	-	no	not found; keep as project dependency\ngulp-cli|gulp	-	no	not found (nodePackages removed 2026-03-03); keep as project dependency\ngrunt-cli	grunt-cli	yes	\nnode-gyp	node-gyp	yes	\nesbuild	esbuild	yes	\nwrangler	wrangler	yes	\nturbo	turbo	yes	\n@nestjs/cli	nest-cli	yes	\n@angular/cli	angular-cli	yes	uncertain: attr name found in by-name history; check it is the Angular CLI (ng)\nnewman	newman	yes	\nmarkdownlint-cli	markdownlint-cli	yes	\nsemantic-release	semantic-release	yes	\n@playwright/test|playwright	playwright-test	yes	browsers: playwright-driver.browsers; version must match the project's @playwright/test\ntypescript-language-server	typescript-language-server	yes	\npyright	pyright	yes	\nsvgo	svgo	yes	\nsass	dart-sass	yes	\nbower	bower	yes	deprecated upstream";
var DOCKERTOOLS_ARGS_TSV = 'streamLayeredImage	name	(required)	nixpkgs-src@34b7a306\nstreamLayeredImage	tag	null	nixpkgs-src@34b7a306\nstreamLayeredImage	fromImage	null	nixpkgs-src@34b7a306\nstreamLayeredImage	contents	[ ]	nixpkgs-src@34b7a306\nstreamLayeredImage	config	{ }	nixpkgs-src@34b7a306\nstreamLayeredImage	created	"1970-01-01T00:00:01Z"	nixpkgs-src@34b7a306\nstreamLayeredImage	extraCommands	""	nixpkgs-src@34b7a306\nstreamLayeredImage	fakeRootCommands	""	nixpkgs-src@34b7a306\nstreamLayeredImage	enableFakechroot	false	nixpkgs-src@34b7a306\nstreamLayeredImage	maxLayers	100	nixpkgs-src@34b7a306\nstreamLayeredImage	includeStorePaths	true	nixpkgs-src@34b7a306\nstreamLayeredImage	passthru	{ }	nixpkgs-src@34b7a306\nstreamLayeredImage	architecture	defaultArchitecture	newer-doc-unverified\nstreamLayeredImage	mtime	"1970-01-01T00:00:01Z"	newer-doc-unverified\nstreamLayeredImage	uid	0	newer-doc-unverified\nstreamLayeredImage	gid	0	newer-doc-unverified\nstreamLayeredImage	uname	"root"	newer-doc-unverified\nstreamLayeredImage	gname	"root"	newer-doc-unverified\nstreamLayeredImage	includeNixDB	false	newer-doc-unverified\nstreamLayeredImage	meta	{ }	newer-doc-unverified\nstreamLayeredImage	layeringPipeline	null	newer-doc-unverified\nstreamLayeredImage	debug	false	newer-doc-unverified\nbuildLayeredImage	*	same as streamLayeredImage	nixpkgs-src@34b7a306 (buildLayeredImage = { name, ... }@args: streamLayeredImage args | pigz)\nbuildImage	name	(required)	nixpkgs-src@34b7a306\nbuildImage	tag	null	nixpkgs-src@34b7a306\nbuildImage	fromImage	null	nixpkgs-src@34b7a306\nbuildImage	fromImageName	null	nixpkgs-src@34b7a306\nbuildImage	fromImageTag	null	nixpkgs-src@34b7a306\nbuildImage	copyToRoot	null	nixpkgs-src@34b7a306\nbuildImage	keepContentsDirlinks	false	nixpkgs-src@34b7a306\nbuildImage	config	null	nixpkgs-src@34b7a306\nbuildImage	extraCommands	""	nixpkgs-src@34b7a306\nbuildImage	uid	0	nixpkgs-src@34b7a306\nbuildImage	gid	0	nixpkgs-src@34b7a306\nbuildImage	runAsRoot	null	nixpkgs-src@34b7a306 (needs a VM build: vmTools/KVM)\nbuildImage	diskSize	1024	nixpkgs-src@34b7a306\nbuildImage	buildVMMemorySize	512	nixpkgs-src@34b7a306\nbuildImage	created	"1970-01-01T00:00:01Z"	nixpkgs-src@34b7a306\nbuildImage	contents	null	nixpkgs-src@34b7a306 (deprecated: use copyToRoot)\nbuildImage	architecture	defaultArchitecture	newer-unverified\nbuildImage	includeNixDB	false	newer-unverified\nbuildImage	compressor	"gz"	newer-unverified\nbuildImage	meta	{ }	newer-unverified\ndockerTools	caCertificates	(derivation)	nixpkgs-src@34b7a306: /etc/ssl/certs/{ca-bundle.crt,ca-certificates.crt}, /etc/pki/tls/certs/ca-bundle.crt\ndockerTools	fakeNss	(derivation)	nixpkgs-src@34b7a306: /etc/passwd + /etc/group with root and nobody\ndockerTools	binSh	(derivation)	nixpkgs-src@34b7a306: /bin/sh -> bashInteractive\ndockerTools	usrBinEnv	(derivation)	nixpkgs-src@34b7a306: /usr/bin/env -> coreutils\ndockerTools	shadowSetup	(string)	nixpkgs-src@34b7a306: shell snippet for runAsRoot\ndockerTools	pullImage	{ imageName, imageDigest, sha256|hash, os, arch, finalImageName, finalImageTag, tlsVerify }	nixpkgs-src@34b7a306 (fixed-output; needs network at build)\ndockerTools	buildImageWithNixDb	args of buildImage	nixpkgs-src@34b7a306\ndockerTools	buildLayeredImageWithNixDb	args of buildLayeredImage	nixpkgs-src@34b7a306\ndockerTools	mergeImages	list of images	nixpkgs-src@34b7a306\ndockerTools	exportImage	{ name, fromImage, fromImageName, fromImageTag, diskSize }	nixpkgs-src@34b7a306\ndockerTools	streamNixShellImage	(see nixpkgs manual)	nixpkgs-src@34b7a306 (referenced in examples)';

// src/nix/data/index.ts
var rows = (tsv) => tsv === "" ? [] : tsv.split("\n").map((line) => line.split("	"));
function mapRow(attrColumn, verified, note) {
  const attrs2 = attrColumn.trim() === "-" ? [] : attrColumn.trim().split(/\s+/);
  return { attrs: attrs2, verified: verified === "yes", note: (note ?? "").trim() };
}
function distroTable() {
  const distro = /* @__PURE__ */ new Map();
  for (const [manager, name, attr, verified, note] of rows(DISTRO_MAP_TSV)) {
    distro.set(`${manager}:${name}`, mapRow(attr, verified, note));
  }
  return distro;
}
function npmGlobalsTable() {
  const npmGlobals = /* @__PURE__ */ new Map();
  for (const [names, attr, verified, note] of rows(NPM_GLOBAL_MAP_TSV)) {
    for (const name of names.split("|")) npmGlobals.set(name, mapRow(attr, verified, note));
  }
  return npmGlobals;
}
function lazily(make) {
  let table2;
  return () => table2 ??= make();
}
var tables = {
  attributes: lazily(() => new Set(ATTRIBUTE_NAMES.split("\n"))),
  pythonPackages: lazily(() => new Set(PYTHON_PACKAGE_NAMES.split("\n"))),
  runtimes: lazily(
    () => rows(RUNTIMES_TSV).map(([image, tags, attr, verified, note]) => ({
      image,
      tagPatterns: tags.split("|"),
      ...mapRow(attr, verified, note)
    }))
  ),
  distro: lazily(distroTable),
  npmGlobals: lazily(npmGlobalsTable),
  dockerToolsArgs: lazily(() => rows(DOCKERTOOLS_ARGS_TSV).map(([fn, arg, , source]) => ({ function: fn, arg, source })))
};
var index = Object.defineProperties(
  {},
  Object.fromEntries(Object.entries(tables).map(([name, table2]) => [name, { get: table2, enumerable: true }]))
);
function nixpkgsIndex() {
  return index;
}
var PYTHON_SETS = ["python3Packages.", "python3.pkgs.", "ps."];
function isIndexedAttr(path6) {
  const pythonSet = PYTHON_SETS.find((prefix) => path6.startsWith(prefix));
  if (pythonSet) {
    const [name] = path6.slice(pythonSet.length).split(".");
    return index.pythonPackages.has(name) && (pythonSet === "ps." || index.attributes.has(pythonSet.split(".")[0]));
  }
  return index.attributes.has(path6.split(".")[0]);
}

// src/nix/versions.ts
var FAMILIES = [
  { base: "nodejs", parse: /^nodejs_(\d+)$/, components: 1, attr: ([major]) => `nodejs_${major}` },
  { base: "python3", parse: /^python(3)(\d+)$/, components: 2, attr: ([major, minor]) => `python${major}${minor}` },
  { base: "go", parse: /^go_(1)_(\d+)$/, components: 2, attr: ([major, minor]) => `go_${major}_${minor}` },
  { base: "postgresql", parse: /^postgresql_(\d+)$/, components: 1, attr: ([major]) => `postgresql_${major}` },
  { base: "php", parse: /^php(\d)(\d)$/, components: 2, attr: ([major, minor]) => `php${major}${minor}` },
  { base: "ruby", parse: /^ruby_(\d+)_(\d+)$/, components: 2, attr: ([major, minor]) => `ruby_${major}_${minor}` },
  { base: "jdk", parse: /^jdk(\d+)$/, components: 1, attr: ([major]) => `jdk${major}` },
  { base: "temurin-bin", parse: /^temurin-bin-(\d+)$/, components: 1, attr: ([major]) => `temurin-bin-${major}` },
  { base: "temurin-jre-bin", parse: /^temurin-jre-bin-(\d+)$/, components: 1, attr: ([major]) => `temurin-jre-bin-${major}` },
  { base: "gcc", parse: /^gcc(\d+)$/, components: 1, attr: ([major]) => `gcc${major}` }
];
function leadingVersion(text) {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(text ?? "");
  return match ? match[1].split(".").map(Number) : void 0;
}
function compare(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
var versionsCache = /* @__PURE__ */ new Map();
function versionsOf(family) {
  let versions = versionsCache.get(family);
  if (!versions) {
    versions = [...nixpkgsIndex().attributes].map((attr) => ({ attr, match: family.parse.exec(attr) })).filter((entry) => entry.match !== null).map(({ attr, match }) => ({ attr, version: match.slice(1).map(Number) })).sort((a, b) => compare(a.version, b.version));
    versionsCache.set(family, versions);
  }
  return versions;
}
function familyOf(attr) {
  return FAMILIES.find((family) => family.base === attr || family.parse.test(attr));
}
function versionedAttr(attr, version) {
  const family = familyOf(attr);
  if (!family || !version || version.length < family.components) return void 0;
  const wanted = version.slice(0, family.components);
  const exact = family.attr(wanted);
  if (isIndexedAttr(exact)) return { attr: exact, match: "exact" };
  const versions = versionsOf(family);
  const nearest = versions.find((candidate) => compare(candidate.version, wanted) > 0) ?? versions[versions.length - 1];
  return nearest ? { attr: nearest.attr, match: "nearest" } : void 0;
}
function versionName(attr) {
  const family = familyOf(attr);
  const match = family?.parse.exec(attr);
  return match ? match.slice(1).join(".") : void 0;
}

// src/nix/images.ts
var globCache = /* @__PURE__ */ new Map();
function globToRegExp(glob) {
  let compiled = globCache.get(glob);
  if (!compiled) {
    const body = glob.replace(/[.+^${}()[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    compiled = new RegExp(`^${body}$`);
    globCache.set(glob, compiled);
  }
  return compiled;
}
function imageMatches(row, image) {
  return row.image.split("|").some((pattern) => globToRegExp(pattern).test(image));
}
function tagMatches(row, tag, patterns = row.tagPatterns) {
  return patterns.some((pattern) => {
    if (pattern === "<none>" || pattern === "*") return tag === void 0 || pattern === "*";
    return tag !== void 0 && pattern !== "-" && globToRegExp(pattern).test(tag);
  });
}
var isVersionedRow = (row) => row.tagPatterns.some((pattern) => /^\d/.test(pattern));
var isVariantRow = (row) => row.tagPatterns.every((pattern) => pattern.startsWith("*-"));
function imageKey(name) {
  return name.familiar.replace(/^(docker\.io\/)?(library\/)?/, "");
}
var EXTRA_IMAGES = [
  {
    pattern: /(^|\/)(centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux|archlinux|clearlinux|photon|ubi\d*(-minimal|-micro|-init)?|ubi\d+\/ubi(-minimal|-micro|-init)?|opensuse\/(leap|tumbleweed)|parrotsec\/core|kalilinux\/[\w-]+|cbl-mariner\/base\/core|azurelinux\/base\/core)$/,
    attrs: [],
    note: "no attr: base OS image; dockerTools images start from scratch"
  },
  {
    pattern: /^buildpack-deps$/,
    attrs: [],
    note: "no attr: base OS image (Debian with curl, git and build tools); list the tools the build uses, e.g. pkgs.curl pkgs.git pkgs.gcc"
  },
  { pattern: /^bash$/, attrs: ["bashInteractive"], note: "the bash image is bash on Alpine" },
  { pattern: /^nixos\/nix$/, attrs: ["nix"], note: "Nix itself; a flake usually makes Nix in the image unnecessary" }
];
var FLOATING = { php: "php" };
var VARIANTS = [
  { image: /^eclipse-temurin$/, variant: /(^|-)jre(-|$)/, apply: (attrs2) => attrs2.map((attr) => attr.replace(/^temurin-bin-/, "temurin-jre-bin-")) },
  { image: /^openjdk$/, variant: /(^|-)jre(-|$)/, apply: (attrs2) => attrs2.map((attr) => /^jdk\d+$/.test(attr) ? `${attr}_headless` : attr) },
  { image: /^php$/, variant: /(^|-)apache(-|$)/, apply: (attrs2) => ["apacheHttpd", ...attrs2.filter((attr) => attr !== "apacheHttpd")] },
  { image: /^(maven|gradle)$/, variant: /(?:eclipse-temurin|temurin)-(\d+)/, apply: (attrs2, match) => [...attrs2, `temurin-bin-${match[1]}`] },
  { image: /^(maven|gradle)$/, variant: /(?:openjdk|amazoncorretto|sapmachine|ibm-semeru)-?(\d+)/, apply: (attrs2, match) => [...attrs2, `jdk${match[1]}`] }
];
function applyVariants(image, tag, attrs2) {
  let result = attrs2;
  for (const variant of VARIANTS) {
    const match = tag === void 0 || !variant.image.test(image) ? null : variant.variant.exec(tag);
    if (!match) continue;
    const applied = variant.apply(result, match);
    if (applied.every(isIndexedAttr)) result = applied;
  }
  return result;
}
function rowVersion(row) {
  return leadingVersion(row.tagPatterns.find((pattern) => /^\d/.test(pattern)));
}
function nearestRow(rows2, wanted) {
  const supported = rows2.filter((row) => row.attrs.length > 0 && row.attrs.every(isIndexedAttr) && rowVersion(row)).sort((a, b) => compareVersions(rowVersion(a), rowVersion(b)));
  return supported.find((row) => compareVersions(rowVersion(row), wanted) > 0) ?? supported[supported.length - 1];
}
function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
function nginxBranch(raw2, familiar, version) {
  const branch = (version[1] ?? 0) % 2 === 1 ? "mainline" : "stable";
  const attr = branch === "mainline" ? "nginxMainline" : "nginxStable";
  return { raw: raw2, familiar, attrs: [attr], kind: "runtime", change: `The tag asks for nginx ${version.slice(0, 2).join(".")}, a ${branch} release: nixpkgs carries only the current ${branch} release (pkgs.${attr}), not ${version.slice(0, 2).join(".")}` };
}
function fromRow(raw2, familiar, row) {
  if (row.attrs.length === 0) return { raw: raw2, familiar, attrs: [], kind: /^no attr/i.test(row.note) ? "base-os" : "removed", note: row.note || void 0 };
  const indexed = row.attrs.filter(isIndexedAttr);
  return { raw: raw2, familiar, attrs: indexed, kind: indexed.length > 0 ? "runtime" : "removed", note: row.note || void 0 };
}
function mapRuntime(raw2, familiar, image, tag, rows2) {
  const version = leadingVersion(tag);
  const versionText = version?.join(".");
  if (image === "nginx" && version && version[0] === 1) return nginxBranch(raw2, familiar, version);
  const versioned = rows2.filter(isVersionedRow);
  let mapping;
  if (version && versioned.length > 0) {
    const row = versioned.find((candidate) => tagMatches(candidate, tag));
    mapping = row ? fromRow(raw2, familiar, row) : { raw: raw2, familiar, attrs: [], kind: "removed", note: `this nixpkgs has no ${image} ${versionText}` };
    if (mapping.kind === "removed") mapping.nearest = nearestRow(versioned, version)?.attrs;
  } else {
    const named = rows2.find((candidate) => tagMatches(candidate, tag, candidate.tagPatterns.filter((pattern) => !/^\d/.test(pattern))));
    const floating = named ?? rows2.find((candidate) => tagMatches(candidate, "latest") || tagMatches(candidate, void 0));
    if (floating) mapping = fromRow(raw2, familiar, floating);
    else if (FLOATING[image]) mapping = { raw: raw2, familiar, attrs: [FLOATING[image]], kind: "runtime" };
    else return { raw: raw2, familiar, attrs: [], kind: "unknown" };
    if (version && mapping.kind === "runtime") mapping.change = `The tag asks for ${image} ${versionText}: nixpkgs carries one ${image} (${mapping.attrs.map((attr) => `pkgs.${attr}`).join(" ")}), the version of the pinned revision`;
  }
  if (mapping.kind === "runtime") mapping.attrs = applyVariants(image, tag, mapping.attrs);
  if (mapping.nearest) mapping.nearest = applyVariants(image, tag, mapping.nearest);
  return mapping;
}
function mapImage(name, raw2) {
  if (isWindowsImage(name ?? raw2)) {
    return { raw: raw2, attrs: [], kind: "windows", note: "Nix cannot build Windows images: nixpkgs and dockerTools build Linux images only" };
  }
  if (raw2.trim().toLowerCase() === "scratch") return { raw: raw2, attrs: [], kind: "scratch", note: "equivalent to a dockerTools image with no fromImage" };
  if (!name) return { raw: raw2, attrs: [], kind: "unresolved", note: "the image depends on a build argument without a default" };
  const familiar = name.familiar;
  const image = imageKey(name);
  const keys = name.registry === "docker.io" ? [image] : [image, image.split("/").pop() ?? image];
  const { runtimes } = nixpkgsIndex();
  for (const key of keys) {
    const rows2 = runtimes.filter((row) => imageMatches(row, key) && !isVariantRow(row));
    if (rows2.length === 0) continue;
    const mapping = mapRuntime(raw2, familiar, key, name.tag, rows2);
    if (mapping.kind !== "unknown") return mapping;
  }
  const extra = EXTRA_IMAGES.find((candidate) => candidate.pattern.test(image));
  if (extra) return fromRow(raw2, familiar, { image, tagPatterns: ["*"], attrs: extra.attrs, verified: true, note: extra.note });
  return { raw: raw2, familiar, attrs: [], kind: "unknown" };
}
function isBinaryDistribution(attr) {
  return /-bin(-\d+)?$|^zulu\d*$|^bun$|^mongodb-ce$/.test(attr);
}

// src/build-context/parsers.ts
var loaded;
var ContextParsersNeeded = class extends Error {
  constructor() {
    super("the build-context file parsers are not loaded (await loadContextParsers() and audit again)");
  }
};
function contextParsers() {
  if (!loaded) throw new ContextParsersNeeded();
  return loaded;
}
async function loadContextParsers() {
  if (loaded) return;
  const [yaml, toml] = await Promise.all([import("./dist-6AXRZYGU.js"), import("./dist-KU7OQFGV.js")]);
  loaded = { yaml, toml };
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
function containerPathOf(written, windows) {
  if (!windows) return written;
  return written.replaceAll("\\", "/").replace(/^[a-zA-Z]:(?=\/|$)/, "") || "/";
}
function runsOnWindows(model, instruction) {
  return (onbuildOf(model, instruction) ?? instruction).stage?.windows ?? false;
}
function workdirAt(model, instruction) {
  return workdirAfter(instructionsBefore(model, instruction), runsOnWindows(model, instruction));
}
function workdirAfter(instructions, windows) {
  let workdir = "/";
  for (const instruction of instructions) {
    const keyword = instruction.trigger?.keyword ?? instruction.keyword;
    if (keyword !== "WORKDIR") continue;
    const arg = instruction.args[0];
    if (!arg) continue;
    workdir = posix.resolve(workdir, containerPathOf(arg.value ?? arg.raw, windows));
  }
  return workdir;
}
function transfersBefore(model, instruction) {
  const before = instructionsBefore(model, instruction);
  const windows = runsOnWindows(model, instruction);
  const transfers = [];
  before.forEach((candidate, index2) => {
    if (candidate.keyword !== "COPY" && candidate.keyword !== "ADD") return;
    const transfer = transferOf(candidate, workdirAfter(before.slice(0, index2), windows), windows);
    if (transfer) transfers.push(transfer);
  });
  transfers.push(...bindMountsOf(instruction, workdirAfter(before, windows), windows));
  return transfers;
}
function transferOf(instruction, workdir, windows) {
  const bodyStart = instruction.heredocs[0]?.bodySpan.start ?? Infinity;
  const words = instruction.args.filter((arg) => arg.span.start < bodyStart).map((arg) => containerPathOf(arg.value ?? arg.raw, windows));
  if (words.length < 2) return void 0;
  const rawDestination = words[words.length - 1];
  const sources = words.slice(0, -1).map((source) => source.replace(/^\.\/(?=.)/, ""));
  const directory = rawDestination.endsWith("/") || rawDestination === "." || sources.length > 1;
  const resolved = posix.resolve(workdir, rawDestination);
  const destination = directory && resolved !== "/" ? `${resolved}/` : resolved;
  const from = instruction.flags.some((flag) => flag.name === "from");
  if (instruction.heredocs.length > 0) {
    return { instruction, sources, destination, origin: "heredoc", heredocs: instruction.heredocs };
  }
  const url = sources.some((source) => /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(source));
  return { instruction, sources, destination, origin: from ? "other-stage-or-image" : url ? "url" : "context" };
}
function bindMountsOf(instruction, workdir, windows) {
  return instruction.flags.flatMap((flag) => {
    if (flag.name !== "mount") return [];
    const option = (key) => flag.options.find((candidate) => candidate.key === key)?.value;
    if ((option("type") ?? "bind") !== "bind") return [];
    const target = option("target") ?? option("dst") ?? option("destination");
    if (!target) return [];
    const source = (option("source") ?? option("src") ?? ".").replace(/^\/+/, "") || ".";
    const destination = posix.resolve(workdir, containerPathOf(target, windows));
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
    for (const heredoc of transfer.heredocs ?? []) {
      if (target === destination || target === posix.join(destination, heredoc.name)) return { transfer, candidates, heredoc };
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
function locateContextFile(model, instruction, written, context, cwd, options = {}) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return { found: false, reason: `it is fetched from a URL at build time` };
  const workdir = instruction ? workdirAt(model, instruction) : "/";
  const windows = instruction ? runsOnWindows(model, instruction) : false;
  const directory = cwd ? posix2.resolve(workdir, containerPathOf(cwd, windows)) : workdir;
  const writtenPath = containerPathOf(written, windows);
  const containerPath = posix2.resolve(directory, writtenPath);
  const match = instruction ? transferReaching(transfersBefore(model, instruction), containerPath) : void 0;
  const via = match?.transfer.instruction;
  if (match?.heredoc) {
    const { body, bodySpan } = match.heredoc;
    return { found: true, source: `a heredoc of ${via.keyword}`, shown: `a heredoc of ${via.keyword}`, text: body.endsWith("\n") ? body : `${body}
`, file: model.file, offset: bodySpan.start, positions: model.positions, via };
  }
  if (match && match.transfer.origin !== "context") {
    const where = match.transfer.origin === "url" ? "a URL" : "another stage or image";
    return { found: false, reason: `\`${containerPath}\` is copied from ${where} by ${via.keyword}, not from the build context`, via };
  }
  if (options.copiedOnly && !match) return { found: false, absent: true, reason: `no COPY, ADD or bind mount puts \`${containerPath}\` in the image before it` };
  const guesses = options.copiedOnly ? [] : [writtenPath.replace(/^\/+/, "").replace(/^\.\//, ""), posix2.relative("/", containerPath), posix2.basename(writtenPath)];
  const candidates = [...match?.candidates ?? [], ...guesses];
  let unreadable;
  for (const candidate of new Set(candidates)) {
    if (candidate === "" || isGlob(candidate)) continue;
    const text = context.readText(candidate);
    if (text !== void 0) return { found: true, source: candidate, shown: code(candidate), text, file: path2.join(context.root, candidate), offset: 0, positions: createPositionMapper(text), via };
    if (context.exists(candidate)) unreadable ??= candidate;
  }
  if (unreadable) return { found: false, reason: `\`${unreadable}\` is in the build context but could not be read (a directory, or over the 1 MiB limit for context files)`, via };
  return { found: false, reason: `it is not in the build context (looked for ${[...new Set(candidates)].filter(Boolean).map((candidate) => `\`${candidate}\``).join(", ")})`, via };
}
function presenceInStage(model, instruction, context, lockfiles, manifest) {
  if (!instruction) return presenceInCheckout(context, lockfiles);
  let manifestSeen = false;
  let unverifiable;
  for (const transfer of transfersBefore(model, instruction)) {
    const where = transfer.instruction.keyword;
    const because = (reason) => unverifiable ??= { reason, via: transfer.instruction };
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
        if (glob || !posix2.extname(base)) because(`a ${where} copies from ${transfer.origin === "url" ? "a URL" : "another stage or image"}`);
        continue;
      }
      if (base === manifest) {
        if (context.exists(source)) manifestSeen = true;
        else because(`\`${source}\` (copied by ${where}) is not in the audited build context`);
        continue;
      }
      if (!glob && posix2.extname(base) !== "" && base !== ".") continue;
      const directory = glob ? posix2.dirname(source) : source;
      const holds = (name) => (!glob || matchesGlob(base, name)) && context.exists(posix2.join(directory, name));
      const lock = lockfiles.find(holds);
      if (lock) return { state: "copied", name: lock };
      if (holds(manifest)) manifestSeen = true;
      else if (!context.exists(directory === "" ? "." : directory)) because(`\`${source}\` (copied by ${where}) is not in the audited build context`);
      else if (directory === "." || directory === "") {
        because(`the whole context is copied (by ${where}) but the audited context has no \`${manifest}\`, so it is probably not the one the build uses`);
      }
    }
  }
  if (manifestSeen) return { state: "absent" };
  return unverifiable ? { state: "unknown", ...unverifiable } : { state: "absent" };
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
function presenceInCheckout(context, lockfiles) {
  const name = lockfiles.find((candidate) => context.exists(candidate));
  return name ? { state: "copied", name } : { state: "unknown", reason: `the repository's root holds none, and the step may run in another folder` };
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
  const instruction = "keyword" in at ? at : at.instruction;
  const script = at.script;
  const cwd = script ? shellDirectoryBefore(script, operation.command) : void 0;
  const visited = /* @__PURE__ */ new Set();
  const visit = (word, kind, file, depth) => {
    if (visited.has(`${kind}:${file.source}`) || depth > MAX_DEPTH) return;
    visited.add(`${kind}:${file.source}`);
    const lines = file.offset === 0 ? file.positions : createPositionMapper(file.text);
    for (const entry of parseRequirementsFile(file.text)) {
      if (entry.kind === "requirements-file" || entry.kind === "constraints-file") {
        const nestedKind = entry.kind === "requirements-file" ? "requirements" : "constraints";
        const nested = readNested(context, file.source, entry.text);
        if (nested) visit(word, nestedKind, nested, depth + 1);
        else result.unreadable.push({ word, kind: nestedKind, written: entry.text, reason: `it is named in ${code(file.source)} and is not in the build context` });
        continue;
      }
      const spec = parsePythonRequirement(entry.text, word);
      if (!spec) continue;
      if (kind === "constraints") {
        const name = normalizePythonName(spec.name);
        result.constrained.set(name, spec.exact || result.constrained.get(name) === true);
      } else {
        result.fromFiles.push({ spec, text: entry.text, file: file.source, shown: file.shown, line: entry.line, location: { file: file.file, region: lineRegion(file, lines, entry.line, entry.text) } });
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
    if (located.found) visit(word, kind, located, 0);
    else result.unreadable.push({ word, kind, written, reason: located.reason, ...located.via ? { via: located.via } : {} });
  }
  return result;
}
function readNested(context, parent, written) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return void 0;
  const base = /^a heredoc/.test(parent) ? "." : path3.posix.dirname(parent);
  for (const candidate of /* @__PURE__ */ new Set([path3.posix.join(base, written), written.replace(/^\/+/, ""), path3.posix.basename(written)])) {
    const text = context.readText(candidate);
    if (text !== void 0) return { source: candidate, shown: code(candidate), text, file: path3.join(context.root, candidate), offset: 0, positions: createPositionMapper(text) };
  }
  return void 0;
}
function lineRegion(file, lines, line, written) {
  const start = lines.lineStart(Math.min(line, lines.lineCount));
  let end = start;
  while (end < file.text.length && file.text[end] !== "\n" && file.text[end] !== "\r") end++;
  const lineText = file.text.slice(start, end);
  const at = written === "" ? -1 : lineText.indexOf(written);
  const from = at >= 0 ? at : lineText.length - lineText.trimStart().length;
  const to = at >= 0 ? at + written.length : Math.max(from + 1, lineText.trimEnd().length);
  return file.positions.regionOf({ start: file.offset + start + from, end: file.offset + start + Math.min(to, Math.max(lineText.length, from + 1)) });
}
function parseRequirementsFile(text) {
  const entries = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let index2 = 0; index2 < lines.length; index2++) {
    const line = index2 + 1;
    let logical = lines[index2];
    while (logical.endsWith("\\") && index2 + 1 < lines.length) logical = logical.slice(0, -1) + lines[++index2];
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

// src/build-context/scripts.ts
var MAX_DEPTH2 = 3;
var MAX_SCRIPTS = 64;
var SHELL_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set(["-o", "+o", "-O", "+O", "--rcfile", "--init-file"]);
function contextScriptUnits(model, context, runs) {
  const units = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (unit, depth) => {
    for (const command of unit.script.commands) {
      if (units.length >= MAX_SCRIPTS) return;
      const invoked = scriptInvoked(command);
      const written = invoked?.word.value;
      if (!invoked || written === void 0) continue;
      const located = locateContextFile(model, unit.instruction, written, context, shellDirectoryBefore(unit.script, command));
      if (!located.found || !located.via) continue;
      const language = invoked.language ?? languageOf(located.source, located.text);
      if (!language) continue;
      const key = `${located.file}\0${located.offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const parser = loadedShellParser();
      const file = { text: located.text, offset: located.offset, variables: variablesOf(unit), positions: located.positions };
      const script = language === "powershell" ? parser.parsePowerShellFile(file) : parser.parseShellFile(file);
      const child = {
        file: located.file,
        text: located.offset === 0 ? located.text : model.text,
        positions: located.positions,
        script,
        instruction: unit.instruction,
        origin: unit.origin ?? { file: unit.file, region: command.region, message: "the command that runs this script" }
      };
      units.push(child);
      if (depth < MAX_DEPTH2) visit(child, depth + 1);
    }
  };
  for (const unit of runs) visit(unit, 1);
  return units;
}
function scriptInvoked(command) {
  const [program, ...args] = command.argv;
  const name = commandName(command);
  if (!program || name === void 0) return void 0;
  if (name === "." || name === "source") return args[0] ? { word: args[0], language: "posix" } : void 0;
  if (isShellName(name)) {
    for (let i = 0; i < args.length; i++) {
      const value = args[i].value;
      if (value === void 0) return void 0;
      if (SHELL_OPTIONS_WITH_VALUE.has(value)) i++;
      else if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(value) || value === "-s" || value === "-") return void 0;
      else if (!/^[-+]/.test(value)) return { word: args[i], language: "posix" };
    }
    return void 0;
  }
  if (runsPowerShell(program.value)) return powerShellFileArgument(program, args);
  if (program.value && /[/\\]/.test(program.value) && !isKnownProgram(programName(program))) return { word: program };
  return void 0;
}
function powerShellFileArgument(program, args) {
  const file = args.findIndex((word) => /^-f(i(le?)?)?$/i.test(word.value ?? ""));
  if (file >= 0) return args[file + 1] ? { word: args[file + 1], language: "powershell" } : void 0;
  const first = args[0]?.value;
  if (first === void 0 || first.startsWith("-")) return void 0;
  const pwsh = windowsProgramName(program.value ?? "") === "pwsh";
  return pwsh || /\.ps1$/i.test(first) ? { word: args[0], language: "powershell" } : void 0;
}
function languageOf(source, text) {
  if (/\.ps1$/i.test(source)) return "powershell";
  if (/\.(sh|bash)$/i.test(source)) return "posix";
  const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(text);
  if (!shebang) return void 0;
  const named = shebang[1].split("/").pop();
  const program = named === "env" ? shebang[2] : named;
  if (runsPowerShell(program)) return "powershell";
  return isShellName(program) ? "posix" : void 0;
}

// src/build-context/package-lists.ts
function readPackageLists(model, at, operation, context) {
  const listed = [];
  const unreadable = [];
  const cwd = at.script ? shellDirectoryBefore(at.script, operation.command) : void 0;
  for (const word of operation.listFiles ?? []) {
    const written = word.value;
    if (written === void 0) {
      unreadable.push({ word, written: word.raw, reason: "its path comes from a variable or command whose value is not known" });
      continue;
    }
    const located = locateContextFile(model, at.instruction, written, context, cwd);
    if (!located.found) {
      unreadable.push({ word, written, reason: located.reason, ...located.via ? { via: located.via } : {} });
      continue;
    }
    const entry = /[^\s#]+|#[^\n\r]*/g;
    for (let match = entry.exec(located.text); match; match = entry.exec(located.text)) {
      if (match[0].startsWith("#")) continue;
      const span = { start: located.offset + match.index, end: located.offset + match.index + match[0].length };
      const region = located.positions.regionOf(span);
      listed.push({ word: { raw: match[0], value: match[0], span, region }, file: located.file, shown: located.shown });
    }
  }
  return { listed, unreadable };
}

// src/build-context/conda.ts
var CONDA_LOCK = /(^|[-.])lock\.ya?ml$|^conda-[a-z0-9_-]+\.lock$/;
function readCondaFiles(model, unit, operation, context) {
  const result = { specs: [], locked: [], unreadable: [] };
  const cwd = shellDirectoryBefore(unit.script, operation.command);
  for (const word of operation.requirementFiles) {
    const written = word.value;
    if (written === void 0) {
      result.unreadable.push({ word, written: word.raw, reason: "its path comes from a variable or command whose value is not known" });
      continue;
    }
    if (CONDA_LOCK.test(written.split("/").pop())) {
      result.locked.push({ word, file: written });
      continue;
    }
    const located = locateContextFile(model, unit.instruction, written, context, cwd);
    if (!located.found) {
      result.unreadable.push({ word, written, reason: located.reason });
      continue;
    }
    const lines = located.text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
    if (lines.some((line) => line.trim() === "@EXPLICIT")) result.locked.push({ word, file: located.source });
    else if (/\.ya?ml$/i.test(written)) readEnvironmentFile(located.text, located.source, word, result);
    else {
      lines.forEach((line, index2) => {
        const text = line.replace(/(^|\s)#.*$/, "").trim();
        const spec = text === "" ? void 0 : parseCondaSpec(text, word);
        if (spec) result.specs.push({ spec, text, file: located.source, line: index2 + 1, installer: "conda" });
      });
    }
  }
  return result;
}
function readEnvironmentFile(text, file, word, result) {
  const { yaml } = contextParsers();
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0) {
    result.unreadable.push({ word, written: file, reason: `it is not valid YAML (${document.errors[0].message.split("\n")[0]})` });
    return;
  }
  const add = (node, installer) => {
    if (!yaml.isScalar(node) || typeof node.value !== "string" || /^\s*-/.test(node.value)) return;
    const spec = installer === "conda" ? parseCondaSpec(node.value, word) : parsePythonRequirement(node.value, word);
    if (spec) result.specs.push({ spec, text: node.value, file, line: lineCounter.linePos(node.range?.[0] ?? 0).line, installer });
  };
  const dependencies = document.get("dependencies");
  if (!yaml.isSeq(dependencies)) return;
  for (const item of dependencies.items) {
    if (yaml.isMap(item)) {
      const pip = item.get("pip");
      if (yaml.isSeq(pip)) for (const requirement of pip.items) add(requirement, "pip");
    } else add(item, "conda");
  }
}

// src/build-context/history.ts
function commandsBefore(model, at, command) {
  const instruction = at && ("keyword" in at ? at : at.instruction);
  const earlier = instruction ? instructionsBefore(model, instruction).flatMap((candidate) => candidate.script?.commands ?? []) : [];
  const own = at?.script?.commands ?? [];
  const index2 = own.indexOf(command);
  return [...earlier, ...own.slice(0, index2 < 0 ? 0 : index2)];
}

// src/build-context/toolchain-files.ts
import path4 from "node:path";
var posix3 = path4.posix;
function readToolchainFile(model, unit, command, context, names) {
  const cwd = shellDirectoryBefore(unit.script, command);
  const instruction = unit.instruction;
  let directory = posix3.resolve(instruction ? workdirAt(model, instruction) : "/", cwd ?? ".");
  let unreadable;
  for (; ; ) {
    for (const name of names) {
      const candidate = posix3.join(directory, name);
      if (!instruction) {
        const text = context.readText(posix3.relative("/", candidate));
        if (text !== void 0) return { found: true, file: posix3.relative("/", candidate), versions: versionsIn(name, text) };
        continue;
      }
      const located = locateContextFile(model, instruction, candidate, context, void 0, { copiedOnly: true });
      if (located.found) return { found: true, file: located.source, versions: versionsIn(name, located.text) };
      if (!located.absent) unreadable ??= located.reason;
    }
    if (directory === "/") break;
    directory = posix3.dirname(directory);
  }
  if (!instruction) return { found: false, reason: `the repository holds no ${names.map((name) => `\`${name}\``).join(" or ")} where the step seems to run, and the step may run in another folder`, absent: false };
  return unreadable ? { found: false, reason: unreadable, absent: false } : { found: false, reason: `no ${names.map((name) => `\`${name}\``).join(" or ")} is copied where it looks`, absent: true };
}
function versionsIn(name, text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (name.startsWith("rust-toolchain") && (name.endsWith(".toml") || lines.some((line) => /^\s*\[toolchain\]/.test(line)))) {
    const parsed = parseToml(text);
    const channel = parsed?.toolchain && typeof parsed.toolchain === "object" ? parsed.toolchain.channel : void 0;
    if (typeof channel !== "string") return [];
    const line = lines.findIndex((candidate) => /^\s*channel\s*=/.test(candidate)) + 1;
    return [{ text: channel, line: line || 1 }];
  }
  return lines.flatMap((line, index2) => {
    const version = line.replace(/#.*$/, "").trim();
    return version === "" ? [] : [{ text: version, line: index2 + 1 }];
  });
}
function parseToml(text) {
  const { toml } = contextParsers();
  try {
    return toml.parse(text);
  } catch (error) {
    if (error instanceof ContextParsersNeeded) throw error;
    return void 0;
  }
}

// src/build-context/cargo.ts
import path5 from "node:path";
var posix4 = path5.posix;
var table = (value) => value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
function readCargoBinaries(model, instruction, command, context, directory) {
  const cwd = instruction.script ? shellDirectoryBefore(instruction.script, command) : void 0;
  const located = locateContextFile(model, instruction, posix4.join(directory, "Cargo.toml"), context, cwd, { copiedOnly: true });
  if (!located.found) return { found: false, reason: located.reason };
  let parsed;
  try {
    parsed = contextParsers().toml.parse(located.text);
  } catch (error) {
    if (error instanceof ContextParsersNeeded) throw error;
    return { found: false, reason: `\`${located.source}\` is not valid TOML` };
  }
  const packageName = table(parsed.package)?.name;
  const targets = Array.isArray(parsed.bin) ? parsed.bin.map((bin) => table(bin)?.name).filter((name) => typeof name === "string") : [];
  const main = posix4.join(posix4.dirname(located.source), "src/main.rs");
  const automatic = typeof packageName === "string" && table(parsed.package)?.autobins !== false && (targets.length === 0 || context.exists(main)) ? [packageName] : [];
  const names = [.../* @__PURE__ */ new Set([...targets, ...automatic])];
  const chosen = command.argv.flatMap((word, i) => command.argv[i - 1]?.value === "--bin" && word.value ? [word.value] : word.value?.startsWith("--bin=") ? [word.value.slice("--bin=".length)] : []);
  const selected = chosen.length > 0 ? chosen : names;
  if (selected.length === 0) return { found: false, reason: `\`${located.source}\` names no package and no [[bin]] target (a workspace: pass --bin or point --path at a member)` };
  return { found: true, file: located.source, names: selected };
}

// src/nix/downloads.ts
var KNOWN_DOWNLOADS = [
  { pattern: /(^|\/\/)(sh\.rustup\.rs|rustup\.rs|static\.rust-lang\.org\/rustup)/, attrs: () => ["rustc", "cargo"], what: "the rustup installer" },
  { pattern: /nvm-sh\/nvm|\/nvm\/.*install\.sh/, attrs: () => ["nodejs"], what: "the nvm installer" },
  { pattern: /(deb|rpm)\.nodesource\.com\/setup_(\d+)/, attrs: (m) => [`nodejs_${m[2]}`, "nodejs"], what: "the NodeSource setup script" },
  { pattern: /nodejs\.org\/dist\/v(\d+)\./, attrs: (m) => [`nodejs_${m[1]}`], what: "a Node.js release" },
  { pattern: /(get|test)\.docker\.com/, attrs: () => ["docker"], what: "the get.docker.com script" },
  { pattern: /deno\.land\/(x\/)?install|deno\.land\/install\.sh|denoland\/deno_install/, attrs: () => ["deno"], what: "the Deno installer" },
  { pattern: /bun\.sh\/install/, attrs: () => ["bun"], what: "the Bun installer" },
  { pattern: /astral\.sh\/uv/, attrs: () => ["uv"], what: "the uv installer" },
  { pattern: /install\.python-poetry\.org|python-poetry\/install/, attrs: () => ["poetry"], what: "the Poetry installer" },
  { pattern: /get\.helm\.sh|helm\/helm\/.*get-helm/, attrs: () => ["kubernetes-helm"], what: "the Helm installer" },
  { pattern: /(go\.dev|golang\.org|dl\.google\.com\/go)\/(dl\/)?go1\.(\d+)/, attrs: (m) => [`go_1_${m[3]}`], what: "a Go release" },
  { pattern: /python\.org\/ftp\/python\/3\.(\d+)/, attrs: (m) => [`python3${m[1]}`], what: "a CPython release" },
  { pattern: /dl-cdn\.alpinelinux\.org|deb\.debian\.org|archive\.ubuntu\.com/, attrs: () => [], what: "a distro package" },
  { pattern: /getcomposer\.org/, attrs: () => ["phpPackages.composer"], what: "the Composer installer" },
  { pattern: /get\.rvm\.io/, attrs: () => ["ruby"], what: "the RVM installer" },
  { pattern: /pyenv\.run|pyenv-installer/, attrs: () => ["python3"], what: "the pyenv installer" },
  { pattern: /awscli\.amazonaws\.com\/awscli-exe/, attrs: () => ["awscli2"], what: "the AWS CLI v2 installer" },
  { pattern: /releases\.hashicorp\.com\/terraform/, attrs: () => ["terraform"], what: "a Terraform release" },
  { pattern: /dl\.k8s\.io|storage\.googleapis\.com\/kubernetes-release/, attrs: () => ["kubectl"], what: "a kubectl release" }
];
function mapDownload(url) {
  for (const known of KNOWN_DOWNLOADS) {
    const match = known.pattern.exec(url);
    if (!match) continue;
    const indexed = known.attrs(match).filter(isIndexedAttr);
    return { attrs: indexed.slice(0, indexed[0]?.startsWith("nodejs_") ? 1 : indexed.length), what: known.what };
  }
  return void 0;
}
function githubRepository(url) {
  const match = /^(?:https?:\/\/|git@|ssh:\/\/git@|git:\/\/)github\.com[/:]([^/\s]+)\/([^/\s#?]+?)(?:\.git)?\/?(?:[#?].*)?$/.exec(url);
  return match ? { owner: match[1], repo: match[2] } : void 0;
}

// src/nix/aliases.ts
var DISTRO_ALIASES = {
  "libmagickwand-dev": ["imagemagick"],
  "libmagickcore-dev": ["imagemagick"],
  "libmagickcore-7.q16-10-extra": ["imagemagick"],
  "libatomic1": ["stdenv.cc.cc.lib"],
  "libavcodec-extra": ["ffmpeg"],
  "libavfilter-extra": ["ffmpeg"],
  "libavformat-extra": ["ffmpeg"],
  "libswscale-dev": ["ffmpeg"],
  "libffmpeg-nvenc-dev": ["ffmpeg"],
  "libhdf5-serial-dev": ["hdf5"],
  "librsvg2-bin": ["librsvg"],
  "binutils-gold": ["binutils"],
  "libldap-common": ["openldap"],
  "apache2-utils": ["apacheHttpd"],
  "libgssapi-krb5-2": ["krb5"],
  "libsasl2-modules-gssapi-mit": ["cyrus_sasl"],
  "ssh-client": ["openssh"],
  "iputils-tracepath": ["iputils"],
  "libimage-exiftool-perl": ["exiftool"],
  "icu-data-full": ["icu"],
  "gnu-libiconv-dev": ["libiconv"],
  "argon2-dev": ["libargon2"],
  "libidn-dev": ["libidn2"],
  "libidn12": ["libidn2"],
  "nano-tiny": ["nano"],
  "gpg-agent": ["gnupg"],
  "texlive-xetex": ["texlive"],
  "texlive-fonts-recommended": ["texlive"],
  "texlive-plain-generic": ["texlive"],
  "imagemagick-pdf": ["imagemagick"],
  "imagemagick-jpeg": ["imagemagick"],
  "imagemagick-raw": ["imagemagick"],
  "imagemagick-tiff": ["imagemagick"],
  "imagemagick-heic": ["imagemagick"],
  "imagemagick-webp": ["imagemagick"],
  "imagemagick-svg": ["imagemagick"],
  "libheif-examples": ["libheif"],
  "ca-certificates-java": ["cacert"],
  "protoc": ["protobuf"],
  "shadow-uidmap": ["shadow"],
  "xsltproc": ["libxslt"],
  "libxml2-utils": ["libxml2"],
  // nixpkgs' bluez5 is its bluez binding.
  "libbluetooth-dev": ["bluez5"],
  "bluez": ["bluez5"],
  "bluez-dev": ["bluez5"],
  "bluez-libs": ["bluez5"],
  "bluez-deprecated": ["bluez5"],
  // MongoDB's own server packages; nixpkgs' mongodb-ce repackages the same binaries (SSPL: unfree).
  "mongodb-org": ["mongodb-ce"],
  "mongodb-org-server": ["mongodb-ce"],
  "mongodb-org-database": ["mongodb-ce"],
  // terminfo and locales live in ncurses and glibcLocales (nixpkgs is glibc-based).
  "ncurses-terminfo-base": ["ncurses"],
  "ncurses-terminfo": ["ncurses"],
  "musl-locales": ["glibcLocales"],
  "musl-locales-lang": ["glibcLocales"],
  // Source packages that build several distro packages, each named after one of its parts.
  "userspace-rcu": ["liburcu"],
  "libsharpyuv0": ["libwebp"],
  "libsharpyuv-dev": ["libwebp"],
  "libwebpmux3": ["libwebp"],
  "libwebpdemux2": ["libwebp"],
  "libevent-pthreads-2.1": ["libevent"],
  "libgdbm-compat-dev": ["gdbm"],
  "libpangocairo-1.0-0": ["pango"],
  "libx11-xcb1": ["libx11"],
  "libjbig0": ["jbigkit"],
  "libvulkan1": ["vulkan-loader"],
  "libvulkan-dev": ["vulkan-loader"],
  "libturbojpeg": ["libjpeg_turbo"],
  "libldap": ["openldap"],
  "libldap-2.4": ["openldap"],
  "libc-client-dev": ["uwimap"],
  "libsnmp40t64": ["net-snmp"],
  "net-snmp-agent-libs": ["net-snmp"],
  "cgroup-tools": ["libcgroup"],
  "hwdata-usb": ["hwdata"],
  "ip6tables": ["iptables"],
  "samba-client": ["samba"],
  "libnss-myhostname": ["systemd"],
  // Renamed or vendor-named packages.
  "fonts-roboto": ["roboto"],
  "sq": ["sequoia-sq"],
  "code": ["vscode"],
  "docker-ce": ["docker"],
  "brave-browser": ["brave"]
};
var DISTRO_NOT_NEEDED = /* @__PURE__ */ new Set(["apt-utils", "apt-file", "ubuntu-minimal", "ubuntu-standard", "unminimize", "equivs", "abuild", "alpine-baselayout"]);
var RPM_ALIASES = {
  "openssh-clients": ["openssh"],
  "openssh-server": ["openssh"],
  "shadow-utils": ["shadow"],
  "httpd": ["apacheHttpd"],
  "httpd-devel": ["apacheHttpd"],
  "gcc-gfortran": ["gfortran"],
  "gcc-c++": ["gcc"],
  "awk": ["gawk"],
  "glibc-langpack-en": ["glibcLocales"],
  "glibc-locale-source": ["glibcLocales"],
  "glibc-all-langpacks": ["glibcLocales"],
  "procps-ng": ["procps"],
  "which": ["which"],
  "xz-devel": ["xz"],
  "zlib-devel": ["zlib"],
  "openssl-devel": ["openssl"],
  "libffi-devel": ["libffi"],
  "bzip2-devel": ["bzip2"],
  "readline-devel": ["readline"],
  "sqlite-devel": ["sqlite"],
  "libpq-devel": ["libpq"],
  "postgresql-devel": ["libpq"]
};
var RPM_NOT_NEEDED = /* @__PURE__ */ new Set(["epel-release", "dnf-plugins-core", "yum-utils", "rpm-build", "systemd-rpm-macros", "mariner-repos-microsoft-preview", "azurelinux-repos"]);
var PYTHON_SPELLINGS = {
  "opencv-python": "opencv4",
  "opencv-python-headless": "opencv4",
  "opencv-contrib-python": "opencv4",
  "msgpack-python": "msgpack",
  "python-dateutil": "python-dateutil",
  "beautifulsoup": "beautifulsoup4",
  "bs4": "beautifulsoup4",
  "pyyaml": "pyyaml",
  "tensorflow-cpu": "tensorflow",
  "tensorflow-gpu": "tensorflow",
  "psycopg": "psycopg",
  "mysqlclient": "mysqlclient",
  "pytorch": "torch",
  "sklearn": "scikit-learn"
};

// src/nix/distro-names.ts
var SPLIT_SUFFIXES = [
  "-dev",
  "-devel",
  "-headers",
  "-static",
  "-libs",
  "-lib",
  "-common",
  "-doc",
  "-dbg",
  "-openrc",
  "-utils",
  "-bin",
  "-tools",
  "-progs",
  "-data",
  "-full",
  "-extra",
  "-serial",
  "-examples",
  "-gold",
  "-lang",
  "-trust",
  "-compat"
];
function distroCandidates(name) {
  const out = [];
  const push = (candidate) => {
    if (candidate && candidate !== name && !out.includes(candidate)) out.push(candidate);
  };
  const stems = [name];
  for (const suffix of SPLIT_SUFFIXES) if (name.endsWith(suffix)) stems.push(name.slice(0, -suffix.length));
  for (const stem of stems) {
    push(stem);
    push(stem.replace(/(?<=[a-z])(\d+)$/, "_$1"));
    const unversioned = stem.slice(0, versionSuffixStart(stem));
    const soname = stem.slice(0, sonameSuffixStart(stem));
    for (const base of [stem, unversioned, soname]) {
      push(base);
      push(`${base}-dev`);
      if (base.startsWith("lib") && base.length > 4) push(base.slice(3));
    }
    const postgres = /^postgresql(?:-contrib)?-(\d+)(?:-[a-z]+)?$/.exec(stem);
    if (postgres) push(`postgresql_${postgres[1]}`);
  }
  return out;
}
function digitsStart(name, end) {
  let start = end;
  while (start > 0 && name.charCodeAt(start - 1) >= 48 && name.charCodeAt(start - 1) <= 57) start--;
  return start;
}
function dashGroupsStart(name, end, onlyLast) {
  let start = end;
  for (; ; ) {
    const digits = digitsStart(name, start);
    if (digits === start || name[digits - 1] !== "-") return start;
    start = digits - 1;
    if (onlyLast) return start;
  }
}
function suffixEnds(name) {
  return name.endsWith("t64") ? [name.length, name.length - 3] : [name.length];
}
var isLowerLetter = (name, index2) => index2 >= 0 && name.charCodeAt(index2) >= 97 && name.charCodeAt(index2) <= 122;
function sonameSuffixStart(name) {
  let best = name.length;
  for (const end of suffixEnds(name)) {
    const start = dashGroupsStart(name, end, false);
    if (start < end) best = Math.min(best, start);
  }
  return best;
}
function versionSuffixStart(name) {
  let best = name.length;
  for (const end of suffixEnds(name)) {
    for (const dottedEnd of /* @__PURE__ */ new Set([end, dashGroupsStart(name, end, true)])) {
      let start = digitsStart(name, dottedEnd);
      if (start === dottedEnd) continue;
      while (name[start - 1] === "." && digitsStart(name, start - 1) < start - 1) start = digitsStart(name, start - 1);
      if (isLowerLetter(name, start - 1)) best = Math.min(best, start);
      else if ((name[start - 1] === "-" || name[start - 1] === ".") && isLowerLetter(name, start - 2)) best = Math.min(best, start - 1);
    }
  }
  return best;
}

// src/nix/mapping.ts
var OUTPUT_SUFFIX = /\.(dev|lib|out|bin|man|doc)$/;
function fromRow2(name, attrs2, note, how) {
  const indexed = attrs2.filter(isIndexedAttr);
  if (attrs2.length === 0 || /^not needed/i.test(note)) return { name, attrs: [], how: "not-needed", note: note || void 0 };
  if (indexed.length === 0) return { name, attrs: [], how: "none", note: note || void 0 };
  return { name, attrs: indexed, how, note: note || void 0 };
}
function bareDistroName(name) {
  return name.replace(/[:=].*$/, "").toLowerCase();
}
function mapDistroPackage(manager, raw2) {
  const { distro } = nixpkgsIndex();
  const name = bareDistroName(raw2);
  const row = distro.get(`${manager}:${name}`);
  if (row) return fromRow2(raw2, row.attrs, row.note, "map");
  if (DISTRO_NOT_NEEDED.has(name)) return { name: raw2, attrs: [], how: "not-needed", note: "distro packaging tool or meta-package" };
  const alias = DISTRO_ALIASES[name]?.filter(isIndexedAttr);
  if (alias?.length) return { name: raw2, attrs: alias, how: "normalised" };
  const versioned = versionedDistroPackage(name);
  if (versioned) return { name: raw2, attrs: [versioned], how: "normalised" };
  if (isIndexedAttr(name) && !name.includes(".")) return { name: raw2, attrs: [name], how: "index" };
  const python = pythonModulePackage(name);
  if (python) return { name: raw2, attrs: [python], how: "normalised" };
  for (const candidate of distroCandidates(name)) {
    const candidateRow = distro.get(`${manager}:${candidate}`) ?? distro.get(`${manager === "apt" ? "apk" : "apt"}:${candidate}`);
    if (candidateRow && candidateRow.attrs.length > 0) {
      const attrs2 = candidateRow.attrs.map((attr) => attr.replace(OUTPUT_SUFFIX, ""));
      const mapped = fromRow2(raw2, [...new Set(attrs2)], `via ${candidate}`, "normalised");
      if (mapped.attrs.length > 0) return mapped;
    }
    if (!candidate.includes(".") && isIndexedAttr(candidate)) {
      return { name: raw2, attrs: [candidate], how: "normalised", note: `via ${candidate}` };
    }
  }
  return { name: raw2, attrs: [], how: "none" };
}
function versionedDistroPackage(name) {
  const postgres = /^postgresql(?:-client)?-(\d+)(?:-[a-z].*)?$/.exec(name);
  if (postgres && isIndexedAttr(`postgresql_${postgres[1]}`)) return `postgresql_${postgres[1]}`;
  const python = /^python(3)\.(\d+)(?:-minimal)?$/.exec(name);
  if (python && isIndexedAttr(`python3${python[2]}`)) return `python3${python[2]}`;
  const php = /^php(\d)\.?(\d)-(.+)$/.exec(name);
  if (php && isIndexedAttr(`php${php[1]}${php[2]}`) && phpExtensionNames().has(php[3])) return `php${php[1]}${php[2]}.extensions.${php[3]}`;
  return void 0;
}
var phpExtensions;
function phpExtensionNames() {
  phpExtensions ??= new Set(
    [...nixpkgsIndex().distro.values()].flatMap((row) => row.attrs).flatMap((attr) => /^php\d*\.extensions\.(.+)$/.exec(attr)?.[1] ?? [])
  );
  return phpExtensions;
}
function pythonModulePackage(name) {
  const match = /^(?:python3|py3)-(.+)$/.exec(name);
  if (!match) return void 0;
  const attr = pythonAttr(match[1]);
  return attr ? `python3Packages.${attr}` : void 0;
}
function mapRpmPackage(raw2) {
  const name = bareDistroName(raw2);
  if (RPM_NOT_NEEDED.has(name)) return { name: raw2, attrs: [], how: "not-needed", note: "distro repository or packaging tool" };
  const { distro } = nixpkgsIndex();
  const python = /^python(3)\.?(\d+)$/.exec(name);
  for (const candidate of [name, name.replace(/-(devel|libs)$/, ""), python ? `python3${python[2]}` : ""]) {
    if (!candidate) continue;
    if (!candidate.includes(".") && isIndexedAttr(candidate)) {
      return { name: raw2, attrs: [candidate], how: candidate === name ? "index" : "normalised" };
    }
    const alias = RPM_ALIASES[candidate]?.filter(isIndexedAttr);
    if (alias?.length) return { name: raw2, attrs: alias, how: "normalised" };
    const row = distro.get(`apt:${candidate}`);
    if (row && row.attrs.length > 0) {
      const mapped = fromRow2(raw2, row.attrs, row.note, "normalised");
      if (mapped.attrs.length > 0) return mapped;
    }
  }
  return { name: raw2, attrs: [], how: "none" };
}
function pythonAttr(raw2) {
  const { pythonPackages } = nixpkgsIndex();
  const name = normalizePythonName(raw2);
  const candidates = [
    name,
    PYTHON_SPELLINGS[name],
    name.replace(/-/g, "_"),
    name.replace(/^python-/, ""),
    name.replace(/^py-/, "py"),
    name.replace(/-binary$/, "")
  ];
  return candidates.find((candidate) => candidate !== void 0 && pythonPackages.has(candidate));
}
function mapPythonPackage(raw2) {
  const attr = pythonAttr(raw2);
  if (attr) return { name: raw2, attrs: [`python3Packages.${attr}`], how: attr === normalizePythonName(raw2) ? "index" : "normalised" };
  return { name: raw2, attrs: [], how: "none" };
}
function bareNpmName(name) {
  const at = name.indexOf("@", 1);
  return at > 0 ? name.slice(0, at) : name;
}
function mapNpmPackage(raw2) {
  const name = bareNpmName(raw2);
  const row = nixpkgsIndex().npmGlobals.get(name);
  if (row) return fromRow2(raw2, row.attrs, row.note, "map");
  if (!name.startsWith("@") && isIndexedAttr(name)) return { name: raw2, attrs: [name], how: "index" };
  return { name: raw2, attrs: [], how: "none" };
}
function goToolName(modulePath) {
  const parts = modulePath.replace(/@.*$/, "").split("/").filter((part) => part !== "" && part !== "..." && !/^v\d+$/.test(part));
  return parts[parts.length - 1] ?? modulePath;
}
function mapToolPackage(raw2, tool) {
  const name = tool.toLowerCase();
  if (!name.includes(".") && isIndexedAttr(name)) return { name: raw2, attrs: [name], how: "index" };
  return { name: raw2, attrs: [], how: "none" };
}
var BUILD_TOOLS = /* @__PURE__ */ new Set(["gcc", "clang", "gnumake", "binutils", "autoconf", "automake", "libtool", "pkg-config", "pkgconf", "cmake", "ninja", "meson", "bison", "flex", "gfortran", "nasm", "yasm"]);
function buildRole(mapping) {
  if (mapping.attrs.length > 0 && mapping.attrs.every((attr) => BUILD_TOOLS.has(attr) || /^(gcc|clang|llvm)_?\d+$/.test(attr))) return "tool";
  if (/-(dev|devel|headers)(:[a-z0-9]+)?$/.test(bareDistroName(mapping.name)) || mapping.attrs.some((attr) => attr.endsWith(".dev"))) return "library";
  return void 0;
}
function isBuildOnly(mapping) {
  return buildRole(mapping) !== void 0;
}
function splitPackageNames(names) {
  return names.flatMap((name) => name.split(/\s+/)).filter((name) => name !== "");
}
function mapCondaPackage(raw2) {
  if (raw2.toLowerCase() === "python") return mapToolPackage(raw2, "python3");
  const python = mapPythonPackage(raw2);
  return python.attrs.length > 0 ? python : mapToolPackage(raw2, raw2);
}
function mapPackage(manager, name, version) {
  const mapping = mapUnversioned(manager, name);
  const wanted = leadingVersion(version?.replace(/^[=~<>]+/, "").replace(/^\d+:/, ""));
  if (!wanted || mapping.attrs.length === 0) return mapping;
  let change;
  const attrs2 = mapping.attrs.map((attr) => {
    const choice = versionedAttr(attr, wanted);
    if (!choice) return attr;
    if (choice.match === "nearest") change = `${name} ${wanted.join(".")} is not in this nixpkgs; the nearest version is ${versionName(choice.attr)} (pkgs.${choice.attr})`;
    return choice.attr;
  });
  return { ...mapping, attrs: attrs2, change };
}
function mapUnversioned(manager, name) {
  switch (manager) {
    case "apt":
    case "apk":
      return mapDistroPackage(manager, name);
    case "dnf":
    case "yum":
    case "microdnf":
    case "zypper":
    case "pacman":
      return mapRpmPackage(name);
    case "pip":
    case "uv":
    case "poetry":
    case "pipenv":
      return mapPythonPackage(name);
    case "conda":
      return mapCondaPackage(name);
    case "npm":
    case "yarn":
    case "pnpm":
    case "bun":
      return mapNpmPackage(name);
    case "go":
      return mapToolPackage(name, goToolName(name));
    case "gem":
    case "bundler":
    case "cargo":
      return mapToolPackage(name, name.replace(/[:@=].*$/, ""));
    case "choco":
      return { name, attrs: [], how: "none" };
    case "dotnet":
      return mapToolPackage(name, name.toLowerCase());
  }
}

// src/nix/pin.ts
var NIXPKGS_URL = `github:NixOS/nixpkgs/${NIXPKGS_REVISION.commit}`;
var NIXPKGS_PIN_COMMENT = [
  `nixpkgs master in the ${NIXPKGS_REVISION.version} cycle: the revision repro-audit's attribute index describes.`,
  "`nix flake lock` records its narHash in flake.lock; every package below comes from this one commit,",
  "so the versions are pinned by the revision, not per package. The URL names the commit, so `nix flake update`",
  "does not move it: to move it, put another commit in the URL and run `nix flake lock`."
];

// src/nix/expressions.ts
var pkgsAttr = (path6) => raw(attrPath("pkgs", path6));
var sortedUnique = (values) => [...new Set(values)].sort();
function nixpkgsInput(indent) {
  return [commentLines(NIXPKGS_PIN_COMMENT, indent), `${indent}inputs.nixpkgs.url = ${quoteString(NIXPKGS_URL)};`];
}
function imageFlake(contents, extraComment) {
  const image = apply("pkgs.dockerTools.buildLayeredImage", attrs([bind("name", str("app")), bind("contents", list(contents), extraComment)]));
  return [
    "{",
    ...nixpkgsInput("  "),
    "",
    "  outputs = { self, nixpkgs }:",
    "    let",
    "      pkgs = nixpkgs.legacyPackages.x86_64-linux;",
    "    in",
    "    {",
    `      packages.x86_64-linux.default = ${printNix(image, "      ")};`,
    "    };",
    "}"
  ].join("\n");
}
var TOOL_FROM_GITHUB = [
  '  pname = "tool";',
  '  version = "1.2.3";',
  "  src = pkgs.fetchFromGitHub {",
  '    owner = "owner";',
  '    repo = "tool";',
  '    rev = "v1.2.3";',
  "    hash = pkgs.lib.fakeHash;",
  "  };"
];
var YARN_BUILDER = {
  attrs: ["stdenv", "fetchYarnDeps", "yarnConfigHook", "yarnBuildHook", "yarnInstallHook", "nodejs", "lib"],
  text: [
    "pkgs.stdenv.mkDerivation {",
    '  pname = "app";',
    '  version = "1.0.0";',
    "  src = ./.;",
    "  # pins every dependency of yarn.lock (Yarn 1; Yarn Berry: yarn-berry_4.fetchYarnBerryDeps);",
    "  # the first build prints the real hash",
    "  yarnOfflineCache = pkgs.fetchYarnDeps {",
    "    yarnLock = ./yarn.lock;",
    "    hash = pkgs.lib.fakeHash;",
    "  };",
    "  nativeBuildInputs = [ pkgs.yarnConfigHook pkgs.yarnBuildHook pkgs.yarnInstallHook pkgs.nodejs ];",
    "}"
  ].join("\n")
};
var PNPM_BUILDER = {
  attrs: ["stdenv", "fetchPnpmDeps", "pnpmConfigHook", "pnpm", "nodejs", "lib"],
  text: [
    "pkgs.stdenv.mkDerivation (finalAttrs: {",
    '  pname = "app";',
    '  version = "1.0.0";',
    "  src = ./.;",
    "  # pins every dependency of pnpm-lock.yaml; the first build prints the real hash",
    "  pnpmDeps = pkgs.fetchPnpmDeps {",
    "    inherit (finalAttrs) pname version src;",
    "    fetcherVersion = 3;",
    "    hash = pkgs.lib.fakeHash;",
    "  };",
    "  nativeBuildInputs = [ pkgs.nodejs pkgs.pnpmConfigHook pkgs.pnpm ];",
    "  # then build in buildPhase (pnpm run build) and copy the result to $out in installPhase",
    "})"
  ].join("\n")
};
var BUILDER_SNIPPET = {
  go: {
    attrs: ["buildGoModule", "fetchFromGitHub", "lib"],
    text: [
      "pkgs.buildGoModule {",
      ...TOOL_FROM_GITHUB,
      "  # the first build prints the real hash of the vendored modules",
      "  vendorHash = pkgs.lib.fakeHash;",
      "}"
    ].join("\n")
  },
  rust: {
    attrs: ["rustPlatform", "fetchFromGitHub", "lib"],
    text: [
      "pkgs.rustPlatform.buildRustPackage {",
      ...TOOL_FROM_GITHUB,
      "  cargoHash = pkgs.lib.fakeHash;",
      "}"
    ].join("\n")
  },
  javascript: {
    attrs: ["buildNpmPackage", "lib"],
    text: [
      "pkgs.buildNpmPackage {",
      '  pname = "app";',
      '  version = "1.0.0";',
      "  src = ./.;",
      "  # pins every dependency of package-lock.json; the first build prints the real hash",
      "  npmDepsHash = pkgs.lib.fakeHash;",
      "}"
    ].join("\n")
  }
};
function builderSnippet(manager) {
  if (manager === "yarn") return YARN_BUILDER;
  if (manager === "pnpm") return PNPM_BUILDER;
  return BUILDER_SNIPPET[ECOSYSTEM[manager]];
}
function packageSet(mappings) {
  const attrPaths = sortedUnique(mappings.flatMap((mapping) => mapping.attrs));
  const modules = attrPaths.filter((attr) => attr.startsWith("python3Packages.")).map((attr) => attr.slice("python3Packages.".length));
  if (modules.length === 0) return { attrs: attrPaths };
  const interpreter = attrPaths.find((attr) => /^python3\d+$/.test(attr)) ?? "python3";
  return { attrs: attrPaths.filter((attr) => !attr.startsWith("python3Packages.") && attr !== interpreter && attr !== "python3"), python: { interpreter, modules } };
}
function pythonEnvExpr(python) {
  return raw(`(${attrPath("pkgs", python.interpreter)}.withPackages (ps: [ ${python.modules.map((name) => attrPath("ps", name)).join(" ")} ]))`);
}
function packageExprs(mappings) {
  const set = packageSet(mappings);
  return [...set.attrs.map(pkgsAttr), ...set.python ? [pythonEnvExpr(set.python)] : []];
}
function buildInputBindings(mappings) {
  const inputs = (role) => sortedUnique(mappings.filter((mapping) => buildRole(mapping) === role).flatMap((mapping) => mapping.attrs.map((attr) => attr.replace(/\.dev$/, "")))).map(pkgsAttr);
  const tools = inputs("tool");
  const libraries = inputs("library");
  const where = "in the derivation that builds the program (pkgs.stdenv.mkDerivation), not in the image";
  return [
    ...tools.length > 0 ? [bind("nativeBuildInputs", list(tools), [where])] : [],
    ...libraries.length > 0 ? [bind("buildInputs", list(libraries), tools.length > 0 ? void 0 : [where])] : []
  ];
}
function fetchurlSnippet(url) {
  return printNix(
    apply(
      "pkgs.fetchurl",
      attrs([
        bind("url", str(url ?? "https://example.org/tool.tar.gz")),
        bind("hash", raw("pkgs.lib.fakeHash"), ["the first build fails and prints the real hash (or: nix store prefetch-file URL)"])
      ])
    )
  );
}
function pullImageSnippet(imageName) {
  return printNix(
    apply(
      "pkgs.dockerTools.pullImage",
      attrs([
        bind("imageName", str(imageName)),
        bind("imageDigest", str("sha256:..."), ["the digest the tag points at today: `docker buildx imagetools inspect`"]),
        bind("hash", raw("pkgs.lib.fakeHash"), ["the build fails and prints the real hash; paste it here"])
      ])
    )
  );
}
function gitSourceSnippet(url, github) {
  const rev = bind("rev", str("<full commit id>"), ["a commit id, not a branch: a branch moves"]);
  const hash = bind("hash", raw("pkgs.lib.fakeHash"));
  return printNix(
    github ? apply("pkgs.fetchFromGitHub", attrs([bind("owner", str(github.owner)), bind("repo", str(github.repo)), rev, hash])) : apply("pkgs.fetchgit", attrs([bind("url", str(url ?? "https://example.org/repo.git")), rev, hash]))
  );
}
var FIXED_CPU_TARGET_SNIPPET = [
  "# every package of this set is built for x86-64-v2 (v3 only if every machine that runs it has AVX2),",
  "# whatever CPU the builder has",
  "pkgs = import nixpkgs {",
  "  localSystem = {",
  '    system = "x86_64-linux";',
  '    gcc.arch = "x86-64-v2";',
  "  };",
  "};"
].join("\n");

export {
  require_picomatch2 as require_picomatch,
  isIndexedAttr,
  mapDownload,
  githubRepository,
  leadingVersion,
  versionedAttr,
  phpExtensionNames,
  isBuildOnly,
  splitPackageNames,
  mapPackage,
  NIXPKGS_URL,
  raw,
  str,
  block,
  interpolate,
  list,
  attrs,
  apply,
  bind,
  quoteString,
  attrName,
  attrPath,
  commentLines,
  printNix,
  printBinding,
  pkgsAttr,
  nixpkgsInput,
  imageFlake,
  builderSnippet,
  packageSet,
  pythonEnvExpr,
  packageExprs,
  buildInputBindings,
  fetchurlSnippet,
  pullImageSnippet,
  gitSourceSnippet,
  FIXED_CPU_TARGET_SNIPPET,
  mapImage,
  isBinaryDistribution,
  workdirAt,
  locateContextFile,
  presenceInStage,
  shellDirectoryBefore,
  readPipRequirements,
  contextScriptUnits,
  readPackageLists,
  ContextParsersNeeded,
  contextParsers,
  loadContextParsers,
  readCondaFiles,
  commandsBefore,
  readToolchainFile,
  readCargoBinaries
};
