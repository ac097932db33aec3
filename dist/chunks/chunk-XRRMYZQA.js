import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "github", "markdown"];
async function loadReporter(format) {
  switch (format) {
    case "text":
      return (await import("./text-J7PXN4IH.js")).textReporter;
    case "json":
      return (await import("./json-76RYXV5G.js")).jsonReporter;
    case "sarif":
      return (await import("./sarif-BRNXLMFO.js")).sarifReporter;
    case "github":
      return (await import("./github-2F4GAE54.js")).githubReporter;
    case "markdown":
      return (await import("./markdown-33ICD7X3.js")).markdownReporter;
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
