import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fileKindOf } from '../../src/engine/index.js';
import { compareFindings, type Finding } from '../../src/findings/finding.js';
import { ruleExamples, type FileKind } from '../../src/findings/index.js';
import { builtinRules } from '../../src/rules/catalog.js';
import type { Rule } from '../../src/rules/rule.js';
import { auditDocument, auditSnippet, findingsOf } from './audit.js';
import { PROJECT_ROOT } from './bundle.js';

/**
 * What the per-rule test files (test/rules/<rule file>.test.ts) share: the rule's fixtures, its
 * findings as reviewed snapshots, and audits of Dockerfiles in build contexts made for one test.
 */
export const RULES_DIR = path.join(PROJECT_ROOT, 'rules');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'fixtures', 'rules');
export const SNAPSHOTS_DIR = path.join(PROJECT_ROOT, 'test', 'rules', '__snapshots__');

export { builtinRules };

/** The built-in rule `id`; its file in rules/ is named `<id in lower case>-<name>.ts`. */
function ruleById(id: string): Rule {
  const rule = builtinRules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no built-in rule ${id}`);
  return rule;
}

/** `ra201-unpinned-apt-package`: the name of the rule's file, its test file and its snapshot folder. */
export function ruleFileStem(rule: Rule): string {
  return `${rule.id.toLowerCase()}-${rule.name}`;
}

/**
 * The fixtures in `fixtures/rules/<ID>/`, sorted: for a Dockerfile rule `*.fail.Dockerfile` and
 * `*.pass.Dockerfile`; for a rule over another kind of file, `<case>.fail.<ext>`/`<case>.pass.<ext>`
 * files, or `<case>.fail`/`<case>.pass` folders holding the file (the one of the rule's kind) with
 * the files beside it it reads (a `flake.lock`, a repository's `.github/workflows/actions.lock`).
 * A shell rule also reads workflows' `run:` steps: its `*.fail.yml`/`*.pass.yml` are workflows.
 */
function ruleFixtures(rule: Rule): string[] {
  const directory = path.join(FIXTURES_DIR, rule.id);
  if (!fs.existsSync(directory)) return [];
  const pattern = (rule.fileKind ?? 'dockerfile') !== 'dockerfile' ? /\.(fail|pass)(\.[a-z]+)?$/ : rule.shell ? /\.(fail|pass)\.(Dockerfile|yml)$/ : /\.(fail|pass)\.Dockerfile$/;
  return fs.readdirSync(directory).filter((name) => pattern.test(name)).sort();
}

/** Whether a fixture must pass (no finding of the rule). */
function isPassing(name: string): boolean {
  return /\.pass(\.[A-Za-z]+)?$/.test(name);
}

/** The file a fixture audits: the fixture file itself, or in a folder the one file of the rule's kind. */
function fixtureSubject(directory: string, name: string, kind: FileKind): string {
  const fixture = path.join(directory, name);
  if (!fs.statSync(fixture).isDirectory()) return fixture;
  const files = (fs.readdirSync(fixture, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => fileKindOf(file) === kind);
  if (files.length !== 1) throw new Error(`${fixture} must hold exactly one ${kind} file; it holds ${files.length}`);
  return files[0]!;
}

/** A fixture's findings: a Dockerfile in its folder as context, another kind (a shell rule's workflow) as its file is read in a real audit. */
async function auditFixture(rule: Rule, subject: string, text: string, name: string) {
  const kind = rule.fileKind ?? 'dockerfile';
  if (kind === 'dockerfile' && subject.endsWith('.yml')) return auditDocument(text, 'workflow', subject);
  if (kind === 'dockerfile') return auditSnippet(text, { file: name, contextDir: path.dirname(subject) });
  return auditDocument(text, kind, subject);
}

/** A rule's documented example, audited as the file the docs name. */
async function auditExample(rule: Rule, text: string) {
  const kind = rule.fileKind ?? 'dockerfile';
  return kind === 'dockerfile' ? auditSnippet(text) : auditDocument(text, kind, ruleExamples(rule).file);
}

/**
 * The lines a failing fixture marks: `# expect <ID>` on the line(s) before an instruction marks it
 * (a finding belongs to the instruction it names); `# expect <ID> at line N` marks a finding
 * outside any instruction (the `# syntax=` directive).
 */
function expectedInstructionLines(text: string, ruleId: string): number[] {
  const lines = text.split(/\r\n|\r|\n/);
  const expected: number[] = [];
  lines.forEach((line, index) => {
    const marker = new RegExp(`^\\s*#\\s*expect\\s+${ruleId}\\b(?:\\s+at\\s+line\\s+(\\d+))?`).exec(line);
    if (!marker) return;
    if (marker[1]) {
      expected.push(Number(marker[1]));
      return;
    }
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]!)) target++;
    expected.push(target + 1);
  });
  return [...new Set(expected)].sort((a, b) => a - b);
}

