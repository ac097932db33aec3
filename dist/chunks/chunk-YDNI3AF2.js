import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "github", "markdown"];
async function loadReporter(format) {
  switch (format) {
    case "text":
      return (await import("./text-J7PXN4IH.js")).textReporter;
    case "json":
      return (await import("./json-Y5DVUYZJ.js")).jsonReporter;
    case "sarif":
      return (await import("./sarif-V44MLSHG.js")).sarifReporter;
    case "github":
      return (await import("./github-DBKTGO6N.js")).githubReporter;
    case "markdown":
      return (await import("./markdown-SW25SVMY.js")).markdownReporter;
  }
}
function isFormat(value) {
  return FORMATS.includes(value);
}

export {
  FORMATS,
  loadReporter,
  isFormat
};
