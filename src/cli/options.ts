import { SEVERITIES, type Severity } from '../findings/index.js';
import { FORMATS, isFormat, type Format } from '../report/index.js';
import { UsageError } from './io.js';

/**
 * Options several commands take, defined once: the same spelling, short form, help line and check
 * everywhere (node:util parseArgs definitions, spread into each command's table).
 */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
} as const;

export const BUILD_ARG_OPTION = { 'build-arg': { type: 'string', multiple: true } } as const;

/** Help lines of REPORT_OPTIONS, in the layout every command's help uses. */
export function reportOptionsHelp(failOnDefault: Severity | 'none'): string {
  return [
    `  -f, --format <fmt>        ${FORMATS.join(' | ')} (default: text)`,
    '  -o, --output <file>       write the report to a file instead of stdout',
    `      --fail-on <level>     error | warning | note | none (default: ${failOnDefault})`,
  ].join('\n');
}

export const BUILD_ARG_HELP = '      --build-arg <k=v>     value for an ARG, as docker build takes it (repeatable)';

export function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if (!isFormat(format)) throw new UsageError(`unknown --format ${format} (use ${FORMATS.join(', ')})`);
  return format;
}

/** `--fail-on`; undefined when not given (the caller's default applies). */
export function parseFailOn(value: string | undefined): Severity | 'none' | undefined {
  if (value !== undefined && !([...SEVERITIES, 'none'] as string[]).includes(value)) {
    throw new UsageError(`unknown --fail-on ${value} (use error, warning, note or none)`);
  }
  return value as Severity | 'none' | undefined;
}

/** `--build-arg NAME=value` (as docker build takes it; `NAME` alone reads the environment). */
export function parseBuildArgs(values: readonly string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const args: Record<string, string> = {};
  for (const value of values) {
    const equals = value.indexOf('=');
    const name = equals < 0 ? value : value.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--build-arg ${value}: expected NAME=value`);
    const fromEnv = env[name];
    if (equals < 0 && fromEnv === undefined) continue;
    args[name] = equals < 0 ? fromEnv! : value.slice(equals + 1);
  }
  return args;
}

/** `512K`, `2MiB`, `1048576`; `setting` names where the value came from in the error. */
export function parseByteSize(value: string, setting = '--max-file-size '): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`${setting}${value}: expected a size such as 2MiB or 512K`);
  const unit = (match[2] ?? 'B').toUpperCase()[0];
  const factor = unit === 'K' ? 1024 : unit === 'M' ? 1024 ** 2 : unit === 'G' ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}
