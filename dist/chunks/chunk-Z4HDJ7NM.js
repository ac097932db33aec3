import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/report/markdown-budget.ts
var GITHUB_COMMENT_LIMIT = 65536;
var GITHUB_STEP_SUMMARY_LIMIT = 1048576;
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
var ByteBudget = class {
  constructor(left) {
    this.left = left;
  }
  left;
  get remaining() {
    return this.left;
  }
  fits(text) {
    return utf8Length(text) <= this.left;
  }
  /** Takes `text` when it fits and says whether it did. */
  take(text) {
    const bytes = utf8Length(text);
    if (bytes > this.left) return false;
    this.left -= bytes;
    return true;
  }
};
function clip(text, max) {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? "")) end--;
  return `${text.slice(0, end)}\u2026`;
}

export {
  GITHUB_COMMENT_LIMIT,
  GITHUB_STEP_SUMMARY_LIMIT,
  utf8Length,
  ByteBudget,
  clip
};
