import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "github", "markdown"];
async function loadReporter(format) {
  switch (format) {
    case "text":
      return (await import("./text-MDWSWSOE.js")).textReporter;
    case "json":
      return (await import("./json-TZFMAJXC.js")).jsonReporter;
    case "sarif":
      return (await import("./sarif-3Q6A7QIT.js")).sarifReporter;
    case "github":
      return (await import("./github-ECL25AY5.js")).githubReporter;
    case "markdown":
      return (await import("./markdown-QLIDZBAX.js")).markdownReporter;
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
