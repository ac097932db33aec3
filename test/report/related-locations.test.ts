import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditReport, Finding } from '../../src/findings/index.js';
import { githubReporter } from '../../src/report/github.js';
import { buildJsonReport } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildSarifLog } from '../../src/report/sarif.js';
import { textReporter } from '../../src/report/text.js';
import { assertValidSarif } from '../support/sarif.js';
import { SAMPLE_RULES } from './sample-report.js';

// A finding in a script of the build context, with the Dockerfile line that runs it: every
// reporter shows both places, and none puts a line number into the message itself.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-related-'));
const dockerfile = path.join(root, 'Dockerfile');
const script = path.join(root, 'scripts', 'install.sh');
fs.mkdirSync(path.dirname(script));
fs.writeFileSync(dockerfile, 'FROM debian:bookworm\nCOPY scripts/install.sh /tmp/\nRUN sh /tmp/install.sh\n');
fs.writeFileSync(script, '#!/bin/sh\napt-get install -y curl\n');

const finding: Finding = {
  ruleId: 'RA201',
  severity: 'warning',
  message: 'Package `curl` has no version.',
  file: script,
  region: { startLine: 2, startColumn: 20, endLine: 2, endColumn: 24 },
  instruction: { keyword: 'RUN', startLine: 3, endLine: 3, stage: '0' },
  related: [{ file: dockerfile, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 23 }, message: 'run by this RUN' }],
};
const report: AuditReport = { findings: [finding], errors: [], rules: SAMPLE_RULES, files: [dockerfile] };

describe('related locations', () => {
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('are SARIF relatedLocations with their own artifact and region', () => {
    const log = buildSarifLog(report, { root, color: false });
    assertValidSarif(JSON.stringify(log));
    const result = log.runs[0]!.results![0]!;
    expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('scripts/install.sh');
    expect(result.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 23 } }, message: { text: 'run by this RUN' } },
    ]);
  });

  it('appear in the JSON report with repository-relative paths, valid against the documented schema', () => {
    const json = buildJsonReport(report, { root, color: false });
    const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(fs.readFileSync('docs/report.schema.json', 'utf8')));
    expect(validate(JSON.parse(JSON.stringify(json))), JSON.stringify(validate.errors)).toBe(true);
    expect(json.findings[0]!.file).toBe('scripts/install.sh');
    expect(json.findings[0]!.related).toEqual([{ file: 'Dockerfile', region: finding.related![0]!.region, message: 'run by this RUN' }]);
  });

  it('are a line under the finding in the terminal report', () => {
    expect(textReporter(report, { root, color: false }).split('\n').slice(0, 2)).toEqual([
      'scripts/install.sh:2:20: warning RA201 Package `curl` has no version.',
      '    related: Dockerfile:3:1 run by this RUN',
    ]);
  });

  it('are named in the annotation text (the annotation sits on the script line)', () => {
    const [line] = githubReporter(report, { root, color: false }).split('\n');
    expect(line).toMatch(/^::warning file=scripts\/install\.sh,line=2,/);
    expect(line).toContain('%0Arun by this RUN: Dockerfile:3:1');
  });

  it('follow the message in the Markdown table, as text and code', () => {
    const markdown = renderMarkdown(report, { root, color: false });
    // A row per rule and message: rule, lines, severity, finding.
    const row = markdown.split('\n').find((candidate) => candidate.includes('| 2 |') && candidate.includes('Package `curl`'))!;
    expect(row).toContain('Package `curl` has no version. (run by this RUN: `Dockerfile:3:1`)');
    const html = new MarkdownIt().render(markdown);
    expect(html).toContain('<code>Dockerfile:3:1</code>');
  });
});
