import { describe, expect, it } from 'vitest';
import { discoverDockerfiles } from '../../src/engine/files.js';
import { auditFileOnDisk, defaultAudit } from '../support/audit.js';
import { CORPUS_DIR, corpusFiles } from '../support/shared-data.js';

const corpus = CORPUS_DIR;
const manifest = corpusFiles();

describe('the real-world corpus', () => {
  it('is discovered in full by the directory search (540 files)', () => {
    const { files, errors } = discoverDockerfiles([corpus], corpus);
    expect(errors).toEqual([]);
    expect(new Set(files)).toEqual(new Set(manifest));
  });

  it('audits every file without a crash: each gives findings or a clear error with a line', async () => {
    const prepared = await defaultAudit();
    const silent: string[] = [];
    const unclear: string[] = [];
    for (const file of manifest) {
      const { findings, errors } = await auditFileOnDisk(file, corpus, prepared);
      if (findings.length === 0 && errors.length === 0) silent.push(file);
      for (const error of errors) {
        if (error.message.startsWith('internal error') || error.message.includes(' failed on this file') || error.line === undefined) unclear.push(`${file}: ${error.message}`);
      }
    }
    expect(unclear).toEqual([]);
    // A file may be clean, but not many real Dockerfiles are; each clean one is listed here to be looked at.
    expect(silent.length).toBeLessThan(manifest.length / 20);
  });

  it('finds what the corpus README counts: unpinned FROMs in most files, pipes to shells, ADD urls, -march=native', async () => {
    const prepared = await defaultAudit();
    const byRule = new Map<string, Set<string>>();
    for (const file of manifest) {
      for (const finding of (await auditFileOnDisk(file, corpus, prepared)).findings) {
        byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? new Set()).add(file));
      }
    }
    const files = (id: string) => byRule.get(id)?.size ?? 0;
    expect(files('RA101')).toBeGreaterThan(400);
    expect(files('RA401')).toBeGreaterThanOrEqual(8);
    expect(files('RA403')).toBeGreaterThanOrEqual(5);
    expect(files('RA501')).toBeGreaterThanOrEqual(1);
    expect(files('RA201')).toBeGreaterThan(100);
    expect(files('RA202')).toBeGreaterThan(40);
  });
});
