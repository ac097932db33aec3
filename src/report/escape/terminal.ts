/**
 * The terminal sink: text from Dockerfiles and file names is shown, never executed by the terminal.
 * ESC starts ANSI/OSC sequences (colours, cursor moves, window titles, hyperlinks), C1 controls are
 * their 8-bit forms, CR and backspace overwrite what was printed, and bidirectional overrides make
 * text read differently from what it is (Trojan Source). Each is written as a visible escape.
 */

// C0 controls except TAB, DEL, C1 controls, the Unicode line and paragraph separators, and the
// bidirectional embedding, override and isolate controls.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_EXCEPT_LF = /(?!\n)[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

/** `\x1b`, `\r`, `\u202e`: how a control character is shown in place of itself. */
export function controlEscape(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of terminal text: every control character, line breaks included, shown escaped. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, controlEscape);
}

/** Text whose own line breaks (LF, CRLF) are kept; every other control, a lone CR too, is shown escaped. */
export function terminalLines(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL_EXCEPT_LF, controlEscape);
}