/** The instructions (their first lines) that unsuppressed findings of `ruleId` name. */
function reportedInstructionLines(findings: Finding[], ruleId: string): number[] {
  const lines = findingsOf(findings, ruleId)
    .filter((finding) => !finding.suppressed)
    .map((finding) => finding.instruction?.startLine ?? finding.region.startLine);
  return [...new Set(lines)].sort((a, b) => a - b);
}

/**
 * A rule's findings on one file as text to review, one block per finding in the order reports show
 * them, in the style of Ruff's snapshots: position, severity and rule, the message, and the source
 * lines with the region marked.
 */
function renderFindings(rule: Rule, file: string, text: string, findings: Finding[], contextDir?: string): string {
  const own = findingsOf(findings, rule.id).sort(compareFindings);
  // Findings in a script or requirements file of the context show that file's lines.
  const shownAs = (name: string) => (name === file || !contextDir ? name : path.relative(contextDir, name));
  const textOf = (name: string) => (name === file ? text : fs.readFileSync(name, 'utf8'));
  const blocks = own.map((finding) => {
    const { startLine, startColumn, endLine, endColumn } = finding.region;
    const where = finding.instruction ? ` in ${finding.instruction.keyword} at ${lineRange(finding.instruction.startLine, finding.instruction.endLine)}` : '';
    const block = [`${shownAs(finding.file)}:${startLine}:${startColumn}-${endLine}:${endColumn} ${finding.severity} ${finding.ruleId}${where}`, finding.message];
    for (const related of finding.related ?? []) block.push(`related: ${shownAs(related.file)}:${related.region.startLine}:${related.region.startColumn} ${related.message}`);
    if (finding.suppressed) block.push(`suppressed (${finding.suppressed.kind}): ${finding.suppressed.justification}`);
    if (finding.properties) block.push(`properties: ${JSON.stringify(finding.properties)}`);
    const lines = textOf(finding.file).split(/\r\n|\r|\n/);
    const gutter = String(endLine).length;
    for (let line = startLine; line <= endLine; line++) {
      const source = (lines[line - 1] ?? '').replace(/\t/g, ' ');
      const from = line === startLine ? startColumn - 1 : source.search(/\S|$/);
      const to = line === endLine ? endColumn - 1 : source.length;
      block.push(`${String(line).padStart(gutter)} | ${source}`.trimEnd());
      block.push(`${' '.repeat(gutter)} | ${' '.repeat(from)}${'^'.repeat(Math.max(1, to - from))}`);
    }
    return block.join('\n');
  });
  const count = `${own.length} finding${own.length === 1 ? '' : 's'}`;
  return `${[`${rule.id} ${rule.name} on ${file}: ${count}`, ...blocks].join('\n\n')}\n`;
}

function lineRange(start: number, end: number): string {
  return start === end ? `line ${start}` : `lines ${start}-${end}`;
}

/**
 * The tests every rule gets from its fixtures and docs: each fixture's findings match its
 * `# expect` markers (a passing fixture gets none) and its reviewed snapshot
 * (test/rules/__snapshots__/<rule file>/<fixture>.snap); the docs' examples behave as documented.
 */
