import path from 'node:path';
import { parseArgs } from 'node:util';
import { auditModel, createContextReader, prepareAudit } from '../engine/index.js';
import type { Fix } from '../findings/index.js';
import type { DockerfileModel } from '../model/index.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { parseBuildArgs, parseByteSize } from './options.js';

export const FIX_USAGE = `Usage: repro-audit fix <paths...> [options]

Makes Dockerfiles reproducible by exact edits: image references (FROM, COPY --from,
RUN --mount from=, # syntax=) get the digest their tag points at now (the multi-platform
index, tag kept), ARG-built references get their ARG default pinned, and every other
machine-applicable fix a rule offers is applied. Prints a unified diff unless --write.

Options:
      --write                    write the fixed files (atomically; comments, CRLF, heredocs kept)
      --platform <os/arch[/v]>   pin one platform's manifest instead of the index
      --network                  allow downloads (ADD <url> gains --checksum=sha256:...)
      --insecure-registry <host> reach this registry over plain HTTP (repeatable; loopback always is)
  -c, --config <file>            config file (default: nearest .repro-audit.yml)
      --no-config                ignore any .repro-audit.yml
      --build-arg <k=v>          value for an ARG (repeatable)
`;

export interface FixCommandOptions {
  paths: string[];
  write: boolean;
  platform?: string;
  network?: boolean;
  insecureRegistries?: string[];
  configFile?: string | false;
  buildArgs?: Record<string, string>;
  maxFileBytes?: number;
}

export async function runFixArgv(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      write: { type: 'boolean' },
      platform: { type: 'string' },
      network: { type: 'boolean' },
      'insecure-registry': { type: 'string', multiple: true },
      config: { type: 'string', short: 'c' },
      'no-config': { type: 'boolean' },
      'build-arg': { type: 'string', multiple: true },
      'max-file-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(FIX_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('no Dockerfile or directory given');
  return runFixCommand(
    {
      paths: positionals,
      write: values.write ?? false,
      platform: values.platform,
      network: values.network,
      insecureRegistries: values['insecure-registry'],
      configFile: values['no-config'] ? false : values.config,
      buildArgs: parseBuildArgs(values['build-arg'] ?? []),
      maxFileBytes: values['max-file-size'] ? parseByteSize(values['max-file-size']) : undefined,
    },
    io,
  );
}

/** `fix` and `lint --fix`: the fixer, fed with the rules' machine-applicable fixes. */
export async function runFixCommand(options: FixCommandOptions, io: CliIO): Promise<number> {
  const prepared = await prepareAudit({ cwd: io.cwd, configFile: options.configFile, buildArgs: options.buildArgs });
  const { runFix } = await import('../fix/index.js');
  const findingFixes = (model: DockerfileModel): Fix[] =>
    auditModel(model, prepared, createContextReader(path.dirname(path.resolve(io.cwd, model.file)))).findings.flatMap((finding) =>
      finding.fix && !finding.suppressed ? [finding.fix] : [],
    );
  return runFix(
    {
      paths: options.paths,
      cwd: io.cwd,
      write: options.write,
      platform: options.platform,
      network: options.network,
      insecureRegistries: options.insecureRegistries,
      ignorePaths: prepared.config.ignorePaths,
      buildArgs: prepared.buildArgs,
      maxFileBytes: options.maxFileBytes,
      findingFixes,
    },
    io,
  );
}
