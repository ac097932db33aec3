import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inertJsonToRunner, inertToRunner, workflowCommand } from '../../src/report/escape/workflow-commands.js';
import { parseWorkflowCommand, workflowCommandsIn } from '../support/workflow-commands.js';

// Log text as a hostile file name or Dockerfile could make it: commands at and after line starts,
// behind whitespace the runner trims, in either syntax, split by every kind of line break.
const hostile = fc.string({
  unit: fc.constantFrom('::', ':', 'error', 'warning', 'set-output name=x', 'add-mask', 'stop-commands', '##[', '#', '[', ']', ' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\n', '\r', '\r\n', '\v', '%', ',', '=', 'a', '::error file=x::', '##[error]'),
  maxLength: 30,
});
const runs = { numRuns: 1000, seed: 7 };

describe('the workflow-command escapers, read back as the runner reads a log', () => {
  it('the faithful reader finds commands where the runner does', () => {
    expect(parseWorkflowCommand('  \u00a0::error file=a%2Cb,line=3::bad%0Athing')).toMatchObject({ form: 'v2', command: 'error', properties: { file: 'a,b', line: '3' }, data: 'bad\nthing' });
    expect(parseWorkflowCommand('some text ##[warning]careful')).toMatchObject({ form: 'legacy', command: 'warning', data: 'careful' });
    expect(parseWorkflowCommand('::ERROR::case does not matter')).toMatchObject({ command: 'ERROR' });
    expect(parseWorkflowCommand('::not-a-command::x')).toBeUndefined();
    expect(parseWorkflowCommand('text ::error::x')).toBeUndefined();
    expect(workflowCommandsIn('a\r::error::x\r\n::notice::y')).toHaveLength(2);
  });

  it('inertToRunner: no command survives in any text, and text without one is unchanged', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const inert = inertToRunner(text);
        expect(workflowCommandsIn(inert)).toEqual([]);
        if (workflowCommandsIn(text).length === 0 && !/##\[/.test(text) && !/(^|[\r\n])\s*::/.test(text)) expect(inert).toBe(text);
      }),
      runs,
    );
  });

  it('inertJsonToRunner: no command in any JSON document, which parses to the same value', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 4 }), (strings) => {
        const json = JSON.stringify({ strings, nested: { message: strings.join('') } }, null, 2);
        const inert = inertJsonToRunner(json);
        expect(workflowCommandsIn(inert)).toEqual([]);
        expect(JSON.parse(inert)).toEqual(JSON.parse(json));
      }),
      runs,
    );
  });

  it('workflowCommand: exactly one command, whose properties and data the runner reads back unchanged', () => {
    fc.assert(
      // The runner trims the property list, so the last value cannot end in whitespace (the
      // reporter's last property is the rule's title, which never does).
      fc.property(hostile, hostile.filter((title) => !/\s$/.test(title)), fc.string({ unit: 'binary', maxLength: 20 }), (file, title, data) => {
        const line = workflowCommand('error', { file, line: 3, title }, `${data}${title}`);
        const commands = workflowCommandsIn(line);
        expect(commands).toHaveLength(1);
        expect(commands[0]).toMatchObject({ form: 'v2', command: 'error', data: `${data}${title}` });
        // The runner drops a property whose value is empty.
        expect(commands[0]!.properties).toEqual({ ...(file ? { file } : {}), line: '3', ...(title ? { title } : {}) });
      }),
      runs,
    );
  });
});
