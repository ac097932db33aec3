import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/findings/finding.ts
var SEVERITIES = ["error", "warning", "note"];
var severityRank = { error: 3, warning: 2, note: 1, none: 4 };
function meetsThreshold(severity, threshold) {
  return severityRank[severity] >= severityRank[threshold] && threshold !== "none";
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.file, b.file) || a.region.startLine - b.region.startLine || a.region.startColumn - b.region.startColumn || compareText(a.ruleId, b.ruleId);
}

// src/findings/rule-meta.ts
var FILE_KINDS = ["dockerfile", "nix", "flake-lock", "workflow", "compose"];
var EXAMPLES = {
  dockerfile: { file: "Dockerfile", language: "dockerfile" },
  nix: { file: "default.nix", language: "nix" },
  "flake-lock": { file: "flake.lock", language: "json" },
  workflow: { file: ".github/workflows/ci.yml", language: "yaml" },
  compose: { file: "compose.yaml", language: "yaml" }
};
function ruleExamples(rule) {
  const kind = EXAMPLES[rule.fileKind ?? "dockerfile"];
  return { file: rule.docs.exampleFile ?? kind.file, language: kind.language };
}
var KIND_TAGS = { dockerfile: "dockerfile", nix: "nix", "flake-lock": "nix", workflow: "github-actions", compose: "compose" };
function ruleTags(rule) {
  const kinds = [KIND_TAGS[rule.fileKind ?? "dockerfile"], ...rule.shell ? [KIND_TAGS.workflow] : []];
  return [.../* @__PURE__ */ new Set([...kinds, ...rule.tags])];
}

// src/findings/report.ts
var NIX_DETAILS = ["off", "brief", "full"];

// src/findings/positions.ts
function createPositionMapper(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const lineOf = (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const regionOf = (span) => {
    const startLine = lineOf(span.start);
    const endLine = span.end > span.start ? lineOf(span.end - 1) : startLine;
    const endColumn = span.end > span.start ? span.end - starts[endLine - 1] + 1 : span.start - starts[startLine - 1] + 1;
    return { startLine, startColumn: span.start - starts[startLine - 1] + 1, endLine, endColumn };
  };
  return {
    regionOf,
    lineOf,
    lineStart: (line) => starts[Math.min(Math.max(line, 1), starts.length) - 1],
    lineCount: starts.length
  };
}

// src/findings/message.ts
function code(text, max = 80) {
  const flat = text.replace(/\s+/g, " ").trim();
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat}\``;
}

export {
  SEVERITIES,
  meetsThreshold,
  compareText,
  compareFindings,
  FILE_KINDS,
  ruleExamples,
  ruleTags,
  NIX_DETAILS,
  code,
  createPositionMapper
};
