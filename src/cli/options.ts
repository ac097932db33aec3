import { UsageError } from './io.js';

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
