import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSarifLog, sarifReporter } from '../../src/report/sarif.js';
import type { AuditReport } from '../../src/findings/index.js';
import packageJson from '../../package.json' with { type: 'json' };
import { assertMultitoolClean, assertValidSarif } from '../support/sarif.js';
import { APP_DOCKERFILE, locate, sampleReport, SAMPLE_RULES } from './sample-report.js';

const root = process.cwd();
const options = { root, color: false };
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-sarif-test-'));
const outside = path.join(os.tmpdir(), 'elsewhere', 'Dockerfile');
type SarifOptions = Partial<Parameters<typeof buildSarifLog>[1]>;

/** Every kind of report the tests below render; Microsoft's validator checks them all in one start. */
type ReportKind = 'sample' | 'suppressed' | 'limited' | 'empty' | 'outside';
const REPORTS: Record<ReportKind, () => { report: AuditReport; extra?: SarifOptions }> = {
  sample: () => ({ report: sampleReport() }),
  suppressed: () => ({ report: sampleReport(), extra: { includeSuppressed: true, nix: 'full' } }),
  limited: () => ({ report: sampleReport(), extra: { maxResults: 3 } }),
  empty: () => ({ report: { findings: [], errors: [], rules: SAMPLE_RULES, files: ['Dockerfile'], category: 'repro-audit/rebuild/docker/' } }),
  outside: () => ({ report: { findings: [{ ruleId: 'RA101', severity: 'error', message: 'x', file: outside, region: locate('FROM a:b\n', 'a:b') }], errors: [], rules: SAMPLE_RULES, files: [outside] } }),
};

function sarifText({ report, extra = {} }: { report: AuditReport; extra?: SarifOptions }): string {
  return Object.keys(extra).length === 0 ? sarifReporter(report, options) : `${JSON.stringify(buildSarifLog(report, { ...options, ...extra }))}\n`;
}

