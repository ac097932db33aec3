import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  readRegularFile
} from "./chunk-O33AYLXZ.js";
import {
  compareFindings
} from "./chunk-DK4JW3AF.js";
import {
  displayPath
} from "./chunk-DQISMCMM.js";

// src/report/fingerprint.ts
import { createHash } from "node:crypto";
var MAX_SOURCE_BYTES = 16 * 1024 * 1024;
function readSourceFromDisk(file) {
  const read = readRegularFile(file, MAX_SOURCE_BYTES);
  return "bytes" in read ? read.bytes.toString("utf8") : void 0;
}
function fingerprintFindings(findings, root, readSource = readSourceFromDisk) {
  const sources = /* @__PURE__ */ new Map();
  const linesOf = (file) => {
    if (!sources.has(file)) {
      const text = readSource(file);
      sources.set(file, text === void 0 ? void 0 : text.split(/\r\n|\r|\n/));
    }
    return sources.get(file);
  };
  const seen = /* @__PURE__ */ new Map();
  const fingerprints = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort(compareFindings)) {
    const lines = linesOf(finding.file);
    const regionText = lines ? normaliseText(textOfRegion(lines, finding.region)) : "";
    const identity = [finding.ruleId, displayPath(finding.file, root), finding.instruction?.keyword ?? "", regionText || `message:${normaliseText(finding.message)}`].join("\0");
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    fingerprints.set(finding, { hash: createHash("sha256").update(identity).digest("hex"), occurrence });
  }
  return fingerprints;
}
function textOfRegion(lines, region) {
  const parts = [];
  for (let line = region.startLine; line <= region.endLine && line <= lines.length; line++) {
    const text = lines[line - 1] ?? "";
    const from = line === region.startLine ? region.startColumn - 1 : 0;
    const to = line === region.endLine ? region.endColumn - 1 : text.length;
    parts.push(text.slice(Math.max(0, from), Math.max(0, to)));
  }
  return parts.join("\n");
}
function normaliseText(text) {
  return text.replace(/\\\n/g, " ").replace(/\s+/g, " ").trim();
}

// package.json
var package_default = {
  name: "repro-audit",
  version: "0.1.0",
  description: "Reproducibility auditor for Dockerfiles and container builds: static rules, rebuild harness, SARIF, GitHub Action, Nix bridge",
  keywords: [
    "dockerfile",
    "docker",
    "containerfile",
    "reproducible-builds",
    "reproducibility",
    "linter",
    "sarif",
    "github-action",
    "pre-commit",
    "nix",
    "supply-chain",
    "hadolint"
  ],
  homepage: "https://github.com/repro-audit/repro-audit#readme",
  bugs: {
    url: "https://github.com/repro-audit/repro-audit/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/repro-audit/repro-audit.git"
  },
  license: "MIT",
  author: "repro-audit contributors",
  type: "module",
  bin: {
    "repro-audit": "dist/cli.js"
  },
  files: [
    "dist/",
    "README.md",
    "LICENSE",
    "action.yml"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    boundaries: "depcruise src rules --config .dependency-cruiser.cjs",
    test: "tsc --noEmit && vitest run && vitest run --config vitest.alone.config.ts",
    "test:all": "bash scripts/prepare-machine.sh && npm ci --no-audit --no-fund && npm test",
    bench: "node scripts/bench.mjs"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@cursorless/tree-sitter-wasms": "0.7.0",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@octokit/openapi": "^23.0.2",
    "@swc/core": "^1.16.22",
    "@types/diff": "^7.0.2",
    "@types/dockerode": "^4.0.2",
    "@types/node": "^26.6.6",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    "@types/tar-stream": "^3.1.5",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    chalk: "^5.6.2",
    "dependency-cruiser": "^17.4.3",
    diff: "^9.0.0",
    "dockerfile-ast": "^0.7.1",
    "dockerfile-utils": "^0.16.3",
    dockerfilelint: "^1.8.0",
    dockerode: "^5.0.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    "markdown-it": "^15.0.3",
    picomatch: "^4.0.7",
    "smol-toml": "^1.9.1",
    "tar-stream": "^3.2.2",
    "tree-sitter-bash": "^0.25.1",
    "tree-sitter-powershell": "^0.26.4",
    typescript: "^7.0.2",
    vitest: "^4.1.12",
    "web-tree-sitter": "^0.27.2",
    yaml: "^2.9.1"
  }
};

// src/report/tool-info.ts
var TOOL_NAME = "repro-audit";
var TOOL_VERSION = package_default.version;
var TOOL_INFORMATION_URI = "https://github.com/repro-audit/repro-audit";

export {
  readSourceFromDisk,
  fingerprintFindings,
  TOOL_NAME,
  TOOL_VERSION,
  TOOL_INFORMATION_URI
};
