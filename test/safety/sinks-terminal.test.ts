// ANSI and OSC sequences (and CR, BEL, C1 controls) in file names and Dockerfile text reach the
// terminal as visible escapes, never as sequences the terminal acts on.
import { afterAll, describe, expect, it } from 'vitest';
import { ESCAPE_DIRECTORY, ESCAPE_PACKAGE, hostileRepository, removeRepository, repository, runCli } from './sinks-support.js';

const repo = hostileRepository();
const broken = repository({ [`${ESCAPE_DIRECTORY}/Dockerfile`]: 'FROM node:20\nRUN echo "unterminated\n' });
afterAll(() => {
  removeRepository(repo);
  removeRepository(broken);
});

// What a terminal would act on: ESC, BEL, CR, backspace, the 8-bit CSI/OSC, bidi overrides.
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const shown = (text: string) => text.replace(/\x1b/g, '\\x1b').replace(/\x07/g, '\\x07');

describe('terminal output of a hostile repository', () => {
  it('the text report shows escape sequences from names and content as text', () => {
    const run = runCli(['.', '--no-color'], repo);
    expect(ACTIVE.test(run.stdout)).toBe(false);
    expect(run.stdout).toContain(`${shown(ESCAPE_DIRECTORY)}/Dockerfile:1:6: warning RA101`);
    expect(run.stdout).toContain(shown(ESCAPE_PACKAGE));
  });

  it('with colours on, the only escape sequences are the report’s own colours', () => {
    const run = runCli(['.', '--color'], repo);
    const withoutColours = run.stdout.replace(/\x1b\[\d+(;\d+)*m/g, '');
    expect(ACTIVE.test(withoutColours)).toBe(false);
    expect(withoutColours).toContain(shown(ESCAPE_PACKAGE));
  });

  it('messages on stderr show them as text too (lint, nixify)', () => {
    const lint = runCli(['--format', 'json', '.'], broken);
    expect(lint.stderr).toContain(`${shown(ESCAPE_DIRECTORY)}/Dockerfile:2: shell syntax error`);
    expect(ACTIVE.test(lint.stderr)).toBe(false);
    const nixify = runCli(['nixify', 'packages/Dockerfile'], repo);
    expect(nixify.stderr).toContain(shown(ESCAPE_PACKAGE));
    expect(ACTIVE.test(nixify.stderr)).toBe(false);
    const missing = runCli(['nixify', `${ESCAPE_DIRECTORY}/nothing`], repo);
    expect(missing.stderr).toBe(`${shown(ESCAPE_DIRECTORY)}/nothing: no such file\n`);
  });
});
