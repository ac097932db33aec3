import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where a finding's file is, seen from the repository root. Findings carry the path as the user
 * named it (relative to the process's working directory, or absolute); every reporter shows it relative to
 * `root` with forward slashes, and only files outside the root stay absolute.
 */
export type ReportedPath = { kind: 'relative'; path: string } | { kind: 'absolute'; path: string };

export function reportedPath(file: string, root: string): ReportedPath {
  // A relative name is relative to the working directory the user ran the audit from.
  const absolute = path.resolve(file);
  const relative = path.relative(path.resolve(root), absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'absolute', path: absolute };
  return { kind: 'relative', path: relative.split(path.sep).join('/') };
}

/** The path as text for humans and for GitHub annotations (which want repository-relative paths). */
export function displayPath(file: string, root: string): string {
  return reportedPath(file, root).path;
}

/** A SARIF artifact location: relative URIs under `%SRCROOT%`, absolute files as `file:` URLs. */
export function sarifArtifactUri(file: string, root: string): { uri: string; uriBaseId?: string } {
  const where = reportedPath(file, root);
  if (where.kind === 'absolute') return { uri: pathToFileURL(where.path).href };
  return { uri: where.path.split('/').map(encodeUriSegment).join('/'), uriBaseId: SRCROOT };
}

export const SRCROOT = '%SRCROOT%';

/** The root as a SARIF `originalUriBaseIds` entry: an absolute directory URI ending in `/`. */
export function sarifRootUri(root: string): string {
  const href = pathToFileURL(path.resolve(root)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

// RFC 3986 path segment: keep unreserved and sub-delims that are safe in a segment.
function encodeUriSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Where a related location is, as reporters write it for humans: `path:line:column`. */
export function displayLocation(file: string, region: { startLine: number; startColumn: number }, root: string): string {
  return `${displayPath(file, root)}:${region.startLine}:${region.startColumn}`;
}
