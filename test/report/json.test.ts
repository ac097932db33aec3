import fs from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { jsonReporter, type JsonReport } from '../../src/report/json.js';
import { buildSarifLog } from '../../src/report/sarif.js';
import packageJson from '../../package.json' with { type: 'json' };
import { sampleReport, SAMPLE_RULES } from './sample-report.js';

const options = { root: process.cwd(), color: false };
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(fs.readFileSync('docs/report.schema.json', 'utf8')));

function render(report = sampleReport()): JsonReport {
  const document = JSON.parse(jsonReporter(report, options)) as JsonReport;
  if (!validate(document)) throw new Error(JSON.stringify(validate.errors, null, 2));
  return document;
}

describe('JSON reporter', () => {
  it('writes documents that validate against docs/report.schema.json', () => {
    const document = render();
    expect(document.schema).toBe('repro-audit/report@1');
    expect(document.version).toBe(packageJson.version);
    render({ findings: [], errors: [], rules: SAMPLE_RULES, files: [], category: 'repro-audit/lint/' });
  });

  it('is checked by a schema that rejects what the format does not allow', () => {
    const document = render() as unknown as Record<string, unknown> & { findings: Array<Record<string, unknown>> };
    expect(validate({ ...document, schema: 'repro-audit/report@2' })).toBe(false);
    expect(validate({ ...document, findings: [{ ...document.findings[0], region: { startLine: 0, startColumn: 1, endLine: 1, endColumn: 2 } }] })).toBe(false);
    expect(validate({ ...document, unexpected: true })).toBe(false);
  });

  it('lists findings in a stable order with repository-relative paths and the SARIF fingerprint', () => {
    const report = sampleReport();
    const document = render(report);
    expect(document.findings.map((f) => `${f.file}:${f.region.startLine}:${f.ruleId}`)).toEqual([
      'test/report/fixtures/app/Dockerfile:2:RA101',
      'test/report/fixtures/app/Dockerfile:7:RA301',
      'test/report/fixtures/app/Dockerfile:8:RA301',
      'test/report/fixtures/app/Dockerfile:10:RA101',
      'test/report/fixtures/app/Dockerfile:12:RA201',
      'test/report/fixtures/app/Dockerfile:14:RA401',
      'test/report/fixtures/odd dir/Dockerfile.prod:1:RA101',
      'test/report/fixtures/odd dir/Dockerfile.prod:2:RA401',
    ]);
    const sarifFingerprints = buildSarifLog(report, { ...options, includeSuppressed: true }).runs[0]!.results!.map((r) => r.partialFingerprints!['reproAudit/v1']);
    expect(document.findings.map((f) => f.fingerprint)).toEqual(sarifFingerprints);
    expect(document.files).toEqual(['test/report/fixtures/app/Dockerfile', 'test/report/fixtures/odd dir/Dockerfile.prod']);
    expect(document.errors).toEqual([{ file: 'test/report/fixtures/broken/Dockerfile', line: 3, column: 1, message: 'Unterminated heredoc <<EOF started on line 3' }]);
    expect(document.rules.map((r) => r.id)).toEqual(['RA101', 'RA201', 'RA301', 'RA401']);
  });

  it('carries the Nix way unless nix is off', () => {
    expect(render().findings.filter((f) => f.nix).length).toBeGreaterThan(0);
    const off = JSON.parse(jsonReporter(sampleReport(), { ...options, nix: 'off' })) as JsonReport;
    expect(validate(off)).toBe(true);
    expect(off.findings.filter((f) => f.nix)).toEqual([]);
  });

  it('summarises active findings separately from suppressed ones', () => {
    expect(render().summary).toEqual({
      files: 2,
      findings: 6,
      suppressed: 2,
      errors: 1,
      bySeverity: { error: 5, warning: 0, note: 1 },
      byRule: { RA101: 3, RA301: 2, RA401: 1 },
    });
  });
});
