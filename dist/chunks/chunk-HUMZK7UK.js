import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  MAX_EXPANDED_LENGTH
} from "./chunk-SQ42UHQ5.js";
import {
  formatBytes
} from "./chunk-O33AYLXZ.js";

// src/model/image-name.ts
var PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var DOMAIN = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
var REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`
);
var DOCKER_HUB = "docker.io";
function parseImageName(reference) {
  const match = REFERENCE.exec(reference);
  if (!match) return void 0;
  const [, host, name, tag, digest] = match;
  let domain = host;
  let path = name;
  if (domain && !domain.includes(".") && !domain.includes(":") && domain !== "localhost" && !domain.startsWith("[")) {
    if (domain !== domain.toLowerCase()) return void 0;
    path = `${domain}/${path}`;
    domain = void 0;
  }
  const registry = !domain || domain === "index.docker.io" || domain === "registry-1.docker.io" ? DOCKER_HUB : domain;
  const repository = registry === DOCKER_HUB && !path.includes("/") ? `library/${path}` : path;
  const familiar = registry === DOCKER_HUB ? repository.startsWith("library/") ? repository.slice("library/".length) : repository : `${registry}/${repository}`;
  return { registry, repository, tag, digest, familiar };
}
function isFullSha256Digest(digest) {
  return digest !== void 0 && /^sha256:[0-9a-f]{64}$/.test(digest);
}
var WINDOWS_REPOSITORY_PARTS = /* @__PURE__ */ new Set(["windows", "servercore", "nanoserver", "windowsservercore"]);
var WINDOWS_TAG_PARTS = /* @__PURE__ */ new Set(["windows", "servercore", "nanoserver", "windowsservercore", "windowsserver"]);
function isWindowsImage(image) {
  const { repository, tag } = typeof image === "string" ? repositoryAndTag(image) : image;
  return repository.toLowerCase().split("/").some((part) => WINDOWS_REPOSITORY_PARTS.has(part)) || (tag ?? "").toLowerCase().split(/[-._]/).some((part) => WINDOWS_TAG_PARTS.has(part) || /^ltsc20\d\d$/.test(part));
}
function repositoryAndTag(reference) {
  const text = reference.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "").replace(/["']/g, "").split("@")[0];
  const slash = text.lastIndexOf("/");
  const colon = text.lastIndexOf(":");
  return colon > slash ? { repository: text.slice(0, colon), tag: text.slice(colon + 1) } : { repository: text };
}

// src/model/variables.ts
var MAX_EXPANDED_TOTAL = 64 * 1024 * 1024;
var MAX_NESTING = 32;
var ExpansionBudget = class {
  constructor(maxLength = MAX_EXPANDED_LENGTH, remaining = MAX_EXPANDED_TOTAL) {
    this.maxLength = maxLength;
    this.remaining = remaining;
  }
  maxLength;
  remaining;
  /** Expansions refused for size. */
  refused = 0;
  first;
  /** Whether `added` more characters may join an expansion already `length` long; they are counted if so. */
  take(length, added) {
    if (length + added > this.maxLength || added > this.remaining) return false;
    this.remaining -= added;
    return true;
  }
  refuse(at) {
    if (this.refused++ === 0) this.first = at;
  }
  /** The one problem that reports every refusal, at the first. */
  problem(positions) {
    const more = this.refused > 1 ? ` (${this.refused - 1} more expansion${this.refused > 2 ? "s" : ""} of this file too)` : "";
    return {
      level: "error",
      message: `variable expansion here would produce more than ${formatBytes(this.maxLength)} (values referencing each other, e.g. \`ARG B=$A$A\` repeated): it was not computed and the value is treated as unknown${more}`,
      region: positions.regionOf(this.first ?? { start: 0, end: 0 })
    };
  }
};
var NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
function expandVariables(text, lookup, escapeChar = "\\", options = {}, depth = 0) {
  if (!text.includes("$") && !(options.quotes && /["']/.test(text))) return { value: unescape(text, escapeChar), unresolved: [], used: [] };
  const budget = options.budget ?? new ExpansionBudget();
  const unresolved = [];
  const used = [];
  const tooLarge = () => {
    budget.refuse(options.at);
    return { value: void 0, unresolved, used, tooLarge: true };
  };
  let out = "";
  let complete = true;
  let i = 0;
  let inDouble = false;
  while (i < text.length) {
    const c = text[i];
    if (c === escapeChar && i + 1 < text.length) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (options.quotes && c === '"') {
      inDouble = !inDouble;
      i++;
      continue;
    }
    if (options.quotes && c === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      out += close < 0 ? text.slice(i + 1) : text.slice(i + 1, close);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    if (text[i + 1] === "{") {
      const close = findClosingBrace(text, i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, close);
      const result = depth < MAX_NESTING ? expandBraced(inner, lookup, escapeChar, { budget, at: options.at }, depth + 1) : { unresolved: [inner], used: [] };
      if (result.tooLarge) return { value: void 0, unresolved, used, tooLarge: true };
      if (result.value === void 0) complete = false;
      else if (!budget.take(out.length, result.value.length)) return tooLarge();
      else out += result.value;
      for (const name of result.unresolved) unresolved.push(name);
      for (const name of result.used) used.push(name);
      i = close + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const match = NAME.exec(text);
    if (!match) {
      out += c;
      i++;
      continue;
    }
    const value = lookup(match[0]);
    if (value === void 0) {
      complete = false;
      unresolved.push(match[0]);
    } else if (!budget.take(out.length, value.length)) {
      return tooLarge();
    } else {
      out += value;
      used.push(match[0]);
    }
    i = NAME.lastIndex;
  }
  return { value: complete ? out : void 0, unresolved, used };
}
function findClosingBrace(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function expandBraced(inner, lookup, escapeChar, options, depth) {
  NAME.lastIndex = 0;
  const match = NAME.exec(inner);
  if (!match) return { value: void 0, unresolved: [inner], used: [] };
  const name = match[0];
  const rest = inner.slice(name.length);
  const value = lookup(name);
  const operator = /^(:?[-+])/.exec(rest)?.[1];
  if (!operator) {
    if (rest === "" && value !== void 0) return { value, unresolved: [], used: [name] };
    return { value: void 0, unresolved: [name], used: [] };
  }
  const word = rest.slice(operator.length);
  const isSet = value !== void 0 && (operator.startsWith(":") ? value !== "" : true);
  if (operator.endsWith("-")) {
    if (isSet) return { value, unresolved: [], used: [name] };
    return expandVariables(word, lookup, escapeChar, options, depth);
  }
  if (isSet) return expandVariables(word, lookup, escapeChar, options, depth);
  return { value: "", unresolved: [], used: [name] };
}
function unescape(text, escapeChar) {
  if (!text.includes(escapeChar)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === escapeChar && i + 1 < text.length) out += text[++i];
    else out += text[i];
  }
  return out;
}

// src/model/instruction-text.ts
function joinContinuations(text, escapeChar) {
  const lines = text.split(/\r?\n/).filter((line, index) => index === 0 || !/^[ \t]*#/.test(line));
  const escape = escapeChar === "`" ? "`" : "\\\\";
  return lines.join("\n").replace(new RegExp(`${escape}[ \\t]*\\n`, "g"), "");
}

export {
  parseImageName,
  isFullSha256Digest,
  isWindowsImage,
  ExpansionBudget,
  expandVariables,
  joinContinuations
};
