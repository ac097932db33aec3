import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/catalog.js';
import { auditSnippet, findingsOf } from '../support/audit.js';

/**
 * Every rule has a folder `fixtures/rules/<ID>/` with Dockerfiles named `*.fail.Dockerfile` and
 * `*.pass.Dockerfile` (each folder is also the build context of its files). In a failing fixture,
 * `# expect <ID>` on the line(s) before an instruction marks it: the rule must report exactly the
 * marked instructions (a finding belongs to the instruction it names), nothing more, nothing less.
 * `# expect <ID> at line N` marks a finding outside any instruction (the `# syntax=` directive).
 * A passing fixture must get no finding from the rule.
 */
const fixturesRoot = path.join(process.cwd(), 'fixtures', 'rules');

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
  return expected;
}

describe.each(builtinRules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  const directory = path.join(fixturesRoot, id);
  const files = fs.existsSync(directory) ? fs.readdirSync(directory).filter((name) => name.endsWith('.Dockerfile')).sort() : [];

  it('has at least one failing and one passing fixture', () => {
    expect(files.some((name) => name.endsWith('.fail.Dockerfile'))).toBe(true);
    expect(files.some((name) => name.endsWith('.pass.Dockerfile'))).toBe(true);
  });

  it.each(files)('%s', async (name) => {
    const text = fs.readFileSync(path.join(directory, name), 'utf8');
    const { findings, errors } = await auditSnippet(text, { file: name, contextDir: directory });
    expect(errors).toEqual([]);
    const reported = [...new Set(findingsOf(findings, id).filter((f) => !f.suppressed).map((f) => f.instruction?.startLine ?? f.region.startLine))].sort((a, b) => a - b);
    if (name.endsWith('.pass.Dockerfile')) expect(reported).toEqual([]);
    else {
      const expected = [...new Set(expectedInstructionLines(text, id))].sort((a, b) => a - b);
      expect(expected.length, 'a failing fixture marks at least one instruction with # expect').toBeGreaterThan(0);
      expect(reported).toEqual(expected);
    }
  });

  it('documents itself with examples that behave as documented', async () => {
    expect(rule.docs.why.length).toBeGreaterThan(80);
    expect(rule.docs.fix.length).toBeGreaterThan(20);
    const failing = await auditSnippet(rule.docs.failing);
    expect(findingsOf(failing.findings, id).length, 'the failing example is flagged').toBeGreaterThan(0);
    const passing = await auditSnippet(rule.docs.passing);
    expect(findingsOf(passing.findings, id), 'the passing example is not flagged').toEqual([]);
  });

  it('reports exact, in-range regions', async () => {
    const { findings } = await auditSnippet(rule.docs.failing);
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
