import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  displayPath
} from "./chunk-P2T4SADY.js";
import {
  compareFindings
} from "./chunk-S6YZQCBU.js";
import {
  readRegularFile
} from "./chunk-O33AYLXZ.js";

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

export {
  readSourceFromDisk,
  fingerprintFindings
};
