import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// package.json
var package_default = {
  name: "repro-audit",
  version: "0.1.0",
  description: "Reproducibility auditor for Dockerfiles and container builds: static rules, rebuild harness, SARIF, GitHub Action, Nix bridge",
  license: "MIT",
  type: "module",
  bin: {
    "repro-audit": "dist/cli.js"
  },
  files: [
    "dist/",
    "README.md",
    "action.yml"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "tsc --noEmit && vitest run",
    "test:all": "bash scripts/prepare-machine.sh && npm ci --no-audit --no-fund && npm test",
    bench: "node scripts/bench.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    ajv: "^8.20.0",
    chalk: "^5.6.2",
    diff: "^9.0.0",
    "dockerfile-ast": "^0.7.1",
    dockerode: "^5.0.1",
    picomatch: "^4.0.7",
    "tar-stream": "^3.2.2",
    "tree-sitter-bash": "^0.25.1",
    "web-tree-sitter": "^0.27.2",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@microsoft/sarif-multitool": "^5.7.0",
    "@octokit/openapi": "^23.0.2",
    "@types/diff": "^7.0.2",
    "@types/dockerode": "^4.0.2",
    "@types/node": "^26.6.6",
    "@types/picomatch": "^4.0.3",
    "@types/sarif": "^2.1.7",
    "@types/tar-stream": "^3.1.5",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    "dockerfile-utils": "^0.16.3",
    dockerfilelint: "^1.8.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    "markdown-it": "^15.0.3",
    typescript: "^7.0.2",
    vitest: "^4.1.12"
  }
};

// src/report/tool-info.ts
var TOOL_NAME = "repro-audit";
var TOOL_VERSION = package_default.version;
var TOOL_INFORMATION_URI = "https://github.com/repro-audit/repro-audit";

export {
  TOOL_NAME,
  TOOL_VERSION,
  TOOL_INFORMATION_URI
};
