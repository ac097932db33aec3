import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalLines, terminalText } from '../../src/report/escape/terminal.js';

// What a terminal acts on instead of printing: ESC (ANSI CSI and OSC sequences), their 8-bit C1
// forms, BEL, backspace, CR; line breaks; bidirectional overrides.
const ACTIVE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('the terminal escaper', () => {
  it('shows ANSI and OSC sequences, CR and other controls as escapes, and leaves other text alone', () => {
    expect(terminalText('curl\x1b[2J\x1b]0;pwned\x07\rok')).toBe('curl\\x1b[2J\\x1b]0;pwned\\x07\\rok');
    expect(terminalText('dir\n::error::x/Dockerfile')).toBe('dir\\n::error::x/Dockerfile');
    expect(terminalText('\u009b31m \u202eevil')).toBe('\\x9b31m \\u202eevil');
    expect(terminalText('tab\there, é, 😀')).toBe('tab\there, é, 😀');
    expect(terminalLines('one\r\ntwo\x1b[31m\nthree')).toBe('one\ntwo\\x1b[31m\nthree');
  });

  it('leaves no active character in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(ACTIVE.test(terminalText(text))).toBe(false);
        expect(/[\r\u001b\u009b]/.test(terminalLines(text))).toBe(false);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});
