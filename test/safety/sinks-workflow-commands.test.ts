// No line any command prints (every format but github, every stderr) is a workflow command, and
// the Action's log holds only the commands it writes itself, whatever the repository's names and
// Dockerfiles say. The reader is the runner's own syntax, both forms (test/support/workflow-commands.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workflowCommandsIn } from '../support/workflow-commands.js';
import { COMMAND_DIRECTORY, HOSTILE_DIRECTORY, hostileRepository, removeRepository, runCli, withActionRun } from './sinks-support.js';

const repo = hostileRepository();
// Rules a user loads describe themselves; their text is printed as well.
fs.writeFileSync(
  path.join(repo, 'rules.mjs'),
  `export default { id: 'ACME1', name: 'odd', summary: 'first\\n::error title=INJECTED::rules', severity: 'note', tags: [], precision: 'high',
    docs: { why: '##[error]why\\n::warning::why', failing: 'FROM a\\n::error::failing\\n', passing: 'FROM a\\n', fix: 'x' }, check() {} };\n`,
);
afterAll(() => removeRepository(repo));

const inRepo = (file: string) => path.join(repo, file);

describe('CLI output holds no workflow command', () => {
  const runs: Array<[string, string[]]> = [
    ['lint, text', ['.']],
    ['lint, json', ['--format', 'json', '.']],
    ['lint, sarif', ['--format', 'sarif', '.']],
    ['lint, markdown', ['--format', 'markdown', '.']],
    ['lint, text to a file', ['--output', '../report.txt', '.']],
    ['lint, json to a file', ['--format', 'json', '--output', '../report.json', '.']],
    ['lint, a config that does not parse', ['--config', `${HOSTILE_DIRECTORY}/Dockerfile`, '.']],
    ['rules', ['rules', '--rules', './rules.mjs']],
    ['rules, one', ['rules', 'ACME1', '--rules', './rules.mjs']],
    ['rules, json', ['rules', '--format', 'json', '--rules', './rules.mjs']],
    ['rules, markdown', ['rules', '--format', 'markdown', '--rules', './rules.mjs']],
    ['nixify', ['nixify', 'packages/Dockerfile']],
    ['nixify, a hostile path', ['nixify', `${HOSTILE_DIRECTORY}/Dockerfile`]],
    ['nixify, a broken keyword', ['nixify', 'keyword/Dockerfile']],
    ['nixify, a legacy command in a package name', ['nixify', 'legacy/Dockerfile']],
    ['nixify, a missing file', ['nixify', `${COMMAND_DIRECTORY}/missing`]],
  ];
  for (const [name, args] of runs) {
    it(name, () => {
      const run = runCli(args, repo);
      expect(run.stdout + run.stderr).not.toBe('');
      expect(workflowCommandsIn(run.stdout), run.stdout).toEqual([]);
      expect(workflowCommandsIn(run.stderr), run.stderr).toEqual([]);
    });
  }

  it('fix: its messages on stderr', () => {
    const run = runCli(['fix', '.'], repo);
    expect(run.stderr).toContain('Dockerfile');
    expect(workflowCommandsIn(run.stderr), run.stderr).toEqual([]);
  });

  it('a report written to a file is the same text, inert as well', () => {
    expect(workflowCommandsIn(fs.readFileSync(inRepo('../report.txt'), 'utf8'))).toEqual([]);
    expect(workflowCommandsIn(fs.readFileSync(inRepo('../report.json'), 'utf8'))).toEqual([]);
  });
});

describe('the Action’s log', () => {
  it('holds only the annotations and messages the Action writes', async () => {
    await withActionRun(repo, { 'fail-on': 'error', annotations: 'true' }, (run) => {
      const commands = workflowCommandsIn(run.stdout);
      expect(commands.length).toBeGreaterThan(0);
      // Every command starts its line, in the modern form, and is one the Action issues.
      for (const command of commands) {
        expect(command.form).toBe('v2');
        expect(command.line.startsWith('::')).toBe(true);
        expect(['error', 'warning', 'notice', 'debug']).toContain(command.command);
        expect(command.properties.title ?? '').not.toContain('INJECTED');
      }
      // One annotation per finding and file error, each on a file the audit named: nothing extra.
      const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: [{ results: unknown[]; invocations: [{ toolExecutionNotifications?: unknown[] }] }] };
      const expected = sarif.runs[0].results.length + (sarif.runs[0].invocations[0].toolExecutionNotifications?.length ?? 0);
      expect(commands.filter((command) => command.properties.file !== undefined)).toHaveLength(expected);
      const withoutFile = commands.filter((command) => command.properties.file === undefined);
      expect(withoutFile.map((command) => `${command.command}: ${command.data.split(' ').slice(0, 3).join(' ')}`)).toEqual(['notice: GitHub displays at', 'error: 1 finding at']);
      expect(run.stderr).toBe('');
    });
  });
});
