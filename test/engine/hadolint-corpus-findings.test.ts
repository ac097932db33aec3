import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { auditFileOnDisk, defaultAudit } from '../support/audit.js';
import { CORPUS_DIR, SHARED_DIR, requireSharedData } from '../support/shared-data.js';
import { knownMisses, notFlagged } from './hadolint-corpus-not-flagged.js';

/**
 * hadolint 2.15.1's own findings on the corpus (../shared/corpus/hadolint-2.15.1-findings.json).
 * Every finding of a pinning rule must be matched by a repro-audit finding on the same instruction
 * of the same file, or be listed in hadolint-corpus-not-flagged.ts with the reason repro-audit is
 * right not to flag it. A listed finding that repro-audit now matches fails too, so the list only
 * holds what is still true. Known misses (what repro-audit should catch and does not yet) are listed
 * apart, and must be exactly what is missed.
 */
interface HadolintFinding {
  code: string;
  file: string;
  line: number;
  message: string;
}

const PINNING_RULES = new Set(['DL3006', 'DL3007', 'DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028', 'DL3033', 'DL3037', 'DL3041', 'DL3062']);
const findingsFile = path.join(SHARED_DIR, 'corpus', 'hadolint-2.15.1-findings.json');
const missing = requireSharedData(findingsFile);

function keyOf(finding: { code: string; file: string; line: number }): string {
  return `${finding.code} ${finding.file}:${finding.line}`;
}

/** True when one of `findings` belongs to the instruction that starts at (or spans) `line`. */
function onInstruction(findings: Finding[], line: number): boolean {
  return findings.some((finding) => {
    const lines = finding.instruction ?? { startLine: finding.region.startLine, endLine: finding.region.endLine };
    return !finding.suppressed && lines.startLine <= line && line <= lines.endLine;
  });
}

describe.skipIf(missing)('hadolint 2.15.1 pinning findings on the corpus', () => {
  it('are each matched by a repro-audit finding on the same instruction, or listed with a reason', async () => {
    const hadolint = (JSON.parse(fs.readFileSync(findingsFile, 'utf8')) as HadolintFinding[]).filter((finding) => PINNING_RULES.has(finding.code));
    expect(hadolint.length).toBe(541);
    const prepared = await defaultAudit();
    const byFile = new Map<string, Finding[]>();
    const unmatched: string[] = [];
    const matchedButListed: string[] = [];
    const missed: string[] = [];
    for (const finding of hadolint) {
      const file = finding.file.replace(/^dockerfiles\//, '');
      if (!byFile.has(file)) byFile.set(file, (await auditFileOnDisk(file, CORPUS_DIR, prepared)).findings);
      const matched = onInstruction(byFile.get(file)!, finding.line);
      const listed = notFlagged.some((entry) => entry.finding === keyOf(finding));
      if (!matched && knownMisses.includes(keyOf(finding))) missed.push(keyOf(finding));
      else if (!matched && !listed) unmatched.push(`${keyOf(finding)} ${finding.message}`);
      if (matched && listed) matchedButListed.push(keyOf(finding));
    }
    expect(unmatched, 'hadolint findings repro-audit does not match and nobody explained').toEqual([]);
    expect(missed, 'known misses: exactly these, so a fix removes them from the list').toEqual(knownMisses);
    expect(matchedButListed, 'listed as not flagged, but repro-audit flags them now: remove them from the list').toEqual([]);
  });

  it('lists each not-flagged finding once, with a reason', () => {
    const keys = notFlagged.map((entry) => entry.finding);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of notFlagged) expect(entry.because.length, entry.finding).toBeGreaterThan(40);
  });
});
