import { NIX_DETAILS, SEVERITIES, type NixDetail, type Severity } from '../findings/index.js';
import { FORMATS, isFormat, type Format } from '../report/index.js';
import { UsageError } from './io.js';

/**
 * Options several commands take, defined once: the same spelling, short form, help line and check
 * everywhere (node:util parseArgs definitions, spread into each command's table; help lines in
 * the layout every command's help uses).
 */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

export const OUTPUT_OPTION = { output: { type: 'string', short: 'o' } } as const;

export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  ...OUTPUT_OPTION,
  'fail-on': { type: 'string' },
  nix: { type: 'string' },
} as const;

export const BUILD_ARG_OPTION = { 'build-arg': { type: 'string', multiple: true } } as const;

export const CONFIG_OPTIONS = { config: { type: 'string', short: 'c' }, 'no-config': { type: 'boolean' }, 'no-ignore': { type: 'boolean' } } as const;

export const MAX_FILE_SIZE_OPTION = { 'max-file-size': { type: 'string' } } as const;

export const REGISTRY_OPTIONS = { platform: { type: 'string' }, 'insecure-registry': { type: 'string', multiple: true } } as const;

/** `-o`'s help line; `what` is what the command writes (the report, the flake). */
export function outputHelp(what: string): string {
  return `  -o, --output <file>       write the ${what} to a file instead of stdout`;
}

/** Help lines of REPORT_OPTIONS; `readsConfig` when the config file's `fail-on` and `nix` apply. */
export function reportOptionsHelp(failOnDefault: Severity | 'none', readsConfig = false): string {
  const fromConfig = (setting: string) => (readsConfig ? `, or the config's ${setting}` : '');
  return [
    `  -f, --format <fmt>        ${FORMATS.join(' | ')} (default: text)`,
    outputHelp('report'),
    `      --fail-on <level>     error | warning | note | none (default: ${failOnDefault}${fromConfig('fail-on')})`,
    `      --nix <level>         ${NIX_DETAILS.join(' | ')}: how much of the Nix way reports show: none, each answer
                            once, or with its snippets (default: brief${fromConfig('nix')})`,
  ].join('\n');
}

export const BUILD_ARG_HELP = '      --build-arg <k=v>     value for an ARG, as docker build takes it (repeatable)';

export const CONFIG_HELP = [
  '  -c, --config <file>       config file (default: nearest .repro-audit.yml)',
  '      --no-config           ignore any .repro-audit.yml',
  "      --no-ignore           audit what the config's ignore-paths skip, named files included",
].join('\n');

export const MAX_FILE_SIZE_HELP = '      --max-file-size <n>   refuse larger Dockerfiles (default: 1MiB)';

/** `--platform`'s help line says what it applies to (`with --resolve-digests or --fix: ...`). */
export function registryOptionsHelp(platformApplies: string): string {
  return [
    `      --platform <os/arch>  ${platformApplies}pin one platform's manifest instead of the index`,
    '      --insecure-registry <host>  plain HTTP for this registry (repeatable; loopback always is)',
  ].join('\n');
}

export function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if (!isFormat(format)) throw new UsageError(`unknown --format ${format} (use ${FORMATS.join(', ')})`);
  return format;
}

/** `--nix`; undefined when not given (the config's, else `brief`). */
export function parseNixDetail(value: string | undefined): NixDetail | undefined {
  if (value !== undefined && !(NIX_DETAILS as readonly string[]).includes(value)) throw new UsageError(`unknown --nix ${value} (use ${NIX_DETAILS.join(', ')})`);
  return value as NixDetail | undefined;
}

/** `--fail-on`; undefined when not given (the caller's default applies). */
export function parseFailOn(value: string | undefined): Severity | 'none' | undefined {
  if (value !== undefined && !([...SEVERITIES, 'none'] as string[]).includes(value)) {
    throw new UsageError(`unknown --fail-on ${value} (use error, warning, note or none)`);
  }
  return value as Severity | 'none' | undefined;
}

/** `--build-arg NAME=value` (as docker build takes it; `NAME` alone reads the command's environment). */
export function parseBuildArgs(values: readonly string[] | undefined, env: NodeJS.ProcessEnv): Record<string, string> {
  const args: Record<string, string> = {};
  for (const value of values ?? []) {
    const equals = value.indexOf('=');
    const name = equals < 0 ? value : value.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--build-arg ${value}: expected NAME=value`);
    const fromEnv = env[name];
    if (equals < 0 && fromEnv === undefined) continue;
    args[name] = equals < 0 ? fromEnv! : value.slice(equals + 1);
  }
  return args;
}

/**
 * `--platform os/arch[/variant]`, checked before any registry is asked (by the commands that ask
 * one: the registry client loads only then).
 */
export async function checkPlatformOption(value: string | undefined): Promise<void> {
  if (value === undefined) return;
  const { parsePlatform, RegistryError } = await import('../registry/index.js');
  try {
    parsePlatform(value);
  } catch (error) {
    if (error instanceof RegistryError) throw new UsageError(`--platform: ${error.message}`);
    throw error;
  }
}

/** What `lint` and `fix` read Dockerfiles with: the config, build args, a size limit, registries. */
export const AUDIT_INPUT_OPTIONS = { ...CONFIG_OPTIONS, ...BUILD_ARG_OPTION, ...MAX_FILE_SIZE_OPTION, ...REGISTRY_OPTIONS } as const;

export interface AuditInput {
  /** `--config FILE`, or `false` for `--no-config`; undefined: discover `.repro-audit.yml`. */
  configFile?: string | false;
  /** False with `--no-ignore`. */
  applyIgnorePaths: boolean;
  buildArgs: Record<string, string>;
  maxFileBytes?: number;
  platform?: string;
  insecureRegistries?: string[];
}

export function parseAuditInput(
  values: { config?: string; 'no-config'?: boolean; 'no-ignore'?: boolean; 'build-arg'?: string[]; 'max-file-size'?: string; platform?: string; 'insecure-registry'?: string[] },
  env: NodeJS.ProcessEnv,
): AuditInput {
  return {
    configFile: values['no-config'] ? false : values.config,
    applyIgnorePaths: values['no-ignore'] !== true,
    buildArgs: parseBuildArgs(values['build-arg'], env),
    maxFileBytes: values['max-file-size'] ? parseByteSize(values['max-file-size']) : undefined,
    platform: values.platform,
    insecureRegistries: values['insecure-registry'],
  };
}

/** `512K`, `2MiB`, `1048576`; `setting` names where the value came from in the error. */
export function parseByteSize(value: string, setting = '--max-file-size '): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`${setting}${value}: expected a size such as 2MiB or 512K`);
  const unit = (match[2] ?? 'B').toUpperCase()[0];
  const factor = unit === 'K' ? 1024 : unit === 'M' ? 1024 ** 2 : unit === 'G' ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}
