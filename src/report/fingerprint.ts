import { createHash } from 'node:crypto';
import { compareFindings, type Finding, type Region } from '../findings/index.js';
import { readRegularFile } from '../safe-fs/index.js';
import { displayPath } from './paths.js';

/**
 * Identities for findings that survive edits elsewhere in the file: built from the rule, the
 * repository-relative file, the instruction keyword and the normalised text of the flagged region
 * (or, when the file cannot be read, the message), plus the occurrence index among findings with
 * the same key. Line numbers never enter, so inserting lines above a finding keeps its identity.
 */
export interface FindingFingerprint {
  /** sha256 of the identity, hex. */
  hash: string;
  /** 1-based among findings sharing rule, file, keyword and text. */
  occurrence: number;
}

export type SourceReader = (file: string) => string | undefined;

/** Fingerprints fall back to the message for a file that is gone, huge or not a file any more. */
const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export function readSourceFromDisk(file: string): string | undefined {
  const read = readRegularFile(file, MAX_SOURCE_BYTES);
  return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
}

export function fingerprintFindings(findings: readonly Finding[], root: string, readSource: SourceReader = readSourceFromDisk): Map<Finding, FindingFingerprint> {
  const sources = new Map<string, string[] | undefined>();
  const linesOf = (file: string): string[] | undefined => {
    if (!sources.has(file)) {
      const text = readSource(file);
      sources.set(file, text === undefined ? undefined : text.split(/\r\n|\r|\n/));
    }
    return sources.get(file);
  };
  const seen = new Map<string, number>();
  const fingerprints = new Map<Finding, FindingFingerprint>();
  for (const finding of [...findings].sort(compareFindings)) {
    const lines = linesOf(finding.file);
    const regionText = lines ? normaliseText(textOfRegion(lines, finding.region)) : '';
    const identity = [finding.ruleId, displayPath(finding.file, root), finding.instruction?.keyword ?? '', regionText || `message:${normaliseText(finding.message)}`].join('\u0000');
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    fingerprints.set(finding, { hash: createHash('sha256').update(identity).digest('hex'), occurrence });
  }
  return fingerprints;
}

/** The text a region covers, lines joined with `\n`; out-of-range parts are clipped. */
export function textOfRegion(lines: readonly string[], region: Region): string {
  const parts: string[] = [];
  for (let line = region.startLine; line <= region.endLine && line <= lines.length; line++) {
    const text = lines[line - 1] ?? '';
    const from = line === region.startLine ? region.startColumn - 1 : 0;
    const to = line === region.endLine ? region.endColumn - 1 : text.length;
    parts.push(text.slice(Math.max(0, from), Math.max(0, to)));
  }
  return parts.join('\n');
}

// Re-wrapping a RUN across continuation lines or re-indenting it must not change its identity.
function normaliseText(text: string): string {
  return text.replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim();
}