/** Renders one of REPORTS and checks it against the schema. */
function render(kind: ReportKind): Sarif.Log {
  const text = sarifText(REPORTS[kind]());
  assertValidSarif(text);
  return JSON.parse(text) as Sarif.Log;
}

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('SARIF reporter', () => {
  it('describes the tool and every rule the way code scanning displays them', () => {
    const run = render('sample').runs[0]!;
    const driver = run.tool.driver;
    expect(driver.name).toBe('repro-audit');
    expect(driver.semanticVersion).toBe(packageJson.version);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules!.map((r) => r.id)).toEqual(['RA101', 'RA201', 'RA301', 'RA401']);
    const ra101 = driver.rules![0]!;
    expect(ra101.name).toBe('UnpinnedBaseImage');
    expect(ra101.shortDescription!.text).toBe(SAMPLE_RULES[0]!.summary);
    expect(ra101.fullDescription!.text).toContain('moved by its publisher');
    expect(ra101.help!.markdown).toContain('### The Nix way');
    expect(ra101.help!.markdown).toContain('```dockerfile\nFROM node:20-alpine\n```');
    expect(ra101.help!.text).toContain('How to fix: Pin the image by digest.');
    expect(ra101.defaultConfiguration!.level).toBe('error');
    expect(ra101.properties).toMatchObject({ precision: 'very-high', 'problem.severity': 'error', tags: ['dockerfile', 'base-image', 'supply-chain'] }); // the kind of file first, for filtering
    expect(driver.rules![3]!.properties!['problem.severity']).toBe('recommendation');
    // A ``` inside the docs must not end the example's fence early.
    expect(driver.rules![2]!.help!.markdown).not.toContain('### The Nix way');
    expect(driver.rules![2]!.properties!.tags).toHaveLength(20);
    // A rule's helpUri is carried when it has one (built-in rules: test/cli/sarif-bundle.test.ts).
    expect(ra101.helpUri).toBeUndefined();
    const documented = { ...sampleReport(), rules: SAMPLE_RULES.map((rule) => ({ ...rule, helpUri: `https://example.com/rules#${rule.id}` })) };
    expect(buildSarifLog(documented, options).runs[0]!.tool.driver.rules![0]!.helpUri).toBe('https://example.com/rules#RA101');
    expect(run.automationDetails!.id).toBe('repro-audit/lint/');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('locates each result precisely, relative to %SRCROOT%', () => {
    const run = render('sample').runs[0]!;
    const text = fs.readFileSync(APP_DOCKERFILE, 'utf8');
    const requests = run.results!.find((r) => r.ruleId === 'RA401' && r.message.text!.includes('requests'))!;
    const location = requests.locations![0]!.physicalLocation!;
    expect(location.artifactLocation).toEqual({ uri: 'test/report/fixtures/app/Dockerfile', uriBaseId: '%SRCROOT%' });
    // `RUN echo "héllo→" && pip install requests`: é and → are one UTF-16 unit each.
    expect(location.region).toEqual({ startLine: 14, startColumn: 34, endLine: 14, endColumn: 42 });
    expect(text.split('\n')[13]!.slice(33, 41)).toBe('requests');
    // The message stays the finding's (`nix: brief`); the Nix way is in the properties.
    expect(requests.message.text).toBe('`requests` is installed without a version.');
    expect(requests.properties).toMatchObject({ package: 'requests', ecosystem: 'pypi', nixSummary: 'Take requests from a pinned nixpkgs.', nixAttributes: ['python3Packages.requests'] });
    const full = render('suppressed').runs[0]!.results!.find((r) => r.ruleId === 'RA401' && r.message.text!.includes('requests'))!;
    expect(full.message.text).toBe('`requests` is installed without a version. Nix: Take requests from a pinned nixpkgs.');
    const off = buildSarifLog(sampleReport(), { ...options, nix: 'off' }).runs[0]!.results!;
    expect(off.some((r) => Object.keys(r.properties ?? {}).some((key) => key.startsWith('nix')))).toBe(false);
    const odd = run.results!.find((r) => r.message.text!.includes('python:3'))!;
    expect(odd.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('test/report/fixtures/odd%20dir/Dockerfile.prod');
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`file://${root}/`);
    for (const result of run.results!) expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('leaves suppressed findings out unless asked, then marks them with their suppression; carries fixes as replacements', () => {
    // Code scanning opens an alert for every result, suppressed or not.
    const reported = render('sample').runs[0]!.results!;
    expect(reported).toHaveLength(6);
    expect(reported.some((r) => r.suppressions)).toBe(false);
    const run = render('suppressed').runs[0]!;
    expect(run.results).toHaveLength(8);
    const inline = run.results!.find((r) => r.ruleId === 'RA201')!;
    expect(inline.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: '# hadolint ignore=DL3008' }]);
    const external = run.results!.find((r) => r.message.text!.includes('flask'))!;
    expect(external.suppressions![0]!.kind).toBe('external');
    const pinned = run.results!.find((r) => r.fixes)!;
    const replacement = pinned.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    expect(replacement.deletedRegion).toEqual({ startLine: 2, startColumn: 20, endLine: 2, endColumn: 20 });
    expect(replacement.insertedContent!.text).toMatch(/^@sha256:/);
  });

  it('reports files it could not audit as error notifications, not as a failed run', () => {
    const invocation = render('sample').runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Unterminated heredoc <<EOF started on line 3' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'test/report/fixtures/broken/Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1 } } }],
      },
    ]);
  });

  it('gives findings fingerprints that survive lines inserted above them', () => {
    const original = fs.readFileSync(APP_DOCKERFILE, 'utf8');
    const edited = `# A new comment\n# and another\n${original.replace('WORKDIR /app', 'WORKDIR /srv/app')}`;
    const dir = fs.mkdtempSync(path.join(outDir, 'edit-'));
    const before = path.join(dir, 'before', 'Dockerfile');
    const after = path.join(dir, 'after', 'Dockerfile');
    for (const [file, text] of [[before, original], [after, edited]] as const) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    // Both versions are audited as the same repository path (`Dockerfile`), under different roots.
    const fingerprintsOf = (text: string, file: string) => {
      const report = sampleReport(text, path.relative(process.cwd(), file));
      const log = buildSarifLog(report, { root: path.dirname(file), color: false });
      return new Map(log.runs[0]!.results!.map((r) => [`${r.ruleId} ${r.message.text}`, { fp: r.partialFingerprints!, line: r.locations![0]!.physicalLocation!.region!.startLine }]));
    };
    const a = fingerprintsOf(original, before);
    const b = fingerprintsOf(edited, after);
    const key = 'RA101 `node:20-alpine` is a mutable tag | it moves when the publisher pushes.';
    expect(b.get(key)!.line).toBe(a.get(key)!.line! + 2);
    // Our own key only: upload-sarif computes primaryLocationLineHash itself and warns when it differs.
    expect(Object.keys(a.get(key)!.fp)).toEqual(['reproAudit/v1']);
    expect(String(a.get(key)!.fp['reproAudit/v1'])).toMatch(/^[0-9a-f]{64}:1$/);
    // Every finding keeps its identity, not just the one checked above.
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [k, { fp }] of a) expect(b.get(k)!.fp).toEqual(fp);
  });

  it('tells identical findings on identical lines apart by occurrence', () => {
    const run = render('sample').runs[0]!;
    const pipes = run.results!.filter((r) => r.ruleId === 'RA301');
    expect(pipes.map((r) => r.locations![0]!.physicalLocation!.region!.startLine)).toEqual([7, 8]);
    expect(pipes[0]!.partialFingerprints!['reproAudit/v1']!.replace(/:1$/, '')).toBe(pipes[1]!.partialFingerprints!['reproAudit/v1']!.replace(/:2$/, ''));
    const all = run.results!.map((r) => r.partialFingerprints!['reproAudit/v1']);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps the most severe results within the results limit and says what it left out', () => {
    const run = render('limited').runs[0]!;
    expect(run.results).toHaveLength(3);
    expect(run.results!.every((r) => r.level === 'error' && !r.suppressions)).toBe(true);
    const notice = run.invocations![0]!.toolExecutionNotifications!.find((n) => n.level === 'warning')!;
    expect(notice.message.text).toContain('3 of 6 results were left out');
  });

  it('uses the caller’s category and handles an empty audit', () => {
    const run = render('empty').runs[0]!;
    expect(run.automationDetails!.id).toBe('repro-audit/rebuild/docker/');
    expect(run.results).toEqual([]);
    expect(run.invocations![0]!.toolExecutionNotifications).toBeUndefined();
  });

  it('keeps files outside the repository as absolute file URIs', () => {
    const run = render('outside').runs[0]!;
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: `file://${outside}` });
  });

  it('passes Microsoft’s SARIF validator with GitHub rules, without errors', async () => {
    // Every kind of log the tests above check, in one start of the validator.
    const written = Object.entries(REPORTS).map(([kind, make]) => {
      const file = path.join(outDir, `${kind}.sarif`);
      fs.writeFileSync(file, sarifText(make()));
      return file;
    });
    const issues = await assertMultitoolClean(written);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
  });
});
