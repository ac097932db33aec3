/**
 * The workflow-command sink: every line a step prints to a GitHub Actions log is read by the runner,
 * which executes `::command props::data` at the start of a line (after leading whitespace) and the
 * legacy `##[command props]data` anywhere in a line (actions/runner, ActionCommand.TryParseV2 and
 * TryParse; lines end at CR, LF or CRLF). Commands are written only by `workflowCommand`, with data
 * and properties escaped as the runner unescapes them; all other output goes through
 * `inertToRunner` (text) or `inertJsonToRunner` (JSON), so text from a Dockerfile or a file name
 * can never raise an annotation, set an output, mask a value or stop command processing.
 */

/** `::command key=value,...::data`, escaped as `@actions/core` escapes it. */
export function workflowCommand(command: string, properties: Record<string, string | number>, data: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(data)}`;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// What .NET's String.TrimStart removes (Char.IsWhiteSpace), plus U+FEFF, which JavaScript counts
// as whitespace: a superset, so anything the runner could read as a line start is caught.
const RUNNER_WHITESPACE = '\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const COMMAND_AT_LINE_START = new RegExp(`(^|\\r\\n|\\r|\\n)([${RUNNER_WHITESPACE}]*)::`, 'g');
const LEGACY_COMMAND = /##\[/g;

/**
 * Free text (a report, a message) made inert for the runner: a line that would start with `::`
 * starts with `\x3a:` instead, and `##[` is written `#\x23[`, the notation the terminal escaper
 * uses for characters it will not print as themselves. Anything else is unchanged.
 */
export function inertToRunner(text: string): string {
  return text.replace(COMMAND_AT_LINE_START, '$1$2\\x3a:').replace(LEGACY_COMMAND, '#\\x23[');
}

/**
 * A JSON document made inert without changing what it parses to: `##[` can only occur inside a
 * string, where `\u0023` is the same `#`; pretty-printed JSON never starts a line with `::`.
 */
export function inertJsonToRunner(json: string): string {
  return json.replace(LEGACY_COMMAND, '#\\u0023[');
}
