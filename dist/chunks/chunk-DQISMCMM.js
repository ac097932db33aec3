import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/report/escape/workflow-commands.ts
function workflowCommand(command, properties, data) {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(data)}`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var RUNNER_WHITESPACE = "\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
var COMMAND_AT_LINE_START = new RegExp(`(^|\\r\\n|\\r|\\n)([${RUNNER_WHITESPACE}]*)::`, "g");
var LEGACY_COMMAND = /##\[/g;
function inertToRunner(text) {
  return text.replace(COMMAND_AT_LINE_START, "$1$2\\x3a:").replace(LEGACY_COMMAND, "#\\x23[");
}
function inertJsonToRunner(json) {
  return json.replace(LEGACY_COMMAND, "#\\u0023[");
}

// src/report/paths.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
function reportedPath(file, root) {
  const absolute = path.resolve(file);
  const relative = path.relative(path.resolve(root), absolute);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return { kind: "absolute", path: absolute };
  return { kind: "relative", path: relative.split(path.sep).join("/") };
}
function displayPath(file, root) {
  return reportedPath(file, root).path;
}
function sarifArtifactUri(file, root) {
  const where = reportedPath(file, root);
  if (where.kind === "absolute") return { uri: pathToFileURL(where.path).href };
  return { uri: where.path.split("/").map(encodeUriSegment).join("/"), uriBaseId: SRCROOT };
}
var SRCROOT = "%SRCROOT%";
function sarifRootUri(root) {
  const href = pathToFileURL(path.resolve(root)).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function encodeUriSegment(segment) {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function displayLocation(file, region, root) {
  return `${displayPath(file, root)}:${region.startLine}:${region.startColumn}`;
}

export {
  workflowCommand,
  inertToRunner,
  inertJsonToRunner,
  displayPath,
  sarifArtifactUri,
  SRCROOT,
  sarifRootUri,
  displayLocation
};