export function describeRuleFixtures(id: string): void {
  const rule = ruleById(id);
  const directory = path.join(FIXTURES_DIR, id);
  const snapshots = path.join(SNAPSHOTS_DIR, ruleFileStem(rule));
  const files = ruleFixtures(rule);
  const kind = rule.fileKind ?? 'dockerfile';

  describe(`${id} ${rule.name}: fixtures and docs`, () => {
    it('has at least one failing and one passing fixture, and no snapshot of a fixture that is gone', () => {
      expect(files.some((name) => !isPassing(name))).toBe(true);
      expect(files.some(isPassing)).toBe(true);
      const snapshotted = fs.existsSync(snapshots) ? fs.readdirSync(snapshots) : [];
      expect(snapshotted.filter((name) => !files.includes(name.replace(/\.snap$/, '')))).toEqual([]);
    });

    it.each(files)('%s', async (name) => {
      const subject = fixtureSubject(directory, name, kind);
      const text = fs.readFileSync(subject, 'utf8');
      const { findings, errors } = await auditFixture(rule, subject, text, name);
      expect(errors).toEqual([]);
      const reported = reportedInstructionLines(findings, id);
      if (isPassing(name)) expect(reported).toEqual([]);
      else {
        // A JSON file (flake.lock) cannot hold comments: its markers are in EXPECT beside it.
        const markers = path.basename(subject) === 'flake.lock' ? fs.readFileSync(path.join(path.dirname(subject), 'EXPECT'), 'utf8') : text;
        const expected = expectedInstructionLines(markers, id);
        expect(expected.length, 'a failing fixture marks at least one instruction with # expect').toBeGreaterThan(0);
        expect(reported).toEqual(expected);
      }
      const shown = subject === path.join(directory, name) ? name : path.relative(directory, subject);
      await expect(renderFindings(rule, shown, text, findings, directory)).toMatchFileSnapshot(path.join(snapshots, `${name}.snap`));
    });

    it('documents itself with examples that behave as documented', async () => {
      expect(rule.docs.why.length).toBeGreaterThan(80);
      expect(rule.docs.fix.length).toBeGreaterThan(20);
      const failing = await auditExample(rule, rule.docs.failing);
      expect(failing.errors).toEqual([]);
      expect(findingsOf(failing.findings, id).length, 'the failing example is flagged').toBeGreaterThan(0);
      const passing = await auditExample(rule, rule.docs.passing);
      expect(findingsOf(passing.findings, id), 'the passing example is not flagged').toEqual([]);
    });

    it('reports exact, in-range regions', async () => {
      const { findings } = await auditExample(rule, rule.docs.failing);
      const lines = rule.docs.failing.split('\n');
      for (const finding of findingsOf(findings, id)) {
        const { startLine, startColumn, endLine, endColumn } = finding.region;
        expect(startLine).toBeGreaterThanOrEqual(1);
        expect(endLine).toBeGreaterThanOrEqual(startLine);
        expect(startColumn).toBeGreaterThanOrEqual(1);
        if (endLine === startLine) expect(endColumn).toBeGreaterThan(startColumn);
        expect(endColumn).toBeLessThanOrEqual(lines[endLine - 1]!.length + 1);
      }
    });
  });
}

/** A real build context on disk holding `files`, removed when the current test finishes. */
export function contextWith(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-rule-context-'));
  onTestFinished(() => fs.rmSync(root, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** The unsuppressed findings of `ruleId` on `dockerfile`, audited in a context holding `files`. */
export async function ruleFindings(ruleId: string, dockerfile: string, files: Record<string, string | Buffer> = {}): Promise<Finding[]> {
  const { findings, errors } = await auditSnippet(dockerfile, { contextDir: contextWith(files) });
  expect(errors).toEqual([]);
  return findingsOf(findings, ruleId).filter((finding) => !finding.suppressed);
}

/** The text a finding's region covers (single-line regions). */
export function flagged(dockerfile: string, finding: Finding): string {
  const line = dockerfile.split('\n')[finding.region.startLine - 1]!;
  return line.slice(finding.region.startColumn - 1, finding.region.endColumn - 1);
}
