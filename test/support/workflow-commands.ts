/**
 * A reader of workflow commands as the GitHub Actions runner reads a step's output (actions/runner:
 * src/Runner.Common/ActionCommand.cs TryParseV2 and TryParse, tried in that order per line by
 * src/Runner.Worker/ActionCommandManager.cs), for tests that must find every command a log holds:
 * - output is read line by line (StreamReader.ReadLine: a line ends at CR, LF or CRLF);
 * - `::name props::data` counts after leading whitespace (.NET String.TrimStart), the command name
 *   ends at the first space, properties are `key=value` separated by commas, data follows the
 *   second `::`;
 * - the legacy `##[name props]data` counts anywhere in a line, properties separated by `;`;
 * - only registered names are commands, compared ignoring case.
 */

/** Commands the runner registers (command extensions and `stop-commands`; the rest are internal). */
export const RUNNER_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'set-workspace',
  'internal-set-repo-path',
];

export interface ParsedWorkflowCommand {
  form: 'v2' | 'legacy';
  command: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

// Char.IsWhiteSpace: the characters .NET's TrimStart() removes.
const DOTNET_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

type Mapping = [token: string, replacement: string];
// The runner's escape tables, in its order (StringEscapingUtil.UnescapeString replaces in turn).
const DATA_MAPPINGS: Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY_MAPPINGS: Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const LEGACY_MAPPINGS: Mapping[] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function unescape(value: string, mappings: Mapping[]): string {
  return mappings.reduce((text, [token, replacement]) => text.split(replacement).join(token), value);
}

const registered = new Set(RUNNER_COMMANDS.map((name) => name.toLowerCase()));

/** The lines the runner reads from a step's output. */
export function runnerLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/);
}

function parseV2(line: string): ParsedWorkflowCommand | undefined {
  const message = line.replace(DOTNET_WHITESPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const entry of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const at = entry.indexOf('=');
      const pair = at < 0 ? [entry] : [entry.slice(0, at), entry.slice(at + 1)].filter(Boolean);
      if (pair.length === 2) properties[pair[0]!] = unescape(pair[1]!, PROPERTY_MAPPINGS);
    }
  }
  return { form: 'v2', command, properties, data: unescape(message.slice(end + 2), DATA_MAPPINGS), line };
}

function parseLegacy(line: string): ParsedWorkflowCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const entry of info.slice(space + 1).split(';').filter(Boolean)) {
      const at = entry.indexOf('=');
      const pair = at < 0 ? [entry] : [entry.slice(0, at), entry.slice(at + 1)].filter(Boolean);
      if (pair.length === 2) properties[pair[0]!] = unescape(pair[1]!, LEGACY_MAPPINGS);
    }
  }
  return { form: 'legacy', command, properties, data: unescape(line.slice(close + 1), LEGACY_MAPPINGS), line };
}

/** The command the runner would execute for one line, if any. */
export function parseWorkflowCommand(line: string): ParsedWorkflowCommand | undefined {
  return parseV2(line) ?? parseLegacy(line);
}

/** Every command in a step's output, in order. */
export function workflowCommandsIn(output: string): ParsedWorkflowCommand[] {
  return runnerLines(output).flatMap((line) => parseWorkflowCommand(line) ?? []);
}
