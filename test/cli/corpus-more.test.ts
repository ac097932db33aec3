import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/index.js';
import { runBundledCli } from '../support/bundle.js';
import { SHARED_DIR, requireSharedData } from '../support/shared-data.js';

const CORPUS = path.join(SHARED_DIR, 'corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST-more.tsv');
/**
 * Files of the manifest that are read beside others, never audited alone: GitHub's workflow
 * lockfile (read with the workflows it locks) and niv/reflex JSON pins (no rule reads them yet).
 */
const COMPANIONS = /(\/\.github\/workflows\/actions\.lock|\/nix\/sources\.json|\/nixpkgs\/github\.json)$/;

interface JsonReport {
  files: string[];
  findings: Finding[];
  errors: Array<{ file: string; line?: number; message: string }>;
}

const missing = requireSharedData(MANIFEST);

describe.skipIf(missing)('the workflow, Nix and Compose corpus (MANIFEST-more.tsv), audited through dist/cli.js', () => {
  it('audits every file without a crash, with findings of every kind on the files users would expect', { timeout: 180_000 }, () => {
    const manifest = fs.readFileSync(MANIFEST, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[0]!);
    const run = runBundledCli(['workflows', 'nix', 'compose', '--format', 'json', '--no-cache'], { cwd: CORPUS, timeoutMs: 170_000 });
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(/internal error|failed on this file|\n\s+at /);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.errors).toEqual([]);
    // Every file of the manifest is audited, but for the companions read beside others.
    expect(new Set(report.files)).toEqual(new Set(manifest.filter((file) => !COMPANIONS.test(file))));
    expect(manifest.filter((file) => COMPANIONS.test(file))).toHaveLength(5);

    const rulesOf = (prefix: string) => new Set(report.findings.filter((finding) => finding.file.startsWith(prefix)).map((finding) => finding.ruleId));
    expect([...rulesOf('workflows/')]).toEqual(expect.arrayContaining(['RA701', 'RA702', 'RA301', 'RA401']));
    expect([...rulesOf('nix/')]).toEqual(expect.arrayContaining(['RA601', 'RA602', 'RA603', 'RA604', 'RA605']));
    expect([...rulesOf('compose/')]).toEqual(expect.arrayContaining(['RA801']));
    // Each finding points into its file.
    for (const finding of report.findings) {
      const lines = fs.readFileSync(path.join(CORPUS, finding.file), 'utf8').split(/\r\n|\r|\n/);
      expect(finding.region.startLine, `${finding.file} ${finding.ruleId}`).toBeGreaterThanOrEqual(1);
      expect(finding.region.endLine, `${finding.file} ${finding.ruleId}`).toBeLessThanOrEqual(lines.length);
    }
  });
});
