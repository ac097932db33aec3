import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "github", "markdown"];
async function loadReporter(format) {
  switch (format) {
    case "text":
      return (await import("./text-S7JSJJVA.js")).textReporter;
    case "json":
      return (await import("./json-IV4CPMYY.js")).jsonReporter;
    case "sarif":
      return (await import("./sarif-WFP3ARDW.js")).sarifReporter;
    case "github":
      return (await import("./github-6TQNOPQ7.js")).githubReporter;
    case "markdown":
      return (await import("./markdown-4S6BOBJN.js")).markdownReporter;
  }
}
function isFormat(value) {
  return FORMATS.includes(value);
}
async function loadGithubReporters() {
  const [{ sarifReporter }, { countAnnotations, githubReporter }, { renderMarkdown }] = await Promise.all([import("./sarif-WFP3ARDW.js"), import("./github-6TQNOPQ7.js"), import("./markdown-4S6BOBJN.js")]);
  return { sarifReporter, githubReporter, countAnnotations, renderMarkdown };
}

export {
  FORMATS,
  loadReporter,
  isFormat,
  loadGithubReporters
};
