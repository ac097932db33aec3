import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  terminalLines,
  terminalText
} from "./chunk-QQC64ZS2.js";

// src/report/escape/markdown.ts
var LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
var INLINE_SYNTAX = /[\\`*_[\]<>&|~$#!]/g;
var MENTION = /@/g;
var ZERO_WIDTH_SPACE_ENTITY = "&#8203;";
function oneLine(text) {
  return terminalText(text.replace(LINE_BREAKS, " "));
}
function markdownText(text) {
  return oneLine(text).replace(INLINE_SYNTAX, (char) => `\\${char}`).replace(MENTION, `@${ZERO_WIDTH_SPACE_ENTITY}`);
}
function markdownCode(text, context = {}) {
  if (text === "") return "` `";
  let content = terminalText(text);
  if (context.inTable) content = content.replace(/\|/g, "\\|");
  const runs = new Set([...content.matchAll(/`+/g)].map((match) => match[0].length));
  let fence = 1;
  while (runs.has(fence)) fence++;
  const ticks = "`".repeat(fence);
  const pad = /^[` ]|[` ]$/.test(content) && !/^ *$/.test(content) ? " " : "";
  return `${ticks}${pad}${content}${pad}${ticks}`;
}
function messageParts(text) {
  const runs = [...text.matchAll(/`+/g)];
  const parts = [];
  let textStart = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    const closeIndex = runs.findIndex((run, j) => j > i && run[0].length === open[0].length);
    if (closeIndex < 0) continue;
    const close = runs[closeIndex];
    parts.push({ code: false, text: text.slice(textStart, open.index) }, { code: true, text: text.slice(open.index + open[0].length, close.index) });
    textStart = close.index + close[0].length;
    i = closeIndex;
  }
  parts.push({ code: false, text: text.slice(textStart) });
  return parts;
}
function markdownMessage(text, context = {}) {
  return messageParts(text).map((part) => part.code ? markdownCode(part.text, context) : markdownText(part.text)).join("");
}
function markdownLink(label, url) {
  if (!url || !/^https?:\/\/[^\s]+$/.test(url)) return label;
  const target = url.replace(/[()<>[\]|\\`"']/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${label}](${target})`;
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function htmlText(text) {
  return oneLine(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]).replace(MENTION, `@${ZERO_WIDTH_SPACE_ENTITY}`);
}
function fencedCode(code, language = "") {
  const body = terminalLines(code.replace(/\s+$/, ""));
  const longestRun = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}
${body}
${fence}`;
}

export {
  markdownText,
  markdownCode,
  messageParts,
  markdownMessage,
  markdownLink,
  htmlText,
  fencedCode
};
