import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "github", "markdown"];
async function loadReporter(format) {
  switch (format) {
    case "text":
      return (await import("./text-7XXKK5J2.js")).textReporter;
    case "json":
      return (await import("./json-QFB7N5R2.js")).jsonReporter;
    case "sarif":
      return (await import("./sarif-PXUR3JNY.js")).sarifReporter;
    case "github":
      return (await import("./github-Y6V572PJ.js")).githubReporter;
    case "markdown":
      return (await import("./markdown-Y72CABOT.js")).markdownReporter;
  }
}
function isFormat(value) {
  return FORMATS.includes(value);
}
async function loadGithubReporters() {
  const [{ sarifReporter }, { countAnnotations, githubReporter }, { renderMarkdown }] = await Promise.all([import("./sarif-PXUR3JNY.js"), import("./github-Y6V572PJ.js"), import("./markdown-Y72CABOT.js")]);
  return { sarifReporter, githubReporter, countAnnotations, renderMarkdown };
}

export {
  FORMATS,
  loadReporter,
  isFormat,
  loadGithubReporters
};
