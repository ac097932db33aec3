import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

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

export {
  displayPath,
  sarifArtifactUri,
  SRCROOT,
  sarifRootUri
};
